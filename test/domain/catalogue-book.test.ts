// The catalogue workbook's cells, read and checked without a file: a clean workbook gives the
// catalogue back exactly; each kind of mistake is named by sheet, row and column.
import { describe, expect, it } from "vitest";
import { DEFAULT_INDICATORS } from "../../src/domain/catalogue.js";
import {
  codeFromName,
  indicatorPlaceholderUses,
  planCatalogue,
  readCatalogueBook,
  type CellValue,
  type WorkbookCells,
} from "../../src/domain/catalogue-book/index.js";
import { DEFAULT_CATALOGUE, exportedCells, problemText } from "./support/catalogue-book.js";

const DEFAULTS = DEFAULT_CATALOGUE;

const book = (): WorkbookCells => exportedCells();
function sheet(cells: WorkbookCells, name: string) {
  return cells.sheets.find((s) => s.name === name)!;
}
/** Sets one cell of the "Chỉ tiêu" sheet by its header, on spreadsheet row `row`. */
function setIndicatorCell(cells: WorkbookCells, row: number, header: string, value: CellValue) {
  const s = sheet(cells, "Chỉ tiêu");
  const column = s.rows[0]!.indexOf(header);
  expect(column).toBeGreaterThanOrEqual(0);
  s.rows[row - 1]![column] = value;
}
function problems(cells: WorkbookCells): string[] {
  const result = readCatalogueBook(cells);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems.map(problemText);
}

