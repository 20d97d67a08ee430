import { describe, expect, it } from "vitest";
import { DEFAULT_INDICATORS } from "../../src/domain/catalogue.js";
import type { AnswerValue, IndicatorDef } from "../../src/domain/types.js";
import { labelInSentence, validateAnswer, validateForSubmit, validateReport } from "../../src/domain/validate.js";

const def = (code: string): IndicatorDef => {
  const found = DEFAULT_INDICATORS.find((i) => i.code === code);
  if (!found) throw new Error(code);
  return found;
};
const count = (value: number): AnswerValue => ({ type: "count", value });
const answers = (entries: Record<string, AnswerValue>) => new Map(Object.entries(entries));

describe("validateAnswer", () => {
  it("accepts an answer within its rules", () => {
    expect(validateAnswer(def("households_cultural"), count(5829), answers({ households_registered: count(5885) }))).toEqual([]);
  });

  it("refuses more households achieving than registered, with what the message needs", () => {
    const conflicts = validateAnswer(
      def("households_cultural"),
      count(5900),
      answers({ households_registered: count(5885) }),
    );
    expect(conflicts).toEqual([
      {
        indicatorCode: "households_cultural",
        reason: "exceeds_other",
        params: {
          label: "Số hộ đạt gia đình văn hóa",
          value: 5900,
          other: "households_registered",
          otherLabel: "households_registered", // no catalogue given: the code stands in
          otherValue: 5885,
        },
        messageKey: "conflict-exceeds-other",
      },
    ]);
  });

  it("names the other indicator when given the catalogue", () => {
    const [conflict] = validateAnswer(
      def("households_cultural"),
      count(5900),
      answers({ households_registered: count(5885) }),
      DEFAULT_INDICATORS,
    );
    expect(conflict?.params["otherLabel"]).toBe("số hộ đăng ký gia đình văn hóa");
  });

  it("cannot compare with an answer not given yet", () => {
    expect(validateAnswer(def("households_cultural"), count(5900), answers({}))).toEqual([]);
  });

  it("finds the answers a new total breaks", () => {
    const conflicts = validateAnswer(
      def("households_total"),
      count(200),
      answers({ households_registered: count(240), learning_families: count(150) }),
      DEFAULT_INDICATORS,
    );
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      indicatorCode: "households_registered",
      reason: "exceeds_other",
      params: { value: 240, other: "households_total", otherValue: 200 },
    });
  });

  it("checks minimum, maximum, type, whole numbers and text length", () => {
    expect(validateAnswer(def("households_total"), count(0), answers({}))).toMatchObject([
      { reason: "below_min", params: { value: 0, min: 1 }, messageKey: "conflict-below-min" },
    ]);
    const capped: IndicatorDef = { ...def("poverty_gift_count"), rules: [{ kind: "max", value: 100 }] };
    expect(validateAnswer(capped, count(101), answers({}))).toMatchObject([
      { reason: "above_max", params: { value: 101, max: 100 } },
    ]);
    expect(validateAnswer(def("pccc_model"), count(1), answers({}))).toMatchObject([
      { reason: "wrong_type", params: { expected: "yes_no", actual: "count" } },
    ]);
    expect(validateAnswer(def("households_total"), count(2.5), answers({}))).toMatchObject([
      { reason: "not_whole_number" },
    ]);
    expect(validateAnswer(def("good_deeds"), { type: "text", value: "x".repeat(1001) }, answers({}))).toMatchObject([
      { reason: "too_long", params: { max: 1000, length: 1001 } },
    ]);
  });
});

describe("validateReport", () => {
  const complete = answers({
    households_total: count(245),
    households_registered: count(240),
    households_cultural: count(236),
    cultural_group: { type: "yes_no", value: true },
    learning_families: count(150),
    poverty_gift_money: { type: "money", value: 8_500_000 },
    poverty_gift_count: count(20),
    pccc_model: { type: "yes_no", value: false },
  });

  it("passes a sound report, optional text left out", () => {
    expect(validateReport(DEFAULT_INDICATORS, complete)).toEqual([]);
    expect(validateForSubmit(DEFAULT_INDICATORS, complete)).toEqual([]);
  });

  it("lists every conflict once, in catalogue order", () => {
    const broken = new Map(complete).set("households_registered", count(300)).set("households_cultural", count(301));
    expect(validateReport(DEFAULT_INDICATORS, broken).map((c) => [c.indicatorCode, c.reason])).toEqual([
      ["households_registered", "exceeds_other"],
      ["households_cultural", "exceeds_other"],
    ]);
  });

  it("counts missing required answers only at submit time", () => {
    const partial = new Map(complete);
    partial.delete("poverty_gift_count");
    expect(validateReport(DEFAULT_INDICATORS, partial)).toEqual([]);
    expect(validateForSubmit(DEFAULT_INDICATORS, partial)).toEqual([
      {
        indicatorCode: "poverty_gift_count",
        reason: "missing_required",
        params: { label: "Số suất quà đã trao" },
        messageKey: "conflict-missing-required",
      },
    ]);
  });
});

describe("labelInSentence", () => {
  it("lowers the first letter of a word, not of an acronym", () => {
    expect(labelInSentence("Số hộ đăng ký gia đình văn hóa")).toBe("số hộ đăng ký gia đình văn hóa");
    expect(labelInSentence("Đạt danh hiệu")).toBe("đạt danh hiệu");
    expect(labelInSentence("UBND phường")).toBe("UBND phường");
  });
});
