// The fonts of a written workbook: its default (font 0 of xl/styles.xml, the "Normal" style
// every empty cell types in) and each cell's font as exceljs reads it back.
import ExcelJS from "exceljs";
import JSZip from "jszip";

export interface ReadFont {
  name?: string;
  size?: number;
  bold?: boolean;
}

export interface WorkbookFonts {
  /** The workbook's default font. */
  default: ReadFont;
  /** The font cell `ref` of `sheet` shows (the default when it has none of its own). */
  cell(sheet: string, ref: string): ReadFont;
  /** Every distinct font name the styles part holds. */
  names: string[];
  /** How many fonts of the styles part have no name (they show in the application's default). */
  unnamed: number;
  book: ExcelJS.Workbook;
}

export async function workbookFonts(bytes: Uint8Array): Promise<WorkbookFonts> {
  const styles = await (await JSZip.loadAsync(bytes)).file("xl/styles.xml")!.async("string");
  const fonts = /<fonts\b[^>]*>(.*?)<\/fonts>/su.exec(styles)?.[1] ?? "";
  const first = /<font>(.*?)<\/font>/su.exec(fonts)?.[1] ?? "";
  const names = [...new Set([...fonts.matchAll(/<name val="([^"]+)"\/>/gu)].map((m) => m[1]!))];
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const defaultFont = { name: /<name val="([^"]+)"/u.exec(first)?.[1], size: Number(/<sz val="([\d.]+)"/u.exec(first)?.[1]) };
  return {
    default: defaultFont,
    names,
    unnamed: [...fonts.matchAll(/<font>(.*?)<\/font>/gsu)].filter((m) => !m[1]!.includes("<name ")).length,
    book,
    cell(sheet, ref) {
      // A cell without a style of its own shows in the default font.
      const font = book.getWorksheet(sheet)!.getCell(ref).font ?? defaultFont;
      return { name: font.name, size: font.size, bold: font.bold ?? false };
    },
  };
}
