// Figures as an officer reads them, at the edges the other format tests leave: a decrease keeps
// its minus sign (rounded away from zero like an increase), exactly one million reads "1 triệu",
// a share of a fractional figure is still a share, and a figure that cannot be computed shows as
// such instead of breaking the report.
import { describe, expect, it } from "vitest";
import { formatMoneyShort, formatNumber, formatPercentOf } from "../../src/domain/format/numbers.js";

describe("figures at their edges", () => {
  it("a decrease keeps its minus sign and rounds like an increase", () => {
    expect(formatNumber(-1234.5, 1)).toBe("-1.234,5");
    expect(formatNumber(-2.5)).toBe("-3");
    expect(formatNumber(2.5)).toBe("3");
    expect(formatNumber(-0.25, 1)).toBe("-0,3");
  });

  it("a share that went down reads with its minus sign, whichever side was negative", () => {
    expect(formatPercentOf(-1, 4)).toBe("-25%");
    expect(formatPercentOf(1, -4)).toBe("-25%");
    expect(formatPercentOf(-1, -4)).toBe("25%");
    expect(formatPercentOf(-1, 3, 1)).toBe("-33,3%");
  });

  it("a share of a figure with a fraction is still its share", () => {
    expect(formatPercentOf(0.5, 2)).toBe("25%");
    expect(formatPercentOf(1, 2.5)).toBe("40%");
  });

  it("a round million, thousand or billion reads as one", () => {
    expect(formatMoneyShort(1_000_000)).toBe("1 triệu đồng");
    expect(formatMoneyShort(1000)).toBe("1 nghìn đồng");
    expect(formatMoneyShort(1_000_000_000)).toBe("1 tỷ đồng");
    expect(formatMoneyShort(999)).toBe("999 đồng");
  });

  it("a figure that could not be computed shows as such", () => {
    expect(formatNumber(Number.NaN)).toBe("NaN");
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe("Infinity");
  });
});
