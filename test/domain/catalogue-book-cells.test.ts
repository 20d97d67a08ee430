// The catalogue workbook as the office edits it in Excel: headers and sheet names typed loosely,
// Excel's TRUE/FALSE, blank rows, the help line; and each cell's check, named by sheet, row and
// column, for the movements, indicators (type, rules, ratio, period kinds) and pledge items.
import { describe, expect, it } from "vitest";
import { DEFAULT_INDICATORS } from "../../src/domain/catalogue.js";
import { readCatalogueBook, type CatalogueDefs, type CellValue, type WorkbookCells } from "../../src/domain/catalogue-book/index.js";
import type { IndicatorDef } from "../../src/domain/types.js";
import { DEFAULT_CATALOGUE, exportedCells, problemText } from "./support/catalogue-book.js";

const DEFAULTS = DEFAULT_CATALOGUE;
const INDICATORS = "Chỉ tiêu";
const MOVEMENTS = "Phong trào";
const PLEDGES = "Đăng ký thi đua";

const book = (): WorkbookCells => exportedCells();
const sheet = (cells: WorkbookCells, name: string) => cells.sheets.find((s) => s.name === name)!;
/** Sets the cell under `header` of the row whose code (column A) is `code`. */
function set(cells: WorkbookCells, name: string, code: string, header: string, value: CellValue) {
  const s = sheet(cells, name);
  const column = s.rows[0]!.indexOf(header);
  const row = s.rows.find((r) => r[0] === code);
  expect(column).toBeGreaterThanOrEqual(0);
  expect(row).toBeDefined();
  row![column] = value;
}
function catalogue(cells: WorkbookCells): CatalogueDefs {
  const result = readCatalogueBook(cells);
  if (!result.ok) throw new Error(result.problems.map(problemText).join("\n"));
  return result.catalogue;
}
function problems(cells: WorkbookCells): string[] {
  const result = readCatalogueBook(cells);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems.map(problemText);
}
const indicator = (c: CatalogueDefs, code: string) => c.indicators.find((d) => d.code === code)!;
const newIndicator = (code: string, shortLabel: string, type = "Số lượng") =>
  [code, "", `Chỉ tiêu ${shortLabel}`, shortLabel, "Câu hỏi?", type, "", "", "", "", "Không", "Không", "Có", "Có", "Không", ""] as CellValue[];

