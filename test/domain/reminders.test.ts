// What an officer types in the reminder settings, and the edges of the schedule: the days and
// the time read as a person means them, anything else refused (and the default kept); a slot
// that could only go out at the deadline is dropped; slots in sending order; no message at night.
import { describe, expect, it } from "vitest";
import {
  DEFAULT_REMINDER_SCHEDULE,
  digestSlotKey,
  manualSlotKey,
  parseReminderDays,
  parseReminderTime,
  reminderSlots,
  sendWindow,
} from "../../src/domain/reminders.js";

/** A local time in Hà Nội (UTC+7). */
const local = (time: string): Date => new Date(`${time}:00+07:00`);

describe("reminder days as typed", () => {
  it("reads days separated by commas, semicolons or spaces, largest first, each once", () => {
    expect(parseReminderDays("3, 1; 0")).toEqual([3, 1, 0]);
    expect(parseReminderDays("1 7  3,,1")).toEqual([7, 3, 1]);
    expect(parseReminderDays("12")).toEqual([12]);
    expect(parseReminderDays("   ")).toEqual([]);
  });

  it("takes up to 60 days before, refuses more and anything not a whole number of days", () => {
    expect(parseReminderDays("60")).toEqual([60]);
    expect(parseReminderDays("61")).toBeNull();
    expect(parseReminderDays("123")).toBeNull();
    expect(parseReminderDays("3, hai")).toBeNull();
    expect(parseReminderDays("1.5")).toBeNull();
    expect(parseReminderDays("-1")).toBeNull();
  });
});

describe("reminder time as typed", () => {
  it("reads 08:00, 8:30, 8h30 and 8g30, spaces around allowed", () => {
    expect(parseReminderTime("08:00")).toEqual({ hour: 8, minute: 0 });
    expect(parseReminderTime(" 8:30 ")).toEqual({ hour: 8, minute: 30 });
    expect(parseReminderTime("8h30")).toEqual({ hour: 8, minute: 30 });
    expect(parseReminderTime("8g30")).toEqual({ hour: 8, minute: 30 });
    expect(parseReminderTime("23:59")).toEqual({ hour: 23, minute: 59 });
  });

  it("refuses what is not a time of day, or has something before or after it", () => {
    expect(parseReminderTime("24:00")).toBeNull();
    expect(parseReminderTime("08:60")).toBeNull();
    expect(parseReminderTime("lúc 08:00")).toBeNull();
    expect(parseReminderTime("08:00 sáng")).toBeNull();
    expect(parseReminderTime("8")).toBeNull();
  });
});

describe("slots at their edges", () => {
  const schedule = { ...DEFAULT_REMINDER_SCHEDULE, daysBefore: [0, 3, 1] };

  it("come in sending order whatever order the days were typed in", () => {
    const slots = reminderSlots(local("2025-06-20T17:00"), schedule);
    expect(slots.map((slot) => slot.sendFrom.toISOString())).toEqual([
      local("2025-06-17T08:00").toISOString(),
      local("2025-06-19T08:00").toISOString(),
      local("2025-06-20T08:00").toISOString(),
    ]);
  });

  it("drop a slot that could go out only at the deadline itself", () => {
    const slots = reminderSlots(local("2025-06-20T08:00"), schedule);
    expect(slots.map((slot) => slot.sendFrom.toISOString())).toEqual([
      local("2025-06-17T08:00").toISOString(),
      local("2025-06-19T08:00").toISOString(),
    ]);
  });

  it("say night is quiet, the day open, and after the deadline nothing", () => {
    const deadline = local("2025-06-20T17:00");
    expect(sendWindow(local("2025-06-18T22:00"), deadline)).toBe("quiet");
    expect(sendWindow(local("2025-06-18T09:00"), deadline)).toBe("open");
    expect(sendWindow(deadline, deadline)).toBe("after-deadline");
  });

  it("give each round's officers' digest its own key, apart from the leaders' reminders", () => {
    const first = local("2025-06-17T08:00").toISOString();
    const manual = manualSlotKey(local("2025-06-18T10:12"));
    expect(new Set([first, manual, digestSlotKey(first), digestSlotKey(manual)]).size).toBe(4);
  });
});
