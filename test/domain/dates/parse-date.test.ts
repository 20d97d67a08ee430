// Dates as officers type them: every common form read, the month-first form asked back,
// a day that does not exist named; properties over every day of two centuries.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, checkPlanDates, compareDates, daysInMonth, defaultPeriodName, defaultSpan, deadlineInstant, isValidDate, parseDate } from "../../../src/domain/dates/index.js";
import { formatDateLong, formatDateShort } from "../../../src/domain/format.js";
import type { CalendarDate } from "../../../src/domain/types.js";

const context = { today: { year: 2026, month: 5, day: 15 }, defaultYear: 2026 };
const on = (day: number, month: number, year = 2026) => ({ kind: "date", date: { year, month, day } });

describe("parseDate", () => {
  it.each([
    ["20/6", on(20, 6)],
    ["20/6/2026", on(20, 6)],
    ["20/06/2026", on(20, 6)],
    ["20-6-2026", on(20, 6)],
    ["20.6.2026", on(20, 6)],
    ["20/6/26", on(20, 6)],
    ["ngày 20 tháng 6", on(20, 6)],
    ["Ngày 20 tháng 6 năm 2027", on(20, 6, 2027)],
    ["20 tháng 6", on(20, 6)],
    ["  20 / 6 ", on(20, 6)],
    ["hôm nay", on(15, 5)],
    ["ngày mai", on(16, 5)],
  ])("%s", (text, expected) => {
    expect(parseDate(text, context)).toMatchObject(expected);
  });

  it("says when the year was not typed", () => {
    expect(parseDate("20/6", context)).toMatchObject({ yearGuessed: true });
    expect(parseDate("20/6/2026", context)).toMatchObject({ yearGuessed: false });
  });

  it("asks back a month-first date instead of guessing", () => {
    expect(parseDate("6/20/2026", context)).toEqual({ kind: "swapped", date: { year: 2026, month: 6, day: 20 } });
    expect(parseDate("ngày 6 tháng 20", context)).toEqual({ kind: "unreadable" });
  });

  it("names a day that does not exist", () => {
    expect(parseDate("31/6", context)).toEqual({ kind: "no-such-day", day: 31, month: 6, year: 2026 });
    expect(parseDate("29/2/2025", context)).toEqual({ kind: "no-such-day", day: 29, month: 2, year: 2025 });
    expect(parseDate("29/2/2028", context)).toMatchObject(on(29, 2, 2028));
  });

  it.each(["", "mai kia", "20", "20/6/20266", "32/13", "0/5", "20/6/1700", "tháng 6", "1tr5"])("%j is unreadable", (text) => {
    expect(parseDate(text, context)).toEqual({ kind: "unreadable" });
  });
});

const dates = fc
  .record({ year: fc.integer({ min: 1950, max: 2150 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .filter(isValidDate);

describe("properties", () => {
  const pad = (n: number) => String(n).padStart(2, "0");
  const forms = (d: CalendarDate) => [
    formatDateShort(d),
    formatDateLong(d),
    `${pad(d.day)}/${pad(d.month)}/${d.year}`,
    `${d.day}-${d.month}-${d.year}`,
    `${d.day}.${d.month}.${d.year}`,
    `ngày ${d.day} tháng ${d.month} năm ${d.year}`,
  ];

  it("every written form of every day reads back as that day", () => {
    fc.assert(
      fc.property(dates, (d) => {
        for (const text of forms(d)) expect(parseDate(text, context)).toEqual({ kind: "date", date: d, yearGuessed: false });
      }),
      { numRuns: 2000 },
    );
  });

  it("without a year, the period's year is used", () => {
    fc.assert(
      fc.property(dates, (d) => {
        const result = parseDate(`${d.day}/${d.month}`, { ...context, defaultYear: d.year });
        expect(result).toEqual({ kind: "date", date: d, yearGuessed: true });
      }),
      { numRuns: 1000 },
    );
  });

  it("never accepts a day that does not exist, never throws", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        const result = parseDate(text, context);
        if (result.kind === "date" || result.kind === "swapped") expect(isValidDate(result.date)).toBe(true);
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 2000, max: 2100 }), (day, month, year) => {
        const result = parseDate(`${day}/${month}/${year}`, context);
        expect(result.kind).toBe(day <= daysInMonth(year, month) ? "date" : "no-such-day");
      }),
    );
  });

  it("a swapped reading is the date with day and month exchanged", () => {
    fc.assert(
      fc.property(dates.filter((d) => d.day > 12), (d) => {
        expect(parseDate(`${d.month}/${d.day}/${d.year}`, context)).toEqual({ kind: "swapped", date: d });
      }),
    );
  });

  it("addDays and compareDates agree", () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: -800, max: 800 }), (d, n) => {
        const later = addDays(d, n);
        expect(isValidDate(later)).toBe(true);
        expect(Math.sign(compareDates(later, d))).toBe(Math.sign(n));
        expect(addDays(later, -n)).toEqual(d);
      }),
    );
  });
});

describe("period plans", () => {
  it("names and spans of each kind", () => {
    expect(defaultPeriodName("half_year", 2026)).toBe("6 tháng đầu năm 2026");
    expect(defaultPeriodName("full_year", 2026)).toBe("Năm 2026");
    expect(defaultPeriodName("quarter", 2026, 3)).toBe("Quý III năm 2026");
    expect(defaultPeriodName("thematic", 2026)).toBeNull();
    expect(defaultSpan("quarter", 2028, 1)).toEqual({ start: { year: 2028, month: 1, day: 1 }, end: { year: 2028, month: 3, day: 31 } });
    expect(defaultSpan("half_year", 2026)?.end).toEqual({ year: 2026, month: 6, day: 30 });
  });

  it("a deadline is 17:00 in Hà Nội", () => {
    expect(deadlineInstant({ year: 2026, month: 6, day: 20 }).toISOString()).toBe("2026-06-20T10:00:00.000Z");
  });

  it("checks the order of the dates and a past deadline", () => {
    const today = { year: 2026, month: 5, day: 15 };
    const start = { year: 2026, month: 1, day: 1 };
    const end = { year: 2026, month: 6, day: 30 };
    expect(checkPlanDates({ start, end, deadline: { year: 2026, month: 6, day: 20 } }, today)).toBeNull();
    expect(checkPlanDates({ start: end, end: start, deadline: end }, today)).toBe("end-before-start");
    expect(checkPlanDates({ start, end, deadline: { year: 2026, month: 5, day: 14 } }, today)).toBe("deadline-past");
  });
});
