// When reminders are due: pure functions of the deadline, the ward's schedule and the time.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_REMINDER_SCHEDULE,
  daysUntilDeadline,
  dueSlot,
  isQuietTime,
  manualSlotKey,
  nextSendableTime,
  parseReminderDays,
  parseReminderTime,
  reminderSchedule,
  reminderSlots,
  type ReminderSchedule,
  sendWindow,
} from "../../src/domain/reminders.js";

const local = (time: string) => new Date(`${time}:00+07:00`);
const DEADLINE = local("2025-06-20T17:00");
const schedule = (days: number[], hour = 8, minute = 0): ReminderSchedule => ({ ...DEFAULT_REMINDER_SCHEDULE, daysBefore: days, hour, minute });

describe("slots", () => {
  it("falls 3 days, 1 day before and on the morning of the deadline at 08:00 local time by default", () => {
    expect(reminderSlots(DEADLINE, DEFAULT_REMINDER_SCHEDULE).map((slot) => slot.key)).toEqual([
      local("2025-06-17T08:00").toISOString(),
      local("2025-06-19T08:00").toISOString(),
      local("2025-06-20T08:00").toISOString(),
    ]);
  });

  it("follows the ward's settings, and falls back to the default when they cannot be read", () => {
    expect(reminderSchedule({ reminderDays: "5, 2", reminderTime: "14:30", timeZone: "Asia/Ho_Chi_Minh" })).toEqual(schedule([5, 2], 14, 30));
    expect(reminderSchedule({ reminderDays: "ba ngày", reminderTime: "tám giờ", timeZone: "" })).toEqual(DEFAULT_REMINDER_SCHEDULE);
    expect(parseReminderDays("3,1,0")).toEqual([3, 1, 0]);
    expect(parseReminderDays("0;1;1")).toEqual([1, 0]);
    expect(parseReminderDays("")).toEqual([]);
    expect(parseReminderDays("-1")).toBeNull();
    expect(parseReminderTime("8:30")).toEqual({ hour: 8, minute: 30 });
    expect(parseReminderTime("8h30")).toEqual({ hour: 8, minute: 30 });
    expect(parseReminderTime("24:00")).toBeNull();
  });

  it("drops a slot that could only go out at or after the deadline", () => {
    const early = local("2025-06-20T07:30");
    expect(reminderSlots(early, DEFAULT_REMINDER_SCHEDULE).map((slot) => slot.plannedAt)).toEqual([local("2025-06-17T08:00"), local("2025-06-19T08:00")]);
  });
});

describe("never at night (21:00 to 07:00 local time)", () => {
  it("20:59 is day, 21:00 is night; 06:59 is night, 07:00 is day", () => {
    expect(isQuietTime(local("2025-06-18T20:59"))).toBe(false);
    expect(isQuietTime(local("2025-06-18T21:00"))).toBe(true);
    expect(isQuietTime(local("2025-06-19T06:59"))).toBe(true);
    expect(isQuietTime(local("2025-06-19T07:00"))).toBe(false);
  });

  it("a slot at 20:59 goes out at 20:59; one at 21:00 waits for 07:00 the next morning", () => {
    const [late] = reminderSlots(DEADLINE, schedule([1], 20, 59));
    expect(late!.sendFrom).toEqual(local("2025-06-19T20:59"));
    expect(dueSlot(DEADLINE, schedule([1], 20, 59), local("2025-06-19T20:59"))?.key).toBe(late!.key);

    const night = schedule([2], 21, 0);
    const [slot] = reminderSlots(DEADLINE, night);
    expect(slot!.plannedAt).toEqual(local("2025-06-18T21:00"));
    expect(slot!.sendFrom).toEqual(local("2025-06-19T07:00"));
    expect(dueSlot(DEADLINE, night, local("2025-06-18T21:00"))).toBeNull();
    expect(dueSlot(DEADLINE, night, local("2025-06-19T06:59"))).toBeNull();
    expect(dueSlot(DEADLINE, night, local("2025-06-19T07:00"))?.key).toBe(slot!.key);
  });

  it("a slot at 06:59 waits one minute; a night slot is dropped when 07:00 is past the deadline", () => {
    const [slot] = reminderSlots(DEADLINE, schedule([0], 6, 59));
    expect(slot!.sendFrom).toEqual(local("2025-06-20T07:00"));
    expect(reminderSlots(local("2025-06-20T06:30"), schedule([0], 5, 0))).toEqual([]);
  });

  it("never says a slot is due at night or after the deadline (any schedule, any time)", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 10 }), { maxLength: 4 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 14 * 24 * 60 }),
        (days, hour, minute, minutes) => {
          const now = new Date(DEADLINE.getTime() - 12 * 24 * 3_600_000 + minutes * 60_000);
          const slot = dueSlot(DEADLINE, schedule(days, hour, minute), now);
          if (slot === null) return;
          expect(isQuietTime(now)).toBe(false);
          expect(now.getTime()).toBeLessThan(DEADLINE.getTime());
          expect(slot.sendFrom.getTime()).toBeLessThanOrEqual(now.getTime());
          expect(isQuietTime(slot.sendFrom)).toBe(false);
        },
      ),
    );
  });
});

describe("slots missed while the bot was down", () => {
  it("are still due later the same day, and the next day until the next slot", () => {
    const first = local("2025-06-17T08:00").toISOString();
    expect(dueSlot(DEADLINE, DEFAULT_REMINDER_SCHEDULE, local("2025-06-17T07:59"))).toBeNull();
    expect(dueSlot(DEADLINE, DEFAULT_REMINDER_SCHEDULE, local("2025-06-17T15:00"))?.key).toBe(first);
    expect(dueSlot(DEADLINE, DEFAULT_REMINDER_SCHEDULE, local("2025-06-18T10:00"))?.key).toBe(first);
  });

  it("are superseded by a later slot: only the latest is due", () => {
    expect(dueSlot(DEADLINE, DEFAULT_REMINDER_SCHEDULE, local("2025-06-19T10:00"))?.key).toBe(local("2025-06-19T08:00").toISOString());
  });

  it("are not sent at night nor once the deadline has passed", () => {
    expect(dueSlot(DEADLINE, DEFAULT_REMINDER_SCHEDULE, local("2025-06-19T22:00"))).toBeNull();
    expect(dueSlot(DEADLINE, DEFAULT_REMINDER_SCHEDULE, local("2025-06-20T17:00"))).toBeNull();
    expect(sendWindow(local("2025-06-20T16:59"), DEADLINE)).toBe("open");
    expect(sendWindow(local("2025-06-20T17:00"), DEADLINE)).toBe("after-deadline");
  });
});

describe("helpers", () => {
  it("counts calendar days to the deadline in local time", () => {
    expect(daysUntilDeadline(local("2025-06-17T08:00"), DEADLINE)).toBe(3);
    expect(daysUntilDeadline(local("2025-06-19T23:59"), DEADLINE)).toBe(1);
    expect(daysUntilDeadline(local("2025-06-20T00:00"), DEADLINE)).toBe(0);
  });

  it("names a manual round by its minute and moves a night time to 07:00", () => {
    expect(manualSlotKey(new Date("2025-06-18T03:12:45.123Z"))).toBe("manual:2025-06-18T03:12Z");
    expect(nextSendableTime(local("2025-06-18T23:30"))).toEqual(local("2025-06-19T07:00"));
    expect(nextSendableTime(local("2025-06-19T01:30"))).toEqual(local("2025-06-19T07:00"));
    expect(nextSendableTime(local("2025-06-19T12:00"))).toEqual(local("2025-06-19T12:00"));
  });
});
