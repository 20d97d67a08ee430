// The money of an award line: coefficient × the base salary in force on the decision's date,
// rounded as the ward sets; the annex total is the sum of its lines.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { annexTotals, baseSalaryOn, DEFAULT_AWARD_FORMS, DEFAULT_BASE_SALARIES, formatCoefficient, lineAmount, rateOn } from "../../../src/domain/awards/index.js";
import type { RecipientKind, Rounding } from "../../../src/domain/awards/types.js";

const UP: Rounding = { mode: "up", step: 10_000 };
const giayKhen = DEFAULT_AWARD_FORMS.find((form) => form.code === "giay_khen")!;

function amountOn(day: string, kind: RecipientKind, rounding: Rounding = UP): number {
  const salary = baseSalaryOn(DEFAULT_BASE_SALARIES, day)!;
  const rate = rateOn(giayKhen.rates, kind, day)!;
  return lineAmount(rate.coefficientMilli, salary.amount, rounding);
}

describe("the amount of a Giấy khen line", () => {
  it("uses 2.340.000 đồng up to 30/6/2026 and 2.530.000 đồng from 01/7/2026", () => {
    expect(baseSalaryOn(DEFAULT_BASE_SALARIES, "2026-06-30")!.amount).toBe(2_340_000);
    expect(baseSalaryOn(DEFAULT_BASE_SALARIES, "2026-07-01")!.amount).toBe(2_530_000);
  });

  it("a person: 702.000 → 710.000 đồng on 30/6/2026, 759.000 → 760.000 đồng on 01/7/2026", () => {
    expect(amountOn("2026-06-30", "ca_nhan")).toBe(710_000);
    expect(amountOn("2026-07-01", "ca_nhan")).toBe(760_000);
  });

  it("a collective twice, a household 1,5 times, on each side of 01/7/2026", () => {
    expect(amountOn("2026-06-30", "tap_the")).toBe(1_410_000);
    expect(amountOn("2026-07-01", "tap_the")).toBe(1_520_000);
    expect(amountOn("2026-06-30", "ho_gia_dinh")).toBe(1_060_000);
    expect(amountOn("2026-07-01", "ho_gia_dinh")).toBe(1_140_000);
  });

  it("rounds as the ward sets: down, to the nearest, or not at all", () => {
    expect(amountOn("2026-07-01", "ca_nhan", { mode: "down", step: 10_000 })).toBe(750_000);
    expect(amountOn("2026-07-01", "ho_gia_dinh", { mode: "nearest", step: 10_000 })).toBe(1_140_000);
    expect(amountOn("2026-07-01", "ho_gia_dinh", { mode: "none", step: 10_000 })).toBe(1_138_500);
    expect(amountOn("2026-06-30", "ca_nhan", { mode: "nearest", step: 1_000 })).toBe(702_000);
  });

  it("under Nghị định 98/2023 (until 30/6/2025) a person got 0,15 lần: 351.000 → 360.000 đồng", () => {
    expect(amountOn("2025-06-30", "ca_nhan")).toBe(360_000);
    expect(amountOn("2025-07-01", "ca_nhan")).toBe(710_000);
    expect(rateOn(giayKhen.rates, "ho_gia_dinh", "2025-06-30")).toBeNull();
  });

  it("writes coefficients as documents do", () => {
    expect([300, 450, 1500, 2000, 150].map(formatCoefficient)).toEqual(["0,3", "0,45", "1,5", "2", "0,15"]);
  });

  it("rounded up is never below the exact amount and less than one step above it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 10_000_000 }), fc.constantFrom(1_000, 10_000, 100_000), (milli, base, step) => {
        const exact = (milli * base) / 1000;
        const up = lineAmount(milli, base, { mode: "up", step });
        const down = lineAmount(milli, base, { mode: "down", step });
        expect(up % step).toBe(0);
        expect(up).toBeGreaterThanOrEqual(exact);
        expect(up - exact).toBeLessThan(step);
        expect(exact - down).toBeGreaterThanOrEqual(0);
        expect(up - down).toBe(up === down ? 0 : step);
      }),
    );
  });
});

