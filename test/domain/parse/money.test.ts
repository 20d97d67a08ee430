import { describe, expect, it } from "vitest";
import { parseMoney } from "../../../src/domain/parse/index.js";

describe("parseMoney: amounts in whole đồng", () => {
  it.each([
    ["1,5 triệu", 1_500_000],
    ["1.5 triệu", 1_500_000],
    ["1,5tr", 1_500_000],
    ["1tr5", 1_500_000],
    ["1TR5", 1_500_000],
    ["1tr", 1_000_000],
    ["1 củ", 1_000_000],
    ["2 triệu 500 nghìn", 2_500_000],
    ["2 triệu 500", 2_500_000],
    ["2 tr 500k", 2_500_000],
    ["1tr05", 1_050_000],
    ["1 tỷ 2", 1_200_000_000],
    ["500k", 500_000],
    ["500K", 500_000],
    ["500 nghìn", 500_000],
    ["500 ngàn", 500_000],
    ["500 nghin dong", 500_000],
    ["500n", 500_000],
    ["5k5", 5_500],
    ["5 trăm nghìn", 500_000],
    ["2 triệu 5 trăm", 2_500_000],
    ["1 triệu rưỡi", 1_500_000],
    ["nửa triệu", 500_000],
    ["nửa triệu đồng", 500_000],
    ["Nửa tỷ", 500_000_000],
    ["1.500.000", 1_500_000],
    ["1.500.000đ", 1_500_000],
    ["1.500.000 đồng", 1_500_000],
    ["1 500 000 đ", 1_500_000],
    ["261.700.000", 261_700_000],
    ["261.700.000₫", 261_700_000],
    ["2 tỷ", 2_000_000_000],
    ["1,2 tỷ", 1_200_000_000],
    ["1 tỉ 200 triệu", 1_200_000_000],
    ["1.500 triệu", 1_500_000_000],
    ["500.000 VND", 500_000],
    ["500.000 vnđ", 500_000],
    ["0 đồng", 0],
    ["2 triệu chẵn", 2_000_000],
    ["9.007.199.254.740.991 đồng", Number.MAX_SAFE_INTEGER],
  ])("%j → %d", (input, expected) => {
    expect(parseMoney(input)).toEqual({ ok: true, value: expected });
  });

  it("works on decomposed (NFD) input", () => {
    expect(parseMoney("2 triệu 500 nghìn đồng".normalize("NFD"))).toEqual({ ok: true, value: 2_500_000 });
  });

  it("asks back where the writing reads two ways", () => {
    expect(parseMoney("1,500 triệu")).toEqual({ ok: "ambiguous", candidates: [1_500_000, 1_500_000_000] });
    expect(parseMoney("1tr50")).toEqual({ ok: "ambiguous", candidates: [1_050_000, 1_500_000] });
    expect(parseMoney("5,829")).toEqual({ ok: "ambiguous", candidates: [5829] });
    expect(parseMoney("không đồng")).toEqual({ ok: "ambiguous", candidates: [0] });
  });

  it.each([
    ["1,5", "fraction"],
    ["1,2345678 triệu", "fraction"],
    ["1.500,5 đồng", "fraction"],
    ["-500k", "negative"],
    ["9.007.199.254.740.992 đồng", "too_large"],
    ["100 tỷ tỷ", "not_a_number"],
    ["500 nghìn 2 triệu", "multiple_numbers"],
    ["2 triệu 1500", "multiple_numbers"],
    ["26 hộ", "not_a_number"],
    ["khoảng 2 triệu", "approximate"],
    ["nửa", "not_a_number"],
    ["nửa triệu rưỡi", "not_a_number"],
    ["", "empty"],
  ])("%j is refused: %s", (input, reason) => {
    expect(parseMoney(input)).toMatchObject({ ok: false, reason });
  });
});
