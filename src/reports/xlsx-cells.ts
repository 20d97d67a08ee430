// A cell of an .xlsx file as plain text, whatever exceljs returns for it.
import type ExcelJS from "exceljs";

/** A cell as text, whatever exceljs returns (rich text, formula result, hyperlink, number). */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as { result?: ExcelJS.CellValue }).result;
    return result === undefined ? "" : cellText(result as ExcelJS.CellValue);
  }
  if ("text" in value) return String(value.text);
  if ("error" in value) return "";
  return "";
}
