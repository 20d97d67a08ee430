import { describe, expect, it } from "vitest";
import { indicatorSummary, summarizePeriod, summarizeRows } from "../../src/domain/aggregate.js";
import { formatFraction, formatMoney, formatPercentOf } from "../../src/domain/format.js";
import type { PeriodFacts } from "../../src/domain/types.js";
import { MODEL_FACTS, MODEL_INDICATORS, modelWardRows } from "./fixtures/model-ward.js";

function reportFigures(facts: PeriodFacts) {
  const summary = summarizePeriod(MODEL_INDICATORS, facts);
  const figure = (code: string) => {
    const s = indicatorSummary(summary, code);
    if (!s?.ratio) throw new Error(`no ratio for ${code}`);
    return `${formatFraction(s.ratio.numerator, s.ratio.denominator)} = ${formatPercentOf(s.ratio.numerator, s.ratio.denominator, 0)}`;
  };
  return {
    culturalGroups: figure("cultural_group"),
    culturalHouseholds: figure("households_cultural"),
    pccc: figure("pccc_model"),
    giftMoney: formatMoney(indicatorSummary(summary, "poverty_gift_money")?.total ?? Number.NaN),
    summary,
  };
}

describe("the model ward's figures", () => {
  it("come out of hand-made facts as the report states them", () => {
    const figures = reportFigures(MODEL_FACTS);
    expect(figures.culturalGroups).toBe("26/26 = 100%");
    expect(figures.culturalHouseholds).toBe("5.829/5.885 = 99%");
    expect(figures.pccc).toBe("18/18 = 100%");
    expect(figures.giftMoney).toBe("261.700.000 đồng");
    expect(figures.summary.wardFigures).toMatchObject({ commended_collectives: 174, commended_individuals: 313, reward_money: 66_100_000 });
    expect(figures.summary.pledges).toMatchObject({ signed: 26, total: 26, ratio: { percent: 100 } });
    expect(figures.summary.groups).toEqual({
      total: 26, reported: 26, submitted: 13, approved: 13, returned: 0, draft: 0, notStarted: 0,
    });
  });

  it("come out of the groups' rows the same way", () => {
    const facts = summarizeRows(modelWardRows());
    expect(facts).toEqual(MODEL_FACTS);
    expect(reportFigures(facts)).toMatchObject({
      culturalGroups: "26/26 = 100%",
      culturalHouseholds: "5.829/5.885 = 99%",
      pccc: "18/18 = 100%",
      giftMoney: "261.700.000 đồng",
    });
  });
});

describe("summarizePeriod", () => {
  it("lists the period's indicators in order, with zeros for those nobody answered", () => {
    const empty: PeriodFacts = {
      groupsTotal: 3,
      statusCounts: { notStarted: 3, draft: 0, submitted: 0, returned: 0, approved: 0 },
      indicators: [],
      pledges: { signed: 0, total: 3, byItem: {} },
      wardFigures: {},
    };
    const summary = summarizePeriod([...MODEL_INDICATORS].reverse(), empty);
    expect(summary.indicators.map((i) => i.code)).toEqual(MODEL_INDICATORS.map((i) => i.code));
    expect(indicatorSummary(summary, "households_cultural")).toMatchObject({
      total: 0,
      answered: 0,
      ratio: { numerator: 0, denominator: 0, percent: null },
    });
    expect(indicatorSummary(summary, "cultural_group")?.ratio).toEqual({ numerator: 0, denominator: 3, percent: 0 });
    expect(summary.groups).toMatchObject({ total: 3, reported: 0, notStarted: 3 });
  });

  it("gives no ratio to an indicator without a ratio base, and counts text answers", () => {
    const summary = summarizePeriod(MODEL_INDICATORS, MODEL_FACTS);
    expect(indicatorSummary(summary, "poverty_gift_money")).toMatchObject({ total: 261_700_000, ratio: null, unit: "đồng" });
    expect(indicatorSummary(summary, "good_deeds")).toMatchObject({ total: 1, type: "text" });
  });
});

describe("summarizeRows", () => {
  it("counts only submitted and approved reports unless told otherwise", () => {
    const rows = {
      groups: [
        { id: 1, status: "submitted" as const },
        { id: 2, status: "draft" as const },
        { id: 3, status: "returned" as const },
        { id: 4, status: null },
      ],
      indicators: MODEL_INDICATORS,
      values: [1, 2, 3].map((groupId) => ({
        groupId,
        indicatorCode: "households_total",
        value: { type: "count" as const, value: 100 * groupId },
      })),
      pledges: [
        { groupId: 1, signed: true, items: { pccc_model: true } },
        { groupId: 2, signed: false, items: { pccc_model: true } },
        { groupId: 99, signed: true, items: { pccc_model: true } }, // not a group of the period
      ],
    };
    const facts = summarizeRows(rows);
    expect(facts.statusCounts).toEqual({ notStarted: 1, draft: 1, submitted: 1, returned: 1, approved: 0 });
    expect(facts.indicators.find((i) => i.code === "households_total")).toEqual({
      code: "households_total", sum: 100, yes: 0, answered: 1,
    });
    expect(facts.pledges).toEqual({ signed: 1, total: 4, byItem: { pccc_model: 1 } });
    const withDrafts = summarizeRows({ ...rows, countStatuses: ["submitted", "draft", "returned"] });
    expect(withDrafts.indicators.find((i) => i.code === "households_total")?.sum).toBe(600);
  });
});

describe("the summary's figures an officer reads beside the ratios", () => {
  it("gives a yes/no indicator's total as the groups that answered yes, a text one's as the answers given", () => {
    const summary = summarizePeriod(MODEL_INDICATORS, MODEL_FACTS);
    for (const def of MODEL_INDICATORS) {
      const own = MODEL_FACTS.indicators.find((facts) => facts.code === def.code)!;
      const expected = def.type === "yes_no" ? own.yes : def.type === "text" ? own.answered : own.sum;
      expect(indicatorSummary(summary, def.code)?.total, def.code).toBe(expected);
    }
    const culturalGroup = indicatorSummary(summary, "cultural_group")!;
    expect(culturalGroup.type).toBe("yes_no");
    expect(culturalGroup.total).toBe(culturalGroup.ratio!.numerator);
  });

  it("shows how many groups pledged each item", () => {
    const summary = summarizePeriod(MODEL_INDICATORS, MODEL_FACTS);
    expect(summary.pledges.byItem).toEqual(MODEL_FACTS.pledges.byItem);
    expect(Object.keys(summary.pledges.byItem).length).toBeGreaterThan(0);
  });
});
