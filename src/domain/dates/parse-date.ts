// Dates as people type them in a chat: "20/6", "20/6/2026", "20-6-2026", "20.06.26",
// "ngày 20 tháng 6", "ngày 20 tháng 6 năm 2026", "hôm nay", "ngày mai". Day before month, as
// Vietnamese writes dates; a reading that only makes sense month-first ("6/20") is asked
// back, never guessed, and a day that does not exist ("31/6") is named.
import { normalizeText } from "../text.js";
import type { CalendarDate } from "../types.js";

export type DateParse =
  | { kind: "date"; date: CalendarDate; /** The year was not typed: `defaultYear` was used. */ yearGuessed: boolean }
  /** "6/20": only a month-first reading is a date; ask "ngày 20 tháng 6?" before using it. */
  | { kind: "swapped"; date: CalendarDate }
  /** "31/6", "29/2/2025": day and month read, but that day does not exist. */
  | { kind: "no-such-day"; day: number; month: number; year: number }
  | { kind: "unreadable" };

export interface DateContext {
  /** Today in the ward's time zone ("hôm nay", "ngày mai"). */
  today: CalendarDate;
  /** The year of a date typed without one (the period's year). */
  defaultYear: number;
}

const RELATIVE = new Map<string, number>([
  ["hôm nay", 0],
  ["ngày mai", 1],
  ["mai", 1],
  ["ngày kia", 2],
  ["ngày mốt", 2],
  ["mốt", 2],
]);

const NUMERIC = /^(?:ngày\s*)?(\d{1,2})\s*([/.-])\s*(\d{1,2})(?:\s*\2\s*(\d{2}|\d{4}))?$/u;
const WORDS = /^(?:ngày\s*)?(\d{1,2})\s*tháng\s*(\d{1,2})(?:\s*(?:năm|,)?\s*(\d{4}))?$/u;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(date: CalendarDate): boolean {
  return Number.isInteger(date.year) && date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= daysInMonth(date.year, date.month);
}

/** The calendar day `days` after `date`. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const utc = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
}

/** Negative, 0 or positive as `a` is before, on or after `b`. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

function fullYear(text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  return text.length === 2 ? 2000 + value : value;
}

function reading(day: number, month: number, year: number, yearGuessed: boolean, swappedAllowed: boolean): DateParse {
  if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
    const date = { year, month, day };
    return isValidDate(date) ? { kind: "date", date, yearGuessed } : { kind: "no-such-day", day, month, year };
  }
  // Month-first ("6/20") is how phones in English write it: offer the reading, do not take it.
  if (swappedAllowed && day >= 1 && day <= 12 && month >= 13 && month <= 31) {
    const date = { year, month: day, day: month };
    if (isValidDate(date)) return { kind: "swapped", date };
  }
  return { kind: "unreadable" };
}

export function parseDate(input: string, context: DateContext): DateParse {
  const text = normalizeText(input).toLowerCase().replace(/\.$/u, "");
  if (text === "") return { kind: "unreadable" };
  const relative = RELATIVE.get(text);
  if (relative !== undefined) return { kind: "date", date: addDays(context.today, relative), yearGuessed: false };
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const [, day, , month, year] = numeric;
    if (year !== undefined && year.length === 4 && (Number(year) < 1900 || Number(year) > 2200)) return { kind: "unreadable" };
    return reading(Number(day), Number(month), fullYear(year, context.defaultYear), year === undefined, true);
  }
  const words = WORDS.exec(text);
  if (words) {
    const [, day, month, year] = words;
    if (year !== undefined && (Number(year) < 1900 || Number(year) > 2200)) return { kind: "unreadable" };
    return reading(Number(day), Number(month), fullYear(year, context.defaultYear), year === undefined, false);
  }
  return { kind: "unreadable" };
}
