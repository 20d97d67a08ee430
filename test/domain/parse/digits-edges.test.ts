// Numbers in digits at the edges of what the reader accepts: how a typed line is cut into
// numbers and words (tokens.ts) and how digits and scale words add up (expression.ts).
import { describe, expect, it } from "vitest";
import { parseCount, parseMoney } from "../../../src/domain/parse/index.js";

describe("what the leader types, cut into numbers and words", () => {
  it.each([
    ["dạ,245 hộ", 245], // no space after the comma
    ["là.26 tổ", 26],
    ["26 hộ\uFE0F", 26], // a stray variation selector some keyboards add
    ["26\uFE0F", 26],
    ["1 500", 1500],
    ["12 500 hộ", 12_500],
    ["５８２９ hộ", 5829],
  ])("count %j → %d", (input, expected) => {
    expect(parseCount(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["５００ｋ", 500_000], // full-width digits and letter
    ["１，５ triệu", 1_500_000],
    ["1 500 000đ", 1_500_000],
  ])("money %j → %d", (input, expected) => {
    expect(parseMoney(input)).toEqual({ ok: true, value: expected });
  });

  it.each(["-5", "\u22125", "\u20125", "\u20135", "\uFE635", "- 5"])("%j is a negative number", (input) => {
    expect(parseCount(input)).toEqual({ ok: false, reason: "negative" });
  });

  it.each([
    "1234 567", // only groups of three after a group of one to three digits are one number
    "5 82",
    "5 8290",
    "5.829 000",
    "12 hộ 500",
    "5829 - 5885",
    "26\uFE0F 500", // a stray mark between two numbers does not join them
  ])("%j is two numbers, not one", (input) => {
    expect(parseCount(input)).toEqual({ ok: false, reason: "multiple_numbers" });
  });

  it("keeps a comma after a word apart from the number: \"hộ,5\" is no 0,5", () => {
    expect(parseCount("5 hộ,5")).toEqual({ ok: false, reason: "multiple_numbers" });
  });
});

describe("digits with scale words", () => {
  it.each([
    ["1 trăm 20", 120],
    ["1 trăm 5", 150], // as said aloud
    ["1 trăm 05", 105],
    ["5 trăm", 500],
    ["1 trăm 20 nghìn", 120_000],
    ["1 trăm 5 nghìn", 150_000],
    ["2 triệu 1 trăm 50", 2_150_000], // like "2 triệu 150"
    ["5 nghìn 8 trăm 29", 5829],
    ["1 nghìn 2 trăm 5", 1250],
    ["1 triệu 2 trăm", 1_200_000],
    ["1tr 2 trăm", 1_200_000],
    ["2 trăm nghìn 5", 200_500],
    ["999 nghìn", 999_000],
    ["1000 nghìn", 1_000_000],
    ["1 tỷ 999 triệu", 1_999_000_000],
    ["1tr500", 1_500_000],
    ["1tr005", 1_005_000],
    ["1 triệu 050", 1_050_000],
    ["1 triệu 0", 1_000_000],
    ["0 triệu 5", 500_000],
    ["0,5 triệu", 500_000],
    ["1,5 nghìn rưỡi", 2000],
    ["1.000 tỷ 1", 1_000_100_000_000],
    ["1,5 tỷ 500 triệu", 2_000_000_000],
    ["1,5 triệu 500 nghìn", 2_000_000],
    ["1 tỷ 999,5 triệu", 1_999_500_000],
    ["1 trăm nghìn 5", 100_500],
    ["1 trăm 20 nghìn 5", 120_500],
    ["1 triệu 0 trăm 50", 1_050_000],
  ])("money %j → %d", (input, expected) => {
    expect(parseMoney(input)).toEqual({ ok: true, value: expected });
  });

  it("asks back about several readings at once, listing each", () => {
    expect(parseMoney("1,500 tỷ")).toEqual({ ok: "ambiguous", candidates: [1_500_000_000, 1_500_000_000_000] });
    expect(parseMoney("1,500 tỷ 1,500 triệu 1,500 nghìn")).toEqual({
      ok: "ambiguous",
      candidates: [1_501_501_500, 1_500_001_501_500],
    });
    expect(parseMoney("1tr 50")).toEqual({ ok: "ambiguous", candidates: [1_050_000, 1_500_000] });
    expect(parseMoney("2 triệu 50")).toEqual({ ok: "ambiguous", candidates: [2_050_000, 2_500_000] });
    expect(parseMoney("1 tỷ 20")).toEqual({ ok: "ambiguous", candidates: [1_020_000_000, 1_200_000_000] });
  });

  it.each([
    ["1 trăm 123", "multiple_numbers"], // tens after "trăm" are one or two digits
    ["1 trăm 1,5", "multiple_numbers"],
    ["2 triệu 1,5", "multiple_numbers"],
    ["2 triệu 1,5 trăm", "multiple_numbers"],
    ["1 tỷ 1 tỷ", "multiple_numbers"],
    ["1 nghìn 1 triệu", "multiple_numbers"],
    ["1 tỷ 1000 triệu", "multiple_numbers"],
    ["1 triệu 1000 nghìn", "multiple_numbers"],
    ["1 triệu rưỡi 5", "multiple_numbers"],
    ["1 triệu 5000", "multiple_numbers"],
    ["1tr5000", "multiple_numbers"],
    ["1,500 tỷ 1,500 triệu 1,500 nghìn 1,500", "multiple_numbers"],
    ["1,500 1,500 1,500 1,500 1,500", "multiple_numbers"],
    ["2 triệu 0,5 trăm", "multiple_numbers"],
    ["1 triệu 0,5 triệu", "multiple_numbers"],
    ["1 trăm trăm", "not_a_number"],
    ["rưỡi triệu 5", "not_a_number"],
    ["tr5", "not_a_number"],
    ["rưỡi", "not_a_number"],
    ["5-", "not_a_number"],
    ["1,500,000,5", "not_a_number"],
  ])("%j is refused: %s", (input, reason) => {
    expect(parseMoney(input)).toEqual({ ok: false, reason });
  });
});
