// A whole number with the words around it: "dạ, 5.829 hộ ạ", "1,5 triệu đồng", "khoảng 300".
// Counts and money share this; they differ only in the units they accept.

import { foldDiacritics, textLength } from "../text.js";
import { evaluate, type CoreToken, type Evaluation } from "./expression.js";
import type { Decimal } from "./literal.js";
import { evaluateWords, hasNumberWords, isDigitWord } from "./number-words.js";
import { failed, parsed, type ParseResult } from "./result.js";
import { PhraseSet, prepareInput, tokenize, tokenKey, type Token } from "./tokens.js";
import {
  APPROXIMATE_WORDS,
  HALF_OF_WORDS,
  HALF_WORDS,
  HUNDRED_WORDS,
  NUMBER_FILLERS,
  SCALE_WORDS,
  ZERO_WORDS,
} from "./vocabulary.js";

/** Longer inputs are no number answer; refusing them keeps every parse cheap. 999 tỷ … in words fits. */
export const MAX_NUMBER_INPUT_LENGTH = 200;

const FILLERS = new PhraseSet(NUMBER_FILLERS);
const APPROXIMATE = new PhraseSet(APPROXIMATE_WORDS);
const ZERO = new PhraseSet(ZERO_WORDS);
const HUNDRED = new PhraseSet(HUNDRED_WORDS);
const HALF = new PhraseSet(HALF_WORDS);
const HALF_OF = new PhraseSet(HALF_OF_WORDS);
const SCALES = new Map(Object.entries(SCALE_WORDS).map(([word, f]) => [foldDiacritics(word), BigInt(f)]));
const PUNCTUATION = new Set([".", ",", ";", ":", "!", "?", "…", '"', "'", "“", "”", "‘", "’", "(", ")", "[", "]", "*"]);
const MINUS = "-";

function isPunctuation(token: Token | undefined): boolean {
  return token?.kind === "sym" && PUNCTUATION.has(token.key);
}

function coreToken(token: Token): CoreToken | null {
  if (token.kind === "num") return token;
  const factor = SCALES.get(token.key);
  if (factor !== undefined) return { kind: "scale", factor };
  if (HUNDRED.has(token.key)) return { kind: "hundred" };
  if (HALF.has(token.key)) return { kind: "half" };
  return null;
}

interface Edges {
  start: number; // first token of the numeric core
  end: number; // one past its last token
  approximate: boolean; // "khoảng", "hơn", "~" before the number
  negative: boolean;
}

/** Skips politeness, estimates, a minus sign and punctuation before the number; units and politeness after it. */
function findCore(tokens: readonly Token[], keys: readonly string[], units: PhraseSet): Edges {
  const edges: Edges = { start: 0, end: tokens.length, approximate: false, negative: false };
  while (edges.start < edges.end) {
    // "tám" (eight) folds to "tam" like "tầm" (about): a digit word is never an estimate.
    const approx = isDigitWord(tokens[edges.start]) ? 0 : APPROXIMATE.longestAt(keys, edges.start, edges.end);
    const filler = FILLERS.longestAt(keys, edges.start, edges.end);
    if (approx > 0 && approx >= filler) {
      edges.approximate = true;
      edges.start += approx;
    } else if (filler > 0) edges.start += filler;
    else if (isPunctuation(tokens[edges.start])) edges.start++;
    else if (keys[edges.start] === MINUS && tokens[edges.start + 1]?.kind === "num") {
      edges.negative = true;
      edges.start++;
    } else break;
  }
  while (edges.end > edges.start) {
    const tail = Math.max(
      units.longestBefore(keys, edges.start, edges.end),
      FILLERS.longestBefore(keys, edges.start, edges.end),
    );
    if (tail > 0) edges.end -= tail;
    else if (isPunctuation(tokens[edges.end - 1])) edges.end--;
    else break;
  }
  return edges;
}

/** "nửa triệu" (half a million): half of one scale word, or null. */
function halfOfScale(core: readonly Token[], keys: readonly string[]): Evaluation | null {
  const scale = core.length === 2 && HALF_OF.has(keys[0]!) ? coreToken(core[1]!) : null;
  return scale?.kind === "scale" ? { values: [{ n: scale.factor / 2n, places: 0 }], ambiguous: false } : null;
}

/** The whole numbers among the values, each once. */
function wholeValues(values: readonly Decimal[]): bigint[] {
  const wholes = values.filter((v) => v.n % 10n ** BigInt(v.places) === 0n).map((v) => v.n / 10n ** BigInt(v.places));
  return [...new Set(wholes)];
}

/** Parses a whole number ≥ 0 up to Number.MAX_SAFE_INTEGER followed by optional `units`. */
export function parseQuantity(input: string, units: PhraseSet): ParseResult<number> {
  const prepared = prepareInput(input);
  if (prepared === "") return failed("empty");
  if (textLength(prepared) > MAX_NUMBER_INPUT_LENGTH) return failed("too_long", { max: MAX_NUMBER_INPUT_LENGTH });
  const tokens = tokenize(prepared);
  const keys = tokens.map(tokenKey);
  const { start, end, approximate, negative } = findCore(tokens, keys, units);

  const core = tokens.slice(start, end);
  const numbers = core.filter((t) => t.kind === "num").length;
  let evaluation: Evaluation | null;
  if (numbers === 0) {
    // "không", "chưa có": perhaps 0, perhaps "I do not know" — ask.
    if (core.length > 0 && ZERO.has(keys.slice(start, end).join(" "))) return { ok: "ambiguous", candidates: [0] };
    // "hai triệu rưỡi", "mười lăm": a number in words, as voice typing writes it.
    evaluation = hasNumberWords(core) ? evaluateWords(core) : halfOfScale(core, keys.slice(start, end));
    if (evaluation === null) return failed("not_a_number");
  } else {
    const coreTokens = core.map(coreToken).filter((t) => t !== null);
    evaluation = coreTokens.length === core.length ? evaluate(coreTokens) : null;
    if (evaluation === null) return failed(numbers > 1 ? "multiple_numbers" : "not_a_number");
  }

  if (approximate) return failed("approximate");
  if (negative && evaluation.values.some((v) => v.n !== 0n)) return failed("negative");
  const wholes = wholeValues(evaluation.values);
  // Unambiguous writing must be whole; of an ambiguous one, the whole readings are the candidates.
  if (wholes.length === 0 || (!evaluation.ambiguous && wholes.length !== evaluation.values.length)) {
    return failed("fraction");
  }
  const safe = wholes.filter((v) => v <= BigInt(Number.MAX_SAFE_INTEGER)).map(Number);
  const [first] = safe;
  if (first === undefined) return failed("too_large", { max: Number.MAX_SAFE_INTEGER });
  return evaluation.ambiguous ? { ok: "ambiguous", candidates: safe.sort((a, b) => a - b) } : parsed(first);
}
