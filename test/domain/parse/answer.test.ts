import { describe, expect, it } from "vitest";
import {
  ambiguityMessageKey,
  parseAnswer,
  parseFailureMessageKey,
  saysNothingToReport,
  parseFreeText,
  type ParseFailure,
} from "../../../src/domain/parse/index.js";
import { MAX_FREE_TEXT_LENGTH } from "../../../src/domain/text.js";

describe("parseAnswer", () => {
  it("reads each indicator type into its AnswerValue", () => {
    expect(parseAnswer("count", "5.829 hộ")).toEqual({ ok: true, value: { type: "count", value: 5829 } });
    expect(parseAnswer("money", "1tr5")).toEqual({ ok: true, value: { type: "money", value: 1_500_000 } });
    expect(parseAnswer("yes_no", "rồi")).toEqual({ ok: true, value: { type: "yes_no", value: true } });
    expect(parseAnswer("text", "  Không  ")).toEqual({ ok: true, value: { type: "text", value: "Không" } });
  });

  it("passes ambiguity and failures through", () => {
    expect(parseAnswer("count", "5,829")).toEqual({ ok: "ambiguous", candidates: [5829] });
    expect(parseAnswer("yes_no", "có không")).toEqual({ ok: false, reason: "not_yes_no" });
  });
});

describe("parseFreeText", () => {
  it("keeps the lines of a list, in NFC", () => {
    const input = "- Ông Nguyễn Văn A hiến đất\n- Bà B".normalize("NFD");
    expect(parseFreeText(input)).toEqual({ ok: true, value: "- Ông Nguyễn Văn A hiến đất\n- Bà B" });
  });

  it("refuses empty and over-long text", () => {
    expect(parseFreeText(" \n ")).toEqual({ ok: false, reason: "empty" });
    expect(parseFreeText("a".repeat(MAX_FREE_TEXT_LENGTH))).toMatchObject({ ok: true });
    expect(parseFreeText("a".repeat(MAX_FREE_TEXT_LENGTH + 1))).toEqual({
      ok: false,
      reason: "too_long",
      hint: { max: MAX_FREE_TEXT_LENGTH, length: MAX_FREE_TEXT_LENGTH + 1 },
    });
  });
});

describe("message keys", () => {
  it("names a Fluent key per failure", () => {
    const reasons: ParseFailure[] = [
      "empty", "not_a_number", "negative", "fraction", "too_large", "approximate", "not_yes_no", "too_long",
      "multiple_numbers",
    ];
    expect(reasons.map(parseFailureMessageKey)).toEqual([
      "parse-error-empty",
      "parse-error-not-a-number",
      "parse-error-negative",
      "parse-error-fraction",
      "parse-error-too-large",
      "parse-error-approximate",
      "parse-error-not-yes-no",
      "parse-error-too-long",
      "parse-error-multiple-numbers",
    ]);
  });

  it("asks to confirm one candidate, or to choose among several", () => {
    expect(ambiguityMessageKey([5829])).toBe("parse-confirm-number");
    expect(ambiguityMessageKey([1_050_000, 1_500_000])).toBe("parse-choose-number");
  });
});

describe("saysNothingToReport: a free text that only says there is nothing", () => {
  it.each(["Không có", "không", "ko", "Dạ, không có ạ.", "không có kiến nghị gì", "Không có khó khăn, kiến nghị", "chưa có trường hợp nào", "không có gì nhé", "KHÔNG CÓ".normalize("NFD")])("%j says nothing", (text) => {
    expect(saysNothingToReport(text)).toBe(true);
  });

  it.each(["Không có điện ở nhà văn hóa", "Đề nghị phường hỗ trợ sửa chữa nhà văn hóa.", "không có nhà văn hóa", "có", "Ông Hoàng Văn Tâm"])("%j is a text to keep", (text) => {
    expect(saysNothingToReport(text)).toBe(false);
  });
});
