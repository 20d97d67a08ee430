// The "Tổng hợp kết quả" sheet: figures read back with pdftotext, page set-up with pdfinfo.
import { describe, expect, it } from "vitest";

import { renderSummaryTablePdf, summaryTableDefinition } from "../../src/reports/pdf/render-summary-table.js";
import { SIX_COLUMNS, summaryFixture, TEN_COLUMNS } from "./support/summary-fixture.js";
import { pdfInfo, pdfPages, qpdfCheck, tempFile } from "./support/poppler.js";
import { words } from "../../src/i18n/words.js";

const parseNumber = (text: string) => Number(text.replace(/\./g, ""));
const ROW = /^\s*(\d+)\s+Tổ dân phố số (\d+)\s+(Đã duyệt|Chưa gửi|Bản nháp)(.*)$/;

interface ReadBack {
  rows: Map<number, { status: string; figures: number[] }>;
  total: number[];
}

/** The data rows and the total row as pdftotext reads them; a yes/no cell counts 1 or 0, as
 * its total is the number of "Có". */
function readBack(pages: string[]): ReadBack {
  const rows = new Map<number, { status: string; figures: number[] }>();
  let total: number[] = [];
  for (const line of pages.join("\n").split("\n")) {
    const row = ROW.exec(line);
    if (row) {
      const cells = (row[4] ?? "").trim().split(/\s+/).filter((cell) => cell !== "");
      const figures = cells.map((cell) => (cell === "Có" ? 1 : cell === "Không" ? 0 : parseNumber(cell)));
      rows.set(Number(row[1]), { status: row[3] ?? "", figures });
    } else if (/^\s*Tổng cộng\s/.test(line)) {
      total = line.replace("Tổng cộng", "").trim().split(/\s+/).map(parseNumber);
    }
  }
  return { rows, total };
}

function columnSums(rows: ReadBack["rows"]): number[] {
  const sums: number[] = [];
  for (const { figures } of rows.values()) figures.forEach((value, index) => (sums[index] = (sums[index] ?? 0) + value));
  return sums;
}

describe("the summary sheet", () => {
  it("fits six figure columns on a portrait page, with totals that add up and unreported rows showing their status", async () => {
    const fixture = summaryFixture(26, SIX_COLUMNS);
    const path = tempFile("summary-26.pdf", await renderSummaryTablePdf(fixture.table));
    expect(pdfInfo(path)["Page size"]).toBe("595.28 x 841.89 pts (A4)");
    const pages = pdfPages(path);
    expect(pages).toHaveLength(1);
    const { rows, total } = readBack(pages);
    expect(rows.size).toBe(26);
    expect(total).toEqual(columnSums(rows));
    expect(total).toEqual(fixture.sums);
    expect(rows.get(10)).toEqual({ status: "Chưa gửi", figures: [] });
    expect(rows.get(20)).toEqual({ status: "Bản nháp", figures: [] });
    const text = pages.join(" ").replace(/\s+/g, " ");
    for (const heading of ["TỔNG HỢP KẾT QUẢ", "Phường Phan Đình Phùng — Sơ kết 6 tháng đầu năm 2025", "Lập lúc 08:15 ngày 27 tháng 5 năm 2025", "Chung tay vì người nghèo", "Tỷ lệ", "99%", "Trang 1/1"]) {
      expect(text).toContain(heading);
    }
  });

  it("marks rows not reported, or only drafted, grey and italic", () => {
    const { table } = summaryFixture(26, SIX_COLUMNS);
    const definition = summaryTableDefinition(table);
    const content = definition.content as { table?: { body: { text: unknown; italics?: boolean; color?: string }[][] } }[];
    const body = content.find((item) => item.table)?.table?.body ?? [];
    const row = (stt: string) => body.find((cells) => cells[0]?.text === stt) ?? [];
    expect(row("10").every((cell) => cell.italics === true && cell.color === "#6b6b6b")).toBe(true);
    expect(row("10")[2]?.text).toBe("Chưa gửi");
    expect(row("11").some((cell) => cell.italics || cell.color)).toBe(false);
  });

  it("turns landscape when the columns need it", async () => {
    const fixture = summaryFixture(26, TEN_COLUMNS);
    const path = tempFile("summary-26-wide.pdf", await renderSummaryTablePdf(fixture.table));
    expect(pdfInfo(path)["Page size"]).toBe("841.89 x 595.28 pts (A4)");
    const { rows, total } = readBack(pdfPages(path));
    expect(total).toEqual(columnSums(rows));
    expect(total.length).toBe(10);
    expect(total[6]).toBe([...rows.values()].filter((row) => row.figures[6] === 1).length);
  });

  it("lays out 1.000 groups on many pages with the header repeated and 'Trang i/n' on each", async () => {
    const fixture = summaryFixture(1000, TEN_COLUMNS);
    const pdf = await renderSummaryTablePdf(fixture.table);
    const path = tempFile("summary-1000.pdf", pdf);
    expect(qpdfCheck(path)).toContain("No syntax or stream encoding errors");
    const pages = pdfPages(path);
    expect(pages.length).toBeGreaterThan(20);
    pages.forEach((page, index) => {
      expect(page).toMatch(/^\s*STT\s+Tổ dân phố\s+Trạng/m);
      expect(page).toContain(`Trang ${index + 1}/${pages.length}`);
      expect(page).toContain("Lập lúc 08:15 ngày 27 tháng 5 năm 2025");
    });
    const { rows, total } = readBack(pages);
    expect([...rows.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: 1000 }, (_, i) => i + 1));
    expect(total).toEqual(columnSums(rows));
  });

  it.each([["portrait", SIX_COLUMNS], ["landscape", TEN_COLUMNS]] as const)(
    "prints the total's label 'Tổng cộng (26 tổ đã nộp)' on one line, beside its figures (%s)",
    async (name, columns) => {
      const fixture = summaryFixture(26, columns);
      const label = words("summary-total", { reported: "26" });
      // Short names ("Tổ 1"), as the demo ward's: the name column alone is narrower than the label.
      const rows = fixture.table.rows.map((row) => ({ ...row, name: `Tổ ${row.stt}` }));
      const table = { ...fixture.table, rows, total: { ...fixture.table.total, label } };
      const path = tempFile(`summary-26-label-${name}.pdf`, await renderSummaryTablePdf(table));
      const lines = pdfPages(path).join("\n").split("\n");
      const line = lines.find((text) => text.includes("Tổng cộng"));
      expect(line).toContain(label);
      expect(line?.split(label)[1]?.trim().split(/\s+/)).toEqual(table.total.cells.filter(Boolean));
    },
  );
});
