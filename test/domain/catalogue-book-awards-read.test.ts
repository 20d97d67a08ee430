// The award sheets as the office fills them in: what is read from each cell (coefficients,
// amounts, days, "Căn cứ" lines, settings in words) and every refusal with its sheet, row and
// column, so the officer can find the cell. The exported workbook is the starting point; rows
// are added from row 11 (forms) and row 6 (base salaries).
import { describe, expect, it } from "vitest";
import { readCatalogueBook, type AwardBook, type CellValue, type WorkbookCells } from "../../src/domain/catalogue-book/index.js";
import { defaultAwards, exportedCellsWithAwards, problemText } from "./support/catalogue-book.js";

const awards = defaultAwards;
const workbook = (): WorkbookCells => exportedCellsWithAwards();
const FORMS = "Hình thức khen thưởng";
const SALARIES = "Mức lương cơ sở";
const SETTINGS = "Cài đặt khen thưởng";
const sheetRows = (cells: WorkbookCells, name: string) => cells.sheets.find((s) => s.name === name)!.rows;
const FORM = ["Mã", "Tên hình thức", "Loại", "Đối tượng", "Hệ số", "Từ ngày", "Đến ngày", "Căn cứ của hệ số", "Tên danh hiệu", "In trên giấy chứng nhận", "Căn cứ pháp lý", "Thứ tự"];
const formRow = (values: Record<string, CellValue>) => FORM.map((header) => values[header] ?? null);
const NEW = { Mã: "moi", "Tên hình thức": "Giấy khen mới", Loại: "Giấy khen" };
const rate = (values: Record<string, CellValue>) => formRow({ Mã: "moi", "Đối tượng": "Cá nhân", "Hệ số": "0,3", "Từ ngày": "01/01/2026", ...values });

function withForms(...added: CellValue[][]): WorkbookCells {
  const cells = workbook();
  sheetRows(cells, FORMS).push(...added);
  return cells;
}
function problems(cells: WorkbookCells): string[] {
  const result = readCatalogueBook(cells);
  return result.ok ? [] : result.problems.map(problemText);
}
function read(cells: WorkbookCells): AwardBook {
  expect(problems(cells)).toEqual([]);
  const result = readCatalogueBook(cells);
  return result.ok ? result.catalogue.awards! : awards();
}
const added = (cells: WorkbookCells, code = "moi") => read(cells).forms.find((f) => f.code === code)!;
const at = (row: number, column: string) => `Trang “${FORMS}”, dòng ${row}, cột ${column}: `;

