// summarizeRows against a computation written independently, the slow obvious way.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { summarizeRows, type PeriodRows } from "../../src/domain/aggregate.js";
import type { AnswerValue, IndicatorDef, PeriodFacts, ReportStatus } from "../../src/domain/types.js";

const INDICATORS: Array<Pick<IndicatorDef, "code" | "ratioBase">> = [
  { code: "n1", ratioBase: null },
  { code: "n2", ratioBase: { kind: "indicator", indicator: "n1" } },
  { code: "m", ratioBase: null },
  { code: "y1", ratioBase: { kind: "groups" } },
  { code: "y2", ratioBase: { kind: "pledged", pledgeItem: "p1" } },
  { code: "t", ratioBase: null },
];
const TYPES: Record<string, AnswerValue["type"]> = { n1: "count", n2: "count", m: "money", y1: "yes_no", y2: "yes_no", t: "text", stray: "count" };
const STATUSES: Array<ReportStatus | null> = [null, "draft", "submitted", "returned", "approved"];
const ITEMS = ["p1", "p2"];

const value = (type: AnswerValue["type"]): fc.Arbitrary<AnswerValue> => {
  switch (type) {
    case "count":
      return fc.nat(10_000).map((v) => ({ type, value: v }));
    case "money":
      return fc.nat(1e9).map((v) => ({ type, value: v }));
    case "yes_no":
      return fc.boolean().map((v) => ({ type, value: v }));
    case "text":
      return fc.string({ maxLength: 5 }).map((v) => ({ type, value: v }));
  }
};

const rowsArb: fc.Arbitrary<PeriodRows> = fc.integer({ min: 0, max: 30 }).chain((groupCount) => {
  const ids = Array.from({ length: groupCount }, (_, i) => i + 1);
  const groupId = fc.integer({ min: 1, max: groupCount + 2 }); // may name a group outside the period
  return fc.record({
    groups: fc.tuple(...ids.map((id) => fc.constantFrom(...STATUSES).map((status) => ({ id, status })))),
    values: fc.uniqueArray(
      fc.tuple(groupId, fc.constantFrom(...Object.keys(TYPES))).chain(([g, code]) =>
        value(TYPES[code] ?? "count").map((v) => ({ groupId: g, indicatorCode: code, value: v })),
      ),
      { selector: (v) => `${v.groupId}/${v.indicatorCode}`, maxLength: 150 },
    ),
    pledges: fc.uniqueArray(
      fc.record({
        groupId,
        signed: fc.boolean(),
        items: fc.record({ p1: fc.oneof(fc.boolean(), fc.nat(3)), p2: fc.oneof(fc.boolean(), fc.nat(3)) }, { requiredKeys: [] }),
      }),
      { selector: (p) => p.groupId, maxLength: 40 },
    ),
    countStatuses: fc.option(fc.subarray(["draft", "submitted", "returned", "approved"] as ReportStatus[]), { nil: undefined }),
    indicators: fc.constant(INDICATORS),
    wardFigures: fc.constant({ reward_money: 66_100_000, cchc_contest_result: "giải khuyến khích" }),
  });
});

/** The obvious computation: loops over the whole input for every figure. */
function naive(rows: PeriodRows): PeriodFacts {
  const counted = rows.countStatuses ?? ["submitted", "approved"];
  const isGroup = (id: unknown) => rows.groups.some((g) => g.id === id);
  const reports = (id: unknown) => rows.groups.some((g) => g.id === id && g.status !== null && counted.includes(g.status));
  const signedPledge = (id: unknown, item: string) =>
    rows.pledges.some((p) => p.groupId === id && p.signed && (p.items[item] === true || Number(p.items[item]) > 0));
  const status = (s: ReportStatus | null) => rows.groups.filter((g) => g.status === s).length;
  const byItem: Record<string, number> = {};
  for (const item of ITEMS) {
    const n = rows.groups.filter((g) => signedPledge(g.id, item)).length;
    if (n > 0) byItem[item] = n;
  }
  return {
    groupsTotal: rows.groups.length,
    statusCounts: {
      notStarted: status(null),
      draft: status("draft"),
      submitted: status("submitted"),
      returned: status("returned"),
      approved: status("approved"),
    },
    indicators: rows.indicators.map(({ code, ratioBase }) => {
      const mine = rows.values.filter((v) => v.indicatorCode === code && reports(v.groupId));
      const yes = mine.filter((v) => v.value.type === "yes_no" && v.value.value);
      return {
        code,
        sum: mine.reduce((s, v) => s + (v.value.type === "count" || v.value.type === "money" ? v.value.value : 0), 0),
        yes: yes.length,
        answered: mine.length,
        ...(ratioBase?.kind === "pledged"
          ? { yesAmongPledged: yes.filter((v) => signedPledge(v.groupId, ratioBase.pledgeItem)).length }
          : {}),
      };
    }),
    pledges: { signed: rows.pledges.filter((p) => p.signed && isGroup(p.groupId)).length, total: rows.groups.length, byItem },
    wardFigures: { ...rows.wardFigures },
  };
}

describe("summarizeRows", () => {
  it("equals the naive computation on random rows", () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        expect(summarizeRows(rows)).toEqual(naive(rows));
      }),
      { numRuns: 500 },
    );
  });
});