describe("a workbook typed loosely is still read", () => {
  it("finds the columns by headers written in capitals, without diacritics or with marks, in another order", () => {
    const cells = book();
    const s = sheet(cells, INDICATORS);
    s.rows[0] = s.rows[0]!.map((h) => (h === "Mã" ? "MÃ*" : h === "Tên chỉ tiêu" ? "Tên  chỉ tiêu:" : h === "Loại" ? "Loai" : h === "Thứ tự" ? "(Thứ tự)" : h === "Tên ngắn" ? "Tên (ngắn)" : h));
    // The officer swapped the "Câu hỏi" and "Tên ngắn" columns.
    for (const row of s.rows) [row[3], row[4]] = [row[4]!, row[3]!];
    expect(catalogue(cells)).toEqual(DEFAULTS);
  });

  it("reads the first of two columns with the same header", () => {
    const cells = book();
    const s = sheet(cells, INDICATORS);
    s.rows[0]!.push("Câu hỏi");
    for (const row of s.rows.slice(1)) row.push("Câu khác?");
    expect(catalogue(cells)).toEqual(DEFAULTS);
  });

  it("finds the sheets by names written in capitals or without diacritics, and names them as written", () => {
    const cells = book();
    sheet(cells, MOVEMENTS).name = "PHONG TRÀO";
    sheet(cells, INDICATORS).name = "Chi tieu";
    expect(catalogue(cells)).toEqual(DEFAULTS);
    set(cells, "Chi tieu", "households_total", "Câu hỏi", "");
    expect(problems(cells)).toEqual(["Trang “Chi tieu”, dòng 3, cột E (Câu hỏi): ô này không được để trống."]);
  });

  it("reads Excel's TRUE and FALSE in a yes/no column as Có and Không, and a typed number as an order", () => {
    const cells = book();
    set(cells, INDICATORS, "households_total", "Gợi ý số kỳ trước", true);
    set(cells, INDICATORS, "households_total", "Sơ kết", false);
    set(cells, INDICATORS, "households_total", "Không bắt buộc", true);
    set(cells, INDICATORS, "households_total", "Thứ tự", "15");
    expect(indicator(catalogue(cells), "households_total")).toMatchObject({ offerPrevious: true, optional: true, periodKinds: ["tong_ket", "other"], order: 15 });
  });

  it.each(["Có", "có", "CO", "x", "X", "yes", "true", "1", "Đúng", "dung"])("reads “%s” as yes", (word) => {
    const cells = book();
    set(cells, INDICATORS, "good_deeds", "Gợi ý số kỳ trước", "Không");
    set(cells, INDICATORS, "households_registered", "Không bắt buộc", word);
    expect(indicator(catalogue(cells), "households_registered").optional).toBe(true);
  });

  it.each(["Không", "khong", "KHÔNG", "no", "false", "0", "", null])("reads “%s” as no, without a problem", (word) => {
    const cells = book();
    set(cells, INDICATORS, "households_total", "Gợi ý số kỳ trước", word);
    expect(indicator(catalogue(cells), "households_total").offerPrevious).toBe(false);
  });

  it("skips blank rows, also rows shorter than the header, and numbers the rest as in Excel", () => {
    const cells = book();
    const s = sheet(cells, INDICATORS);
    s.rows.splice(4, 0, [], ["", "", null, "  "], Array<CellValue>(16).fill(null));
    s.rows.push([]);
    expect(catalogue(cells)).toEqual(DEFAULTS);
    s.rows[7]![4] = ""; // households_cultural, now on row 8
    expect(problems(cells)).toEqual(["Trang “Chỉ tiêu”, dòng 8, cột E (Câu hỏi): ô này không được để trống."]);
  });

  it("skips the help line even with some of its cells cleared or edited", () => {
    const cells = book();
    const help = sheet(cells, INDICATORS).rows[1]!;
    help[0] = "";
    help[2] = "Sửa lại hướng dẫn";
    help[5] = null;
    expect(catalogue(cells)).toEqual(DEFAULTS);
  });

  it("reads row 2 as data when the help line was deleted", () => {
    const cells = book();
    const s = sheet(cells, INDICATORS);
    s.rows.splice(1, 1);
    expect(catalogue(cells)).toEqual(DEFAULTS);
    s.rows[1]![4] = "";
    expect(problems(cells)).toEqual(["Trang “Chỉ tiêu”, dòng 2, cột E (Câu hỏi): ô này không được để trống."]);
  });

  it("does not skip a data row that holds a help text in one cell", () => {
    const cells = book();
    set(cells, INDICATORS, "households_registered", "Đơn vị", "Ví dụ: hộ, suất, đồng.");
    expect(problems(cells)).toEqual(["Trang “Chỉ tiêu”, dòng 4, cột G (Đơn vị): dài quá 20 ký tự (hiện có 22)."]);
  });

  it("reads the type without diacritics, in capitals, or with the slash left out", () => {
    const cells = book();
    set(cells, INDICATORS, "households_total", "Loại", "so luong");
    set(cells, INDICATORS, "poverty_gift_money", "Loại", "SỐ TIỀN");
    set(cells, INDICATORS, "cultural_group", "Loại", "Có Không");
    set(cells, INDICATORS, "good_deeds", "Loại", "chữ");
    set(cells, PLEDGES, "cultural_group", "Loại", "co khong");
    expect(catalogue(cells)).toEqual(DEFAULTS);
  });
});

describe("a type written with spaces around the slash", () => {
  it("reads “Có / Không” like “Có/Không”, on the indicator and pledge sheets", () => {
    const cells = book();
    set(cells, INDICATORS, "cultural_group", "Loại", "Có / Không");
    set(cells, INDICATORS, "pccc_model", "Loại", "có /không");
    set(cells, PLEDGES, "cultural_group", "Loại", "Có/ Không");
    expect(catalogue(cells)).toEqual(DEFAULTS);
  });
});