describe("award forms sheet", () => {
  it("reads coefficients as written with a comma, a point, spaces or as a number, up to 100", () => {
    const cells = withForms(
      formRow({ ...NEW, "Đối tượng": "Cá nhân", "Hệ số": "1,5", "Từ ngày": "01/01/2026" }),
      rate({ "Đối tượng": "Tập thể", "Hệ số": "12", "Từ ngày": "01/01/2026" }),
      rate({ "Đối tượng": "Hộ gia đình", "Hệ số": "0, 45", "Từ ngày": "01/01/2026" }),
      rate({ "Đối tượng": "Cá nhân", "Hệ số": 100, "Từ ngày": "01/01/2027" }),
      rate({ "Đối tượng": "Cá nhân", "Hệ số": "0", "Từ ngày": "01/01/2028" }),
      rate({ "Đối tượng": "Cá nhân", "Hệ số": "2.25", "Từ ngày": "01/01/2029" }),
    );
    expect(added(cells).rates.map((r) => r.coefficientMilli)).toEqual([1500, 12_000, 450, 100_000, 0, 2250]);
  });

  it("refuses a coefficient left empty, not a number, negative, above 100 or finer than thousandths", () => {
    const cells = withForms(
      formRow({ ...NEW, "Đối tượng": "Cá nhân", "Hệ số": null, "Từ ngày": "01/01/2026" }),
      rate({ "Hệ số": "ba", "Từ ngày": "01/01/2027" }),
      rate({ "Hệ số": -1, "Từ ngày": "01/01/2028" }),
      rate({ "Hệ số": 100.5, "Từ ngày": "01/01/2029" }),
      rate({ "Hệ số": "0,0005", "Từ ngày": "01/01/2030" }),
    );
    expect(problems(cells)).toEqual([
      `${at(11, "E (Hệ số)")}ô này không được để trống (ghi 0 nếu không kèm tiền thưởng).`,
      `${at(12, "E (Hệ số)")}hệ số “ba” phải là một số từ 0 đến 100, ví dụ 0,3.`,
      `${at(13, "E (Hệ số)")}hệ số “-1” phải là một số từ 0 đến 100, ví dụ 0,3.`,
      `${at(14, "E (Hệ số)")}hệ số “100.5” phải là một số từ 0 đến 100, ví dụ 0,3.`,
      `${at(15, "E (Hệ số)")}hệ số “0,0005” chỉ được có tối đa ba chữ số sau dấu phẩy, ví dụ 0,45.`,
    ]);
  });

  it("reads days from 1990 to 2100, an end on the start day, and refuses the rest with the reason", () => {
    const ok = withForms(
      formRow({ ...NEW, "Đối tượng": "Cá nhân", "Hệ số": "0,3", "Từ ngày": "1/1/1990", "Đến ngày": "01/01/1990" }),
      rate({ "Từ ngày": "31/12/2100" }),
    );
    expect(added(ok).rates.map((r) => [r.validFrom, r.validTo])).toEqual([
      ["1990-01-01", "1990-01-01"],
      ["2100-12-31", null],
    ]);
    const cells = withForms(
      formRow({ ...NEW, "Đối tượng": "Cá nhân", "Hệ số": "0,3", "Từ ngày": null }),
      rate({ "Từ ngày": "31/12/1989" }),
      rate({ "Từ ngày": "01/01/2101" }),
      rate({ "Từ ngày": "30/02/2026" }),
      rate({ "Từ ngày": "hôm nay" }),
      rate({ "Từ ngày": "01/07" }),
      rate({ "Từ ngày": 46_000 }),
    );
    expect(problems(cells)).toEqual([
      `${at(11, "F (Từ ngày)")}ô này không được để trống (ghi ngày, ví dụ 01/07/2026).`,
      `${at(12, "F (Từ ngày)")}“31/12/1989” không phải một ngày; ghi đủ ngày, tháng, năm, ví dụ 01/07/2026.`,
      `${at(13, "F (Từ ngày)")}“01/01/2101” không phải một ngày; ghi đủ ngày, tháng, năm, ví dụ 01/07/2026.`,
      `${at(14, "F (Từ ngày)")}không có ngày 30/2/2026.`,
      `${at(15, "F (Từ ngày)")}“hôm nay” không phải một ngày; ghi đủ ngày, tháng, năm, ví dụ 01/07/2026.`,
      `${at(16, "F (Từ ngày)")}“01/07” không phải một ngày; ghi đủ ngày, tháng, năm, ví dụ 01/07/2026.`,
      `${at(17, "F (Từ ngày)")}“46000” không phải một ngày; ghi đủ ngày, tháng, năm, ví dụ 01/07/2026.`,
    ]);
  });

  it("takes a row with any one rate cell written as a rate row, and names each missing cell", () => {
    const cells = withForms(
      formRow({ ...NEW }),
      formRow({ Mã: "moi", "Đối tượng": "Cá nhân" }),
      formRow({ Mã: "moi", "Hệ số": "0,3" }),
      formRow({ Mã: "moi", "Từ ngày": "01/01/2026" }),
      formRow({ Mã: "moi", "Đến ngày": "31/12/2026" }),
      formRow({ Mã: "moi", "Căn cứ của hệ số": "Quyết định số 1" }),
      formRow({ Mã: "moi", "Đối tượng": "Người cao tuổi", "Hệ số": "0,3", "Từ ngày": "01/01/2026" }),
    );
    const empty = "ô này không được để trống.";
    const coefficient = "ô này không được để trống (ghi 0 nếu không kèm tiền thưởng).";
    const from = "ô này không được để trống (ghi ngày, ví dụ 01/07/2026).";
    expect(problems(cells)).toEqual([
      `${at(12, "E (Hệ số)")}${coefficient}`,
      `${at(12, "F (Từ ngày)")}${from}`,
      `${at(13, "D (Đối tượng)")}${empty}`,
      `${at(13, "F (Từ ngày)")}${from}`,
      `${at(14, "D (Đối tượng)")}${empty}`,
      `${at(14, "E (Hệ số)")}${coefficient}`,
      `${at(15, "D (Đối tượng)")}${empty}`,
      `${at(15, "E (Hệ số)")}${coefficient}`,
      `${at(15, "F (Từ ngày)")}${from}`,
      `${at(16, "D (Đối tượng)")}${empty}`,
      `${at(16, "E (Hệ số)")}${coefficient}`,
      `${at(16, "F (Từ ngày)")}${from}`,
      `${at(17, "D (Đối tượng)")}đối tượng “Người cao tuổi” không có; chọn “Cá nhân”, “Hộ gia đình”, “Tập thể”.`,
    ]);
    // The form's own row alone (no rate cell) is a form without rates.
    expect(added(withForms(formRow({ ...NEW }))).rates).toEqual([]);
  });

  it("refuses a wrong code, a row of no form, a name written differently twice, a wrong kind, a form without a name, a wrong order", () => {
    const cells = withForms(
      formRow({ Mã: "Giấy khen 2", "Tên hình thức": "Giấy khen 2", Loại: "Giấy khen" }),
      formRow({ "Đối tượng": "Cá nhân", "Hệ số": "0,3", "Từ ngày": "01/01/2026" }),
      formRow({ ...NEW, Loại: "Bằng khen" }),
      formRow({ Mã: "moi", "Tên hình thức": "Giấy khen khác" }),
      formRow({ Mã: "khong_ten", Loại: "Giấy khen", "Thứ tự": "năm" }),
      formRow({ Mã: "am", "Tên hình thức": "Âm", Loại: "Giấy khen", "Thứ tự": "-1" }),
      formRow({ Mã: "lon", "Tên hình thức": "Lớn", Loại: "Giấy khen", "Thứ tự": "100001" }),
      formRow({ Mã: "le", "Tên hình thức": "Lẻ", Loại: "Giấy khen", "Thứ tự": "1,5" }),
    );
    expect(problems(cells)).toEqual([
      `${at(11, "A (Mã)")}mã “Giấy khen 2” chỉ được gồm chữ thường không dấu, chữ số và dấu gạch dưới, bắt đầu bằng chữ (tối đa 40 ký tự).`,
      `${at(12, "A (Mã)")}ghi mã hoặc tên hình thức để biết dòng này thuộc hình thức nào.`,
      `${at(13, "C (Loại)")}loại “Bằng khen” không có; chọn “Giấy khen” hoặc “Danh hiệu”.`,
      `${at(14, "B (Tên hình thức)")}khác với dòng 13 của cùng hình thức (mã moi); ghi giống nhau hoặc để trống ở một trong hai dòng.`,
      `${at(15, "B (Tên hình thức)")}hình thức mã khong_ten chưa có tên: ghi tên ở một dòng của hình thức.`,
      `${at(15, "L (Thứ tự)")}thứ tự “năm” phải là số nguyên từ 0 đến 100.000.`,
      `${at(16, "L (Thứ tự)")}thứ tự “-1” phải là số nguyên từ 0 đến 100.000.`,
      `${at(17, "L (Thứ tự)")}thứ tự “100001” phải là số nguyên từ 0 đến 100.000.`,
      `${at(18, "L (Thứ tự)")}thứ tự “1,5” phải là số nguyên từ 0 đến 100.000.`,
    ]);
  });

  it("reads the form's own columns from any of its rows, the same value twice is no conflict, the order as written from 0 to 100.000", () => {
    const cells = withForms(
      formRow({ Mã: "moi", "Tên hình thức": "Giấy khen mới", "Đối tượng": "Cá nhân", "Hệ số": "0,3", "Từ ngày": "01/01/2026" }),
      formRow({ Mã: "moi", "Tên hình thức": "Giấy khen mới", Loại: "Giấy khen", "Thứ tự": " 100000 " }),
      formRow({ Mã: "dau", "Tên hình thức": "Đầu", Loại: "Danh hiệu", "Tên danh hiệu": "Đầu", "Thứ tự": 0 }),
      formRow({ "Tên hình thức": "***", Loại: "Giấy khen" }),
    );
    const book = read(cells);
    expect(book.forms.slice(-3).map((f) => [f.code, f.name, f.kind, f.order])).toEqual([
      ["moi", "Giấy khen mới", "giay_khen", 100_000],
      ["dau", "Đầu", "danh_hieu", 0],
      ["hinh_thuc", "***", "giay_khen", 7],
    ]);
  });

  it("reads “Căn cứ” lines one a line, without their final punctuation, up to 20 lines of 500 characters", () => {
    const basis = "Căn cứ Luật Thi đua, khen thưởng;\n  Căn cứ Nghị định số 152/2025/NĐ-CP. ;\n\nCăn cứ Điều lệ,\n";
    expect(added(withForms(formRow({ ...NEW, "Căn cứ pháp lý": basis }))).legalBasis).toEqual(["Căn cứ Luật Thi đua, khen thưởng", "Căn cứ Nghị định số 152/2025/NĐ-CP", "Căn cứ Điều lệ"]);
    const twenty = Array.from({ length: 20 }, (_, i) => `Căn cứ văn bản số ${i + 1}`);
    const long = `Căn cứ ${"a".repeat(493)}`;
    expect(added(withForms(formRow({ ...NEW, "Căn cứ pháp lý": [...twenty.slice(1), long].join("\n") }))).legalBasis).toHaveLength(20);
    const cells = withForms(formRow({ ...NEW, "Căn cứ pháp lý": [...twenty, "Căn cứ văn bản số 21"].join("\n") }), formRow({ Mã: "dai", "Tên hình thức": "Dài", Loại: "Giấy khen", "Căn cứ pháp lý": `${long}b` }));
    expect(problems(cells)).toEqual([
      `${at(11, "K (Căn cứ pháp lý)")}nhiều quá 20 dòng căn cứ.`,
      `${at(12, "K (Căn cứ pháp lý)")}một dòng căn cứ dài quá 500 ký tự (“Căn cứ aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…”).`,
    ]);
  });

  it("names a wrong kind written on two rows at its first row, a name too long, and no duplicate for rows already refused", () => {
    const cells = withForms(
      formRow({ ...NEW, Loại: "Bằng khen", "Thứ tự": "1 000" }),
      formRow({ Mã: "moi", Loại: "Bằng khen", "Thứ tự": "1 000" }),
      formRow({ Mã: "dai", "Tên hình thức": "G".repeat(201), Loại: "Giấy khen" }),
      rate({ "Đối tượng": "Người cao tuổi", "Từ ngày": "01/01/2027" }),
      rate({ "Đối tượng": "Người cao tuổi", "Từ ngày": "01/01/2027" }),
      rate({ "Hệ số": "ba", "Từ ngày": "01/01/2028" }),
      rate({ "Hệ số": "ba", "Từ ngày": "01/01/2028" }),
    );
    const unknown = "đối tượng “Người cao tuổi” không có; chọn “Cá nhân”, “Hộ gia đình”, “Tập thể”.";
    expect(problems(cells)).toEqual([
      `${at(11, "C (Loại)")}loại “Bằng khen” không có; chọn “Giấy khen” hoặc “Danh hiệu”.`,
      `${at(13, "B (Tên hình thức)")}dài quá 200 ký tự (hiện có 201).`,
      `${at(14, "D (Đối tượng)")}${unknown}`,
      `${at(15, "D (Đối tượng)")}${unknown}`,
      `${at(16, "E (Hệ số)")}hệ số “ba” phải là một số từ 0 đến 100, ví dụ 0,3.`,
      `${at(17, "E (Hệ số)")}hệ số “ba” phải là một số từ 0 đến 100, ví dụ 0,3.`,
    ]);
    expect(added(withForms(formRow({ ...NEW, "Thứ tự": "1 000" }))).order).toBe(1000);
  });

  it("refuses a sheet without any form, and a sheet missing a column says only that", () => {
    const empty = workbook();
    sheetRows(empty, FORMS).splice(2);
    expect(problems(empty)).toEqual([`Trang “${FORMS}”: chưa có hình thức khen thưởng nào (dữ liệu bắt đầu từ dòng 3).`]);
    const wrongOnly = workbook();
    sheetRows(wrongOnly, FORMS).splice(2, Infinity, formRow({ Mã: "Sai Mã" }));
    expect(problems(wrongOnly)).toEqual([`${at(3, "A (Mã)")}mã “Sai Mã” chỉ được gồm chữ thường không dấu, chữ số và dấu gạch dưới, bắt đầu bằng chữ (tối đa 40 ký tự).`]);
    const noColumn = workbook();
    for (const row of sheetRows(noColumn, FORMS)) row.splice(4, 1);
    expect(problems(noColumn)).toEqual([`Trang “${FORMS}”, dòng 1: thiếu cột “Hệ số” ở dòng tiêu đề (dòng 1). Hãy xuất lại tệp mẫu từ bot và sửa trên tệp đó.`]);
  });
});

