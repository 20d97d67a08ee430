// The money of an award line (Nghị định 152/2025/NĐ-CP Điều 49): coefficient × the base salary
// in force on the decision's date, rounded as the ward sets (by default up, to 10.000 đồng).
import type { AwardRateDef, BaseSalaryDef, RecipientKind, Rounding } from "./types.js";

/** The amount in đồng of `coefficientMilli` thousandths of `baseSalary`, rounded per `rounding`. */
export function lineAmount(coefficientMilli: number, baseSalary: number, rounding: Rounding): number {
  if (!Number.isSafeInteger(coefficientMilli) || coefficientMilli < 0) throw new RangeError(`bad coefficient: ${coefficientMilli}`);
  if (!Number.isSafeInteger(baseSalary) || baseSalary < 0) throw new RangeError(`bad base salary: ${baseSalary}`);
  const numerator = coefficientMilli * baseSalary; // the amount × 1000
  if (rounding.mode === "none") return Math.round(numerator / 1000);
  const unit = 1000 * rounding.step;
  if (!Number.isSafeInteger(unit) || unit <= 0) throw new RangeError(`bad rounding step: ${rounding.step}`);
  const whole = Math.floor(numerator / unit);
  const rest = numerator - whole * unit;
  const steps = rounding.mode === "down" ? whole : rounding.mode === "up" ? whole + (rest > 0 ? 1 : 0) : whole + (2 * rest >= unit ? 1 : 0);
  return steps * rounding.step;
}

/** The base salary in force on `day`: the latest that took effect on or before it. */
export function baseSalaryOn(salaries: readonly BaseSalaryDef[], day: string): BaseSalaryDef | null {
  let found: BaseSalaryDef | null = null;
  for (const salary of salaries) {
    if (salary.validFrom <= day && (found === null || salary.validFrom > found.validFrom)) found = salary;
  }
  return found;
}

/** The rate of `kind` that holds on `day` (the latest start if ranges overlap). */
export function rateOn(rates: readonly AwardRateDef[], kind: RecipientKind, day: string): AwardRateDef | null {
  let found: AwardRateDef | null = null;
  for (const rate of rates) {
    if (rate.recipientKind !== kind || rate.validFrom > day || (rate.validTo !== null && rate.validTo < day)) continue;
    if (found === null || rate.validFrom > found.validFrom) found = rate;
  }
  return found;
}

/** "0,3", "1,5", "0,45": a coefficient as a document writes it. */
export function formatCoefficient(coefficientMilli: number): string {
  const text = (coefficientMilli / 1000).toFixed(3).replace(/0+$/, "").replace(/\.$/, "");
  return text.replace(".", ",");
}
