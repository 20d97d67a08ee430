import { describe, expect, it } from "vitest";
import {
  DEFAULT_INDICATORS,
  DEFAULT_MOVEMENTS,
  DEFAULT_PLEDGE_ITEMS,
  DEFAULT_WARD_FIGURES,
  indicatorsForPeriod,
} from "../../src/domain/catalogue.js";
import { parseAnswer } from "../../src/domain/parse/index.js";

const codes = (list: ReadonlyArray<{ code: string }>) => list.map((x) => x.code);
const byCode = new Map(DEFAULT_INDICATORS.map((i) => [i.code, i]));

describe("default catalogue", () => {
  it("has the indicators of domain.md, in order", () => {
    expect(codes(DEFAULT_INDICATORS)).toEqual([
      "households_total",
      "households_registered",
      "households_cultural",
      "cultural_group",
      "learning_families",
      "poverty_gift_money",
      "poverty_gift_count",
      "pccc_model",
      "good_deeds",
      "difficulties",
    ]);
  });

  it("keeps codes unique and snake_case", () => {
    for (const list of [DEFAULT_MOVEMENTS, DEFAULT_INDICATORS, DEFAULT_PLEDGE_ITEMS, DEFAULT_WARD_FIGURES]) {
      expect(new Set(codes(list)).size).toBe(list.length);
      for (const code of codes(list)) expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/u);
    }
  });

  it("points every reference at something that exists", () => {
    const movements = new Set(codes(DEFAULT_MOVEMENTS));
    const items = new Set(codes(DEFAULT_PLEDGE_ITEMS));
    for (const indicator of DEFAULT_INDICATORS) {
      if (indicator.movementCode !== null) expect(movements).toContain(indicator.movementCode);
      for (const rule of indicator.rules) if (rule.kind === "lte") expect(byCode.has(rule.indicator)).toBe(true);
      const base = indicator.ratioBase;
      if (base?.kind === "indicator") expect(byCode.has(base.indicator)).toBe(true);
      if (base?.kind === "pledged") expect(items).toContain(base.pledgeItem);
    }
  });

  it("keeps the rules of domain.md", () => {
    expect(byCode.get("households_total")).toMatchObject({ type: "count", offerPrevious: true, rules: [{ kind: "min", value: 1 }] });
    expect(byCode.get("households_registered")?.rules).toContainEqual({ kind: "lte", indicator: "households_total" });
    expect(byCode.get("households_cultural")).toMatchObject({
      rules: expect.arrayContaining([{ kind: "lte", indicator: "households_registered" }]),
      ratioBase: { kind: "indicator", indicator: "households_registered" },
    });
    expect(byCode.get("cultural_group")).toMatchObject({ type: "yes_no", periodKinds: ["tong_ket"], ratioBase: { kind: "groups" } });
    expect(byCode.get("learning_families")?.rules).toContainEqual({ kind: "lte", indicator: "households_total" });
    expect(byCode.get("poverty_gift_money")).toMatchObject({ type: "money", unit: "đồng" });
    expect(byCode.get("pccc_model")).toMatchObject({ type: "yes_no", ratioBase: { kind: "pledged", pledgeItem: "pccc_model" } });
    expect(byCode.get("good_deeds")).toMatchObject({ type: "text", optional: true, movementCode: null });
    expect(byCode.get("difficulties")).toMatchObject({ type: "text", optional: true, movementCode: null });
  });

  it("asks the leader politely, as ông/bà or about the tổ, and its examples parse", () => {
    for (const indicator of DEFAULT_INDICATORS) {
      expect(indicator.question).toMatch(/\?|\.$/u);
      expect(indicator.question).toMatch(/ông\/bà|[Tt]ổ/u);
      expect(indicator.question).toBe(indicator.question.normalize("NFC"));
      if (indicator.example !== null && indicator.type !== "text") {
        expect(parseAnswer(indicator.type, indicator.example).ok).toBe(true);
      }
    }
  });

  it("has the pledge items the demo pledges and the ward figures of the model report", () => {
    expect(codes(DEFAULT_PLEDGE_ITEMS)).toEqual(["cultural_group", "cultural_households", "learning_families", "pccc_model"]);
    expect(codes(DEFAULT_WARD_FIGURES)).toEqual([
      "commended_collectives",
      "commended_individuals",
      "reward_money",
      "cchc_contest_prizes",
      "cchc_contest_result",
      "pccc_contest_result",
    ]);
  });
});

describe("indicatorsForPeriod", () => {
  it("asks the year-end title only in a tổng kết", () => {
    expect(codes(indicatorsForPeriod(DEFAULT_INDICATORS, "tong_ket"))).toContain("cultural_group");
    expect(codes(indicatorsForPeriod(DEFAULT_INDICATORS, "so_ket"))).not.toContain("cultural_group");
    expect(indicatorsForPeriod(DEFAULT_INDICATORS, "so_ket")).toHaveLength(DEFAULT_INDICATORS.length - 1);
  });

  it("orders by the catalogue order and leaves the input alone", () => {
    const shuffled = [...DEFAULT_INDICATORS].reverse();
    expect(codes(indicatorsForPeriod(shuffled, "tong_ket"))).toEqual(codes(DEFAULT_INDICATORS));
    expect(shuffled[0]?.code).toBe("difficulties");
  });
});