describe("base salary sheet", () => {
  const withSalaries = (...rows: CellValue[][]) => {
    const cells = workbook();
    sheetRows(cells, SALARIES).push(...rows);
    return cells;
  };
  const line = (row: number, column: string, message: string) => `Trang “${SALARIES}”, dòng ${row}, cột ${column}: ${message}`;

  it("reads amounts with points, commas or spaces between thousands, or as one number, in date order", () => {
    const cells = withSalaries(["23.400.000", "01/01/2031", null], ["2,340,000", "01/01/2030", "Nghị định"], ["2 340 000", "01/01/2029", null], ["2340000", "01/01/2028", null], [100_000_000, "01/01/2027", null], ["1", "01/01/2032", null]);
    expect(read(cells).baseSalaries.map((s) => [s.validFrom, s.amount, s.legalBasis])).toEqual([
      ["2023-07-01", 1_800_000, "Nghị định số 24/2023/NĐ-CP"],
      ["2024-07-01", 2_340_000, "Nghị định số 73/2024/NĐ-CP"],
      ["2026-07-01", 2_530_000, "Nghị định số 161/2026/NĐ-CP"],
      ["2027-01-01", 100_000_000, ""],
      ["2028-01-01", 2_340_000, ""],
      ["2029-01-01", 2_340_000, ""],
      ["2030-01-01", 2_340_000, "Nghị định"],
      ["2031-01-01", 23_400_000, ""],
      ["2032-01-01", 1, ""],
    ]);
  });

  it("refuses an empty, malformed, zero or too large amount, a missing day and a day written twice", () => {
    const cells = withSalaries(
      [null, "01/01/2027", null],
      ["2.34.000", "01/01/2028", null],
      ["2.340.0000", "01/01/2029", null],
      ["0", "01/01/2030", null],
      ["100.000.001", "01/01/2031", null],
      ["hai triệu", "01/01/2032", null],
      ["2.600.000", null, null],
      ["2.600.000", "01/07/2026", null],
    );
    const range = "phải là số nguyên từ 1 đến 100.000.000.";
    expect(problems(cells)).toEqual([
      line(6, "A (Mức lương cơ sở (đồng))", "ô này không được để trống."),
      line(7, "A (Mức lương cơ sở (đồng))", `mức lương “2.34.000” ${range}`),
      line(8, "A (Mức lương cơ sở (đồng))", `mức lương “2.340.0000” ${range}`),
      line(9, "A (Mức lương cơ sở (đồng))", `mức lương “0” ${range}`),
      line(10, "A (Mức lương cơ sở (đồng))", `mức lương “100.000.001” ${range}`),
      line(11, "A (Mức lương cơ sở (đồng))", `mức lương “hai triệu” ${range}`),
      line(12, "B (Từ ngày)", "ô này không được để trống (ghi ngày, ví dụ 01/07/2026)."),
      line(13, "B (Từ ngày)", "trùng ngày bắt đầu với dòng 5."),
    ]);
    const twice = withSalaries(["hai triệu", "01/01/2027", null], ["hai triệu", "01/01/2027", null]);
    expect(problems(twice)).toEqual([line(6, "A (Mức lương cơ sở (đồng))", `mức lương “hai triệu” ${range}`), line(7, "A (Mức lương cơ sở (đồng))", `mức lương “hai triệu” ${range}`)]);
    const none = workbook();
    sheetRows(none, SALARIES).splice(2);
    expect(problems(none)).toEqual([`Trang “${SALARIES}”: chưa có mức lương cơ sở nào (dữ liệu bắt đầu từ dòng 3).`]);
    const wrongOnly = workbook();
    sheetRows(wrongOnly, SALARIES).splice(2, Infinity, ["không", "01/01/2027", null]);
    expect(problems(wrongOnly)).toEqual([line(3, "A (Mức lương cơ sở (đồng))", `mức lương “không” ${range}`)]);
  });
});