describe("the checks of each cell", () => {
  it.each([
    ["-1", "-1"],
    ["100001", "100001"],
    ["2,5", "2,5"],
    ["mười", "mười"],
  ])("refuses the order %s", (value, shown) => {
    const cells = book();
    set(cells, INDICATORS, "households_total", "Thứ tự", value);
    expect(problems(cells)).toEqual([`Trang “Chỉ tiêu”, dòng 3, cột P (Thứ tự): thứ tự “${shown}” phải là số nguyên từ 0 đến 100.000.`]);
  });

  it("refuses a typed 2.5 as an order, and takes 0, 100000 and a number with spaces", () => {
    const bad = book();
    set(bad, INDICATORS, "households_total", "Thứ tự", 2.5);
    expect(problems(bad)).toEqual(["Trang “Chỉ tiêu”, dòng 3, cột P (Thứ tự): thứ tự “2.5” phải là số nguyên từ 0 đến 100.000."]);
    const cells = book();
    set(cells, INDICATORS, "households_total", "Thứ tự", 0);
    set(cells, INDICATORS, "difficulties", "Thứ tự", 100_000);
    set(cells, INDICATORS, "good_deeds", "Thứ tự", "1 000");
    const c = catalogue(cells);
    expect([indicator(c, "households_total").order, indicator(c, "difficulties").order, indicator(c, "good_deeds").order]).toEqual([0, 100_000, 1000]);
  });

  it("takes text up to each column's length and refuses one character more, counting letters with diacritics once", () => {
    const fits = book();
    set(fits, INDICATORS, "households_total", "Tên ngắn", "ệ".repeat(40));
    set(fits, INDICATORS, "households_total", "Tên chỉ tiêu", "a".repeat(200));
    set(fits, INDICATORS, "households_total", "Câu hỏi", "a".repeat(500));
    set(fits, INDICATORS, "households_total", "Đơn vị", "a".repeat(20));
    set(fits, INDICATORS, "households_total", "Ví dụ trả lời", "a".repeat(100));
    set(fits, MOVEMENTS, "cultural_life", "Tên phong trào", "a".repeat(200));
    set(fits, PLEDGES, "cultural_group", "Nội dung đăng ký", "a".repeat(200));
    set(fits, PLEDGES, "cultural_households", "Đơn vị", "a".repeat(20));
    expect(readCatalogueBook(fits).ok).toBe(true);

    const cells = book();
    set(cells, INDICATORS, "households_total", "Tên ngắn", "ệ".repeat(41));
    set(cells, INDICATORS, "households_registered", "Tên chỉ tiêu", "a".repeat(201));
    set(cells, INDICATORS, "households_cultural", "Câu hỏi", "a".repeat(501));
    set(cells, INDICATORS, "cultural_group", "Đơn vị", "a".repeat(21));
    set(cells, INDICATORS, "learning_families", "Ví dụ trả lời", "a".repeat(101));
    set(cells, MOVEMENTS, "cultural_life", "Tên phong trào", "a".repeat(201));
    set(cells, PLEDGES, "cultural_group", "Nội dung đăng ký", "a".repeat(201));
    set(cells, PLEDGES, "cultural_households", "Đơn vị", "a".repeat(21));
    expect(problems(cells)).toEqual([
      "Trang “Phong trào”, dòng 3, cột B (Tên phong trào): dài quá 200 ký tự (hiện có 201).",
      "Trang “Đăng ký thi đua”, dòng 3, cột B (Nội dung đăng ký): dài quá 200 ký tự (hiện có 201).",
      "Trang “Đăng ký thi đua”, dòng 4, cột D (Đơn vị): dài quá 20 ký tự (hiện có 21).",
      "Trang “Chỉ tiêu”, dòng 3, cột D (Tên ngắn): dài quá 40 ký tự (hiện có 41).",
      "Trang “Chỉ tiêu”, dòng 4, cột C (Tên chỉ tiêu): dài quá 200 ký tự (hiện có 201).",
      "Trang “Chỉ tiêu”, dòng 5, cột E (Câu hỏi): dài quá 500 ký tự (hiện có 501).",
      "Trang “Chỉ tiêu”, dòng 6, cột G (Đơn vị): dài quá 20 ký tự (hiện có 21).",
      "Trang “Chỉ tiêu”, dòng 7, cột H (Ví dụ trả lời): dài quá 100 ký tự (hiện có 101).",
    ]);
  });

  it("refuses empty required cells on every sheet", () => {
    const cells = book();
    set(cells, MOVEMENTS, "learning_society", "Tên phong trào", "");
    set(cells, PLEDGES, "learning_families", "Nội dung đăng ký", "");
    set(cells, PLEDGES, "pccc_model", "Loại", "");
    set(cells, INDICATORS, "households_total", "Tên chỉ tiêu", "");
    set(cells, INDICATORS, "households_total", "Loại", "");
    expect(problems(cells)).toEqual([
      "Trang “Phong trào”, dòng 4, cột B (Tên phong trào): ô này không được để trống.",
      "Trang “Đăng ký thi đua”, dòng 5, cột B (Nội dung đăng ký): ô này không được để trống.",
      "Trang “Đăng ký thi đua”, dòng 6, cột C (Loại): ô này không được để trống.",
      "Trang “Chỉ tiêu”, dòng 3, cột C (Tên chỉ tiêu): ô này không được để trống.",
      "Trang “Chỉ tiêu”, dòng 3, cột F (Loại): ô này không được để trống.",
    ]);
  });

  it("gives new rows distinct codes from their names, and a stand-in when the name has no letter", () => {
    const cells = book();
    sheet(cells, INDICATORS).rows.push(newIndicator("", "Hộ mới"), newIndicator("", "Hộ mới"), newIndicator("", "Hộ mới"), newIndicator("", "2026"), newIndicator("", "100%"));
    sheet(cells, MOVEMENTS).rows.push(["", "Xanh, sạch, đẹp", ""]);
    sheet(cells, PLEDGES).rows.push(["", "Đăng ký tuyến phố sạch", "Có/Không", "", ""]);
    const c = catalogue(cells);
    expect(c.indicators.slice(-5).map((d) => d.code)).toEqual(["ho_moi", "ho_moi_2", "ho_moi_3", "muc", "muc_2"]);
    expect(c.movements.at(-1)).toEqual({ code: "xanh_sach_dep", name: "Xanh, sạch, đẹp", order: 50 });
    expect(c.pledgeItems.at(-1)).toEqual({ code: "dang_ky_tuyen_pho_sach", title: "Đăng ký tuyến phố sạch", type: "yes_no", unit: null, order: 50 });
  });

  it("names the row a repeated code first appeared on, on every sheet", () => {
    const cells = book();
    set(cells, MOVEMENTS, "fire_safety", "Mã", "cultural_life");
    set(cells, PLEDGES, "pccc_model", "Mã", "learning_families");
    expect(problems(cells).slice(0, 2)).toEqual([
      "Trang “Phong trào”, dòng 6, cột A (Mã): mã “cultural_life” trùng với dòng 3.",
      "Trang “Đăng ký thi đua”, dòng 6, cột A (Mã): mã “learning_families” trùng với dòng 5.",
    ]);
  });

  it("numbers movements and pledge items without an order by their row, and keeps an empty unit empty", () => {
    const cells = book();
    for (const row of sheet(cells, MOVEMENTS).rows.slice(2)) row[2] = "";
    for (const row of sheet(cells, PLEDGES).rows.slice(2)) row[4] = "";
    set(cells, PLEDGES, "cultural_households", "Đơn vị", "");
    const c = catalogue(cells);
    expect(c.movements.map((m) => m.order)).toEqual([10, 20, 30, 40]);
    expect(c.pledgeItems.map((p) => [p.order, p.unit])).toEqual([
      [10, null],
      [20, null],
      [30, "hộ"],
      [40, null],
    ]);
  });
});

