// Options as text an older person can answer by typing: "Gõ 1: có; gõ 2: không.", a
// numbered list, or words when a number could be taken for an answer ("Hoặc gõ "bỏ qua".").
// Every word comes from vi.ftl (zalo-choices-*).
import { type ChoiceOffer, type OfferContext, choiceKey, hasDigit, offerChoices, plainLabel } from "../../domain/choices.js";

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

const SHORT_LABEL_WORDS = 3;
/** More bare words than this are listed on one line. */
const COMPACT_AFTER = 8;
/** Names this short ("Tổ 12", "Khu phố 3") go three to a line in a long numbered list. */
const SHORT_NAME_LENGTH = 12;
const NAMES_PER_ROW = 3;

/** A label as text to read: without the marks that dress a button ("◀ Quay lại", "Tiếp tục ▶", "☑️ …"). */
function shown(label: string): string {
  const plain = plainLabel(label);
  return plain.replace(/[\s\p{So}\p{Sk}\uFE0F\u200D]+$/u, "") || plain;
}

/** `"label"` (straight or curly quotes) in the text, whatever the case and diacritics' form. */
function quotedIn(text: string, label: string): boolean {
  const key = choiceKey(label);
  return [...text.matchAll(/["“]([^"”]+)["”]/gu)].some((match) => choiceKey(match[1]!) === key);
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);
const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase("vi") + s.slice(1);

/** The lines that offer these labels, below a message whose text is `text`. */
export function renderChoices(t: Translate, labels: readonly string[], text = "", context: OfferContext = {}): string {
  return renderOffer(t, offerChoices(labels, context), text);
}

export function renderOffer(t: Translate, offer: ChoiceOffer, text = ""): string {
  const plain = offer.options.map((option) => shown(option.label));
  if (offer.mode === "numbers") {
    // "Gõ 1: có; gõ 2: không." in a line for a few short words; names with figures ("Tổ 5",
    // "Quý 1/2025") read better as a numbered list.
    const short = plain.length <= 3 && plain.every((label) => label.split(/\s+/).length <= SHORT_LABEL_WORDS && !hasDigit(label));
    // The message already says to type each of them ('Ông trả lời "có" hoặc "không".'): not said twice.
    if (short && plain.every((label) => quotedIn(text, label))) return "";
    if (short) {
      const pairs = plain.map((label, index) => t("zalo-choices-pair", { number: index + 1, label: lowerFirst(label) }));
      return `${capitalise(pairs.join("; "))}.`;
    }
    const items = plain.map((label, index) => t("zalo-choices-numbered-line", { number: index + 1, label }));
    // A long list of short names (the 26 groups of /tiendo) three to a line, not 27 lines to scroll.
    if (plain.length > COMPACT_AFTER && plain.every((label) => label.length <= SHORT_NAME_LENGTH)) {
      const rows = Array.from({ length: Math.ceil(items.length / NAMES_PER_ROW) }, (_, row) => items.slice(row * NAMES_PER_ROW, (row + 1) * NAMES_PER_ROW).join(" · "));
      return [t("zalo-choices-numbered"), ...rows].join("\n");
    }
    return [t("zalo-choices-numbered"), ...items].join("\n");
  }
  const lines: string[] = [];
  const numeric = offer.options.filter((option) => /^\d{1,3}$/.test(option.label.trim())).map((option) => Number(option.label.trim()));
  if (numeric.length >= 2) lines.push(t("zalo-choices-range", { first: Math.min(...numeric), last: Math.max(...numeric) }));
  const textKey = choiceKey(text);
  const rest = offer.options.filter(
    (option) => !/^\d{1,3}$/.test(option.label.trim()) && !(textKey.includes(choiceKey(t("zalo-choices-type-word", { word: option.word }))) && textKey.includes(choiceKey(option.word))),
  );
  // [message key, variables]: the word, and what the label says beyond it ("225 hộ"); the
  // label is left out when it is the word itself ("bỏ qua").
  const line = (option: (typeof rest)[number], key: string): [string, Record<string, string>] => {
    const label = shown(option.label);
    const word = shown(option.word);
    if (choiceKey(word) === choiceKey(label)) return [key, { word }];
    const detail = label.toLocaleLowerCase("vi").startsWith(word) ? label.slice(word.length).replace(/^[\s:,(]+/, "").replace(/\)$/, "") : label;
    return [`${key}-label`, { word, label: detail === "" ? label : detail }];
  };
  // A long list of bare words (the groups of /tiendo) reads better as one line than as 27.
  const bare = rest.every((option) => choiceKey(option.word) === choiceKey(plainLabel(option.label)));
  if (rest.length > COMPACT_AFTER && bare) {
    lines.push(t("zalo-choices-words-compact", { words: rest.map((option) => `"${shown(option.word)}"`).join(", ") }));
  } else if (rest.length === 1) {
    // "Hoặc gõ …" beside a typed answer or after the range line; else "Ông có thể gõ …"
    // (below a notice, an "or" with nothing before it reads cut off).
    const or = offer.besideAnswer || lines.length > 0;
    lines.push(t(...line(rest[0]!, or ? "zalo-choices-word-one" : "zalo-choices-word-also")));
  } else if (rest.length > 1) {
    lines.push(t("zalo-choices-words"));
    for (const option of rest) lines.push(t(...line(option, "zalo-choices-word-line")));
  }
  return lines.join("\n");
}
