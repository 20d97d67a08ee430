import { describe, expect, it } from "vitest";
import { parseCount } from "../../../src/domain/parse/index.js";

describe("parseCount: what leaders write", () => {
  it.each([
    ["5829", 5829],
    ["5.829", 5829],
    ["5 829", 5829],
    ["5\u00A0829", 5829],
    ["5.829 hộ", 5829],
    ["5829 ho", 5829],
    ["5.829hộ", 5829],
    ["0", 0],
    ["  26  ", 26],
    ["26 tổ", 26],
    ["26 tổ dân phố", 26],
    ["12 suất quà", 12],
    ["có 26 hộ gia đình", 26],
    ["dạ, 245 hộ ạ", 245],
    ["là 245", 245],
    ["245.", 245],
    ["５８２９", 5829],
    ["1 500 000", 1_500_000],
    ["1,500,000", 1_500_000],
    ["1.000.000.000.000", 1e12],
    ["9007199254740991", Number.MAX_SAFE_INTEGER],
  ])("%j → %d", (input, expected) => {
    expect(parseCount(input)).toEqual({ ok: true, value: expected });
  });

  it("works on decomposed (NFD) input", () => {
    expect(parseCount("5.829 hộ gia đình".normalize("NFD"))).toEqual({ ok: true, value: 5829 });
  });

  it("asks back about a comma before three digits: 5,829 may be 5.829 or 5,829", () => {
    expect(parseCount("5,829")).toEqual({ ok: "ambiguous", candidates: [5829] });
    expect(parseCount("5,829 hộ")).toEqual({ ok: "ambiguous", candidates: [5829] });
    expect(parseCount("５，８２９")).toEqual({ ok: "ambiguous", candidates: [5829] });
  });

  it("asks back whether a 'không' means zero", () => {
    expect(parseCount("không")).toEqual({ ok: "ambiguous", candidates: [0] });
    expect(parseCount("Không có ạ")).toEqual({ ok: "ambiguous", candidates: [0] });
    expect(parseCount("chưa có")).toEqual({ ok: "ambiguous", candidates: [0] });
  });

  it.each([
    ["", "empty"],
    ["   ", "empty"],
    ["5,8", "fraction"],
    ["1.5", "fraction"],
    ["0,500", "fraction"],
    [".5", "fraction"],
    ["-5", "negative"],
    ["−12 hộ", "negative"],
    ["9007199254740992", "too_large"],
    ["abc", "not_a_number"],
    ["99%", "not_a_number"],
    ["1.2.3", "not_a_number"],
    ["hai mươi sáu đồng", "not_a_number"], // words are read (number-words.test.ts), but not with a money unit
    ["500.000đ", "not_a_number"],
    ["26/26", "multiple_numbers"],
    ["5829 5885", "multiple_numbers"],
    ["26 28", "multiple_numbers"],
    ["khoảng 5.829", "approximate"],
    ["hơn 300 hộ", "approximate"],
    ["~300", "approximate"],
    ["có lẽ 300", "approximate"],
    ["1".repeat(201), "too_long"],
  ])("%j is refused: %s", (input, reason) => {
    const result = parseCount(input);
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.reason).toBe(reason);
  });

  it("gives the limit with too_large and too_long", () => {
    expect(parseCount("9007199254740992")).toEqual({
      ok: false,
      reason: "too_large",
      hint: { max: Number.MAX_SAFE_INTEGER },
    });
    expect(parseCount("1".repeat(201))).toMatchObject({ hint: { max: 200 } });
  });
});
