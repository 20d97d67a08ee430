// An .xlsx file's sheets as plain cells for `readCatalogueBook` (src/domain), which checks them.
import ExcelJS from "exceljs";
import type { CellValue, WorkbookCells } from "../../domain/catalogue-book/index.js";
import { cellText } from "../xlsx-cells.js";
import { checkXlsxBounds, type XlsxBounds } from "../xlsx-bounds.js";

export class UnreadableWorkbook extends Error {}

/** Refused before reading: too large, too many parts, inflates too much, or lies about its sizes. */
export class XlsxOutOfBounds extends UnreadableWorkbook {
  constructor(readonly check: Extract<XlsxBounds, { ok: false }>) {
    super(`the file is out of bounds (${check.reason})`);
  }
}

function plain(value: ExcelJS.CellValue): CellValue {
  if (typeof value === "number") return value;
  if (value && typeof value === "object" && ("formula" in value || "sharedFormula" in value)) {
    const result = (value as { result?: ExcelJS.CellValue }).result;
    if (typeof result === "number") return result;
  }
  const text = cellText(value);
  return text === "" ? null : text;
}

/** Opens .xlsx bytes, bounded first (XlsxOutOfBounds); an UnreadableWorkbook error if they are not one. */
export async function loadXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const bounds = await checkXlsxBounds(bytes);
  if (!bounds.ok) throw new XlsxOutOfBounds(bounds);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new UnreadableWorkbook(error instanceof Error ? error.message : String(error));
  }
  return workbook;
}

export async function workbookCells(bytes: Uint8Array): Promise<WorkbookCells> {
  return cellsOf(await loadXlsx(bytes));
}

export function cellsOf(workbook: ExcelJS.Workbook): WorkbookCells {
  return {
    sheets: workbook.worksheets.map((sheet) => {
      const rows: CellValue[][] = [];
      for (let r = 1; r <= sheet.rowCount; r++) {
        const row = sheet.getRow(r);
        const cells: CellValue[] = [];
        for (let c = 1; c <= Math.max(row.cellCount, sheet.columnCount); c++) cells.push(plain(row.getCell(c).value));
        rows.push(cells);
      }
      return { name: sheet.name, rows };
    }),
  };
}

/** True if the workbook looks like the catalogue (it has the indicators sheet), not a groups list. */
export function isCatalogueWorkbook(cells: WorkbookCells, indicatorsSheetName: string): boolean {
  const fold = (s: string) => s.normalize("NFC").trim().toLowerCase();
  return cells.sheets.some((sheet) => fold(sheet.name) === fold(indicatorsSheetName));
}
