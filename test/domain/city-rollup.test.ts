// The city's table from its wards' facts: columns in each ward's own order of questions, a
// ward's row only for the questions its period asks, and the wards' own figures added up.
import { describe, expect, it } from "vitest";
import { DEFAULT_INDICATORS } from "../../src/domain/catalogue.js";
import { addFacts, type CityRollupFacts, mergeIndicators, summarizeCity } from "../../src/domain/city-rollup.js";
import type { PeriodFacts } from "../../src/domain/types.js";

const [first, second, third] = DEFAULT_INDICATORS.filter((def) => def.type === "count");

function facts(sums: Record<string, number>, wardFigures: PeriodFacts["wardFigures"] = {}): PeriodFacts {
  return {
    groupsTotal: 10,
    statusCounts: { notStarted: 0, draft: 0, submitted: 4, returned: 0, approved: 6 },
    indicators: Object.entries(sums).map(([code, sum]) => ({ code, sum, yes: 0, answered: 10 })),
    pledges: { signed: 8, total: 10, byItem: {} },
    wardFigures,
  };
}

describe("the city roll-up", () => {
  it("takes a ward's questions in that ward's order, whatever order its list came in", () => {
    const merged = mergeIndicators([[{ ...third!, order: 30 }, { ...first!, order: 10 }, { ...second!, order: 20 }]]);
    expect(merged.map((def) => def.code)).toEqual([first!.code, second!.code, third!.code]);
  });

  it("shows on a ward's row only the questions its period asks, and every question on the city's", () => {
    const indicators = mergeIndicators([[first!, second!]]);
    const rollup: CityRollupFacts = {
      city: { id: 1, slug: "tp", name: "Thành phố" },
      year: 2025,
      kind: "so_ket",
      movements: [],
      indicators,
      wards: [
        { ward: { id: 1, slug: "a", name: "Phường A" }, period: { id: 1, name: "6 tháng đầu năm 2025" }, indicatorCodes: [first!.code], facts: facts({ [first!.code]: 120 }) },
        { ward: { id: 2, slug: "b", name: "Phường B" }, period: null, indicatorCodes: [], facts: null },
      ],
      total: facts({ [first!.code]: 120, [second!.code]: 0 }),
    };
    const city = summarizeCity(rollup);
    expect(city.wards[0]!.summary!.indicators.map((row) => row.code)).toEqual([first!.code]);
    expect(city.wards[1]!.summary).toBeNull();
    expect(city.total.indicators.map((row) => row.code)).toEqual([first!.code, second!.code]);
    expect(city.wardsWithPeriod).toBe(1);
  });

  it("adds up the wards' own figures that are numbers, and leaves their words out", () => {
    const total = addFacts([facts({}, { ho_ngheo: 12, ghi_chu: "Không có" }), facts({}, { ho_ngheo: 3, ghi_chu: "Đã rà soát" })]);
    expect(total.wardFigures).toEqual({ ho_ngheo: 15 });
    expect(total.groupsTotal).toBe(20);
  });
});
