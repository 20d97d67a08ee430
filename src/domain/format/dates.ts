// Dates as Vietnamese documents and chats write them, in the ward's time zone.

import { TZDate } from "@date-fns/tz";
import { normalizeText } from "../text.js";
import type { CalendarDate } from "../types.js";

export const VIETNAM_TIME_ZONE = "Asia/Ho_Chi_Minh";

/** A calendar day, or an instant read in a time zone. */
export type DateInput = CalendarDate | Date;

/** The calendar day of an instant in `timeZone`. */
export function toCalendarDate(date: Date, timeZone: string = VIETNAM_TIME_ZONE): CalendarDate {
  const local = new TZDate(date.getTime(), timeZone);
  return { year: local.getFullYear(), month: local.getMonth() + 1, day: local.getDate() };
}

function calendar(date: DateInput, timeZone: string): CalendarDate {
  return date instanceof Date ? toCalendarDate(date, timeZone) : date;
}

/** "ngày 27 tháng 5 năm 2025" (no leading zeros), as running text writes it. */
export function formatDateLong(date: DateInput, timeZone: string = VIETNAM_TIME_ZONE): string {
  const { day, month, year } = calendar(date, timeZone);
  return `ngày ${day} tháng ${month} năm ${year}`;
}

/**
 * The date of a document's place-and-date line (Nghị định 30/2020, Phụ lục I): days below 10 and
 * the months 1 and 2 get a leading 0: "ngày 05 tháng 01 năm 2025", "ngày 29 tháng 6 năm 2025".
 */
export function formatNd30Date(date: DateInput, timeZone: string = VIETNAM_TIME_ZONE): string {
  const { day, month, year } = calendar(date, timeZone);
  const dd = String(day).padStart(2, "0");
  const mm = month <= 2 ? String(month).padStart(2, "0") : String(month);
  return `ngày ${dd} tháng ${mm} năm ${year}`;
}

/** "Phường Phan Đình Phùng, ngày 05 tháng 01 năm 2025": the place as given, a comma, the ND30 date. */
export function formatNd30DateLine(place: string, date: DateInput, timeZone: string = VIETNAM_TIME_ZONE): string {
  return `${normalizeText(place)}, ${formatNd30Date(date, timeZone)}`;
}

/** "27/5/2025", as the model report cites dates in running text ("ngày 11/6/2024"). */
export function formatDateShort(date: DateInput, timeZone: string = VIETNAM_TIME_ZONE): string {
  const { day, month, year } = calendar(date, timeZone);
  return `${day}/${month}/${year}`;
}

/** For receipts: "08:15 ngày 27 tháng 5 năm 2025" (24-hour clock, local time). */
export function formatDateTime(date: Date, timeZone: string = VIETNAM_TIME_ZONE): string {
  const local = new TZDate(date.getTime(), timeZone);
  const hh = String(local.getHours()).padStart(2, "0");
  const mi = String(local.getMinutes()).padStart(2, "0");
  return `${hh}:${mi} ${formatDateLong(date, timeZone)}`;
}
