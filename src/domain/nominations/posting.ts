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

/** What the law says of an award form, as far as the posting goes: its code, kind and title. */
export interface PostedForm {
  code: string;
  kind: "giay_khen" | "danh_hieu";
  titleName: string;
}

/** Codes of the forms whose list is posted for comments (the ward's defaults). */
const POSTED_CODES = new Set(["gdvh", "tdpvh"]);

/**
 * Whether a form's list must be posted (niêm yết) before the council reviews it. Nghị định
 * 86/2023/NĐ-CP has it for the titles "Gia đình văn hóa" (the list posted at the tổ dân phố for
 * 10 days) and "Thôn, tổ dân phố văn hóa" (posted by the ward for 10 days); no text found has a
 * posting for a Giấy khen or "Lao động tiên tiến" (khen-thuong.md §3 steps 3, 5 and 6).
 * A ward's own form carrying one of those titles counts too.
 */
export function formNeedsPosting(form: PostedForm): boolean {
  if (POSTED_CODES.has(form.code)) return true;
  if (form.kind !== "danh_hieu") return false;
  const title = form.titleName
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[đĐ]/gu, "d")
    .toLowerCase();
  return /\b(gia dinh|to dan pho|thon|khu dan cu|xom|ban|ap|khu pho) van hoa\b/u.test(title);
}