describe("catalogue workbook cells", () => {
  it("reads the exported default catalogue back exactly", () => {
    const result = readCatalogueBook(book());
    expect(result).toEqual({ ok: true, catalogue: DEFAULTS });
  });

  it("names the sheet, row and column of each mistake, and reports all of them at once", () => {
    const cells = book();
    setIndicatorCell(cells, 3, "Loại", "Số đếm");
    setIndicatorCell(cells, 4, "Điều kiện", "≤ tong_so_ho_sai");
    setIndicatorCell(cells, 5, "Câu hỏi", "");
    setIndicatorCell(cells, 6, "Sơ kết", "hình như có");
    setIndicatorCell(cells, 7, "Mã", "households_total");
    setIndicatorCell(cells, 8, "Mã", "Có Dấu");
    expect(problems(cells)).toEqual([
      "Trang “Chỉ tiêu”, dòng 3, cột F (Loại): loại “Số đếm” không có; chọn “Số lượng”, “Số tiền”, “Có/Không”, “Chữ”.",
      "Trang “Chỉ tiêu”, dòng 4, cột I (Điều kiện): không có chỉ tiêu mã “tong_so_ho_sai” để so sánh.",
      "Trang “Chỉ tiêu”, dòng 5, cột E (Câu hỏi): ô này không được để trống.",
      "Trang “Chỉ tiêu”, dòng 6, cột M (Sơ kết): “hình như có” không hiểu được: ghi “Có” hoặc “Không”.",
      "Trang “Chỉ tiêu”, dòng 7, cột A (Mã): mã “households_total” trùng với dòng 3.",
      "Trang “Chỉ tiêu”, dòng 8, cột A (Mã): mã “Có Dấu” chỉ được gồm chữ thường không dấu, chữ số và dấu gạch dưới, bắt đầu bằng chữ (tối đa 40 ký tự).",
    ]);
  });

  it("refuses a missing sheet, a missing column, an unknown movement, rules on a yes/no, a loop and a bad ratio", () => {
    const noSheet = book();
    noSheet.sheets = noSheet.sheets.filter((s) => s.name !== "Đăng ký thi đua");
    expect(problems(noSheet)).toEqual(["Tệp không có trang “Đăng ký thi đua”. Hãy xuất lại tệp mẫu từ bot và sửa trên tệp đó."]);

    const noColumn = book();
    sheet(noColumn, "Chỉ tiêu").rows[0]![5] = "Kiểu";
    expect(problems(noColumn)).toEqual(["Trang “Chỉ tiêu”, dòng 1: thiếu cột “Loại” ở dòng tiêu đề (dòng 1). Hãy xuất lại tệp mẫu từ bot và sửa trên tệp đó."]);

    const refs = book();
    setIndicatorCell(refs, 3, "Phong trào", "phong_trao_la");
    setIndicatorCell(refs, 6, "Điều kiện", "≥ 1"); // cultural_group is yes/no
    setIndicatorCell(refs, 3, "Điều kiện", "≥ 1; ≤ households_cultural"); // total ≤ cultural ≤ registered ≤ total
    setIndicatorCell(refs, 10, "Tính tỷ lệ trên", "Đăng ký: khong_co");
    setIndicatorCell(refs, 11, "Tính tỷ lệ trên", "Số tổ"); // good_deeds is text
    const lines = problems(refs);
    expect(lines).toContain("Trang “Chỉ tiêu”, dòng 3, cột B (Phong trào): không có phong trào “phong_trao_la” ở trang “Phong trào”.");
    expect(lines).toContain("Trang “Chỉ tiêu”, dòng 6, cột I (Điều kiện): chỉ chỉ tiêu loại Số lượng hoặc Số tiền mới có điều kiện.");
    expect(lines).toContain("Trang “Chỉ tiêu”, dòng 3, cột I (Điều kiện): các điều kiện “≤” tạo thành vòng tròn (chỉ tiêu này phải nhỏ hơn chính nó).");
    expect(lines).toContain("Trang “Chỉ tiêu”, dòng 10, cột J (Tính tỷ lệ trên): không có nội dung đăng ký mã “khong_co” ở trang “Đăng ký thi đua”.");
    expect(lines).toContain("Trang “Chỉ tiêu”, dòng 11, cột J (Tính tỷ lệ trên): “Số tổ” chỉ dùng cho chỉ tiêu loại Có/Không.");
  });

  it("refuses an indicator asked in no period kind, and a pledge item of an unknown type", () => {
    const cells = book();
    for (const header of ["Sơ kết", "Tổng kết", "Kỳ khác"]) setIndicatorCell(cells, 4, header, "Không");
    const pledges = sheet(cells, "Đăng ký thi đua");
    pledges.rows[2]![2] = "Tiền";
    expect(problems(cells)).toEqual([
      "Trang “Đăng ký thi đua”, dòng 3, cột C (Loại): loại “Tiền” không có; chọn “Số lượng” hoặc “Có/Không”.",
      "Trang “Chỉ tiêu”, dòng 4, cột M (Sơ kết): chỉ tiêu phải được hỏi trong ít nhất một loại kỳ: ghi “Có” ở cột Sơ kết, Tổng kết hoặc Kỳ khác (muốn thôi dùng thì xóa dòng).",
    ]);
  });

  it("gives a new row without a code one made from its short label", () => {
    const cells = book();
    const s = sheet(cells, "Chỉ tiêu");
    s.rows.push(["", "for_the_poor", "Số hộ thoát nghèo", "Hộ thoát nghèo", "Trong kỳ, tổ có bao nhiêu hộ thoát nghèo?", "Số lượng", "hộ", "2", "≥ 0; ≤ households_total", "", "Không", "Không", "Có", "Có", "Không", ""]);
    const result = readCatalogueBook(cells);
    expect(result.ok).toBe(true);
    const added = result.ok ? result.catalogue.indicators.at(-1) : undefined;
    expect(added).toMatchObject({ code: "ho_thoat_ngheo", type: "count", unit: "hộ", periodKinds: ["so_ket", "tong_ket"], rules: [{ kind: "min", value: 0 }, { kind: "lte", indicator: "households_total" }] });
    expect(codeFromName("Điển hình, việc tốt")).toBe("dien_hinh_viec_tot");
  });

  /** The codes in the order the questions are asked (the catalogue's order). */
  function askedOrder(cells: WorkbookCells): string[] {
    const result = readCatalogueBook(cells);
    expect(result.ok).toBe(true);
    return result.ok ? [...result.catalogue.indicators].sort((a, b) => a.order - b.order).map((d) => d.code) : [];
  }
  const newRow = (code: string, movement: string, order: string | number = "") =>
    [code, movement, `Chỉ tiêu ${code}`, `Tên ${code}`, "Câu hỏi?", "Số lượng", "hộ", "", "", "", "Không", "Không", "Có", "Có", "Không", order] as CellValue[];

  it("asks a new row without an order right after the last indicator of its movement, keeping the other orders", () => {
    const cells = book();
    const s = sheet(cells, "Chỉ tiêu");
    s.rows.push(newRow("ho_thoat_ngheo", "for_the_poor"), newRow("nha_dai_doan_ket", "Chung tay vì người nghèo"), newRow("hoc_bong", "learning_society"));
    const codes = askedOrder(cells);
    const defaults = DEFAULT_INDICATORS.map((d) => d.code);
    const after = (code: string) => defaults.slice(0, defaults.indexOf(code) + 1);
    // Each new row follows the last one of its own movement, not the end of the list.
    expect(codes.slice(0, after("learning_families").length + 1)).toEqual([...after("learning_families"), "hoc_bong"]);
    expect(codes.slice(codes.indexOf("poverty_gift_count"), codes.indexOf("poverty_gift_count") + 3)).toEqual(["poverty_gift_count", "ho_thoat_ngheo", "nha_dai_doan_ket"]);
    expect(codes.at(-1)).toBe(defaults.at(-1));
    // The rows that had an order keep it: the import reports nothing else as moved.
    const result = readCatalogueBook(cells);
    const orders = new Map(result.ok ? result.catalogue.indicators.map((d) => [d.code, d.order]) : []);
    for (const d of DEFAULT_INDICATORS) expect(orders.get(d.code)).toBe(d.order);
    // Each movement is one run of questions.
    const movementOf = new Map(result.ok ? result.catalogue.indicators.map((d) => [d.code, d.movementCode]) : []);
    const runs = codes.map((code) => movementOf.get(code)).filter((m, i, all) => i === 0 || m !== all[i - 1]);
    expect(new Set(runs).size).toBe(runs.length);
  });

  it("numbers the list again when the orders leave no room after the movement's last indicator", () => {
    const cells = book();
    const s = sheet(cells, "Chỉ tiêu");
    const orderColumn = s.rows[0]!.indexOf("Thứ tự");
    s.rows.slice(2).forEach((row, i) => {
      row[orderColumn] = i + 1;
    });
    s.rows.push(newRow("ho_thoat_ngheo", "for_the_poor"));
    const codes = askedOrder(cells);
    expect(codes[codes.indexOf("poverty_gift_count") + 1]).toBe("ho_thoat_ngheo");
    expect(codes.length).toBe(DEFAULT_INDICATORS.length + 1);
  });

  it("keeps an order the officer typed, even at the end", () => {
    const cells = book();
    sheet(cells, "Chỉ tiêu").rows.push(newRow("ho_thoat_ngheo", "for_the_poor", 500));
    expect(askedOrder(cells).at(-1)).toBe("ho_thoat_ngheo");
  });
});

