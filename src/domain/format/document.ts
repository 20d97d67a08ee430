// The "Số: 05/BC-UBND" line of an administrative document (Nghị định 30/2020, Phụ lục I).

import { normalizeText } from "../text.js";

/** What stands for the number before the office assigns one: "Số:      /BC-UBND". */
export const DOCUMENT_NUMBER_BLANK = "     ";

/** The symbol's parts joined by "-" without spaces: " BC - UBND " → "BC-UBND". */
export function normalizeDocumentSymbol(symbol: string): string {
  return normalizeText(symbol).replace(/^\/+/u, "").replace(/\s*-\s*/gu, "-");
}

/** A document's number as written on it and wherever it is cited: numbers below 10 get a leading 0 ("05"). */
export const documentNumberText = (number: number): string => String(number).padStart(2, "0");

/** "05/BC-UBND", or `blank` + "/BC-UBND" with no number yet. */
export function documentNumberAndSymbol(number: number | null, symbol: string, blank: string = DOCUMENT_NUMBER_BLANK): string {
  return `${number === null ? blank : documentNumberText(number)}/${normalizeDocumentSymbol(symbol)}`;
}

/** "Số: 05/BC-UBND", or "Số:      /BC-UBND" with no number yet. */
export function formatDocumentNumber(number: number | null, symbol: string): string {
  return `Số: ${documentNumberAndSymbol(number, symbol)}`;
}
