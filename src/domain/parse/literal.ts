// What a written number can mean. Vietnamese groups thousands with "." and marks decimals with ",";
// some people type the English way. Where both readings fit ("5,829"), both are returned.

/** An exact decimal: numerator / 10^places. */
export interface Decimal {
  n: bigint;
  places: number;
}

export interface Reading {
  value: Decimal;
  /** The digits exactly as written, when the literal is plain digits ("5", "05", "500"). */
  plainDigits: string | null;
}

const PLAIN = /^\d+$/u;
const DOT_THOUSANDS = /^[1-9]\d{0,2}(?:\.\d{3})+$/u; // 5.829 — 1.500.000
const COMMA_THOUSANDS = /^[1-9]\d{0,2}(?:,\d{3})+$/u; // 1,500,000 (English)
const ONE_SEPARATOR = /^(\d*)[.,](\d+)$/u; // 1,5 — 1.5 — ,5
const VN_THOUSANDS_DECIMAL = /^([1-9]\d{0,2}(?:\.\d{3})+),(\d+)$/u; // 1.500,5
const EN_THOUSANDS_DECIMAL = /^([1-9]\d{0,2}(?:,\d{3})+)\.(\d+)$/u; // 1,500.5

export function whole(digits: string): Decimal {
  return { n: BigInt(digits), places: 0 };
}

function decimal(intDigits: string, fracDigits: string): Decimal {
  return { n: BigInt(`${intDigits}${fracDigits}` || "0"), places: fracDigits.length };
}

/** The readings of a number literal; empty when it is no valid number ("1.2.3"). */
export function readLiteral(text: string): Reading[] {
  if (PLAIN.test(text)) return [{ value: whole(text), plainDigits: text }];
  const grouped = DOT_THOUSANDS.test(text) || COMMA_THOUSANDS.test(text);
  const single = ONE_SEPARATOR.exec(text);
  if (single) {
    const [, int = "", frac = ""] = single;
    const asDecimal: Reading = { value: decimal(int, frac), plainDigits: null };
    // "5.829" is 5829 (a dot before three digits groups thousands); "5,829" may be either.
    if (!grouped) return [asDecimal];
    const asWhole: Reading = { value: whole(`${int}${frac}`), plainDigits: null };
    return text.includes(",") ? [asDecimal, asWhole] : [asWhole];
  }
  if (grouped) return [{ value: whole(text.replace(/[.,]/gu, "")), plainDigits: null }];
  const mixed = VN_THOUSANDS_DECIMAL.exec(text) ?? EN_THOUSANDS_DECIMAL.exec(text);
  if (mixed) {
    const [, int = "", frac = ""] = mixed;
    return [{ value: decimal(int.replace(/[.,]/gu, ""), frac), plainDigits: null }];
  }
  return [];
}
