// What importing an edited catalogue workbook would change, as the officer is told before it is
// saved: which questions are new, reworded, changed in meaning (from the next period), moved or
// retired; which movements and pledge items are added, changed or retired; and whether there is
// nothing to save at all.
import { describe, expect, it } from "vitest";
import { DEFAULT_INDICATORS, DEFAULT_MOVEMENTS, DEFAULT_PLEDGE_ITEMS } from "../../src/domain/catalogue.js";
import { isEmptyPlan, planCatalogue, type CatalogueDefs, type CataloguePlan, type StoredCatalogue } from "../../src/domain/catalogue-book/index.js";
import type { AwardsPlan } from "../../src/domain/catalogue-book/index.js";
import type { IndicatorDef } from "../../src/domain/types.js";
import { DEFAULT_CATALOGUE, problemText } from "./support/catalogue-book.js";

const DEFAULTS = DEFAULT_CATALOGUE;
const stored: StoredCatalogue = { ...DEFAULTS, indicators: DEFAULT_INDICATORS.map((d) => ({ ...d, answers: 0 })) };

/** The default catalogue with one indicator edited. */
function withIndicator(code: string, edit: Partial<IndicatorDef>): CatalogueDefs {
  return { ...DEFAULTS, indicators: DEFAULT_INDICATORS.map((d) => (d.code === code ? { ...d, ...edit } : d)) };
}
function plan(next: CatalogueDefs, from: StoredCatalogue = stored): CataloguePlan {
  const result = planCatalogue(from, next);
  expect(result.ok).toBe(true);
  if (!result.ok) throw new Error(result.problems.map(problemText).join("\n"));
  return result.plan;
}
/** Only the indicator lists of a plan, for comparing what the officer is told. */
function indicatorLists(p: CataloguePlan) {
  return { added: p.addedIndicators, reworded: p.rewordedIndicators, meaning: p.meaningChangedIndicators, moved: p.movedIndicators, retired: p.retiredIndicators };
}
const none = { added: [], reworded: [], meaning: [], moved: [], retired: [] };

