// The value of a number written in words: "hai triệu rưỡi", "năm trăm nghìn", "một trăm linh năm",
// "hai mươi mốt", "ba lăm", "một nghìn hai". Read with the same rules as digits: where the words
// may mean two amounts ("hai triệu năm trăm": 2.000.500 or 2.500.000) both are returned, to be asked.

import type { Evaluation } from "./expression.js";
import { whole } from "./literal.js";
import type { Token } from "./tokens.js";
import {
  DIGIT_WORDS,
  HALF_WORDS,
  HUNDRED_WORD,
  SCALE_WORDS,
  SHORT_TENS_UNITS,
  TEN_WORD,
  TENS_OF_WORD,
  TENS_WORD,
  UNITS_AFTER_TEN,
  UNITS_AFTER_TENS,
  ZERO_TENS_WORDS,
} from "./vocabulary.js";
import { foldDiacritics } from "../text.js";

const SCALES = new Map(Object.entries(SCALE_WORDS).map(([word, f]) => [foldDiacritics(word), BigInt(f)]));
const HALF = new Set(HALF_WORDS.map(foldDiacritics));
const ZERO_TENS = new Set(ZERO_TENS_WORDS);

/** A number below 1.000 in words, as it stands before a scale word or at the end. */
interface Group {
  value: number;
  end: number; // one past its last word
  explicit: boolean; // written in full ("không trăm", "linh"): to be read exactly as said
  single: boolean; // one digit word alone ("một nghìn hai": 1.200)
}

function lookup(table: Readonly<Record<string, number>>, word: string | undefined): number | undefined {
  return word !== undefined && Object.hasOwn(table, word) ? table[word] : undefined;
}

/** "mười lăm", "hai mươi mốt", "ba chục", "ba lăm" starting at i. */
function tens(words: readonly string[], i: number): { value: number; end: number } | null {
  if (words[i] === TEN_WORD) {
    const unit = lookup(UNITS_AFTER_TEN, words[i + 1]);
    return unit === undefined ? { value: 10, end: i + 1 } : { value: 10 + unit, end: i + 2 };
  }
  const digit = lookup(DIGIT_WORDS, words[i]);
  if (digit === undefined || digit === 0) return null;
  if (words[i + 1] === TENS_WORD && digit >= 2) {
    const unit = lookup(UNITS_AFTER_TENS, words[i + 2]);
    return unit === undefined ? { value: digit * 10, end: i + 2 } : { value: digit * 10 + unit, end: i + 3 };
  }
  if (words[i + 1] === TENS_OF_WORD) return { value: digit * 10, end: i + 2 };
  const short = digit >= 2 ? lookup(SHORT_TENS_UNITS, words[i + 1]) : undefined;
  return short === undefined ? null : { value: digit * 10 + short, end: i + 2 };
}

/** "linh năm", "lẻ năm" at i: no tens, one unit, read exactly as said. */
function zeroTens(words: readonly string[], i: number, hundreds: number): Group | null {
  const unit = lookup(DIGIT_WORDS, words[i + 1]);
  if (unit === undefined || unit === 0) return null;
  return { value: hundreds + unit, end: i + 2, explicit: true, single: false };
}

