// Dates and period plans at their edges, as an officer opening a period meets them: the first
// and last years accepted, a full stop after a date, a day and month that exist in neither
// order, a one-day period, a deadline on its start or on today, and the period's name.
import { describe, expect, it } from "vitest";
import {
  checkPeriodName,
  checkPlanDates,
  defaultSpan,
  isValidDate,
  MAX_PERIOD_NAME,
  parseDate,
  periodKindOf,
} from "../../../src/domain/dates/index.js";

const context = { today: { year: 2026, month: 12, day: 31 }, defaultYear: 2026 };
const unreadable = { kind: "unreadable" };

describe("reading a typed date, at its edges", () => {
  it("reads a date followed by a full stop, as at the end of a sentence", () => {
    expect(parseDate("20/6.", context)).toEqual({ kind: "date", date: { year: 2026, month: 6, day: 20 }, yearGuessed: true });
    expect(parseDate("Ngày 20 tháng 6 năm 2027.", context)).toEqual({ kind: "date", date: { year: 2027, month: 6, day: 20 }, yearGuessed: false });
  });

  it("reads 'ngày mai' on the last day of the year as the next year's first day, its year not guessed", () => {
    expect(parseDate("ngày mai", context)).toEqual({ kind: "date", date: { year: 2027, month: 1, day: 1 }, yearGuessed: false });
  });

  it("says the year was guessed when a date in words has none", () => {
    expect(parseDate("ngày 20 tháng 6", context)).toEqual({ kind: "date", date: { year: 2026, month: 6, day: 20 }, yearGuessed: true });
  });

  it("accepts the years 1900 to 2200, in figures and in words, and nothing outside", () => {
    for (const year of [1900, 2200]) {
      expect(parseDate(`1/1/${year}`, context), `1/1/${year}`).toMatchObject({ kind: "date", date: { year, month: 1, day: 1 } });
      expect(parseDate(`ngày 1 tháng 1 năm ${year}`, context)).toMatchObject({ kind: "date", date: { year, month: 1, day: 1 } });
    }
    for (const year of [1899, 1700, 2201]) {
      expect(parseDate(`1/1/${year}`, context), `1/1/${year}`).toEqual(unreadable);
      expect(parseDate(`ngày 1 tháng 1 năm ${year}`, context), `words ${year}`).toEqual(unreadable);
    }
  });

  it("does not take a month 0 or a day past 31 for a day that does not exist", () => {
    expect(parseDate("5/0", context)).toEqual(unreadable);
    expect(parseDate("32/5", context)).toEqual(unreadable);
  });

  it("does not ask back a month-first reading that is no day either ('2/30')", () => {
    expect(parseDate("2/30", context)).toEqual(unreadable);
    expect(parseDate("4/31", context)).toEqual(unreadable);
    expect(parseDate("4/30", context)).toEqual({ kind: "swapped", date: { year: 2026, month: 4, day: 30 } });
  });
});

describe("isValidDate", () => {
  it("takes the days of the calendar and nothing else", () => {
    expect(isValidDate({ year: 2026, month: 1, day: 1 })).toBe(true);
    expect(isValidDate({ year: 2026, month: 12, day: 31 })).toBe(true);
    expect(isValidDate({ year: 2028, month: 2, day: 29 })).toBe(true);
    expect(isValidDate({ year: 2026, month: 2, day: 29 })).toBe(false);
    expect(isValidDate({ year: 2026, month: 0, day: 10 })).toBe(false);
    expect(isValidDate({ year: 2026, month: 13, day: 10 })).toBe(false);
    expect(isValidDate({ year: 2026, month: 6, day: 0 })).toBe(false);
    expect(isValidDate({ year: 2026, month: 6, day: 31 })).toBe(false);
    expect(isValidDate({ year: 2026.5, month: 6, day: 10 })).toBe(false);
  });
});

describe("a period's plan", () => {
  it("stores a half-year as a 'sơ kết', a year as a 'tổng kết', a quarter or campaign as another kind", () => {
    expect(periodKindOf("half_year")).toBe("so_ket");
    expect(periodKindOf("full_year")).toBe("tong_ket");
    expect(periodKindOf("quarter")).toBe("other");
    expect(periodKindOf("thematic")).toBe("other");
  });

  it("spans a half-year, a year and a quarter by default, and leaves a campaign's dates to the office", () => {
    expect(defaultSpan("half_year", 2026)).toEqual({ start: { year: 2026, month: 1, day: 1 }, end: { year: 2026, month: 6, day: 30 } });
    expect(defaultSpan("full_year", 2026)).toEqual({ start: { year: 2026, month: 1, day: 1 }, end: { year: 2026, month: 12, day: 31 } });
    expect(defaultSpan("quarter", 2026, 4)).toEqual({ start: { year: 2026, month: 10, day: 1 }, end: { year: 2026, month: 12, day: 31 } });
    expect(defaultSpan("thematic", 2026)).toBeNull();
  });

  it("allows a one-day period, a deadline on its first day and a deadline today", () => {
    const day = { year: 2026, month: 5, day: 15 };
    expect(checkPlanDates({ start: day, end: day, deadline: day }, day)).toBeNull();
  });

  it("names a deadline before the period starts", () => {
    const today = { year: 2026, month: 5, day: 15 };
    expect(checkPlanDates({ start: { year: 2026, month: 7, day: 1 }, end: { year: 2026, month: 9, day: 30 }, deadline: { year: 2026, month: 6, day: 20 } }, today)).toBe(
      "deadline-before-start",
    );
  });

  it("takes the name as typed, tidied, up to its length in characters", () => {
    expect(checkPeriodName("  Đợt thi đua   chuyên đề  ")).toEqual({ ok: true, name: "Đợt thi đua chuyên đề" });
    expect(checkPeriodName(" \u00A0 ")).toEqual({ ok: false, reason: "empty" });
    const longest = "ấ".repeat(MAX_PERIOD_NAME);
    expect(checkPeriodName(longest)).toEqual({ ok: true, name: longest });
    expect(checkPeriodName(`${longest}ấ`)).toEqual({ ok: false, reason: "too-long" });
    // Counted in characters a person sees: an emoji is one.
    expect(checkPeriodName("🎉".repeat(MAX_PERIOD_NAME))).toMatchObject({ ok: true });
  });
});