describe("an indicator's edits, as listed before saving", () => {
  it("lists nothing, and has nothing to save, when the workbook is sent back unchanged", () => {
    const p = plan(DEFAULTS);
    expect(indicatorLists(p)).toEqual(none);
    expect(p.movements).toEqual({ added: [], changed: [], retired: [] });
    expect(p.pledgeItems).toEqual({ added: [], changed: [], retired: [] });
    expect(isEmptyPlan(p)).toBe(true);
  });

  it.each<[string, Partial<IndicatorDef>]>([
    ["the name in the summary", { label: "Tổng số hộ gia đình" }],
    ["the question", { question: "Tổ mình hiện có bao nhiêu hộ?" }],
    ["the short name", { shortLabel: "Số hộ" }],
    ["the example answer", { example: "120" }],
  ])("counts a change of %s as rewording only (it applies at once)", (_, edit) => {
    const p = plan(withIndicator("households_total", edit));
    expect(indicatorLists(p)).toEqual({ ...none, reworded: ["households_total"] });
    expect(isEmptyPlan(p)).toBe(false);
  });

  it.each<[string, Partial<IndicatorDef>]>([
    ["type", { type: "money" }],
    ["unit", { unit: "gia đình" }],
    ["rules", { rules: [{ kind: "min", value: 2 }] }],
    ["ratio base", { ratioBase: { kind: "groups" } }],
    ["being optional", { optional: true }],
    ["offering the previous figure", { offerPrevious: false }],
  ])("counts a change of %s as a change of meaning (from the next period), not rewording", (_, edit) => {
    const p = plan(withIndicator("households_total", edit));
    expect(indicatorLists(p)).toEqual({ ...none, meaning: ["households_total"] });
    expect(isEmptyPlan(p)).toBe(false);
  });

  it.each<[string, Partial<IndicatorDef>]>([
    ["another movement", { movementCode: "learning_society" }],
    ["no movement", { movementCode: null }],
    ["another place in the order", { order: 15 }],
    ["other period kinds", { periodKinds: ["tong_ket"] }],
  ])("counts a move to %s as moved only", (_, edit) => {
    const p = plan(withIndicator("households_registered", edit));
    expect(indicatorLists(p)).toEqual({ ...none, moved: ["households_registered"] });
    expect(isEmptyPlan(p)).toBe(false);
  });

  it("does not count the same period kinds written in another order as a move", () => {
    const p = plan(withIndicator("households_registered", { periodKinds: ["other", "tong_ket", "so_ket"] }));
    expect(indicatorLists(p)).toEqual(none);
    expect(isEmptyPlan(p)).toBe(true);
  });

  it("lists one indicator in every list its edits touch, and each edited indicator in its own place", () => {
    const next = {
      ...DEFAULTS,
      indicators: DEFAULT_INDICATORS.map((d) =>
        d.code === "households_total"
          ? { ...d, question: "Có bao nhiêu hộ?", type: "money" as const, order: 5 }
          : d.code === "learning_families"
            ? { ...d, label: "Gia đình học tập" }
            : d,
      ),
    };
    expect(indicatorLists(plan(next))).toEqual({ ...none, reworded: ["households_total", "learning_families"], meaning: ["households_total"], moved: ["households_total"] });
  });

  it.each<[string, CatalogueDefs]>([
    ["a new question and another reworded", { ...withIndicator("good_deeds", { question: "Kể việc tốt?" }), indicators: [...withIndicator("good_deeds", { question: "Kể việc tốt?" }).indicators, { ...DEFAULT_INDICATORS[0]!, code: "ho_moi", order: 200 }] }],
    ["one question reworded and another changed in meaning", { ...DEFAULTS, indicators: withIndicator("good_deeds", { question: "Kể việc tốt?" }).indicators.map((d) => (d.code === "difficulties" ? { ...d, optional: false } : d)) }],
    ["one question changed in meaning and another moved", { ...DEFAULTS, indicators: withIndicator("good_deeds", { optional: false }).indicators.map((d) => (d.code === "difficulties" ? { ...d, order: 95 } : d)) }],
  ])("has something to save with %s", (_, next) => {
    expect(isEmptyPlan(plan(next))).toBe(false);
  });

  it("lists a new indicator as added only, and a dropped unanswered one as retired", () => {
    const added: IndicatorDef = { ...DEFAULT_INDICATORS[0]!, code: "ho_thoat_ngheo", shortLabel: "Hộ thoát nghèo", order: 75 };
    const next = { ...DEFAULTS, indicators: [...DEFAULT_INDICATORS.filter((d) => d.code !== "good_deeds"), added] };
    const p = plan(next);
    expect(indicatorLists(p)).toEqual({ ...none, added: ["ho_thoat_ngheo"], retired: ["good_deeds"] });
    expect(isEmptyPlan(p)).toBe(false);
  });

  it("refuses to drop an answered indicator, naming its answers, and keeps the other problems too", () => {
    const answered: StoredCatalogue = { ...stored, indicators: stored.indicators.map((d) => ({ ...d, answers: d.code === "good_deeds" ? 1 : d.code === "difficulties" ? 3 : 0 })) };
    const next = { ...DEFAULTS, indicators: DEFAULT_INDICATORS.filter((d) => d.code !== "good_deeds" && d.code !== "difficulties") };
    const result = planCatalogue(answered, next);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.sheet, p.row, p.column])).toEqual([
      ["Chỉ tiêu", null, null],
      ["Chỉ tiêu", null, null],
    ]);
    expect(problemText(result.problems[0]!)).toContain("“Điển hình, việc tốt” (mã good_deeds) vì đã có 1 câu trả lời");
    expect(problemText(result.problems[1]!)).toContain("“Khó khăn, kiến nghị” (mã difficulties) vì đã có 3 câu trả lời");
  });

  it("lets the template keep printing an indicator that stays, and names every line of one that goes", () => {
    expect(planCatalogue(stored, DEFAULTS, [{ code: "households_total", line: 4 }]).ok).toBe(true);
    const next = { ...DEFAULTS, indicators: DEFAULT_INDICATORS.filter((d) => d.code !== "difficulties") };
    const result = planCatalogue(stored, next, [
      { code: "households_total", line: 1 },
      { code: "difficulties", line: 3 },
      { code: "difficulties", line: 7 },
    ]);
    expect(result.ok ? [] : result.problems.map((p) => [p.sheet, p.row, p.column, problemText(p).split(":")[0]])).toEqual([
      [null, null, null, "Mẫu báo cáo, dòng 3"],
      [null, null, null, "Mẫu báo cáo, dòng 7"],
    ]);
  });
});

