// An amount in whole đồng: "1,5 triệu", "1tr5", "2 triệu 500 nghìn", "500k", "1.500.000đ", "2 tỷ".

import { parseQuantity } from "./quantity.js";
import type { ParseResult } from "./result.js";
import { PhraseSet } from "./tokens.js";
import { MONEY_UNITS } from "./vocabulary.js";

const UNITS = new PhraseSet(MONEY_UNITS);

/** Whole đồng ≥ 0 up to Number.MAX_SAFE_INTEGER; "2 triệu 500" is 2.500.000, "1tr50" is asked back. */
export function parseMoney(input: string): ParseResult<number> {
  return parseQuantity(input, UNITS);
}
