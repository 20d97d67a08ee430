// Reading one sheet of the catalogue workbook: its header row found by the Vietnamese names, the
// data rows from row 3 (the help line skipped), and the cell checks every sheet shares. Each
// problem names its sheet, row and column, and its message by a key of locales/vi.ftl.
import { codeFromName, isCode } from "./codes.js";
import { SHEETS, type ColumnDef, type SheetKey } from "./layout.js";
import { bookMessage, columnLetter, type BookProblem, type BookProblemArgs, type BookProblemKey } from "./problems.js";
import { foldDiacritics, normalizeText, textLength } from "../text.js";

export type CellValue = string | number | boolean | null;
export interface SheetCells {
  name: string;
  /** rows[0] is spreadsheet row 1; cells[0] is column A. */
  rows: CellValue[][];
}
export interface WorkbookCells {
  sheets: SheetCells[];
}

export const fold = (text: string) => foldDiacritics(normalizeText(text)).replace(/[.:*()]/gu, " ").replace(/\s+/gu, " ").trim();

export function cellString(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "Có" : "Không";
  return normalizeText(String(value));
}

/** One data row of a sheet, its cells by column key. */
export interface Row<K extends string> {
  number: number;
  get(key: K): string;
  raw(key: K): CellValue;
  at(key: K): { letter: string; header: string };
}

/** A message's variables as the rest of a call: none for a message without variables. */
export type MessageArgs<P extends BookProblemKey> = [keyof BookProblemArgs<P>] extends [never] ? [] : [BookProblemArgs<P>];

export class SheetReader<K extends string> {
  readonly problems: BookProblem[] = [];
  private readonly index = new Map<string, number>();

  constructor(
    readonly sheet: SheetCells,
    readonly columns: readonly ColumnDef<K>[],
  ) {}

  /** A problem of message `message` with its variables (none for a message without). */
  problem<P extends BookProblemKey>(row: number | null, key: K | null, message: P, ...args: MessageArgs<P>): void {
    this.problems.push({ sheet: this.sheet.name, row, column: key === null ? null : this.at(key), ...bookMessage(message, args[0] ?? ({} as BookProblemArgs<P>)) });
  }

  at(key: K): { letter: string; header: string } {
    const column = this.columns.find((c) => c.key === key)!;
    const index = this.index.get(key);
    return { letter: index === undefined ? "?" : columnLetter(index + 1), header: column.header };
  }

  /** Finds the columns in the header row; false if a required one is missing. */
  readHeader(): boolean {
    const header = this.sheet.rows[0] ?? [];
    header.forEach((cell, i) => {
      const folded = fold(cellString(cell));
      const column = this.columns.find((c) => fold(c.header) === folded);
      if (column && !this.index.has(column.key)) this.index.set(column.key, i);
    });
    const missing = this.columns.filter((c) => !this.index.has(c.key));
    for (const column of missing) {
      this.problems.push({
        sheet: this.sheet.name,
        row: 1,
        column: null,
        ...bookMessage("book-header-missing-column", { header: column.header }),
      });
    }
    return missing.length === 0;
  }

  /** The data rows: from row 2, skipping the help row and empty rows. */
  rows(): Row<K>[] {
    const result: Row<K>[] = [];
    const helpTexts = new Map(this.columns.map((c) => [c.key, fold(c.help)]));
    this.sheet.rows.forEach((cells, i) => {
      if (i === 0) return;
      const value = (key: K): CellValue => {
        const index = this.index.get(key);
        return index === undefined ? null : (cells[index] ?? null);
      };
      const keys = this.columns.map((c) => c.key);
      if (keys.every((key) => cellString(value(key)) === "")) return;
      if (i === 1 && keys.some((key) => cellString(value(key)) !== "" && fold(cellString(value(key))) === helpTexts.get(key))) return;
      result.push({ number: i + 1, get: (key) => cellString(value(key)), raw: value, at: (key) => this.at(key) });
    });
    return result;
  }
}

export function hasSheet(book: WorkbookCells, key: SheetKey): boolean {
  return book.sheets.some((s) => fold(s.name) === fold(SHEETS[key].name));
}

export function findSheet(book: WorkbookCells, key: SheetKey, problems: BookProblem[]): SheetCells | null {
  const name = SHEETS[key].name;
  const sheet = book.sheets.find((s) => fold(s.name) === fold(name));
  if (!sheet) {
    problems.push({ sheet: null, row: null, column: null, ...bookMessage("book-sheet-missing", { sheetName: name }) });
  }
  return sheet ?? null;
}

export function lookup<T extends string>(words: Record<T, string>, text: string): T | null {
  // "Có/Không", "Có / Không" and "Có Không" are the same word.
  const loose = (s: string) => fold(s).replace(/\s*\/\s*/gu, " ");
  const folded = loose(text);
  for (const [key, word] of Object.entries(words) as Array<[T, string]>) {
    if (loose(word) === folded) return key;
  }
  return null;
}

/** The words a cell may hold, each in quotes, for a message's list of choices: “A”, “B”, “C”. */
export function quotedList(words: readonly string[]): string {
  return words.map((word) => `“${word}”`).join(", ");
}

export const YES_WORDS = new Set(["co", "x", "yes", "true", "1", "dung"]);
export const NO_WORDS = new Set(["", "khong", "no", "false", "0"]);

export function yesNo<K extends string>(reader: SheetReader<K>, row: Row<K>, key: K): boolean {
  const folded = fold(row.get(key));
  if (YES_WORDS.has(folded)) return true;
  if (!NO_WORDS.has(folded)) reader.problem(row.number, key, "book-yes-no-unreadable", { written: row.get(key) });
  return false;
}

export function order<K extends string>(reader: SheetReader<K>, row: Row<K>, key: K, fallback: number): number {
  const raw = row.raw(key);
  const text = row.get(key);
  if (text === "") return fallback;
  const n = typeof raw === "number" ? raw : Number(text.replace(/\s/gu, ""));
  if (!Number.isInteger(n) || n < 0 || n > 100_000) {
    reader.problem(row.number, key, "book-order-not-whole", { written: text });
    return fallback;
  }
  return n;
}

export function text<K extends string>(reader: SheetReader<K>, row: Row<K>, key: K, max: number, required: boolean): string {
  const value = row.get(key);
  if (required && value === "") reader.problem(row.number, key, "book-cell-empty");
  else if (textLength(value) > max) reader.problem(row.number, key, "book-text-too-long", { max, length: textLength(value) });
  return value;
}

/** A code: as written (checked), or made from the name for a new row; unique in its sheet. */
export function code<K extends string>(reader: SheetReader<K>, row: Row<K>, key: K, name: string, taken: Map<string, number>): string {
  const written = row.get(key);
  let value = written;
  if (written === "") {
    const base = codeFromName(name) || "muc";
    value = base;
    for (let n = 2; taken.has(value); n++) value = `${base}_${n}`;
  } else if (!isCode(written)) {
    reader.problem(row.number, key, "book-code-invalid", { written });
  } else if (taken.has(written)) {
    reader.problem(row.number, key, "book-code-taken", { written, row: String(taken.get(written)) });
  }
  taken.set(value, row.number);
  return value;
}