function group(words: readonly string[], keys: readonly string[], start: number): Group | null {
  let i = start;
  const first = lookup(DIGIT_WORDS, words[i]);
  let hundreds: number | null = null;
  if (words[i] === HUNDRED_WORD) {
    hundreds = 100; // "trăm nghìn", "trăm rưỡi"
    i += 1;
  } else if (first !== undefined && words[i + 1] === HUNDRED_WORD) {
    hundreds = first * 100;
    i += 2;
  }
  if (hundreds !== null) {
    const explicit = first === 0 && words[start] !== HUNDRED_WORD;
    if (HALF.has(keys[i] ?? "")) return { value: hundreds + 50, end: i + 1, explicit, single: false };
    if (ZERO_TENS.has(words[i] ?? "")) return zeroTens(words, i, hundreds);
    const t = tens(words, i);
    if (t !== null) return { value: hundreds + t.value, end: t.end, explicit, single: false };
    const unit = lookup(DIGIT_WORDS, words[i]);
    const second = lookup(DIGIT_WORDS, words[i + 1]);
    // "tám trăm hai chín" = 829, as said aloud.
    if (unit !== undefined && unit > 0 && second !== undefined && second > 0) {
      return { value: hundreds + unit * 10 + second, end: i + 2, explicit, single: false };
    }
    // "một trăm hai" = 120, as said aloud.
    if (unit !== undefined && unit > 0) return { value: hundreds + unit * 10, end: i + 1, explicit, single: false };
    return { value: hundreds, end: i, explicit, single: false };
  }
  // "một nghìn linh năm" = 1.005: only after a scale word (a group starts past 0 only there).
  if (start > 0 && ZERO_TENS.has(words[i] ?? "")) return zeroTens(words, i, 0);
  const t = tens(words, i);
  if (t !== null) return { value: t.value, end: t.end, explicit: false, single: false };
  if (first === undefined) return null;
  return { value: first, end: i + 1, explicit: first === 0, single: true };
}

/** True for "một" … "chín" written with their diacritics. */
export function isDigitWord(token: Token | undefined): boolean {
  return token?.kind === "word" && lookup(DIGIT_WORDS, token.text) !== undefined;
}

/** True when the core holds a number word, so that it is read by `evaluateWords`. */
export function hasNumberWords(core: readonly Token[]): boolean {
  return core.some(
    (t) => t.kind === "word" && (lookup(DIGIT_WORDS, t.text) !== undefined || t.text === TEN_WORD || t.text === HUNDRED_WORD),
  );
}

/** The values a core of number words may mean; null when it is no number in words. */
export function evaluateWords(core: readonly Token[]): Evaluation | null {
  if (core.some((t) => t.kind !== "word")) return null;
  const words = core.map((t) => (t.kind === "word" ? t.text : ""));
  const keys = core.map((t) => (t.kind === "word" ? t.key : ""));
  let total = 0n;
  let previousScale: bigint | null = null;
  let zeroGroup = false; // "một triệu không nghìn năm trăm": read out in full, so exactly
  let i = 0;
  while (i < words.length) {
    const g = group(words, keys, i);
    if (g === null) return null;
    i = g.end;
    const value = BigInt(g.value);
    const scale = SCALES.get(keys[i] ?? "");
    if (scale !== undefined) {
      i += 1;
      if (previousScale !== null && (scale >= previousScale || value * scale >= previousScale)) return null;
      if (previousScale === null && g.value === 0) return null;
      zeroGroup ||= g.value === 0;
      total += value * scale;
      previousScale = scale;
      if (HALF.has(keys[i] ?? "")) {
        // "hai triệu rưỡi" = 2.500.000
        if (i + 1 < words.length) return null;
        return { values: [whole(String(total + scale / 2n))], ambiguous: false };
      }
      continue;
    }
    if (i < words.length) {
      // "một rưỡi" is 1,5: a fraction, refused by the caller.
      if (previousScale === null && HALF.has(keys[i] ?? "") && i + 1 === words.length) {
        return { values: [{ n: value * 10n + 5n, places: 1 }], ambiguous: false };
      }
      return null;
    }
    if (previousScale === null) return { values: [whole(String(value))], ambiguous: false };
    if (g.value === 0) return null;
    if (g.explicit || zeroGroup) return { values: [whole(String(total + value))], ambiguous: false };
    // "một nghìn hai" = 1.200, "hai triệu năm" = 2.500.000, as with "1tr5".
    if (g.single) return { values: [whole(String(total + (value * previousScale) / 10n))], ambiguous: false };
    const exact = total + value;
    const shortened = total + (value * previousScale) / 1000n; // "hai triệu năm trăm" said for 2.500.000
    if (exact === shortened) return { values: [whole(String(exact))], ambiguous: false };
    return { values: [whole(String(exact)), whole(String(shortened))], ambiguous: true };
  }
  return { values: [whole(String(total))], ambiguous: false };
}
