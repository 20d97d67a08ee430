// Numbers the Vietnamese way: "." groups thousands, "," marks decimals (5.829; 99,5%).

/** What a percentage cell shows when there is nothing to divide by (0 groups, 0 households). */
export const NOT_APPLICABLE = "-";

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/gu, ".");
}

/** `scaled` / 10^places, with "." thousands, "," decimals and no trailing decimal zeros. */
function formatScaled(scaled: bigint, places: number): string {
  const sign = scaled < 0n ? "-" : "";
  const abs = scaled < 0n ? -scaled : scaled;
  const unit = 10n ** BigInt(places);
  const fraction = places > 0 ? (abs % unit).toString().padStart(places, "0").replace(/0+$/u, "") : "";
  const integer = groupThousands((abs / unit).toString());
  return `${sign}${integer}${fraction === "" ? "" : `,${fraction}`}`;
}

/** Half away from zero, at `places` decimals, exactly for integers and as well as floats allow otherwise. */
function scale(n: number, places: number): bigint {
  if (Number.isInteger(n)) return BigInt(n) * 10n ** BigInt(places);
  const scaled = Math.abs(n) * 10 ** places;
  const rounded = Math.round(scaled + scaled * Number.EPSILON); // 99.05 * 10 = 990.4999… → 991
  return BigInt(n < 0 ? -rounded : rounded);
}

/** 5829 → "5.829"; 1234.5 with one decimal → "1.234,5"; trailing decimal zeros dropped. */
export function formatNumber(n: number, maxDecimals = 0): string {
  if (!Number.isFinite(n)) return String(n);
  return formatScaled(scale(n, maxDecimals), maxDecimals);
}

/** 5829 → "5.829" (a count is a whole number; a fraction is rounded). */
export function formatCount(n: number): string {
  return formatNumber(n);
}

/** 261700000 → "261.700.000 đồng" (money is whole đồng). */
export function formatMoney(n: number): string {
  return `${formatNumber(n)} đồng`;
}

const MONEY_SCALES: ReadonlyArray<readonly [number, string]> = [
  [1e9, "tỷ"],
  [1e6, "triệu"],
  [1e3, "nghìn"],
];

/** For chat: 1500000 → "1,5 triệu đồng", 500000 → "500 nghìn đồng" (rounded to `maxDecimals`). */
export function formatMoneyShort(n: number, maxDecimals = 2): string {
  const found = MONEY_SCALES.find(([size]) => Math.abs(n) >= size);
  if (!found) return formatMoney(n);
  const [size, word] = found;
  return `${formatNumber(n / size, maxDecimals)} ${word} đồng`;
}

/**
 * A ratio (0.995) as a percentage: "99,5%". Rounded half up to `precision` decimals (default 1),
 * trailing ",0" dropped: 0.99048 → "99%". The compiled report passes 0 (whole percent).
 */
export function formatPercent(ratio: number, precision = 1): string {
  if (!Number.isFinite(ratio)) return NOT_APPLICABLE;
  return `${formatScaled(scale(ratio * 100, precision), precision)}%`;
}

/** numerator / denominator as a percentage, computed exactly: 5829/5885 → "99%"; x/0 → NOT_APPLICABLE. */
export function formatPercentOf(numerator: number, denominator: number, precision = 1): string {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator)) {
    return formatPercent(numerator / denominator, precision);
  }
  if (denominator === 0) return NOT_APPLICABLE;
  const num = BigInt(numerator) * 100n * 10n ** BigInt(precision);
  const den = BigInt(denominator);
  const negative = num < 0n !== den < 0n;
  const absNum = num < 0n ? -num : num;
  const absDen = den < 0n ? -den : den;
  const rounded = (2n * absNum + absDen) / (2n * absDen); // half up
  return `${formatScaled(negative ? -rounded : rounded, precision)}%`;
}

/** 5829, 5885 → "5.829/5.885". */
export function formatFraction(numerator: number, denominator: number): string {
  return `${formatCount(numerator)}/${formatCount(denominator)}`;
}

/** 1 → "01" (as documents write "01 giải", "Số: 05"); 12 → "12"; 1234 → "1234" (no grouping). */
export function formatTwoDigits(n: number): string {
  return n >= 0 ? String(n).padStart(2, "0") : String(n);
}
