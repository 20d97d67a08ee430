// The "Số: 05/BC-UBND" line of an administrative document (Nghị định 30/2020, Phụ lục I).

import { normalizeText } from "../text.js";

/** What stands for the number before the office assigns one: "Số:      /BC-UBND". */
export const DOCUMENT_NUMBER_BLANK = "     ";

/** The symbol's parts joined by "-" without spaces: " BC - UBND " → "BC-UBND". */
export function normalizeDocumentSymbol(symbol: string): string {
  return normalizeText(symbol).replace(/^\/+/u, "").replace(/\s*-\s*/gu, "-");
}

/** "Số: 05/BC-UBND" (numbers below 10 get a leading 0), or "Số:      /BC-UBND" with no number yet. */
export function formatDocumentNumber(number: number | null, symbol: string): string {
  const shown = number === null ? DOCUMENT_NUMBER_BLANK : String(number).padStart(2, "0");
  return `Số: ${shown}/${normalizeDocumentSymbol(symbol)}`;
}
