// A count of households, groups, gifts: "5829", "5.829", "5 829", "5.829 hộ", "26 tổ".

import { parseQuantity } from "./quantity.js";
import type { ParseResult } from "./result.js";
import { PhraseSet } from "./tokens.js";
import { COUNT_UNITS } from "./vocabulary.js";

const UNITS = new PhraseSet(COUNT_UNITS);

/** A whole number ≥ 0. "5,829" is asked back (ambiguous, candidate 5829); "5,8" is a fraction. */
export function parseCount(input: string): ParseResult<number> {
  return parseQuantity(input, UNITS);
}