describe("planning an import against what is stored", () => {
  const stored = { ...DEFAULTS, indicators: DEFAULTS.indicators.map((d) => ({ ...d, answers: d.code === "pccc_model" ? 12 : 0 })) };

  it("refuses to remove an answered indicator, and says why", () => {
    const next = { ...DEFAULTS, indicators: DEFAULTS.indicators.filter((d) => d.code !== "pccc_model" && d.code !== "difficulties") };
    const result = planCatalogue(stored, next);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map(problemText)).toEqual([
      "Trang “Chỉ tiêu”: không xóa được chỉ tiêu “Mô hình phòng cháy, chữa cháy” (mã pccc_model) vì đã có 12 câu trả lời được lưu; số liệu cũ phải giữ nguyên. Muốn thôi hỏi từ kỳ sau, hãy giữ dòng này và ghi “Không” ở các cột Sơ kết, Tổng kết, Kỳ khác.",
    ]);
  });

  it("retires an unanswered one, tells rewording from a change of meaning, and sees no change in the same catalogue", () => {
    expect(planCatalogue(stored, DEFAULTS)).toMatchObject({ ok: true, plan: { addedIndicators: [], rewordedIndicators: [], meaningChangedIndicators: [], retiredIndicators: [] } });
    const next = {
      ...DEFAULTS,
      indicators: DEFAULTS.indicators
        .filter((d) => d.code !== "difficulties")
        .map((d) => (d.code === "households_total" ? { ...d, question: "Tổ hiện có bao nhiêu hộ?" } : d.code === "poverty_gift_count" ? { ...d, type: "money" as const } : d)),
    };
    expect(planCatalogue(stored, next)).toMatchObject({
      ok: true,
      plan: { rewordedIndicators: ["households_total"], meaningChangedIndicators: ["poverty_gift_count"], retiredIndicators: ["difficulties"] },
    });
  });

  it("refuses to drop an indicator the báo cáo template still prints", () => {
    const uses = indicatorPlaceholderUses("# Nội dung\nCó {chi_tieu_difficulties} ý kiến; {{chi_tieu_literal}}\n");
    expect(uses).toEqual([{ code: "difficulties", line: 2 }]);
    const next = { ...DEFAULTS, indicators: DEFAULTS.indicators.filter((d) => d.code !== "difficulties") };
    const result = planCatalogue(stored, next, uses);
    expect(result.ok ? [] : result.problems.map(problemText)).toEqual([
      "Mẫu báo cáo, dòng 2: còn dùng {chi_tieu_difficulties} nhưng danh mục mới không có chỉ tiêu mã “difficulties”. Hãy sửa mẫu báo cáo trước, hoặc giữ chỉ tiêu này.",
    ]);
  });
});
