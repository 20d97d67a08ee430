// The catalogue workbook file as the office opens it: the sheets in order with Vietnamese
// headers and a help line, drop-down lists for the type and yes/no columns, a print set-up,
// and the file read back is the same catalogue. The award sheets (forms with their dated
// coefficients, base salaries, settings) open and print in LibreOffice, and a file LibreOffice
// saved again reads back unchanged.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_AWARD_FORMS, DEFAULT_AWARD_SETTINGS, DEFAULT_BASE_SALARIES } from "../../src/domain/awards/defaults.js";
import { DEFAULT_INDICATORS, DEFAULT_MOVEMENTS, DEFAULT_PLEDGE_ITEMS } from "../../src/domain/catalogue.js";
import { readCatalogueBook, type AwardBook, type CatalogueDefs } from "../../src/domain/catalogue-book/index.js";
import { workbookCells } from "../../src/reports/catalogue-book/read-catalogue-xlsx.js";
import { renderCatalogueXlsx } from "../../src/reports/catalogue-book/render-catalogue-xlsx.js";
import { pdfInfo, pdfText } from "./support/poppler.js";
import { workbookFonts } from "./support/xlsx-fonts.js";

const DEFAULTS = { movements: DEFAULT_MOVEMENTS, indicators: DEFAULT_INDICATORS, pledgeItems: DEFAULT_PLEDGE_ITEMS };
const AWARDS: AwardBook = { forms: structuredClone([...DEFAULT_AWARD_FORMS]), baseSalaries: [...DEFAULT_BASE_SALARIES], settings: structuredClone(DEFAULT_AWARD_SETTINGS) };
const WITH_AWARDS: CatalogueDefs = { ...DEFAULTS, awards: AWARDS };
const WARD = "Phường Phan Đình Phùng";
const AT = new Date("2026-01-05T02:00:00Z");