describe("an indicator's movement, rules, ratio and period kinds", () => {
  it("finds the movement by its name as well as by its code", () => {
    const cells = book();
    set(cells, INDICATORS, "learning_families", "Phong trào", "khuyến học, xây dựng xã hội học tập");
    set(cells, INDICATORS, "households_total", "Phong trào", "CULTURAL_LIFE");
    expect(catalogue(cells)).toEqual(DEFAULTS);
  });

  it("reads each way of writing ≥ and ≤, with a number grouped by dots, separated by semicolons", () => {
    const cells = book();
    set(cells, INDICATORS, "poverty_gift_money", "Điều kiện", ">= 5; <= 1.000.000; ");
    set(cells, INDICATORS, "poverty_gift_count", "Điều kiện", "=> 1;=< 50;≥2;≤ households_total");
    const c = catalogue(cells);
    expect(indicator(c, "poverty_gift_money").rules).toEqual([
      { kind: "min", value: 5 },
      { kind: "max", value: 1_000_000 },
    ]);
    expect(indicator(c, "poverty_gift_count").rules).toEqual([
      { kind: "min", value: 1 },
      { kind: "max", value: 50 },
      { kind: "min", value: 2 },
      { kind: "lte", indicator: "households_total" },
    ]);
  });

  it.each([
    ["> 5", "điều kiện “> 5” không hiểu được; viết “≥ 0”, “≤ 100” hoặc “≤ mã chỉ tiêu”."],
    ["≥ households_total", "điều kiện “≥ households_total” không hiểu được; sau “≥” là một số, sau “≤” là một số hoặc mã một chỉ tiêu."],
    ["≤ Tổng số hộ", "điều kiện “≤ Tổng số hộ” không hiểu được; sau “≥” là một số, sau “≤” là một số hoặc mã một chỉ tiêu."],
    ["≥ 1234567890123456", "điều kiện “≥ 1234567890123456” không hiểu được; sau “≥” là một số, sau “≤” là một số hoặc mã một chỉ tiêu."],
    ["≤ good_deeds", "chỉ tiêu “good_deeds” không phải loại số nên không so sánh được."],
    ["≤ cultural_group", "chỉ tiêu “cultural_group” không phải loại số nên không so sánh được."],
  ])("refuses the rule %s", (rule, message) => {
    const cells = book();
    set(cells, INDICATORS, "poverty_gift_count", "Điều kiện", rule);
    expect(problems(cells)).toEqual([`Trang “Chỉ tiêu”, dòng 9, cột I (Điều kiện): ${message}`]);
  });

  it("compares with an indicator of the money type", () => {
    const cells = book();
    set(cells, INDICATORS, "poverty_gift_count", "Điều kiện", "≤ poverty_gift_money");
    expect(indicator(catalogue(cells), "poverty_gift_count").rules).toEqual([{ kind: "lte", indicator: "poverty_gift_money" }]);
  });

  it("reports only the type when a row with rules has an unknown type, and rules on a text indicator", () => {
    const cells = book();
    set(cells, INDICATORS, "households_total", "Loại", "Số đếm");
    set(cells, INDICATORS, "good_deeds", "Điều kiện", "≥ 1");
    expect(problems(cells)).toEqual([
      "Trang “Chỉ tiêu”, dòng 3, cột F (Loại): loại “Số đếm” không có; chọn “Số lượng”, “Số tiền”, “Có/Không”, “Chữ”.",
      "Trang “Chỉ tiêu”, dòng 11, cột I (Điều kiện): chỉ chỉ tiêu loại Số lượng hoặc Số tiền mới có điều kiện.",
    ]);
  });

  it("refuses an indicator compared with itself, in one line: the officer wrote one mistake", () => {
    const cells = book();
    set(cells, INDICATORS, "poverty_gift_count", "Điều kiện", "≤ poverty_gift_count");
    expect(problems(cells)).toEqual(["Trang “Chỉ tiêu”, dòng 9, cột I (Điều kiện): chỉ tiêu không thể so với chính nó."]);
  });

  it("names both mistakes of a row compared with itself and in a loop through another indicator", () => {
    const cells = book();
    set(cells, INDICATORS, "households_total", "Điều kiện", "≤ households_total; ≤ learning_families");
    expect(problems(cells)).toEqual([
      "Trang “Chỉ tiêu”, dòng 3, cột I (Điều kiện): chỉ tiêu không thể so với chính nó.",
      "Trang “Chỉ tiêu”, dòng 3, cột I (Điều kiện): các điều kiện “≤” tạo thành vòng tròn (chỉ tiêu này phải nhỏ hơn chính nó).",
    ]);
  });

  it("finds a loop of ≤ rules through two indicators, naming the row where it closes", () => {
    const cells = book();
    set(cells, INDICATORS, "households_total", "Điều kiện", "≥ 1; ≤ learning_families");
    expect(problems(cells)).toEqual(["Trang “Chỉ tiêu”, dòng 3, cột I (Điều kiện): các điều kiện “≤” tạo thành vòng tròn (chỉ tiêu này phải nhỏ hơn chính nó)."]);
  });

  it("finds a loop closed by an indicator that has only a ≤ rule", () => {
    const cells = book();
    set(cells, INDICATORS, "households_total", "Điều kiện", "≤ households_registered");
    expect(problems(cells)).toEqual(["Trang “Chỉ tiêu”, dòng 3, cột I (Điều kiện): các điều kiện “≤” tạo thành vòng tròn (chỉ tiêu này phải nhỏ hơn chính nó)."]);
  });

  it("accepts two indicators bounded by the same one (no loop)", () => {
    const cells = book();
    set(cells, INDICATORS, "poverty_gift_count", "Điều kiện", "≤ households_total; ≤ learning_families");
    expect(indicator(catalogue(cells), "poverty_gift_count").rules).toHaveLength(2);
  });

  it("reads each kind of ratio base, loosely written", () => {
    const cells = book();
    set(cells, INDICATORS, "cultural_group", "Tính tỷ lệ trên", "so to");
    set(cells, INDICATORS, "pccc_model", "Tính tỷ lệ trên", "ĐĂNG KÝ:pccc_model");
    set(cells, INDICATORS, "households_cultural", "Tính tỷ lệ trên", "households_registered");
    set(cells, INDICATORS, "poverty_gift_count", "Tính tỷ lệ trên", "households_total");
    set(cells, INDICATORS, "learning_families", "Tính tỷ lệ trên", "");
    const c = catalogue(cells);
    expect(indicator(c, "cultural_group").ratioBase).toEqual({ kind: "groups" });
    expect(indicator(c, "pccc_model").ratioBase).toEqual({ kind: "pledged", pledgeItem: "pccc_model" });
    expect(indicator(c, "households_cultural").ratioBase).toEqual({ kind: "indicator", indicator: "households_registered" });
    expect(indicator(c, "poverty_gift_count").ratioBase).toEqual({ kind: "indicator", indicator: "households_total" });
    expect(indicator(c, "learning_families").ratioBase).toBeNull();
  });

  it.each<[string, string, string]>([
    ["poverty_gift_count", "50%", "“50%” không hiểu được; để trống, ghi “Số tổ”, mã một chỉ tiêu, hoặc “Đăng ký: mã nội dung đăng ký”."],
    ["pccc_model", "Đăng ký: Mô hình PCCC", "“Đăng ký: Mô hình PCCC” không hiểu được; để trống, ghi “Số tổ”, mã một chỉ tiêu, hoặc “Đăng ký: mã nội dung đăng ký”."],
    ["poverty_gift_count", "Đăng ký: pccc_model", "tỷ lệ trên số tổ đăng ký chỉ dùng cho chỉ tiêu loại Có/Không."],
    ["poverty_gift_count", "good_deeds", "không có chỉ tiêu loại số mã “good_deeds”."],
    ["poverty_gift_count", "khong_co", "không có chỉ tiêu loại số mã “khong_co”."],
    ["cultural_group", "households_total", "tỷ lệ trên một chỉ tiêu khác chỉ dùng cho chỉ tiêu loại số."],
  ])("refuses the ratio base of %s written “%s”", (code, written, message) => {
    const cells = book();
    set(cells, INDICATORS, code, "Tính tỷ lệ trên", written);
    const row = DEFAULT_INDICATORS.findIndex((d) => d.code === code) + 3;
    expect(problems(cells)).toEqual([`Trang “Chỉ tiêu”, dòng ${row}, cột J (Tính tỷ lệ trên): ${message}`]);
  });

  it("accepts the groups ratio on a yes/no indicator only", () => {
    const cells = book();
    set(cells, INDICATORS, "pccc_model", "Tính tỷ lệ trên", "Số tổ");
    expect(indicator(catalogue(cells), "pccc_model").ratioBase).toEqual({ kind: "groups" });
  });

  it("offers the previous figure for counts and money only", () => {
    const cells = book();
    set(cells, INDICATORS, "poverty_gift_money", "Gợi ý số kỳ trước", "Có");
    expect(indicator(catalogue(cells), "poverty_gift_money").offerPrevious).toBe(true);
    set(cells, INDICATORS, "cultural_group", "Gợi ý số kỳ trước", "Có");
    set(cells, INDICATORS, "good_deeds", "Gợi ý số kỳ trước", "Có");
    expect(problems(cells)).toEqual([
      "Trang “Chỉ tiêu”, dòng 6, cột L (Gợi ý số kỳ trước): chỉ gợi ý số kỳ trước cho chỉ tiêu loại Số lượng hoặc Số tiền.",
      "Trang “Chỉ tiêu”, dòng 11, cột L (Gợi ý số kỳ trước): chỉ gợi ý số kỳ trước cho chỉ tiêu loại Số lượng hoặc Số tiền.",
    ]);
  });

  it("asks an indicator in only the period kinds marked", () => {
    const cells = book();
    set(cells, INDICATORS, "difficulties", "Sơ kết", "Không");
    set(cells, INDICATORS, "difficulties", "Tổng kết", "Không");
    set(cells, INDICATORS, "good_deeds", "Kỳ khác", "Không");
    const c = catalogue(cells);
    expect(indicator(c, "difficulties").periodKinds).toEqual(["other"]);
    expect(indicator(c, "good_deeds").periodKinds).toEqual(["so_ket", "tong_ket"]);
  });

  it("keeps an empty unit and example empty", () => {
    const cells = book();
    set(cells, INDICATORS, "households_total", "Đơn vị", "");
    set(cells, INDICATORS, "households_total", "Ví dụ trả lời", "");
    expect(indicator(catalogue(cells), "households_total")).toMatchObject<Partial<IndicatorDef>>({ unit: null, example: null });
  });
});

