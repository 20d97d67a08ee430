// What a new reporting period is: the four kinds an office opens, the name built from the
// kind and year ("6 tháng đầu năm 2026", "Năm 2026", "Quý II năm 2026"; lower-cased mid-sentence by MID()), the usual dates,
// and the checks of a plan before it opens. Instants use the ward's time zone.
import { TZDate } from "@date-fns/tz";
import { VIETNAM_TIME_ZONE } from "../format/dates.js";
import { normalizeText } from "../text.js";
import type { CalendarDate, PeriodKind } from "../types.js";
import { compareDates, daysInMonth } from "./parse-date.js";

/** What the office chooses; stored as the period kind (quarters and campaigns are "other"). */
export type PeriodType = "half_year" | "full_year" | "quarter" | "thematic";

export const PERIOD_TYPES: readonly PeriodType[] = ["half_year", "full_year", "quarter", "thematic"];

export function periodKindOf(type: PeriodType): PeriodKind {
  return type === "half_year" ? "so_ket" : type === "full_year" ? "tong_ket" : "other";
}

const ROMAN = ["I", "II", "III", "IV"] as const;

/** The natural name; null for a campaign (chuyên đề), whose name the office types. */
export function defaultPeriodName(type: PeriodType, year: number, quarter = 1): string | null {
  if (type === "half_year") return `6 tháng đầu năm ${year}`;
  if (type === "full_year") return `Năm ${year}`;
  if (type === "quarter") return `Quý ${ROMAN[quarter - 1]} năm ${year}`;
  return null;
}

/** The usual span of the kind: the half-year 1/1–30/6, the year 1/1–31/12, a quarter its three months. */
export function defaultSpan(type: PeriodType, year: number, quarter = 1): { start: CalendarDate; end: CalendarDate } | null {
  if (type === "half_year") return { start: { year, month: 1, day: 1 }, end: { year, month: 6, day: 30 } };
  if (type === "full_year") return { start: { year, month: 1, day: 1 }, end: { year, month: 12, day: 31 } };
  if (type === "quarter") {
    const last = quarter * 3;
    return { start: { year, month: last - 2, day: 1 }, end: { year, month: last, day: daysInMonth(year, last) } };
  }
  return null;
}

/** Deadlines fall at the end of the office's day, local time (as the demo's 17:00). */
export const DEADLINE_HOUR = 17;

/** A calendar day at a local hour, as an instant. */
export function localInstant(date: CalendarDate, hour: number, timeZone: string = VIETNAM_TIME_ZONE): Date {
  return new Date(new TZDate(date.year, date.month - 1, date.day, hour, 0, 0, timeZone).getTime());
}

export function deadlineInstant(date: CalendarDate, timeZone: string = VIETNAM_TIME_ZONE): Date {
  return localInstant(date, DEADLINE_HOUR, timeZone);
}

export const MAX_PERIOD_NAME = 120;

export type NameCheck = { ok: true; name: string } | { ok: false; reason: "empty" | "too-long" };

export function checkPeriodName(input: string): NameCheck {
  const name = normalizeText(input);
  if (name === "") return { ok: false, reason: "empty" };
  if ([...name].length > MAX_PERIOD_NAME) return { ok: false, reason: "too-long" };
  return { ok: true, name };
}

export type PlanIssue = "end-before-start" | "deadline-before-start" | "deadline-past";

/** What is wrong with a plan's dates, first issue first; null when it may open. */
export function checkPlanDates(plan: { start: CalendarDate; end: CalendarDate; deadline: CalendarDate }, today: CalendarDate): PlanIssue | null {
  if (compareDates(plan.end, plan.start) < 0) return "end-before-start";
  if (compareDates(plan.deadline, plan.start) < 0) return "deadline-before-start";
  if (compareDates(plan.deadline, today) < 0) return "deadline-past";
  return null;
}
