import { describe, expect, it } from "vitest";
import { parseYesNo } from "../../../src/domain/parse/index.js";

describe("parseYesNo", () => {
  it.each([
    "có", "co", "Có", "CÓ", "Có ạ", "có ạ.", "Có!", "rồi", "roi", "Rồi nhé!", "đã", "đạt", "Đã đạt",
    "đạt rồi", "có rồi", "đã xây dựng", "xây dựng rồi", "dạ có", "Vâng ạ", "yes", "ok", "OK", "👍", "✅",
  ])("%j → yes", (input) => {
    expect(parseYesNo(input)).toEqual({ ok: true, value: true });
  });

  it.each([
    "không", "khong", "Không ạ", "KHÔNG.", "chưa", "chua", "CHƯA", "ko", "k", "kg", "hk", "chưa đạt", "không đạt",
    "ko dat", "chưa có", "không có ạ", "chưa xây dựng", "dạ không", "dạ chưa ạ", "không phải", "no", "👎",
  ])("%j → no", (input) => {
    expect(parseYesNo(input)).toEqual({ ok: true, value: false });
  });

  it("reads decomposed (NFD) input", () => {
    expect(parseYesNo("Chưa đạt ạ".normalize("NFD"))).toEqual({ ok: true, value: false });
    expect(parseYesNo("Có ạ".normalize("NFD"))).toEqual({ ok: true, value: true });
  });

  it.each(["có không", "đạt không", "có lẽ", "ạ", "1", "26", "tổ", "không biết", "x".repeat(200)])(
    "%j is no yes/no answer",
    (input) => {
      expect(parseYesNo(input)).toEqual({ ok: false, reason: "not_yes_no" });
    },
  );

  it("says an empty answer is empty", () => {
    expect(parseYesNo("  ")).toEqual({ ok: false, reason: "empty" });
  });
});

describe("parseYesNo at its edges", () => {
  it("reads an answer of up to 100 characters, not longer", () => {
    const longest = `có${" ạ".repeat(49)}`;
    expect(longest).toHaveLength(100);
    expect(parseYesNo(longest)).toEqual({ ok: true, value: true });
    expect(parseYesNo(`${longest}!`)).toEqual({ ok: false, reason: "not_yes_no" });
  });

  it("reads a 'no' said twice as no", () => {
    expect(parseYesNo("không không")).toEqual({ ok: true, value: false });
    expect(parseYesNo("Không, không ạ")).toEqual({ ok: true, value: false });
  });
});
