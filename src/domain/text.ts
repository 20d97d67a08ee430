// Text hygiene shared by parsing, storage and documents: one Unicode form, tidy whitespace.

/** The longest free-text answer (in code points) a report keeps. */
export const MAX_FREE_TEXT_LENGTH = 1000;

// `\s` covers NBSP (U+00A0), narrow NBSP (U+202F), thin and other spaces, tabs and line breaks.
const INVISIBLE = /[\u200B\u2060\uFEFF]/gu; // zero-width space, word joiner, BOM
const WHITESPACE_RUN = /\s+/gu;
const HORIZONTAL_RUN = /[^\S\n]+/gu;

// What no file or database should receive: C0 controls other than tab and line breaks (U+0000
// among them, which PostgreSQL refuses with 22021), code points XML forbids (U+FFFE, U+FFFF
// and the other non-characters, lone surrogates), and the bidirectional embeddings, overrides
// and isolates that make a text read differently from what is stored (U+202A–202E, U+2066–2069).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u202A-\u202E\u2066-\u2069]|\p{Noncharacter_Code_Point}|\p{Cs}/gu;

/**
 * NFC without the unsafe characters above; nothing else changes (spaces, line breaks and
 * length stay as typed). Every text that enters — a message, a template, an Excel cell — goes
 * through this first.
 */
export function cleanText(s: string): string {
  return s.normalize("NFC").replace(UNSAFE, "");
}

/** NFC, without zero-width and unsafe characters, trimmed, every run of whitespace one space. */
export function normalizeText(s: string): string {
  return cleanText(s.replace(/[\v\f]/gu, " ")).replace(INVISIBLE, "").replace(WHITESPACE_RUN, " ").trim();
}

/**
 * Like `normalizeText`, but keeps line breaks for free text (lists of good deeds):
 * each line tidied, blank lines at either end dropped, runs of blank lines made one.
 */
export function normalizeMultilineText(s: string): string {
  return cleanText(s.replace(/\r\n?|[\u2028\u2029\v\f\u0085]/gu, "\n"))
    .replace(INVISIBLE, "")
    .replace(HORIZONTAL_RUN, " ")
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n{3,}/gu, "\n\n")
    .trim();
}

/** Length in code points (what a person counts as characters, for Vietnamese in NFC). */
export function textLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

export interface CappedText {
  text: string;
  cut: boolean; // true when the text was longer than the cap and was shortened
}

/** Keeps at most `max` code points (never splitting a surrogate pair) and says whether it cut. */
export function capFreeText(s: string, max: number = MAX_FREE_TEXT_LENGTH): CappedText {
  if (textLength(s) <= max) return { text: s, cut: false };
  return { text: Array.from(s).slice(0, max).join("").trimEnd(), cut: true };
}

/**
 * The start of a text too long to keep, at most `max` code points, ended at the last full stop
 * or line break of its last fifth, else at the last space: "Bà Hòa giúp hộ nghèo. Ông Tâm…" →
 * "Bà Hòa giúp hộ nghèo.".
 */
export function firstPart(s: string, max: number = MAX_FREE_TEXT_LENGTH): string {
  const points = Array.from(s);
  if (points.length <= max) return s;
  const head = points.slice(0, max).join("");
  const sentence = Math.max(head.lastIndexOf(". "), head.lastIndexOf(".\n"), head.lastIndexOf("\n"));
  if (sentence >= 0 && sentence >= head.length * 0.8) return head.slice(0, head[sentence] === "." ? sentence + 1 : sentence).trimEnd();
  // Past the whole word when the cut falls right after it.
  if (/\s/u.test(points[max] ?? "")) return head.trimEnd();
  const space = head.search(/\s\S*$/u);
  return (space > 0 ? head.slice(0, space) : head).trimEnd();
}

/**
 * Lower case without diacritics, for matching what people type without Vietnamese input:
 * "Không" → "khong", "Đạt" → "dat".
 */
export function foldDiacritics(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[đĐ]/gu, "d")
    .toLowerCase();
}