describe("movements and pledge items, as listed before saving", () => {
  it("lists added, changed and retired movements by code", () => {
    const next = {
      ...DEFAULTS,
      movements: [
        ...DEFAULT_MOVEMENTS.filter((m) => m.code !== "fire_safety").map((m) => (m.code === "learning_society" ? { ...m, name: "Khuyến học, khuyến tài" } : m)),
        { code: "green_streets", name: "Xanh, sạch, đẹp", order: 50 },
      ],
    };
    const p = plan(next);
    expect(p.movements).toEqual({ added: ["green_streets"], changed: ["learning_society"], retired: ["fire_safety"] });
    expect(p.pledgeItems).toEqual({ added: [], changed: [], retired: [] });
    expect(indicatorLists(p)).toEqual(none);
    expect(isEmptyPlan(p)).toBe(false);
  });

  it("counts a movement moved in the order as changed", () => {
    const next = { ...DEFAULTS, movements: DEFAULT_MOVEMENTS.map((m) => (m.code === "cultural_life" ? { ...m, order: 25 } : m)) };
    expect(plan(next).movements).toEqual({ added: [], changed: ["cultural_life"], retired: [] });
  });

  it("lists added, changed and retired pledge items by code, each on its own", () => {
    const next = {
      ...DEFAULTS,
      pledgeItems: [
        ...DEFAULT_PLEDGE_ITEMS.filter((p) => p.code !== "pccc_model").map((p) => (p.code === "cultural_households" ? { ...p, unit: "gia đình" } : p)),
        { code: "clean_street", title: "Đăng ký tuyến phố sạch", type: "yes_no" as const, unit: null, order: 50 },
      ],
    };
    const p = plan(next);
    expect(p.pledgeItems).toEqual({ added: ["clean_street"], changed: ["cultural_households"], retired: ["pccc_model"] });
    expect(p.movements).toEqual({ added: [], changed: [], retired: [] });
    expect(isEmptyPlan(p)).toBe(false);
  });

  it.each<[string, (p: CataloguePlan) => void]>([
    ["an added movement", (p) => p.movements.added.push("m")],
    ["a changed movement", (p) => p.movements.changed.push("m")],
    ["a retired movement", (p) => p.movements.retired.push("m")],
    ["an added pledge item", (p) => p.pledgeItems.added.push("p")],
    ["a changed pledge item", (p) => p.pledgeItems.changed.push("p")],
    ["a retired pledge item", (p) => p.pledgeItems.retired.push("p")],
  ])("has something to save with only %s", (_, edit) => {
    const p = plan(DEFAULTS);
    edit(p);
    expect(isEmptyPlan(p)).toBe(false);
  });
});

describe("the award sheets' part of having nothing to save", () => {
  const emptyAwards: AwardsPlan = { forms: [], rates: [], baseSalaries: [], settings: [] };

  it("has nothing to save when the award sheets changed nothing either", () => {
    expect(isEmptyPlan({ ...plan(DEFAULTS), awards: emptyAwards })).toBe(true);
  });

  it("has something to save when only an award setting changed", () => {
    const awards: AwardsPlan = { ...emptyAwards, settings: [{ setting: "postingDays", before: 5, after: 7 }] };
    expect(isEmptyPlan({ ...plan(DEFAULTS), awards })).toBe(false);
  });
});
