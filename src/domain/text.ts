// Text hygiene shared by parsing, storage and documents: one Unicode form, tidy whitespace.

/** The longest free-text answer (in code points) a report keeps. */
export const MAX_FREE_TEXT_LENGTH = 1000;

// `\s` covers NBSP (U+00A0), narrow NBSP (U+202F), thin and other spaces, tabs and line breaks.
const INVISIBLE = /[\u200B\u2060\uFEFF]/gu; // zero-width space, word joiner, BOM
const WHITESPACE_RUN = /\s+/gu;
const HORIZONTAL_RUN = /[^\S\n]+/gu;

/** NFC, without zero-width characters, trimmed, every run of whitespace one space. */
export function normalizeText(s: string): string {
  return s.normalize("NFC").replace(INVISIBLE, "").replace(WHITESPACE_RUN, " ").trim();
}

/**
 * Like `normalizeText`, but keeps line breaks for free text (lists of good deeds):
 * each line tidied, blank lines at either end dropped, runs of blank lines made one.
 */
export function normalizeMultilineText(s: string): string {
  return s
    .normalize("NFC")
    .replace(INVISIBLE, "")
    .replace(/\r\n?|[\u2028\u2029\v\f\u0085]/gu, "\n")
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
