// When deadline reminders are due: pure functions of a period's deadline, the ward's
// schedule and the current instant. Slots fall on "days before the deadline" at the ward's
// time in its time zone; nothing is sent from 21:00 to 07:00 local time (a slot there waits
// for 07:00 if that is still before the deadline); a slot missed while the bot was down is
// still due later, until the next slot or the deadline.
import { TZDate } from "@date-fns/tz";
import { differenceInCalendarDays } from "date-fns";
import { VIETNAM_TIME_ZONE } from "./format/dates.js";

/** Quiet hours, local time: [21:00, 07:00). */
export const QUIET_FROM_HOUR = 21;
export const QUIET_UNTIL_HOUR = 7;

export interface ReminderSchedule {
  /** Days before the deadline's calendar day, e.g. [3, 1, 0]. */
  daysBefore: number[];
  hour: number;
  minute: number;
  timeZone: string;
}

export const DEFAULT_REMINDER_SCHEDULE: ReminderSchedule = { daysBefore: [3, 1, 0], hour: 8, minute: 0, timeZone: VIETNAM_TIME_ZONE };

export interface ReminderSlot {
  /** The slot's identity: its planned instant in ISO 8601 (UTC). Stable whatever the send time. */
  key: string;
  plannedAt: Date;
  /** When it may be sent: the planned time, or 07:00 after it when planned in quiet hours. */
  sendFrom: Date;
}

/** "3,1,0" → [3, 1, 0]; null when any part is not a whole number of days (0–60). */
export function parseReminderDays(text: string): number[] | null {
  const parts = text.split(/[,;\s]+/).filter(Boolean);
  if (parts.length === 0) return [];
  const days = parts.map((part) => (/^\d{1,2}$/.test(part) ? Number(part) : NaN));
  if (days.some((day) => !Number.isInteger(day) || day > 60)) return null;
  return [...new Set(days)].sort((a, b) => b - a);
}

/** "08:00" or "8:30" → { hour, minute }; null when it is not a time of day. */
export function parseReminderTime(text: string): { hour: number; minute: number } | null {
  const match = /^(\d{1,2})[:hg](\d{2})$/.exec(text.trim());
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  return hour < 24 && minute < 60 ? { hour, minute } : null;
}

/** A ward's stored settings as a schedule; what cannot be read falls back to the default. */
export function reminderSchedule(settings: { reminderDays: string; reminderTime: string; timeZone: string }): ReminderSchedule {
  const time = parseReminderTime(settings.reminderTime) ?? DEFAULT_REMINDER_SCHEDULE;
  return {
    daysBefore: parseReminderDays(settings.reminderDays) ?? DEFAULT_REMINDER_SCHEDULE.daysBefore,
    hour: time.hour,
    minute: time.minute,
    timeZone: settings.timeZone || VIETNAM_TIME_ZONE,
  };
}

function local(at: Date, timeZone: string): TZDate {
  return new TZDate(at.getTime(), timeZone);
}

/** Whether `at` falls in quiet hours (21:00 ≤ local time < 07:00). */
export function isQuietTime(at: Date, timeZone: string = VIETNAM_TIME_ZONE): boolean {
  const hour = local(at, timeZone).getHours();
  return hour >= QUIET_FROM_HOUR || hour < QUIET_UNTIL_HOUR;
}

/** `at` itself outside quiet hours; otherwise the 07:00 that ends them. */
export function nextSendableTime(at: Date, timeZone: string = VIETNAM_TIME_ZONE): Date {
  if (!isQuietTime(at, timeZone)) return at;
  const day = local(at, timeZone);
  const offset = day.getHours() >= QUIET_FROM_HOUR ? 1 : 0;
  return new Date(new TZDate(day.getFullYear(), day.getMonth(), day.getDate() + offset, QUIET_UNTIL_HOUR, 0, 0, 0, timeZone).getTime());
}

/** The slots of a period, in sending order; slots that could only be sent at or after the deadline are dropped. */
export function reminderSlots(deadline: Date, schedule: ReminderSchedule): ReminderSlot[] {
  const day = local(deadline, schedule.timeZone);
  const slots = new Map<string, ReminderSlot>();
  for (const before of schedule.daysBefore) {
    const planned = new TZDate(day.getFullYear(), day.getMonth(), day.getDate() - before, schedule.hour, schedule.minute, 0, 0, schedule.timeZone);
    const plannedAt = new Date(planned.getTime());
    const sendFrom = nextSendableTime(plannedAt, schedule.timeZone);
    if (sendFrom.getTime() >= deadline.getTime()) continue;
    slots.set(plannedAt.toISOString(), { key: plannedAt.toISOString(), plannedAt, sendFrom });
  }
  return [...slots.values()].sort((a, b) => a.sendFrom.getTime() - b.sendFrom.getTime());
}

export type SendWindow = "open" | "quiet" | "after-deadline";

/** Whether a reminder for a period with `deadline` may go out at `now`. */
export function sendWindow(now: Date, deadline: Date, timeZone: string = VIETNAM_TIME_ZONE): SendWindow {
  if (now.getTime() >= deadline.getTime()) return "after-deadline";
  return isQuietTime(now, timeZone) ? "quiet" : "open";
}

/**
 * The slot to work on at `now`: the latest slot whose send time has come, while the deadline
 * is ahead and it is not night. A slot missed while the bot was down is still due when it
 * comes back; once a later slot is due, the earlier one is superseded (never sent late).
 */
export function dueSlot(deadline: Date, schedule: ReminderSchedule, now: Date): ReminderSlot | null {
  if (sendWindow(now, deadline, schedule.timeZone) !== "open") return null;
  const due = reminderSlots(deadline, schedule).filter((slot) => slot.sendFrom.getTime() <= now.getTime());
  return due[due.length - 1] ?? null;
}

/** The slot key of a round an officer starts by hand: one per minute ("manual:2025-06-18T03:12Z"). */
export function manualSlotKey(now: Date): string {
  return `manual:${now.toISOString().slice(0, 16)}Z`;
}

/** The key under which an officer's digest of a round is claimed. */
export function digestSlotKey(slotKey: string): string {
  return `digest:${slotKey}`;
}

/** Calendar days from `now` to the deadline's day, local time (0 = today, 1 = tomorrow). */
export function daysUntilDeadline(now: Date, deadline: Date, timeZone: string = VIETNAM_TIME_ZONE): number {
  return Math.max(0, differenceInCalendarDays(local(deadline, timeZone), local(now, timeZone)));
}