describe("the annex totals", () => {
  const line = fc.record({
    recipientKind: fc.constantFrom<RecipientKind>("ca_nhan", "ho_gia_dinh", "tap_the"),
    amount: fc.integer({ min: 0, max: 5_000_000 }),
  });

  it("the total equals the sum of the lines, and the counts by kind add up", () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 300 }), (lines) => {
        const totals = annexTotals(lines);
        expect(totals.amount).toBe(lines.reduce((sum, item) => sum + item.amount, 0));
        expect(totals.count).toBe(lines.length);
        expect(totals.byKind.ca_nhan + totals.byKind.ho_gia_dinh + totals.byKind.tap_the).toBe(lines.length);
        expect(totals.amountByKind.ca_nhan + totals.amountByKind.ho_gia_dinh + totals.amountByKind.tap_the).toBe(totals.amount);
      }),
    );
  });
});

describe("the amount at its edges", () => {
  it("rounds to the nearest step down when under half, up from exactly half", () => {
    expect(amountOn("2026-06-30", "ca_nhan", { mode: "nearest", step: 10_000 })).toBe(700_000); // 702.000
    expect(amountOn("2026-06-30", "ca_nhan", { mode: "up", step: 10_000 })).toBe(710_000);
    expect(amountOn("2026-07-01", "ho_gia_dinh", { mode: "nearest", step: 1_000 })).toBe(1_139_000); // 1.138.500
  });

  it("is 0 with a base salary of 0, and refuses a negative or fractional coefficient, salary or step", () => {
    expect(lineAmount(300, 0, UP)).toBe(0);
    expect(() => lineAmount(-1, 2_340_000, UP)).toThrow("bad coefficient: -1");
    expect(() => lineAmount(1.5, 2_340_000, UP)).toThrow("bad coefficient: 1.5");
    expect(() => lineAmount(300, -1, UP)).toThrow("bad base salary: -1");
    expect(() => lineAmount(300, 2_340_000.5, UP)).toThrow("bad base salary: 2340000.5");
    expect(() => lineAmount(300, 2_340_000, { mode: "up", step: 0 })).toThrow("bad rounding step: 0");
    expect(() => lineAmount(300, 2_340_000, { mode: "up", step: -10_000 })).toThrow("bad rounding step: -10000");
    expect(() => lineAmount(300, 2_340_000, { mode: "up", step: 0.0001 })).toThrow("bad rounding step: 0.0001");
  });

  it("takes the latest base salary and rate in force whatever order the ward's table lists them", () => {
    const salaries = [
      { validFrom: "2026-07-01", amount: 2_530_000, legalBasis: "b" },
      { validFrom: "2024-07-01", amount: 2_340_000, legalBasis: "a" },
    ];
    expect(baseSalaryOn(salaries, "2026-08-01")?.amount).toBe(2_530_000);
    expect(baseSalaryOn(salaries, "2026-06-30")?.amount).toBe(2_340_000);
    expect(baseSalaryOn(salaries, "2024-06-30")).toBeNull();
    const rates = [
      { recipientKind: "ca_nhan" as const, coefficientMilli: 300, validFrom: "2025-07-01", validTo: null, legalBasis: "152" },
      { recipientKind: "ca_nhan" as const, coefficientMilli: 250, validFrom: "2025-01-01", validTo: null, legalBasis: "overlap" },
    ];
    expect(rateOn(rates, "ca_nhan", "2026-01-01")?.coefficientMilli).toBe(300);
    expect(rateOn([...rates].reverse(), "ca_nhan", "2026-01-01")?.coefficientMilli).toBe(300);
    expect(rateOn(rates, "ca_nhan", "2025-06-30")?.coefficientMilli).toBe(250);
  });

  it("has no rate on a day after the only rate of the kind ended", () => {
    const ended = [{ recipientKind: "ca_nhan" as const, coefficientMilli: 150, validFrom: "2024-01-01", validTo: "2025-06-30", legalBasis: "98" }];
    expect(rateOn(ended, "ca_nhan", "2025-06-30")?.coefficientMilli).toBe(150);
    expect(rateOn(ended, "ca_nhan", "2025-07-01")).toBeNull();
  });
});
