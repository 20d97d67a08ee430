// Splits what a person typed into numbers, words and symbols, and matches vocabulary phrases.

import { foldDiacritics, normalizeText } from "../text.js";

export type Token =
  | { kind: "num"; text: string } // digits with "." or "," inside ("5.829", "1,5"); space groups merged
  | { kind: "word"; key: string; text: string } // key: without diacritics, lower case ("ho", "trieu"); text: lower case as typed ("hộ")
  | { kind: "sym"; key: string }; // any other single character ("/", "₫", "-")

/** NFC, tidy spaces, full-width forms (０-９，．) as ASCII, minus signs as "-". */
export function prepareInput(input: string): string {
  return normalizeText(input)
    .replace(/[\uFF01-\uFF5E]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u2212\u2012\u2013\uFE63]/gu, "-");
}

// A number may start with a separator (".5") only where no letter stands right before it.
const TOKEN = /((?:(?<![\p{L}\p{M}])[.,])?\d+(?:[.,]\d+)*)|([\p{L}\p{M}]+)|(\s+)|([\s\S])/gu;
const SPACE_GROUP_HEAD = /^\d{1,3}$/u;
const SPACE_GROUP_TAIL = /^\d{3}$/u;

/**
 * Tokens of a prepared input. "1 500 000" (groups of three digits after a space) becomes one
 * number "1500000"; marks left alone by folding (a lone variation selector) are dropped.
 */
export function tokenize(prepared: string): Token[] {
  const tokens: Token[] = [];
  let groupable = false; // the last token is a number that a space group may extend
  let spaceBefore = false;
  for (const m of prepared.matchAll(TOKEN)) {
    const [, num, word, space, other] = m;
    if (space !== undefined) {
      spaceBefore = true;
      continue;
    }
    const last = tokens.at(-1);
    if (num !== undefined) {
      if (groupable && spaceBefore && last?.kind === "num" && SPACE_GROUP_TAIL.test(num)) {
        last.text += num;
      } else {
        tokens.push({ kind: "num", text: num });
        groupable = SPACE_GROUP_HEAD.test(num);
      }
    } else {
      groupable = false;
      const key = word !== undefined ? foldDiacritics(word) : foldDiacritics(other ?? "");
      if (key !== "") {
        tokens.push(word !== undefined ? { kind: "word", key, text: word.toLowerCase() } : { kind: "sym", key });
      }
    }
    spaceBefore = false;
  }
  return tokens;
}

/** A set of phrases (one or more words), compared without diacritics and case. */
export class PhraseSet {
  readonly #phrases = new Set<string>();
  readonly #maxWords: number;

  constructor(...lists: ReadonlyArray<readonly string[]>) {
    let maxWords = 1;
    for (const phrase of lists.flat()) {
      const words = foldDiacritics(phrase).split(" ").filter((w) => w !== "");
      this.#phrases.add(words.join(" "));
      maxWords = Math.max(maxWords, words.length);
    }
    this.#maxWords = maxWords;
  }

  has(phrase: string): boolean {
    return this.#phrases.has(phrase);
  }

  /** Number of keys of the longest phrase in keys[start, end) that starts at `start` (0: none). */
  longestAt(keys: readonly string[], start: number, end: number = keys.length): number {
    for (let n = Math.min(this.#maxWords, end - start); n > 0; n--) {
      if (this.#phrases.has(keys.slice(start, start + n).join(" "))) return n;
    }
    return 0;
  }

  /** Number of keys of the longest phrase in keys[start, end) that ends at `end` (0: none). */
  longestBefore(keys: readonly string[], start: number, end: number): number {
    for (let n = Math.min(this.#maxWords, end - start); n > 0; n--) {
      if (this.#phrases.has(keys.slice(end - n, end).join(" "))) return n;
    }
    return 0;
  }
}

/** The vocabulary key of a token (a number's text for numbers). */
export function tokenKey(token: Token): string {
  return token.kind === "num" ? token.text : token.key;
}