const dir = mkdtempSync(join(tmpdir(), "thidua-catalogue-book-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The awards as compared: rates in one order, without the row numbers the reader adds. */
function comparable(book: AwardBook | undefined) {
  if (!book) return undefined;
  const order = (kind: string) => ["ca_nhan", "ho_gia_dinh", "tap_the"].indexOf(kind);
  return {
    forms: book.forms.map((form) => ({ ...form, rates: [...form.rates].sort((a, b) => order(a.recipientKind) - order(b.recipientKind) || a.validFrom.localeCompare(b.validFrom)) })),
    baseSalaries: book.baseSalaries,
    settings: book.settings,
  };
}

describe("catalogue workbook file", () => {
  it("reads back as the same catalogue", async () => {
    const bytes = await renderCatalogueXlsx(DEFAULTS, WARD, AT);
    expect(readCatalogueBook(await workbookCells(bytes))).toEqual({ ok: true, catalogue: DEFAULTS });
  });

  it("reads back the same award forms, base salaries and settings", async () => {
    const read = readCatalogueBook(await workbookCells(await renderCatalogueXlsx(WITH_AWARDS, WARD, AT)));
    expect(read.ok).toBe(true);
    const catalogue = read.ok ? read.catalogue : null;
    expect(comparable(catalogue?.awards)).toEqual(comparable(AWARDS));
    expect(catalogue?.indicators).toEqual(DEFAULT_INDICATORS);
  });

  it("is set in Times New Roman: the default style, the title, the headers, the help lines and the rows", async () => {
    const fonts = await workbookFonts(await renderCatalogueXlsx(WITH_AWARDS, WARD, AT));
    expect(fonts.default).toEqual({ name: "Times New Roman", size: 12 });
    expect(fonts.names).toEqual(["Times New Roman"]);
    expect(fonts.unnamed).toBe(0);
    expect(fonts.cell("Hướng dẫn", "A1")).toEqual({ name: "Times New Roman", size: 14, bold: true });
    expect(fonts.cell("Hướng dẫn", "A2")).toMatchObject({ name: "Times New Roman", size: 12 });
    expect(fonts.cell("Chỉ tiêu", "A1")).toEqual({ name: "Times New Roman", size: 12, bold: true });
    expect(fonts.cell("Chỉ tiêu", "A2")).toMatchObject({ name: "Times New Roman", size: 10 });
    expect(fonts.cell("Chỉ tiêu", "A3")).toMatchObject({ name: "Times New Roman", size: 12, bold: false });
  });

  it("has the help sheet, Vietnamese headers with a help line, drop-down lists and a print set-up", async () => {
    const bytes = await renderCatalogueXlsx(WITH_AWARDS, WARD, AT);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(["Hướng dẫn", "Phong trào", "Chỉ tiêu", "Đăng ký thi đua", "Hình thức khen thưởng", "Mức lương cơ sở", "Cài đặt khen thưởng"]);
    expect(String(book.getWorksheet("Hướng dẫn")!.getCell("A1").value)).toBe("DANH MỤC PHONG TRÀO, CHỈ TIÊU, NỘI DUNG ĐĂNG KÝ THI ĐUA VÀ HÌNH THỨC KHEN THƯỞNG - PHƯỜNG PHAN ĐÌNH PHÙNG");
    const sheet = book.getWorksheet("Chỉ tiêu")!;
    expect(sheet.getCell("A1").value).toBe("Mã");
    expect(sheet.getCell("F1").value).toBe("Loại");
    expect(sheet.getCell("F2").value).toBe("Số lượng, Số tiền, Có/Không hoặc Chữ.");
    expect(sheet.getCell("A3").value).toBe("households_total");
    expect(sheet.getCell("E3").value).toBe("Xin ông/bà cho biết tổng số hộ trong tổ hiện nay là bao nhiêu?");
    // A row the office adds below the data gets the same lists.
    expect(sheet.getCell("F40").dataValidation).toMatchObject({ type: "list", formulae: ['"Số lượng,Số tiền,Có/Không,Chữ"'] });
    expect(sheet.getCell("M40").dataValidation).toMatchObject({ type: "list", formulae: ['"Có,Không"'] });
    expect(sheet.pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: 1, printTitlesRow: "1:2" });

    const forms = book.getWorksheet("Hình thức khen thưởng")!;
    const header = (forms.getRow(1).values as ExcelJS.CellValue[]).slice(1);
    expect(header).toEqual(["Mã", "Tên hình thức", "Loại", "Đối tượng", "Hệ số", "Từ ngày", "Đến ngày", "Căn cứ của hệ số", "Tên danh hiệu", "In trên giấy chứng nhận", "Căn cứ pháp lý", "Thứ tự"]);
    // The Giấy khen's first row: its name, the individual's 0,15 of Nghị định 98/2023 until 30/6/2025.
    expect([1, 2, 3, 4, 5, 6, 7].map((c) => forms.getRow(3).getCell(c).value)).toEqual(["giay_khen", "Giấy khen của Chủ tịch Ủy ban nhân dân phường", "Giấy khen", "Cá nhân", 0.15, "01/01/2024", "30/06/2025"]);
    expect(forms.getRow(3).getCell(5).numFmt).toBe("0.0##");
    expect(forms.getCell("D60").dataValidation).toMatchObject({ type: "list", formulae: ['"Cá nhân,Hộ gia đình,Tập thể"'] });
    expect(forms.pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: 1, printTitlesRow: "1:2" });

    const salaries = book.getWorksheet("Mức lương cơ sở")!;
    expect([3, 4, 5].map((r) => [salaries.getRow(r).getCell(1).value, salaries.getRow(r).getCell(2).value])).toEqual([
      [1_800_000, "01/07/2023"],
      [2_340_000, "01/07/2024"],
      [2_530_000, "01/07/2026"],
    ]);
    expect(salaries.getRow(5).getCell(1).numFmt).toBe("#,##0");

    const settings = book.getWorksheet("Cài đặt khen thưởng")!;
    expect(settings.getCell("A3").value).toBe("Cách làm tròn số tiền thưởng");
    expect(settings.getCell("B3").value).toBe("Làm tròn lên");
    expect(settings.getCell("B3").dataValidation).toMatchObject({ type: "list", formulae: ['"Làm tròn lên,Làm tròn xuống,Làm tròn gần nhất,Không làm tròn"'] });
    expect(settings.getCell("B4").value).toBe(10_000);
  });

  it("opens in LibreOffice: every sheet prints, with its headers; saved again by LibreOffice it reads back unchanged", { timeout: 240_000 }, () => {
    const xlsx = join(dir, "danh-muc.xlsx");
    return renderCatalogueXlsx(WITH_AWARDS, WARD, AT).then(async (bytes) => {
      writeFileSync(xlsx, bytes);
      const profile = `-env:UserInstallation=file://${dir}/profile`;
      execFileSync("soffice", [profile, "--headless", "--convert-to", "pdf", "--outdir", dir, xlsx], { stdio: "ignore", timeout: 120_000 });
      const pdf = join(dir, "danh-muc.pdf");
      const pages = Number(pdfInfo(pdf).Pages);
      const text = pdfText(pdf).replace(/\s+/gu, " ");
      expect(pages).toBeGreaterThanOrEqual(7);
      for (const footer of ["Hình thức khen thưởng - Trang", "Mức lương cơ sở - Trang", "Cài đặt khen thưởng - Trang"]) expect(text).toContain(footer);
      expect(text).toMatch(/giay_khen Giấy khen của Chủ tịch Ủy ban nhân dân Giấy khen Cá nhân 0[.,]15 01\/01\/2024 30\/06\/2025 Nghị định số 98\/2023\/NĐ-CP/u);
      expect(text).toContain("Cách làm tròn số tiền thưởng");
      expect(text).toMatch(/2[.,]530[.,]000/u);

      // What an office using LibreOffice sends back: the same file saved by it.
      const again = join(dir, "saved");
      execFileSync("soffice", [profile, "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", again, xlsx], { stdio: "ignore", timeout: 120_000 });
      const read = readCatalogueBook(await workbookCells(readFileSync(join(again, "danh-muc.xlsx"))));
      expect(read.ok ? [] : read.problems).toEqual([]);
      expect(comparable(read.ok ? read.catalogue.awards : undefined)).toEqual(comparable(AWARDS));
    });
  });
});
