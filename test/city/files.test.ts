// The city roll-up's files, read back independently: the PDF with pdftotext (each ward's row and
// the total row with their figures), the XLSX with exceljs (numbers as numbers, totals and
// ratios as formulas whose cached results are the database's city figures).
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../src/cli/demo/seed.js";
import { type Database, openDatabase } from "../../src/db/client.js";
import { addWardToCity } from "../../src/db/repos/city.js";
import { formatCount, formatMoney, formatPercentOf } from "../../src/domain/format.js";
import type { CityRollup } from "../../src/domain/city-rollup.js";
import { CITY_SHEET, FIGURES_SHEET } from "../../src/reports/city/render-city-xlsx.js";
import { cityReportFileNames, makeCityReportFiles } from "../../src/reports/city/make-city-files.js";
import { createTestDatabase, providersUnderTest, type TestDatabase } from "../support/databases.js";
import { pdfText, tempFile } from "../reports/support/poppler.js";
import { workbookFonts } from "../reports/support/xlsx-fonts.js";
import { generateCity, KIND, YEAR } from "./support/city-data.js";

const providers = await providersUnderTest();
const NOW = new Date("2025-01-20T02:30:00Z");

const money = (n: number) => formatMoney(n).replace(/ đồng$/u, "");
function figure(rollup: CityRollup["total"], code: string) {
  return rollup.indicators.find((row) => row.code === code)!;
}

