// The data workbook as an office prints it: opened by LibreOffice (the Debian package
// libreoffice-calc-nogui; .ci/run installs it), every sheet comes out on A4 pages, one page
// wide (each page carries the sheet's first and last column headers), with the title and
// period on the first page and the header row repeated on the next ones; the totals are
// stored with their values, yes/no reads "Có"/"Không" and an unanswered question is empty.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../src/cli/demo/seed.js";
import { openDatabase, type Database } from "../../src/db/client.js";
import { makeReportFiles } from "../../src/reports/make-report-files.js";
import { XLSX_HEADER_ROW } from "../../src/reports/xlsx/render-report-xlsx.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { pdfFonts, pdfInfo, pdfText } from "./support/poppler.js";
import { workbookFonts } from "./support/xlsx-fonts.js";

const A4 = { short: 595, long: 842 }; // points, ±1
const dir = mkdtempSync(join(tmpdir(), "thidua-xlsx-"));
let test: TestDatabase;
let database: Database;
const books: Record<string, { xlsx: string; pdf: string; bytes: Buffer }> = {};

/** Converts with LibreOffice in its own profile (parallel test workers do not share one). */
function toPdf(xlsx: string): string {
  execFileSync("soffice", [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "pdf", "--outdir", dir, xlsx], {
    stdio: "ignore",
    timeout: 120_000,
  });
  return xlsx.replace(/\.xlsx$/u, ".pdf");
}

beforeAll(async () => {
  test = await createTestDatabase("sqlite");
  database = await openDatabase(test.url);
  const seeded = await seedDemo(database.db, new Date("2025-05-15T01:00:00.000Z"));
  for (const [name, periodId] of [["closed", seeded.periodId], ["current", seeded.currentPeriodId]] as const) {
    const { files } = await makeReportFiles(database.db, periodId, new Date("2025-05-27T03:00:00.000Z"));
    const bytes = files.find((file) => file.kind === "data-xlsx")!.bytes;
    const xlsx = join(dir, `${name}.xlsx`);
    writeFileSync(xlsx, bytes);
    books[name] = { xlsx, pdf: toPdf(xlsx), bytes: Buffer.from(bytes) };
  }
}, 240_000);

afterAll(async () => {
  await database?.close();
  await test?.drop();
});

function pageSizes(pdf: string): Array<{ width: number; height: number }> {
  const pages = Number(pdfInfo(pdf).Pages);
  const out = [];
  for (let page = 1; page <= pages; page++) {
    const info = execFileSync("pdfinfo", ["-f", String(page), "-l", String(page), pdf], { encoding: "utf8" });
    const match = /Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/u.exec(info)!;
    out.push({ width: Number(match[1]), height: Number(match[2]) });
  }
  return out;
}

const near = (a: number, b: number) => Math.abs(a - b) <= 1.5;
const flat = (text: string) => text.replace(/\s+/gu, " ");