describe("more of an indicator's cells", () => {
  it("keeps the orders typed for pledge items and movements", () => {
    const cells = book();
    set(cells, PLEDGES, "cultural_group", "Thứ tự", 35);
    set(cells, MOVEMENTS, "cultural_life", "Thứ tự", 45);
    const c = catalogue(cells);
    expect(c.pledgeItems.find((p) => p.code === "cultural_group")!.order).toBe(35);
    expect(c.movements.find((m) => m.code === "cultural_life")!.order).toBe(45);
  });

  it("refuses an empty short name, which heads the column and names the figure in the template", () => {
    const cells = book();
    set(cells, INDICATORS, "learning_families", "Tên ngắn", "");
    expect(problems(cells)).toEqual(["Trang “Chỉ tiêu”, dòng 7, cột D (Tên ngắn): ô này không được để trống."]);
  });

  it("refuses a bare number typed in the rules cell, naming it", () => {
    const cells = book();
    set(cells, INDICATORS, "poverty_gift_count", "Điều kiện", 0);
    expect(problems(cells)).toEqual(["Trang “Chỉ tiêu”, dòng 9, cột I (Điều kiện): điều kiện “0” không hiểu được; viết “≥ 0”, “≤ 100” hoặc “≤ mã chỉ tiêu”."]);
  });

  it("computes a ratio over money, and a money figure's ratio over a count", () => {
    const cells = book();
    set(cells, INDICATORS, "poverty_gift_count", "Tính tỷ lệ trên", "poverty_gift_money");
    set(cells, INDICATORS, "poverty_gift_money", "Tính tỷ lệ trên", "households_total");
    const c = catalogue(cells);
    expect(indicator(c, "poverty_gift_count").ratioBase).toEqual({ kind: "indicator", indicator: "poverty_gift_money" });
    expect(indicator(c, "poverty_gift_money").ratioBase).toEqual({ kind: "indicator", indicator: "households_total" });
  });

  it("reads a ratio over an indicator whose code begins like “Đăng ký” as that indicator", () => {
    const cells = book();
    sheet(cells, INDICATORS).rows.push(["dang_vien", "", "Số đảng viên", "Đảng viên", "Tổ có bao nhiêu đảng viên?", "Số lượng", "người", "", "", "", "Không", "Không", "Có", "Có", "Không", ""]);
    set(cells, INDICATORS, "poverty_gift_count", "Tính tỷ lệ trên", "dang_vien");
    expect(indicator(catalogue(cells), "poverty_gift_count").ratioBase).toEqual({ kind: "indicator", indicator: "dang_vien" });
  });
});