describe.each(providers)("city roll-up files on %s", (provider) => {
  let test: TestDatabase;
  let database: Database;
  let made: Awaited<ReturnType<typeof makeCityReportFiles>>;

  beforeAll(async () => {
    test = await createTestDatabase(provider);
    database = await openDatabase(test.url);
    const demo = await seedDemo(database.db, NOW);
    const city = await generateCity(database.db, [
      { slug: "tan-lap", name: "Phường Tân Lập", groups: 31, seed: 5 },
      { slug: "quang-trung", name: "Phường Quang Trung", groups: 44, seed: 8, without: ["learning_families"] },
      { slug: "dong-bam", name: "Xã Đồng Bẩm", groups: 6, seed: 3, noPeriod: true },
    ]);
    await addWardToCity(database.db, city.cityId, demo.wardId);
    made = await makeCityReportFiles(database.db, city.cityId, YEAR, KIND, NOW);
  });
  afterAll(async () => {
    await database?.close();
    await test?.drop();
  });

  it("names the files in ASCII", () => {
    expect(made.files.map((file) => file.fileName)).toEqual(["tong-hop-thanh-pho-thai-nguyen-nam-2024.pdf", "so-lieu-thanh-pho-thai-nguyen-nam-2024.xlsx"]);
    expect(cityReportFileNames({ name: "Thành phố Thái Nguyên" }, "so_ket", 2025).pdf).toBe("tong-hop-thanh-pho-thai-nguyen-so-ket-nam-2025.pdf");
  });

  it("the PDF shows each ward's row and the city's total row with their figures", () => {
    const text = pdfText(tempFile(`city-${provider}.pdf`, made.files[0]!.bytes));
    expect(text).toContain("TỔNG HỢP KẾT QUẢ PHONG TRÀO THI ĐUA");
    expect(text).toContain("Thành phố Thái Nguyên — Kỳ báo cáo: Tổng kết năm 2024");
    const lines = text.split("\n");
    const expectInOrder = (line: string | undefined, parts: string[]) => {
      expect(line, parts.join(" … ")).toBeDefined();
      let from = 0;
      for (const part of parts) {
        const at = line!.indexOf(part, from);
        expect(at, `${part} in: ${line}`).toBeGreaterThanOrEqual(0);
        from = at + part.length;
      }
    };
    const { rollup } = made;
    for (const ward of rollup.wards) {
      const line = lines.find((candidate) => candidate.includes(ward.ward.name));
      if (!ward.summary) {
        expectInOrder(line, [ward.ward.name, "Chưa có kỳ này", "—"]);
        continue;
      }
      const s = ward.summary;
      const cultural = figure(s, "households_cultural");
      expectInOrder(line, [
        ward.ward.name,
        ward.period!.name,
        formatCount(s.groups.total),
        formatCount(s.groups.reported),
        formatCount(cultural.total),
        formatPercentOf(cultural.ratio!.numerator, cultural.ratio!.denominator, 1),
        money(figure(s, "poverty_gift_money").total),
      ]);
    }
    const t = rollup.total;
    expectInOrder(
      lines.find((line) => line.includes("Tổng cộng")),
      [
        formatCount(t.groups.total),
        formatCount(t.groups.reported),
        formatCount(figure(t, "households_total").total),
        formatCount(figure(t, "households_registered").total),
        formatCount(figure(t, "households_cultural").total),
        formatPercentOf(figure(t, "households_cultural").total, figure(t, "households_registered").total, 1),
        money(figure(t, "poverty_gift_money").total),
        formatCount(t.pledges.signed),
      ],
    );
    // The demo ward's figures as its own report states them.
    expectInOrder(lines.find((line) => line.includes("Phường Phan Đình Phùng")), ["26", "26", "6.040", "5.885", "5.829", "99%", "261.700.000"]);
  });

  it("the XLSX is set in Times New Roman: the default style, the headers, the rows and the total", async () => {
    const fonts = await workbookFonts(made.files[1]!.bytes);
    expect(fonts.default).toEqual({ name: "Times New Roman", size: 12 });
    expect(fonts.names).toEqual(["Times New Roman"]);
    expect(fonts.unnamed).toBe(0);
    expect(fonts.cell(CITY_SHEET, "B1")).toEqual({ name: "Times New Roman", size: 12, bold: true });
    expect(fonts.cell(CITY_SHEET, "B2")).toMatchObject({ name: "Times New Roman", size: 12, bold: false });
    expect(fonts.cell(CITY_SHEET, `B${made.rollup.wards.length + 2}`)).toEqual({ name: "Times New Roman", size: 12, bold: true });
  });

  it("the XLSX has numbers as numbers per ward, and the totals and ratios as formulas", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(made.files[1]!.bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(CITY_SHEET)!;
    const header = Array.from(sheet.getRow(1).values as unknown[], (cell) => String(cell ?? ""));
    const column = (title: string) => {
      const index = header.findIndex((cell) => cell.startsWith(title));
      expect(index, title).toBeGreaterThan(0);
      return index;
    };
    const { rollup } = made;
    const groups = column("Số tổ dân phố");
    const reported = column("Đã nộp báo cáo");
    const gift = column("Số tiền thăm hỏi");
    const cultural = column("Số hộ đạt gia đình văn hóa");
    const ratio = column("Tỷ lệ Hộ đạt gia đình văn hóa");
    const learning = column("Số gia đình học tập");
    rollup.wards.forEach((ward, index) => {
      const row = sheet.getRow(index + 2);
      expect(row.getCell(2).value).toBe(ward.ward.name);
      if (!ward.summary) {
        expect(row.getCell(3).value).toBe("Chưa có kỳ này");
        expect(row.getCell(groups).value).toBeNull();
        return;
      }
      expect(row.getCell(groups).value).toBe(ward.summary.groups.total);
      expect(row.getCell(reported).value).toBe(ward.summary.groups.reported);
      expect(row.getCell(gift).value).toBe(figure(ward.summary, "poverty_gift_money").total);
      expect(typeof row.getCell(cultural).value).toBe("number");
      expect(row.getCell(ratio).value).toMatchObject({ formula: expect.stringMatching(/^IF\(N\(/) });
      // A ward whose period does not ask an indicator has an empty cell, not 0.
      if (!ward.indicatorCodes.has("learning_families")) expect(row.getCell(learning).value).toBeNull();
    });
    const totalRow = sheet.getRow(rollup.wards.length + 2);
    expect(totalRow.getCell(2).value).toBe("Tổng cộng");
    for (const [index, expected] of [
      [groups, rollup.total.groups.total],
      [reported, rollup.total.groups.reported],
      [gift, figure(rollup.total, "poverty_gift_money").total],
    ] as const) {
      const cell = totalRow.getCell(index).value as { formula: string; result: number };
      expect(cell.formula).toMatch(/^SUM\([A-Z]+2:[A-Z]+\d+\)$/);
      expect(cell.result).toBe(expected);
      // The cached result (the database's city figure) is the sum of the ward cells.
      const sum = rollup.wards.reduce((total, _ward, row) => total + Number(sheet.getRow(row + 2).getCell(index).value ?? 0), 0);
      expect(sum).toBe(expected);
    }
    const cityRatio = figure(rollup.total, "households_cultural").ratio!;
    expect((totalRow.getCell(ratio).value as { result: number }).result).toBeCloseTo(cityRatio.numerator / cityRatio.denominator, 12);

    const figures = workbook.getWorksheet(FIGURES_SHEET)!;
    const demoRow = rollup.wards.findIndex((ward) => ward.ward.slug === "phan-dinh-phung") + 2;
    const figureHeader = Array.from(figures.getRow(1).values as unknown[], (cell) => String(cell ?? ""));
    const rewardColumn = figureHeader.findIndex((cell) => cell.startsWith("Tổng số tiền thưởng"));
    expect(figures.getRow(demoRow).getCell(rewardColumn).value).toBe(66_100_000);
    expect(figures.getRow(rollup.wards.length + 2).getCell(rewardColumn).value).toMatchObject({ formula: expect.stringMatching(/^SUM\(/), result: 66_100_000 });
  });
});
