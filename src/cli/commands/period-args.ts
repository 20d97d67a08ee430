// Reading the period command's flags: kinds, years and dates as the chat reads them.
import { toCalendarDate } from "../../domain/format.js";
import { type DateContext, type PeriodType, PERIOD_TYPES, parseDate } from "../../domain/dates/index.js";
import { formatDateShort } from "../../domain/format.js";
import type { CalendarDate } from "../../domain/types.js";
import { UsageError } from "./cli-args.js";

export function periodType(value: string | undefined): PeriodType {
  const type = PERIOD_TYPES.find((candidate) => candidate === value);
  if (!type) throw new UsageError(`--kind must be one of ${PERIOD_TYPES.join(", ")} (half_year = sơ kết, full_year = tổng kết).`);
  return type;
}

export function yearOf(value: string | undefined, now: Date, timeZone: string): number {
  if (value === undefined) return toCalendarDate(now, timeZone).year;
  if (!/^\d{4}$/.test(value) || Number(value) < 2000 || Number(value) > 2200) throw new UsageError(`--year "${value}": a year such as 2026.`);
  return Number(value);
}

export function quarterOf(value: string | undefined): number {
  if (value === undefined) return 1;
  if (!/^[1-4]$/.test(value)) throw new UsageError(`--quarter "${value}": 1, 2, 3 or 4.`);
  return Number(value);
}

/** A date flag typed as people type dates ("20/6", "20/6/2026", "ngày 20 tháng 6"). */
export function dateFlag(flag: string, value: string, context: DateContext): CalendarDate {
  const result = parseDate(value, context);
  if (result.kind === "date") return result.date;
  if (result.kind === "swapped") throw new UsageError(`${flag} "${value}": day first, please — did you mean ${formatDateShort(result.date)}?`);
  if (result.kind === "no-such-day") throw new UsageError(`${flag} "${value}": month ${result.month} of ${result.year} has no day ${result.day}.`);
  throw new UsageError(`${flag} "${value}": a date such as 20/6/2026.`);
}
