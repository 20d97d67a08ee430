// Choices typed instead of pressed (channels without buttons, e.g. Zalo): how a list of options
// is offered (numbered, or as words when a typed number is an answer to the question) and which
// option a typed reply means. Pure: no channel, no I/O.
import { parseYesNo } from "./parse/yes-no.js";
import { foldDiacritics } from "./text.js";

/**
 * "numbers": the person types 1, 2, 3…; "words": the person types a word of the option (when
 * the list is offered beside a typed answer, its labels are numbers, or there is a single one).
 */
export type ChoiceMode = "numbers" | "words";

export interface OfferedChoice {
  /** The option as shown (the button's label). */
  label: string;
  /** What to type in "words" mode: the label's lead ("Giữ như kỳ trước", "Đúng"), or the label. */
  word: string;
}

export interface ChoiceOffer {
  mode: ChoiceMode;
  options: OfferedChoice[];
  /** Offered beside a question answered by typing: the options are an "or" to that answer. */
  besideAnswer: boolean;
}

const DIGIT = /\p{Nd}/u;
/** A label with a figure in it ("Tổ 5", "Giữ như kỳ trước: 225 hộ"). */
export const hasDigit = (label: string): boolean => DIGIT.test(label);
const NUMERIC_LABEL = /^\d{1,3}$/;
const NUMBER_WORDS = ["mot", "hai", "ba", "bon", "nam", "sau", "bay", "tam", "chin", "muoi"];

/** Lower case, no diacritics, no emoji or punctuation, single spaces: what two spellings share. */
export function choiceKey(text: string): string {
  return foldDiacritics(text.normalize("NFC"))
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The label without leading emoji and spaces ("✅ Gửi báo cáo" → "Gửi báo cáo"). */
export function plainLabel(label: string): string {
  return label.replace(/^[^\p{L}\p{N}"“]+/u, "").trim() || label.trim();
}

function leadOf(label: string): string {
  const plain = plainLabel(label);
  const cut = plain.search(/[:,(]/);
  return (cut > 0 ? plain.slice(0, cut) : plain).trim();
}

export interface OfferContext {
  /**
   * The options sit beside a question answered by typing (a figure, a date, a name, a text:
   * "Giữ như kỳ trước: 225 hộ" under "Số hộ đạt danh hiệu?"): a typed number is the answer,
   * never an option, so the options are words. A list of names ("Quý 1/2025", "Tổ 2") is not:
   * it is numbered even when its names have digits.
   */
  typedAnswer?: boolean;
}

/** A label that is itself a number ("5" of the item picker): typed as that number. */
const isNumericLabel = (label: string) => NUMERIC_LABEL.test(label.trim());
/** A label that is a bare figure ("5", the year "2026"): the person types the figure itself. */
const isFigureLabel = (label: string) => /^\d+$/.test(label.trim());

/** How to offer these labels. */
export function offerChoices(labels: readonly string[], context: OfferContext = {}): ChoiceOffer {
  // A single option is most often beside a typed answer ("Bỏ qua", "Hủy"); figures are typed as themselves.
  const words = context.typedAnswer === true || labels.length === 1 || labels.some(isFigureLabel);
  const leads = labels.map(leadOf);
  const keys = leads.map(choiceKey);
  const options = labels.map((label, index) => {
    const unique = keys[index] !== "" && keys.filter((key) => key === keys[index]).length === 1;
    return { label, word: (unique ? leads[index]! : plainLabel(label)).toLocaleLowerCase("vi") };
  });
  return { mode: words ? "words" : "numbers", options, besideAnswer: context.typedAnswer === true };
}

function yesOrNo(text: string): boolean | null {
  const result = parseYesNo(text);
  return result.ok === true ? result.value : null;
}

function typedNumber(key: string): number | null {
  const match = /^(?:so )?(\d{1,3})$/.exec(key);
  if (match) return Number(match[1]);
  const index = NUMBER_WORDS.indexOf(key.replace(/^so /, ""));
  return index >= 0 ? index + 1 : null;
}

/**
 * A bare number ("9", "số 9") that is no option of a numbered list (of 3): the person meant to
 * pick one and missed, so the list is offered again rather than the number taken for something else.
 */
export function isOutsideChoice(offer: ChoiceOffer, typed: string): boolean {
  if (offer.mode !== "numbers") return false;
  const match = /^(?:so )?(\d{1,3})$/.exec(choiceKey(typed));
  if (!match) return false;
  const number = Number(match[1]);
  return number < 1 || number > offer.options.length;
}

/** Which option (index) a typed reply means, or null when it means none (or more than one). */
export function matchChoice(offer: ChoiceOffer, typed: string): number | null {
  const key = choiceKey(typed);
  if (key === "") return null;
  const { options } = offer;
  // A label that is itself a number ("5" of the item picker) is typed as that number.
  const numeric = options.findIndex((option) => isNumericLabel(option.label) && option.label.trim() === key);
  if (numeric >= 0) return numeric;
  if (offer.mode === "numbers") {
    const number = typedNumber(key);
    if (number !== null) return number >= 1 && number <= options.length ? number - 1 : null;
  }
  const unique = (indexes: number[]) => (indexes.length === 1 ? indexes[0]! : null);
  const all = options.map((_, index) => index);
  const exact = unique(all.filter((i) => choiceKey(options[i]!.label) === key || choiceKey(options[i]!.word) === key));
  if (exact !== null) return exact;
  // A start of the label, not a number: "giu" for "Giữ như kỳ trước: 225 hộ".
  if (!hasDigit(key) && key.length >= 2) {
    const prefix = unique(all.filter((i) => `${choiceKey(options[i]!.label)} `.startsWith(`${key} `)));
    if (prefix !== null) return prefix;
  }
  // Yes and no in everyday forms ("rồi", "chưa", "ừ", "ko") for options that say yes or no.
  const answer = yesOrNo(typed);
  if (answer !== null) return unique(all.filter((i) => yesOrNo(options[i]!.word) === answer));
  return null;
}