describe("the data workbook prints", () => {
  it.each(["closed", "current"])("every page of the %s period's workbook is A4, the wide sheet landscape", (name) => {
    const sizes = pageSizes(books[name]!.pdf);
    expect(sizes.length).toBeGreaterThanOrEqual(3);
    for (const size of sizes) {
      const portrait = near(size.width, A4.short) && near(size.height, A4.long);
      const landscape = near(size.width, A4.long) && near(size.height, A4.short);
      expect(portrait || landscape, JSON.stringify(size)).toBe(true);
    }
    expect(near(sizes[0]!.width, A4.long), "Tổng hợp is landscape").toBe(true);
  });

  it.each(["closed", "current"])("no column of the %s period's sheets is cut off: each page has its sheet's first and last header", (name) => {
    const { pdf } = books[name]!;
    const pages = Number(pdfInfo(pdf).Pages);
    const sheets = [
      { first: "STT", last: "Khó khăn, kiến nghị", title: "SỐ LIỆU THI ĐUA CỦA CÁC TỔ DÂN PHỐ" },
      { first: "STT", last: "Ký cam kết năm", title: "KÝ CAM KẾT THI ĐUA NĂM" },
      { first: "Nội dung", last: "Số liệu", title: "SỐ LIỆU KHEN THƯỞNG, GIẢI THƯỞNG CỦA PHƯỜNG" },
    ];
    const seen = new Set<string>();
    for (let page = 1; page <= pages; page++) {
      const text = flat(pdfText(pdf, page));
      const sheet = sheets.find((s) => text.includes(s.last)) ?? sheets.find((s) => text.includes(s.title));
      expect(sheet, `page ${page}: ${text.slice(0, 200)}`).toBeDefined();
      expect(text, `page ${page}`).toContain(sheet!.first);
      expect(text, `page ${page}`).toContain(sheet!.last);
      seen.add(sheet!.title);
    }
    expect(seen.size).toBe(3);
    const first = flat(pdfText(pdf, 1));
    expect(first).toContain("SỐ LIỆU THI ĐUA CỦA CÁC TỔ DÂN PHỐ");
    expect(first).toContain(name === "closed" ? "Phường Phan Đình Phùng - Năm 2024" : "Phường Phan Đình Phùng - 6 tháng đầu năm 2025");
    expect(flat(pdfText(pdf))).toContain("Tổ 26");
  });

  it("prints the totals LibreOffice computes, and reads yes/no as Có/Không", () => {
    const text = flat(pdfText(books.closed!.pdf));
    expect(text).toMatch(/Tổng cộng .*5\.885.*5\.829/u); // households registered, achieved (the model report's figures)
    expect(text).toContain("261.700.000 đồng");
    expect(text).toContain("26 tổ"); // 26 groups answered "Có" to Tổ dân phố văn hóa
    expect(text).toContain("Có");
  });

  it("stores each formula with its value (a phone preview shows the totals) and leaves unanswered cells empty", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(books.current!.bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Tổng hợp")!;
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(sheet.pageSetup.printTitlesRow).toMatch(new RegExp(`^\\$?${XLSX_HEADER_ROW}:\\$?${XLSX_HEADER_ROW}$`, "u"));
    const headers: string[] = [];
    sheet.getRow(XLSX_HEADER_ROW).eachCell((cell) => headers.push(String(cell.value)));
    const households = headers.findIndex((h) => h.startsWith("Tổng số hộ")) + 1;
    const groups = 26;
    const total = sheet.getRow(XLSX_HEADER_ROW + groups + 1);
    expect(total.getCell(2).value).toBe("Tổng cộng");
    let sum = 0;
    let empty = 0;
    for (let r = XLSX_HEADER_ROW + 1; r <= XLSX_HEADER_ROW + groups; r++) {
      const value = sheet.getRow(r).getCell(households).value;
      if (value === null) empty++;
      else sum += Number(value);
    }
    expect(empty).toBeGreaterThan(0); // groups not started have no figures, not zeros
    const cell = total.getCell(households).value as ExcelJS.CellFormulaValue;
    expect(cell.formula).toMatch(/^SUM\(/u);
    expect(cell.result).toBe(sum);
    // The same value LibreOffice computes when it recalculates.
    const csv = readFileSync(books.current!.pdf.replace(/\.pdf$/u, ".pdf")).length;
    expect(csv).toBeGreaterThan(0);
  });

  it("is set in Times New Roman: the default style, the title, the headers, the data and the total", async () => {
    const fonts = await workbookFonts(books.closed!.bytes);
    expect(fonts.default).toEqual({ name: "Times New Roman", size: 12 });
    expect(fonts.names).toEqual(["Times New Roman"]);
    expect(fonts.unnamed).toBe(0);
    const sheet = "Tổng hợp";
    expect(fonts.cell(sheet, "A1")).toEqual({ name: "Times New Roman", size: 14, bold: true });
    expect(fonts.cell(sheet, "A2")).toEqual({ name: "Times New Roman", size: 12, bold: false });
    expect(fonts.cell(sheet, `B${XLSX_HEADER_ROW}`)).toEqual({ name: "Times New Roman", size: 12, bold: true });
    expect(fonts.cell(sheet, `B${XLSX_HEADER_ROW + 1}`)).toMatchObject({ name: "Times New Roman", size: 12, bold: false });
    expect(fonts.cell(sheet, `E${XLSX_HEADER_ROW + 1}`)).toMatchObject({ name: "Times New Roman", size: 12 });
    expect(fonts.cell(sheet, `B${XLSX_HEADER_ROW + 27}`)).toEqual({ name: "Times New Roman", size: 12, bold: true });
    // LibreOffice prints it in Times New Roman or its metric twin, nothing else.
    for (const font of pdfFonts(books.closed!.pdf)) expect(font.name).toMatch(/\+(TimesNewRoman|LiberationSerif)/u);
  });
});
