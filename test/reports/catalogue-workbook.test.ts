// The catalogue workbook file as the office opens it: the sheets in order with Vietnamese
// headers and a help line, drop-down lists for the type and yes/no columns, a print set-up,
// and the file read back is the same catalogue.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { DEFAULT_INDICATORS, DEFAULT_MOVEMENTS, DEFAULT_PLEDGE_ITEMS } from "../../src/domain/catalogue.js";
import { readCatalogueBook } from "../../src/domain/catalogue-book/index.js";
import { workbookCells } from "../../src/reports/catalogue-book/read-catalogue-xlsx.js";
import { renderCatalogueXlsx } from "../../src/reports/catalogue-book/render-catalogue-xlsx.js";

const DEFAULTS = { movements: DEFAULT_MOVEMENTS, indicators: DEFAULT_INDICATORS, pledgeItems: DEFAULT_PLEDGE_ITEMS };

describe("catalogue workbook file", () => {
  it("reads back as the same catalogue", async () => {
    const bytes = await renderCatalogueXlsx(DEFAULTS, "Phường Phan Đình Phùng", new Date("2026-01-05T02:00:00Z"));
    expect(readCatalogueBook(await workbookCells(bytes))).toEqual({ ok: true, catalogue: DEFAULTS });
  });

  it("has the help sheet, Vietnamese headers with a help line, drop-down lists and a print set-up", async () => {
    const bytes = await renderCatalogueXlsx(DEFAULTS, "Phường Phan Đình Phùng", new Date("2026-01-05T02:00:00Z"));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(["Hướng dẫn", "Phong trào", "Chỉ tiêu", "Đăng ký thi đua"]);
    expect(String(book.getWorksheet("Hướng dẫn")!.getCell("A1").value)).toBe("DANH MỤC PHONG TRÀO, CHỈ TIÊU VÀ NỘI DUNG ĐĂNG KÝ THI ĐUA - PHƯỜNG PHAN ĐÌNH PHÙNG");
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
  });
});
