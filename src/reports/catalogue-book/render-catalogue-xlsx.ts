// The catalogue workbook (exceljs): a help sheet, then one sheet each for movements,
// indicators and pledge items, and (when given) the award forms, the base salaries and the
// award settings, with a bold header, a grey help line under it, drop-down lists
// for the types and yes/no columns, and a print set-up (landscape A4, one page wide, the two
// header rows repeated on every page).
import ExcelJS from "exceljs";
import { words } from "../../i18n/words.js";
import { writeXlsx, xlsxFont } from "../xlsx-font.js";
import { catalogueSheets, HELP_LINES, HELP_SHEET_NAME, SHEETS, type CatalogueDefs } from "../../domain/catalogue-book/index.js";

const nfc = (text: string) => text.normalize("NFC");

/** exceljs keeps range validations here at run time; its typings only declare the per-cell one. */
interface RangeValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

/** OOXML paper size 8 (A3): the indicators and award forms sheets are wide; exceljs lists no name for it. */
const A3 = 8;
const WIDE_SHEETS = new Set(["indicators", "awardForms"]);
const HELP_WIDTH = 72;
const LINE_POINTS = 14;

/**
 * Wrapped text needs its row tall enough: Excel and LibreOffice do not grow a row written by a
 * program, so the height is estimated from the longest cell (characters per line ≈ column width).
 */
function rowHeight(texts: readonly string[], widths: readonly number[], linePoints = LINE_POINTS): number {
  let lines = 1;
  texts.forEach((text, i) => {
    const width = Math.max(4, (widths[i] ?? 10) - 1);
    const count = text.split("\n").reduce((sum, part) => sum + Math.max(1, Math.ceil([...part].length / width)), 0);
    lines = Math.max(lines, count);
  });
  return lines * linePoints + 4;
}

/** Rows below the data that keep the drop-down lists, so added rows get them too. */
const SPARE_ROWS = 200;

function columnLetter(index: number): string {
  let letters = "";
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export async function renderCatalogueXlsx(catalogue: CatalogueDefs, wardName: string, generatedAt: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "thidua-bot";
  workbook.created = generatedAt;
  workbook.title = nfc(`Danh mục thi đua - ${wardName}`);

  const help = workbook.addWorksheet(HELP_SHEET_NAME, { pageSetup: { paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  help.getColumn(1).width = HELP_WIDTH;
  HELP_LINES.forEach((line, index) => {
    const cell = help.getCell(index + 1, 1);
    const text = nfc(index === 0 ? `${line} - ${wardName.toUpperCase()}` : line);
    cell.value = text;
    cell.alignment = { wrapText: true, vertical: "top" };
    if (index === 0) cell.font = xlsxFont({ bold: true, size: 14 });
    help.getRow(index + 1).height = index === 0 ? rowHeight([text], [HELP_WIDTH / 1.4], 18) : rowHeight([text], [HELP_WIDTH]);
  });

  for (const rows of catalogueSheets(catalogue)) {
    const columns = SHEETS[rows.key].columns;
    const sheet = workbook.addWorksheet(rows.name, {
      views: [{ state: "frozen", ySplit: 2 }],
      pageSetup: { paperSize: (WIDE_SHEETS.has(rows.key) ? A3 : 9) as ExcelJS.PaperSize, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:2", margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 } },
      headerFooter: { oddFooter: words("catalogue-sheet-footer", { sheet: rows.name }) },
    });
    sheet.columns = columns.map((column) => ({ key: column.key, width: column.width }));
    const header = sheet.addRow(rows.header.map(nfc));
    header.font = xlsxFont({ bold: true });
    header.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
    header.eachCell((cell) => {
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
      cell.border = { top: { style: "thin" }, bottom: { style: "thin" }, left: { style: "thin" }, right: { style: "thin" } };
    });
    const widths = columns.map((column) => column.width);
    header.height = rowHeight(rows.header, widths);
    const helpRow = sheet.addRow(rows.help.map(nfc));
    helpRow.font = xlsxFont({ italic: true, size: 10, color: { argb: "FF595959" } });
    helpRow.alignment = { wrapText: true, vertical: "top" };
    helpRow.height = rowHeight(rows.help, widths.map((w) => w * 1.2), 12);
    rows.data.forEach((data, dataIndex) => {
      const row = sheet.addRow(data.map((cell) => (typeof cell === "string" ? nfc(cell) : cell)));
      row.alignment = { wrapText: true, vertical: "top" };
      row.height = rowHeight(data.map(String), widths);
      row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
        cell.border = { top: { style: "hair" }, bottom: { style: "hair" }, left: { style: "hair" }, right: { style: "hair" } };
        const numFmt = columns[columnNumber - 1]?.numFmt;
        if (numFmt && typeof cell.value === "number") cell.numFmt = numFmt;
      });
      const own = rows.rowCells?.[dataIndex];
      if (own) {
        const cell = row.getCell(own.column + 1);
        if (own.numFmt && typeof cell.value === "number") cell.numFmt = own.numFmt;
        if (own.choices) {
          cell.dataValidation = {
            type: "list",
            allowBlank: false,
            formulae: [`"${own.choices.join(",")}"`],
            showErrorMessage: true,
            errorStyle: "error",
            errorTitle: nfc(String(data[0] ?? "")),
            error: words("catalogue-choose-one", { choices: own.choices.join(", ") }),
          };
        }
      }
    });
    const lastRow = rows.data.length + 2 + SPARE_ROWS;
    columns.forEach((column, index) => {
      if (column.numFmt) sheet.getColumn(index + 1).numFmt = column.numFmt;
      if (!column.choices) return;
      const letter = columnLetter(index + 1);
      (sheet as unknown as RangeValidations).dataValidations.add(`${letter}3:${letter}${lastRow}`, {
        type: "list",
        allowBlank: true,
        formulae: [`"${column.choices.join(",")}"`],
        showErrorMessage: true,
        errorStyle: "error",
        errorTitle: nfc(column.header),
        error: words("catalogue-choose-one", { choices: column.choices.join(", ") }),
      });
    });
  }
  return writeXlsx(workbook);
}
