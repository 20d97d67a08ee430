// Calendar days as stored for khen thưởng: "YYYY-MM-DD", compared as text.
import { isValidDate } from "../dates/parse-date.js";
import type { CalendarDate } from "../types.js";

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isoDay(date: CalendarDate): string {
  return `${String(date.year).padStart(4, "0")}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
}

/** The calendar day of "YYYY-MM-DD"; throws on anything else (stored days are always valid). */
export function parseIsoDay(day: string): CalendarDate {
  const match = ISO_DAY.exec(day);
  const date = match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : null;
  if (!date || !isValidDate(date)) throw new RangeError(`not a calendar day: ${day}`);
  return date;
}

export function isIsoDay(day: string): boolean {
  const match = ISO_DAY.exec(day);
  return match !== null && isValidDate({ year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) });
}
