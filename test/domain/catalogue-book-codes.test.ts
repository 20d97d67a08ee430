// Codes name catalogue entries across edits; a new row gets one made from its name. The báo cáo
// template prints an indicator's figure with {chi_tieu_<code>}, and an indicator it still prints
// cannot be dropped: each use is found with its line.
import { describe, expect, it } from "vitest";
import { codeFromName, indicatorPlaceholderName, indicatorPlaceholderUses, isCode } from "../../src/domain/catalogue-book/index.js";

describe("what the workbook accepts as a code", () => {
  it.each(["a", "households_total", "ho_2", "x".repeat(40), "a_1_b"])("accepts %s", (text) => {
    expect(isCode(text)).toBe(true);
  });

  it.each([
    ["empty", ""],
    ["longer than 40", "x".repeat(41)],
    ["starting with a digit", "2ho"],
    ["starting with an underscore", "_ho"],
    ["capitals", "Ho_ngheo"],
    ["diacritics", "hộ_nghèo"],
    ["a hyphen inside", "ho-ngheo"],
    ["a space inside", "ho ngheo"],
    ["a stray mark at the end", "ho_ngheo!"],
    ["a stray mark at the start", "!ho_ngheo"],
  ])("refuses a code %s", (_, text) => {
    expect(isCode(text)).toBe(false);
  });
});

describe("a code made from a new row's name", () => {
  it.each([
    ["Hộ đạt GĐVH", "ho_dat_gdvh"],
    ["Điển hình, việc tốt", "dien_hinh_viec_tot"],
    ["  Số   hộ  nghèo ", "so_ho_ngheo"],
    ["1. Hộ thoát nghèo", "ho_thoat_ngheo"],
    ["Tỷ lệ hộ nghèo (%)", "ty_le_ho_ngheo"],
    ["Quỹ “Vì người nghèo” – 2026", "quy_vi_nguoi_ngheo_2026"],
    ["ĐOÀN KẾT", "doan_ket"],
  ])("%s → %s", (name, expected) => {
    expect(codeFromName(name)).toBe(expected);
    expect(isCode(codeFromName(name))).toBe(true);
  });

  it("is empty when the name has no letter (the row then gets a stand-in code)", () => {
    expect(codeFromName("2026 – 100%")).toBe("");
  });

  it("keeps a long name's code within 40 characters, without a dangling underscore", () => {
    const code = codeFromName("Số hộ gia đình được công nhận gia đình văn hóa tiêu biểu ba năm liền");
    expect(code).toBe("so_ho_gia_dinh_duoc_cong_nhan_gia_dinh_v");
    expect(code.length).toBe(40);
    // The 40th character falls on a space: the code stops before it.
    const cut = codeFromName(`${"a".repeat(39)} bcd`);
    expect(cut).toBe("a".repeat(39));
    expect(isCode(cut)).toBe(true);
  });
});

describe("the indicator figures a báo cáo template prints", () => {
  it("names the placeholder of an indicator", () => {
    expect(indicatorPlaceholderName("households_total")).toBe("chi_tieu_households_total");
  });

  it("finds every use with its line, whatever the line breaks", () => {
    expect(indicatorPlaceholderUses("Tổng: {chi_tieu_households_total} hộ\r\nĐạt {chi_tieu_households_cultural}, {chi_tieu_cultural_group}\rHết\n{chi_tieu_difficulties}")).toEqual([
      { code: "households_total", line: 1 },
      { code: "households_cultural", line: 2 },
      { code: "cultural_group", line: 2 },
      { code: "difficulties", line: 4 },
    ]);
  });

  it("counts a blank line as a line", () => {
    expect(indicatorPlaceholderUses("\n\r\n\n{chi_tieu_ho_2}")).toEqual([{ code: "ho_2", line: 4 }]);
  });

  it("reads a placeholder written with spaces inside the braces or in capitals as the same indicator", () => {
    expect(indicatorPlaceholderUses("{ chi_tieu_households_total }, {CHI_TIEU_Households_Total}")).toEqual([
      { code: "households_total", line: 1 },
      { code: "households_total", line: 1 },
    ]);
  });

  it("skips literal double braces and text that only looks like a placeholder", () => {
    expect(indicatorPlaceholderUses("{{chi_tieu_literal}} {chi_tieu_} chi_tieu_bare {chi_tieu_a-b} {tong_so_ho}")).toEqual([]);
  });
});
