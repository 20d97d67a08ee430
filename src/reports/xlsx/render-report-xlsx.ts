// The raw data as XLSX (exceljs), made to be printed as it is: every sheet on A4 (the wide one
// landscape), one page wide, its title, the ward and period above the table, the header row
// repeated on every page, thin borders, wrapped headers. Numbers are numbers with Vietnamese
// formats; totals are formulas saved with their computed values (phone previews show them);
// yes/no answers read "Có"/"Không"; a question not answered is an empty cell.
import ExcelJS from "exceljs";
import type { PeriodReportData } from "../../db/repos/report-data.js";
import { COUNTED_STATUSES } from "../../domain/aggregate.js";
import { DEFAULT_WARD_FIGURES } from "../../domain/catalogue.js";
import { words } from "../../i18n/words.js";
import { writeXlsx, xlsxFont } from "../xlsx-font.js";
const nfc = (text: string) => text.normalize("NFC");

// [$-42A]: Vietnamese, so that 5.829 and 261.700.000 đồng show with Vietnamese separators.
const COUNT_FORMAT = "[$-42A]#,##0";
const unitFormat = (unit: string) => `[$-42A]#,##0" ${unit}"`;

/** The table's header row on every sheet (rows 1–2: title, ward and period). */
export const XLSX_HEADER_ROW = 4;

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

function columnLetter(index: number): string {
  let letters = "";
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

interface Column {
  header: string;
  width: number;
}

/** The pitch of a wrapped line of 12 pt Times New Roman, in points. */
const LINE_POINTS = 14.5;

/**
 * Lines of `text` wrapped word by word in a column `width` characters wide: neither Excel nor
 * LibreOffice grows a row a program wrote, so the header row's height comes from this estimate.
 */
function wrappedLines(text: string, width: number): number {
  const room = Math.max(4, width - 1);
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    const length = [...word].length;
    if (used > 0 && used + 1 + length > room) {
      lines += 1;
      used = 0;
    }
    used += (used > 0 ? 1 : 0) + length;
    while (used > room) {
      lines += 1;
      used -= room;
    }
  }
  return lines;
}

/** The header row tall enough for its longest header. */
function headerHeight(columns: readonly Column[]): number {
  const lines = Math.max(...columns.map((column) => wrappedLines(column.header, column.width)));
  return Math.ceil(lines * LINE_POINTS + 6);
}

/** A sheet with its print set-up, title rows and bordered header; returns the sheet. */
function tableSheet(workbook: ExcelJS.Workbook, name: string, title: string, subtitle: string, columns: Column[], landscape: boolean) {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: "frozen", xSplit: 0, ySplit: XLSX_HEADER_ROW }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: landscape ? "landscape" : "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: `&C${words("data-xlsx-page", { sheet: nfc(name), page: "&P", pages: "&N" })}` },
  });
  sheet.pageSetup.printTitlesRow = `${XLSX_HEADER_ROW}:${XLSX_HEADER_ROW}`;
  columns.forEach((column, index) => (sheet.getColumn(index + 1).width = column.width));
  const last = columnLetter(columns.length);
  for (const [row, text, size] of [[1, title, 14], [2, subtitle, 12]] as const) {
    sheet.mergeCells(`A${row}:${last}${row}`);
    const cell = sheet.getCell(`A${row}`);
    cell.value = nfc(text);
    cell.font = xlsxFont({ bold: row === 1, size });
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  }
  sheet.getRow(1).height = 22;
  const header = sheet.getRow(XLSX_HEADER_ROW);
  header.height = headerHeight(columns);
  header.values = columns.map((column) => nfc(column.header));
  header.font = xlsxFont({ bold: true });
  header.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
  header.eachCell((cell) => (cell.border = THIN));
  return sheet;
}

/** Borders on every cell of the rows from the header down, for `width` columns. */
function borderTable(sheet: ExcelJS.Worksheet, width: number): void {
  for (let r = XLSX_HEADER_ROW + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    for (let c = 1; c <= width; c++) {
      row.getCell(c).border = THIN;
      row.getCell(c).alignment = { ...row.getCell(c).alignment, vertical: "top", wrapText: true };
    }
  }
}