describe("the workbook as a whole", () => {
  it("refuses a catalogue without any indicator", () => {
    const cells = book();
    sheet(cells, INDICATORS).rows.splice(2);
    expect(problems(cells)).toEqual(["Trang “Chỉ tiêu”: chưa có chỉ tiêu nào (dữ liệu bắt đầu từ dòng 3)."]);
  });

  it("names every missing sheet at once, before reading any row", () => {
    const cells = book();
    cells.sheets = cells.sheets.filter((s) => s.name === PLEDGES);
    sheet(cells, PLEDGES).rows[2]![2] = "Tiền";
    expect(problems(cells)).toEqual([
      "Tệp không có trang “Phong trào”. Hãy xuất lại tệp mẫu từ bot và sửa trên tệp đó.",
      "Tệp không có trang “Chỉ tiêu”. Hãy xuất lại tệp mẫu từ bot và sửa trên tệp đó.",
    ]);
  });

  it("reports a missing column of each sheet, and the indicator sheet's problems only once its header is whole", () => {
    const cells = book();
    sheet(cells, MOVEMENTS).rows[0]![1] = "Tên";
    sheet(cells, PLEDGES).rows[0]![2] = "Kiểu";
    sheet(cells, INDICATORS).rows[0]![15] = "STT";
    sheet(cells, INDICATORS).rows[0]![4] = "Hỏi";
    set(cells, INDICATORS, "households_total", "Tên ngắn", "");
    expect(problems(cells)).toEqual([
      "Trang “Phong trào”, dòng 1: thiếu cột “Tên phong trào” ở dòng tiêu đề (dòng 1). Hãy xuất lại tệp mẫu từ bot và sửa trên tệp đó.",
      "Trang “Đăng ký thi đua”, dòng 1: thiếu cột “Loại” ở dòng tiêu đề (dòng 1). Hãy xuất lại tệp mẫu từ bot và sửa trên tệp đó.",
      "Trang “Chỉ tiêu”, dòng 1: thiếu cột “Câu hỏi” ở dòng tiêu đề (dòng 1). Hãy xuất lại tệp mẫu từ bot và sửa trên tệp đó.",
      "Trang “Chỉ tiêu”, dòng 1: thiếu cột “Thứ tự” ở dòng tiêu đề (dòng 1). Hãy xuất lại tệp mẫu từ bot và sửa trên tệp đó.",
    ]);
  });

  it("names every column of a sheet left without its header row", () => {
    const cells = book();
    sheet(cells, MOVEMENTS).rows = [];
    expect(problems(cells)).toEqual(
      ["Mã", "Tên phong trào", "Thứ tự"].map((h) => `Trang “Phong trào”, dòng 1: thiếu cột “${h}” ở dòng tiêu đề (dòng 1). Hãy xuất lại tệp mẫu từ bot và sửa trên tệp đó.`).concat(
        ["cultural_life", "cultural_life", "cultural_life", "cultural_life", "learning_society", "for_the_poor", "for_the_poor", "fire_safety"].map(
          (m, i) => `Trang “Chỉ tiêu”, dòng ${i + 3}, cột B (Phong trào): không có phong trào “${m}” ở trang “Phong trào”.`,
        ),
      ),
    );
  });

  it("checks a row with a repeated code or an unknown type for that mistake only, not against another row's type", () => {
    const cells = book();
    set(cells, INDICATORS, "cultural_group", "Mã", "households_total"); // a yes/no row with “Số tổ”, named like a count
    set(cells, INDICATORS, "pccc_model", "Loại", "Có hoặc Không"); // a yes/no row with “Đăng ký: pccc_model”
    expect(problems(cells)).toEqual([
      "Trang “Chỉ tiêu”, dòng 6, cột A (Mã): mã “households_total” trùng với dòng 3.",
      "Trang “Chỉ tiêu”, dòng 10, cột F (Loại): loại “Có hoặc Không” không có; chọn “Số lượng”, “Số tiền”, “Có/Không”, “Chữ”.",
    ]);
  });

  it("takes 500 data rows on a sheet and refuses 501, before reading them", () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => [`m${i + 1}`, `Phong trào ${i + 1}`, i + 1] as CellValue[]);
    const cells = book();
    const movements = sheet(cells, MOVEMENTS);
    const [header, help] = movements.rows;
    movements.rows = [header!, help!, ...rows(500)];
    for (const row of sheet(cells, INDICATORS).rows.slice(2)) row[1] = "";
    expect(catalogue(cells).movements).toHaveLength(500);
    movements.rows = [header!, help!, ...rows(500), ["m501", "", 501]];
    expect(problems(cells)).toEqual(["Trang “Phong trào”: có quá nhiều dòng (tối đa 500 dòng dữ liệu)."]);
  });

  it("asks for all three award sheets once the workbook has one of them", () => {
    const cells = book();
    cells.sheets.push({ name: "Mức lương cơ sở", rows: [["Áp dụng từ ngày", "Mức lương cơ sở (đồng)"]] });
    expect(problems(cells)).toEqual([
      "Tệp không có trang “Hình thức khen thưởng”. Hãy xuất lại tệp mẫu từ bot và sửa trên tệp đó.",
      "Tệp không có trang “Cài đặt khen thưởng”. Hãy xuất lại tệp mẫu từ bot và sửa trên tệp đó.",
    ]);
  });

  it("leaves the awards out of a workbook without award sheets", () => {
    expect("awards" in catalogue(book())).toBe(false);
  });
});

describe("rules written one a line", () => {
  it("reads rules put on separate lines of the cell (Alt+Enter) like rules separated by semicolons", () => {
    const cells = book();
    set(cells, INDICATORS, "poverty_gift_money", "Điều kiện", "≥ 5\n≤ 1.000.000");
    set(cells, INDICATORS, "poverty_gift_count", "Điều kiện", "≥ 1;\r\n≤  households_total\n");
    const c = catalogue(cells);
    expect(indicator(c, "poverty_gift_money").rules).toEqual([
      { kind: "min", value: 5 },
      { kind: "max", value: 1_000_000 },
    ]);
    expect(indicator(c, "poverty_gift_count").rules).toEqual([
      { kind: "min", value: 1 },
      { kind: "lte", indicator: "households_total" },
    ]);
  });

  it("names the line it does not understand", () => {
    const cells = book();
    set(cells, INDICATORS, "poverty_gift_count", "Điều kiện", "≥ 1\nnhỏ hơn 50");
    expect(problems(cells)).toEqual(["Trang “Chỉ tiêu”, dòng 9, cột I (Điều kiện): điều kiện “nhỏ hơn 50” không hiểu được; viết “≥ 0”, “≤ 100” hoặc “≤ mã chỉ tiêu”."]);
  });
});