describe("award settings sheet", () => {
  const ROW = { roundingMode: 2, roundingStep: 3, legalBasis: 4, decisionSymbol: 5, postingDays: 6, votePassRule: 7, votePassPercent: 8 };
  const withValues = (values: Partial<Record<keyof typeof ROW, CellValue>>) => {
    const cells = workbook();
    const rows = sheetRows(cells, SETTINGS);
    for (const [key, value] of Object.entries(values)) rows[ROW[key as keyof typeof ROW]]![1] = value;
    return cells;
  };
  const line = (row: number, message: string) => `Trang “${SETTINGS}”, dòng ${row}, cột B (Giá trị): ${message}`;

  it("reads every setting as the office writes it, the rounding with or without “Làm tròn”", () => {
    const cells = withValues({ roundingMode: "xuống", roundingStep: "1.000", legalBasis: "", decisionSymbol: "QĐ-CT", postingDays: "7", votePassRule: "tất cả nhất trí", votePassPercent: 0 });
    expect(read(cells).settings).toEqual({ rounding: { mode: "down", step: 1000 }, votePassRule: "unanimous", votePassPercent: 0, postingDays: 7, legalBasis: [], decisionSymbol: "QĐ-CT" });
    const limits = withValues({ roundingMode: "Làm tròn gần nhất", roundingStep: 10_000_000, postingDays: 60, votePassRule: "Trên số thành viên biểu quyết", votePassPercent: "99" });
    expect(read(limits).settings).toMatchObject({ rounding: { mode: "nearest", step: 10_000_000 }, postingDays: 60, votePassRule: "of_cast", votePassPercent: 99 });
  });

  it("refuses a word not in the list, a number out of range, a symbol with a space or “/”, an empty symbol", () => {
    const cells = withValues({ roundingMode: "tròn", roundingStep: 0, postingDays: "61", votePassRule: "quá bán", votePassPercent: "100", decisionSymbol: "12/QĐ-UBND" });
    expect(problems(cells)).toEqual([
      line(6, "ký hiệu “12/QĐ-UBND” không có dấu cách hay dấu “/”, ví dụ QĐ-UBND."),
      line(3, "“tròn” không có; chọn “Làm tròn lên”, “Làm tròn xuống”, “Làm tròn gần nhất”, “Không làm tròn”."),
      line(4, "giá trị “0” phải là số nguyên từ 1 đến 10.000.000."),
      line(8, "“quá bán” không có; chọn “Trên tổng số thành viên Hội đồng”, “Trên số thành viên biểu quyết”, “Tất cả nhất trí”."),
      line(9, "giá trị “100” phải là số nguyên từ 0 đến 99."),
      line(7, "giá trị “61” phải là số nguyên từ 1 đến 60."),
    ]);
    expect(problems(withValues({ decisionSymbol: "QĐ UBND" }))).toEqual([line(6, "ký hiệu “QĐ UBND” không có dấu cách hay dấu “/”, ví dụ QĐ-UBND.")]);
    expect(problems(withValues({ decisionSymbol: null }))).toEqual([line(6, "ô này không được để trống.")]);
  });

  it("refuses a missing row of a listed setting or of the decision symbol, saying only that", () => {
    const cells = workbook();
    const rows = sheetRows(cells, SETTINGS);
    rows.splice(7, 1);
    rows.splice(5, 1);
    expect(problems(cells)).toEqual([
      `Trang “${SETTINGS}”: thiếu dòng cài đặt “Ký hiệu quyết định”. Hãy xuất lại tệp mẫu từ bot và sửa trên tệp đó.`,
      `Trang “${SETTINGS}”: thiếu dòng cài đặt “Cách tính biểu quyết của Hội đồng”. Hãy xuất lại tệp mẫu từ bot và sửa trên tệp đó.`,
    ]);
  });

  it("refuses a renamed, repeated or missing setting row", () => {
    const cells = workbook();
    const rows = sheetRows(cells, SETTINGS);
    rows[3]![0] = "Làm tròn đến";
    rows.push([...rows[5]!]);
    expect(problems(cells)).toEqual([
      `Trang “${SETTINGS}”, dòng 4, cột A (Cài đặt): không có cài đặt “Làm tròn đến”; giữ nguyên tên ở cột “Cài đặt” như tệp mẫu.`,
      `Trang “${SETTINGS}”, dòng 10, cột A (Cài đặt): cài đặt “Ký hiệu quyết định” đã có ở dòng 6.`,
      `Trang “${SETTINGS}”: thiếu dòng cài đặt “Làm tròn đến (đồng)”. Hãy xuất lại tệp mẫu từ bot và sửa trên tệp đó.`,
    ]);
  });
});
