// Times New Roman in every workbook the product writes, as in its PDF and DOCX. exceljs always
// writes Calibri 11 as the workbook's default font (font 0, the "Normal" style: every cell
// without a font of its own, and whatever the office types into an empty cell), and a font set
// on a cell without a name shows in the application's default: so each explicit font is made
// with xlsxFont(), and the written file gets its default font replaced.
import type ExcelJS from "exceljs";
import JSZip from "jszip";

import { DOCX_FONT_NAME } from "./fonts.js";

export const XLSX_FONT_NAME = DOCX_FONT_NAME;
/** The body size of a sheet: 12 pt, as NĐ 30 allows inside tables. */
export const XLSX_FONT_SIZE = 12;

/** A cell font in Times New Roman at the body size, unless `font` gives another size. */
export function xlsxFont(font: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> {
  return { name: XLSX_FONT_NAME, family: 1, size: XLSX_FONT_SIZE, ...font };
}

const DEFAULT_FONT = `<font><sz val="${XLSX_FONT_SIZE}"/><color theme="1"/><name val="${XLSX_FONT_NAME}"/><family val="1"/></font>`;

/** `workbook` as .xlsx bytes, its default font Times New Roman. */
export async function writeXlsx(workbook: ExcelJS.Workbook): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const styles = zip.file("xl/styles.xml");
  if (!styles) throw new Error("exceljs wrote no xl/styles.xml");
  const xml = await styles.async("string");
  // Font 0, the first in <fonts>: exceljs writes it with scheme="minor", which would also pull
  // in the theme's Calibri; the replacement has no scheme.
  const replaced = xml.replace(/(<fonts\b[^>]*>)<font>.*?<\/font>/su, `$1${DEFAULT_FONT}`);
  if (replaced === xml) throw new Error("no default font found in xl/styles.xml");
  zip.file("xl/styles.xml", replaced);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
