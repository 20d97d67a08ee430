// The public posting (niêm yết) of the proposed list: a start date and a number of days
// (10 by default); the list goes to the council once the posting has run its days. Pure.
import { addDays, compareDates } from "../dates/index.js";
import type { CalendarDate } from "../types.js";

export const DEFAULT_POSTING_DAYS = 10;

/** The last day of the posting: start + days - 1 ("from 5/5, 10 days" ends on 14/5). */
export function postingLastDay(start: CalendarDate, days: number = DEFAULT_POSTING_DAYS): CalendarDate {
  return addDays(start, Math.max(1, days) - 1);
}

/** Whether the posting has run its days by `today` (the day after the last day, or later). */
export function postingOver(start: CalendarDate, days: number, today: CalendarDate): boolean {
  return compareDates(today, postingLastDay(start, days)) > 0;
}

/** A posting may not start after today, nor more than a year back. */
export function postingStartProblem(start: CalendarDate, today: CalendarDate): "future" | "too_old" | null {
  if (compareDates(start, today) > 0) return "future";
  if (compareDates(start, addDays(today, -366)) < 0) return "too_old";
  return null;
}