export async function renderReportXlsx(data: PeriodReportData, generatedAt: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "thidua-bot";
  workbook.created = generatedAt;
  const subtitle = words("data-xlsx-subtitle", { ward: data.ward.name, period: data.period.name });
  workbook.title = subtitle;
  const moneyFormat = unitFormat(words("doc-unit-money"));
  const yes = words("doc-yes");
  const status = (value: NonNullable<PeriodReportData["groups"][number]["status"]>) => words(`doc-status-${value}`);

  const indicators = data.indicators;
  const sheet = tableSheet(
    workbook,
    words("data-xlsx-sheet-groups"),
    words("data-xlsx-title-groups"),
    subtitle,
    [
      { header: words("doc-col-number"), width: 5 },
      { header: words("doc-col-group"), width: 14 },
      { header: words("doc-col-status"), width: 12 },
      ...indicators.map((indicator) => ({
        header: indicator.unit && indicator.type === "count" ? `${indicator.label} (${indicator.unit})` : indicator.label,
        width: indicator.type === "text" ? 30 : indicator.type === "money" ? 19 : 12,
      })),
    ],
    true,
  );
  sheet.views = [{ state: "frozen", xSplit: 2, ySplit: XLSX_HEADER_ROW }];
  const totals = indicators.map(() => 0);
  data.groups.forEach((group, index) => {
    const counted = group.status !== null && COUNTED_STATUSES.includes(group.status);
    const row = sheet.addRow([index + 1, nfc(group.name), group.status ? status(group.status) : words("doc-status-none")]);
    indicators.forEach((indicator, i) => {
      const value = counted ? group.values[indicator.code] : undefined;
      if (value === undefined) return; // not answered: the cell stays empty
      const cell = row.getCell(i + 4);
      if (value.type === "yes_no") {
        cell.value = value.value ? yes : words("doc-no");
        if (value.value) totals[i]! += 1;
      } else if (value.type === "text") cell.value = nfc(value.value);
      else {
        cell.value = value.value;
        totals[i]! += value.value;
      }
    });
  });
  const first = XLSX_HEADER_ROW + 1;
  const last = XLSX_HEADER_ROW + data.groups.length;
  const total = sheet.addRow([null, words("doc-total")]);
  total.font = xlsxFont({ bold: true });
  indicators.forEach((indicator, index) => {
    const column = columnLetter(index + 4);
    const range = `${column}${first}:${column}${last}`;
    const cell = total.getCell(index + 4);
    if (indicator.type === "yes_no") {
      // How many groups answered "Có".
      cell.value = { formula: `COUNTIF(${range},"${yes}")`, result: totals[index]! };
      cell.numFmt = unitFormat(words("doc-unit-groups"));
    } else if (indicator.type !== "text") {
      cell.value = { formula: `SUM(${range})`, result: totals[index]! };
    }
    // Cell by cell, not on the column: a column style would also reach the merged title cells.
    if (indicator.type === "text") return;
    for (let r = first; r <= last + 1; r++) {
      const target = sheet.getRow(r).getCell(index + 4);
      if (indicator.type !== "yes_no") target.numFmt = indicator.type === "money" ? moneyFormat : COUNT_FORMAT;
      target.alignment = { horizontal: "right", vertical: "top", wrapText: true };
    }
  });
  borderTable(sheet, indicators.length + 3);

  const pledges = tableSheet(
    workbook,
    words("data-xlsx-sheet-pledges"),
    words("data-xlsx-title-pledges", { year: String(data.period.year) }),
    subtitle,
    [
      { header: words("doc-col-number"), width: 6 },
      { header: words("doc-col-group"), width: 24 },
      { header: words("data-xlsx-col-pledge", { year: String(data.period.year) }), width: 22 },
    ],
    false,
  );
  const signedWord = words("doc-pledge-signed");
  data.groups.forEach((group, index) => pledges.addRow([index + 1, nfc(group.name), group.pledgeSigned ? signedWord : words("doc-pledge-unsigned")]));
  const signed = data.groups.filter((group) => group.pledgeSigned).length;
  const signedRow = pledges.addRow([
    null,
    words("data-xlsx-pledges-count"),
    { formula: `COUNTIF(C${first}:C${XLSX_HEADER_ROW + data.groups.length},"${signedWord}")`, result: signed },
  ]);
  signedRow.font = xlsxFont({ bold: true });
  borderTable(pledges, 3);

  const figures = tableSheet(
    workbook,
    words("data-xlsx-sheet-figures"),
    words("data-xlsx-title-figures"),
    subtitle,
    [
      { header: words("data-xlsx-col-item"), width: 56 },
      { header: words("data-xlsx-col-figure"), width: 24 },
    ],
    false,
  );
  for (const def of DEFAULT_WARD_FIGURES) {
    const value = data.facts.wardFigures[def.code];
    const row = figures.addRow([nfc(def.label), value === undefined ? null : typeof value === "string" ? nfc(value) : value]);
    if (typeof value === "number") row.getCell(2).numFmt = def.type === "money" ? moneyFormat : COUNT_FORMAT;
  }
  borderTable(figures, 2);
  return writeXlsx(workbook);
}
