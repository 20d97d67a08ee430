// The catalogue workbook's cells into a catalogue, or every problem found (sheet, row, column).
// Pure: the cells come in as plain values; reading the .xlsx file is src/reports' job.
import type { IndicatorDef, IndicatorRule, IndicatorType, MovementDef, PeriodKind, PledgeItemDef, PledgeItemType, RatioBase } from "../types.js";
import type { CatalogueDefs } from "./catalogue-defs.js";
import { codeFromName, isCode } from "./codes.js";
import {
  INDICATOR_COLUMNS,
  MOVEMENT_COLUMNS,
  PLEDGE_COLUMNS,
  PLEDGE_TYPE_WORDS,
  RATIO_GROUPS_WORD,
  RATIO_PLEDGED_PREFIX,
  SHEETS,
  TYPE_WORDS,
  type ColumnDef,
  type SheetKey,
} from "./layout.js";
import { columnLetter, type BookProblem } from "./problems.js";
import { placeUnordered } from "./place-unordered.js";
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

export type ReadResult = { ok: true; catalogue: CatalogueDefs } | { ok: false; problems: BookProblem[] };

/** Rows a sheet may hold (beyond header and help). */
export const MAX_ROWS = 500;

const fold = (text: string) => foldDiacritics(normalizeText(text)).replace(/[.:*()]/gu, " ").replace(/\s+/gu, " ").trim();

function cellString(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "Có" : "Không";
  return normalizeText(String(value));
}

/** One data row of a sheet, its cells by column key. */
interface Row<K extends string> {
  number: number;
  get(key: K): string;
  raw(key: K): CellValue;
  at(key: K): { letter: string; header: string };
}

class SheetReader<K extends string> {
  readonly problems: BookProblem[] = [];
  private readonly index = new Map<string, number>();

  constructor(
    readonly sheet: SheetCells,
    readonly columns: readonly ColumnDef<K>[],
  ) {}

  problem(row: number | null, key: K | null, message: string): void {
    this.problems.push({ sheet: this.sheet.name, row, column: key === null ? null : this.at(key), message });
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
        message: `thiếu cột “${column.header}” ở dòng tiêu đề (dòng 1). Hãy xuất lại tệp mẫu từ bot và sửa trên tệp đó.`,
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

function findSheet(book: WorkbookCells, key: SheetKey, problems: BookProblem[]): SheetCells | null {
  const name = SHEETS[key].name;
  const sheet = book.sheets.find((s) => fold(s.name) === fold(name));
  if (!sheet) {
    problems.push({ sheet: null, row: null, column: null, message: `Tệp không có trang “${name}”. Hãy xuất lại tệp mẫu từ bot và sửa trên tệp đó.` });
  }
  return sheet ?? null;
}

function lookup<T extends string>(words: Record<T, string>, text: string): T | null {
  const folded = fold(text);
  for (const [key, word] of Object.entries(words) as Array<[T, string]>) {
    if (fold(word) === folded || fold(word).replace(/\//gu, " ") === folded.replace(/\//gu, " ")) return key;
  }
  return null;
}

const YES_WORDS = new Set(["co", "x", "yes", "true", "1", "dung"]);
const NO_WORDS = new Set(["", "khong", "no", "false", "0"]);

function yesNo<K extends string>(reader: SheetReader<K>, row: Row<K>, key: K): boolean {
  const folded = fold(row.get(key));
  if (YES_WORDS.has(folded)) return true;
  if (!NO_WORDS.has(folded)) reader.problem(row.number, key, `“${row.get(key)}” không hiểu được: ghi “Có” hoặc “Không”.`);
  return false;
}

function order<K extends string>(reader: SheetReader<K>, row: Row<K>, key: K, fallback: number): number {
  const raw = row.raw(key);
  const text = row.get(key);
  if (text === "") return fallback;
  const n = typeof raw === "number" ? raw : Number(text.replace(/\s/gu, ""));
  if (!Number.isInteger(n) || n < 0 || n > 100_000) {
    reader.problem(row.number, key, `thứ tự “${text}” phải là số nguyên từ 0 đến 100.000.`);
    return fallback;
  }
  return n;
}

function text<K extends string>(reader: SheetReader<K>, row: Row<K>, key: K, max: number, required: boolean): string {
  const value = row.get(key);
  if (required && value === "") reader.problem(row.number, key, "ô này không được để trống.");
  else if (textLength(value) > max) reader.problem(row.number, key, `dài quá ${max} ký tự (hiện có ${textLength(value)}).`);
  return value;
}

/** A code: as written (checked), or made from the name for a new row; unique in its sheet. */
function code<K extends string>(reader: SheetReader<K>, row: Row<K>, key: K, name: string, taken: Map<string, number>): string {
  const written = row.get(key);
  let value = written;
  if (written === "") {
    const base = codeFromName(name) || "muc";
    value = base;
    for (let n = 2; taken.has(value); n++) value = `${base}_${n}`;
  } else if (!isCode(written)) {
    reader.problem(row.number, key, `mã “${written}” chỉ được gồm chữ thường không dấu, chữ số và dấu gạch dưới, bắt đầu bằng chữ (tối đa 40 ký tự).`);
  } else if (taken.has(written)) {
    reader.problem(row.number, key, `mã “${written}” trùng với dòng ${taken.get(written)}.`);
  }
  taken.set(value, row.number);
  return value;
}

function readMovements(sheet: SheetCells, problems: BookProblem[]): MovementDef[] {
  const reader = new SheetReader(sheet, MOVEMENT_COLUMNS);
  const movements: MovementDef[] = [];
  if (reader.readHeader()) {
    const taken = new Map<string, number>();
    const rows = reader.rows();
    rows.forEach((row, i) => {
      const name = text(reader, row, "name", 200, true);
      movements.push({ code: code(reader, row, "code", name, taken), name, order: order(reader, row, "order", (i + 1) * 10) });
    });
  }
  problems.push(...reader.problems);
  return movements;
}

function readPledgeItems(sheet: SheetCells, problems: BookProblem[]): PledgeItemDef[] {
  const reader = new SheetReader(sheet, PLEDGE_COLUMNS);
  const items: PledgeItemDef[] = [];
  if (reader.readHeader()) {
    const taken = new Map<string, number>();
    reader.rows().forEach((row, i) => {
      const title = text(reader, row, "title", 200, true);
      const typeText = row.get("type");
      const type = lookup<PledgeItemType>(PLEDGE_TYPE_WORDS, typeText);
      if (type === null && typeText !== "") reader.problem(row.number, "type", `loại “${typeText}” không có; chọn ${Object.values(PLEDGE_TYPE_WORDS).map((w) => `“${w}”`).join(" hoặc ")}.`);
      else if (type === null) reader.problem(row.number, "type", "ô này không được để trống.");
      const unit = text(reader, row, "unit", 20, false);
      items.push({ code: code(reader, row, "code", title, taken), title, type: type ?? "count", unit: unit || null, order: order(reader, row, "order", (i + 1) * 10) });
    });
  }
  problems.push(...reader.problems);
  return items;
}

interface PendingRefs {
  row: number;
  code: string;
  lte: Array<{ code: string }>;
  ratio: RatioBase | null;
}

const RULE = /^(>=|≥|=>|<=|≤|=<)\s*(.+)$/u;

function parseRules<K extends string>(reader: SheetReader<K>, row: Row<K>, key: K, type: IndicatorType | null): IndicatorRule[] {
  const written = row.get(key);
  if (written === "") return [];
  const rules: IndicatorRule[] = [];
  for (const part of written.split(/[;\n]/u).map((p) => p.trim()).filter(Boolean)) {
    const match = RULE.exec(part);
    if (!match) {
      reader.problem(row.number, key, `điều kiện “${part}” không hiểu được; viết “≥ 0”, “≤ 100” hoặc “≤ mã chỉ tiêu”.`);
      continue;
    }
    if (type === null) return []; // the type's own problem is reported
    if (type !== "count" && type !== "money") {
      reader.problem(row.number, key, "chỉ chỉ tiêu loại Số lượng hoặc Số tiền mới có điều kiện.");
      return [];
    }
    const atLeast = match[1] === ">=" || match[1] === "≥" || match[1] === "=>";
    const operand = match[2]!.trim();
    const number = operand.replace(/[.\s]/gu, "");
    if (/^\d{1,15}$/u.test(number)) {
      rules.push(atLeast ? { kind: "min", value: Number(number) } : { kind: "max", value: Number(number) });
    } else if (!atLeast && isCode(operand)) {
      rules.push({ kind: "lte", indicator: operand });
    } else {
      reader.problem(row.number, key, `điều kiện “${part}” không hiểu được; sau “≥” là một số, sau “≤” là một số hoặc mã một chỉ tiêu.`);
    }
  }
  return rules;
}

function parseRatio<K extends string>(reader: SheetReader<K>, row: Row<K>, key: K): RatioBase | null | "bad" {
  const written = row.get(key);
  if (written === "") return null;
  if (fold(written) === fold(RATIO_GROUPS_WORD)) return { kind: "groups" };
  const prefix = fold(RATIO_PLEDGED_PREFIX).replace(/\s+$/u, "");
  const folded = fold(written);
  if (folded.startsWith(prefix)) {
    const item = written.slice(written.indexOf(":") + 1).trim();
    if (isCode(item)) return { kind: "pledged", pledgeItem: item };
  } else if (isCode(written)) {
    return { kind: "indicator", indicator: written };
  }
  reader.problem(row.number, key, `“${written}” không hiểu được; để trống, ghi “${RATIO_GROUPS_WORD}”, mã một chỉ tiêu, hoặc “${RATIO_PLEDGED_PREFIX} mã nội dung đăng ký”.`);
  return "bad";
}

function readIndicators(sheet: SheetCells, movements: MovementDef[], pledgeItems: PledgeItemDef[], problems: BookProblem[]): IndicatorDef[] {
  const reader = new SheetReader(sheet, INDICATOR_COLUMNS);
  const indicators: IndicatorDef[] = [];
  if (!reader.readHeader()) {
    problems.push(...reader.problems);
    return indicators;
  }
  const taken = new Map<string, number>();
  const pending: PendingRefs[] = [];
  const unordered = new Set<number>();
  const movementByFold = new Map<string, string>();
  for (const m of movements) {
    movementByFold.set(fold(m.code), m.code);
    movementByFold.set(fold(m.name), m.code);
  }
  reader.rows().forEach((row, i) => {
    const label = text(reader, row, "label", 200, true);
    const shortLabel = text(reader, row, "shortLabel", 40, true);
    const question = text(reader, row, "question", 500, true);
    const problemsBefore = reader.problems.length;
    const indicatorCode = code(reader, row, "code", shortLabel || label, taken);
    const codeOk = reader.problems.length === problemsBefore;
    const movementText = row.get("movement");
    let movementCode: string | null = null;
    if (movementText !== "") {
      movementCode = movementByFold.get(fold(movementText)) ?? null;
      if (movementCode === null) reader.problem(row.number, "movement", `không có phong trào “${movementText}” ở trang “${SHEETS.movements.name}”.`);
    }
    const typeText = row.get("type");
    const type = lookup<IndicatorType>(TYPE_WORDS, typeText);
    if (typeText === "") reader.problem(row.number, "type", "ô này không được để trống.");
    else if (type === null) reader.problem(row.number, "type", `loại “${typeText}” không có; chọn ${Object.values(TYPE_WORDS).map((w) => `“${w}”`).join(", ")}.`);
    const unit = text(reader, row, "unit", 20, false);
    const example = text(reader, row, "example", 100, false);
    const rules = parseRules(reader, row, "rules", type);
    const ratio = parseRatio(reader, row, "ratio");
    const periodKinds: PeriodKind[] = [];
    if (yesNo(reader, row, "soKet")) periodKinds.push("so_ket");
    if (yesNo(reader, row, "tongKet")) periodKinds.push("tong_ket");
    if (yesNo(reader, row, "other")) periodKinds.push("other");
    const optional = yesNo(reader, row, "optional");
    const offerPrevious = yesNo(reader, row, "offerPrevious");
    if (periodKinds.length === 0) {
      reader.problem(row.number, "soKet", "chỉ tiêu phải được hỏi trong ít nhất một loại kỳ: ghi “Có” ở cột Sơ kết, Tổng kết hoặc Kỳ khác (muốn thôi dùng thì xóa dòng).");
    }
    if (offerPrevious && type !== null && type !== "count" && type !== "money") reader.problem(row.number, "offerPrevious", "chỉ gợi ý số kỳ trước cho chỉ tiêu loại Số lượng hoặc Số tiền.");
    if (row.get("order") === "") unordered.add(indicators.length);
    if (codeOk && type !== null) pending.push({ row: row.number, code: indicatorCode, lte: rules.filter((r) => r.kind === "lte").map((r) => ({ code: r.indicator })), ratio: ratio === "bad" ? null : ratio });
    indicators.push({
      code: indicatorCode,
      movementCode,
      label,
      question,
      shortLabel,
      type: type ?? "count",
      unit: unit || null,
      example: example || null,
      rules,
      order: order(reader, row, "order", (i + 1) * 10),
      periodKinds,
      optional,
      offerPrevious,
      ratioBase: ratio === "bad" ? null : ratio,
    });
  });

  placeUnordered(indicators, unordered, movements).forEach((value, index) => {
    indicators[index]!.order = value;
  });

  // References between rows, once every code is known.
  const byCode = new Map<string, IndicatorDef>();
  for (const d of indicators) if (!byCode.has(d.code)) byCode.set(d.code, d);
  const pledgeCodes = new Set(pledgeItems.map((p) => p.code));
  for (const ref of pending) {
    const own = byCode.get(ref.code)!;
    for (const { code: target } of ref.lte) {
      const other = byCode.get(target);
      if (target === ref.code) reader.problem(ref.row, "rules", "chỉ tiêu không thể so với chính nó.");
      else if (!other) reader.problem(ref.row, "rules", `không có chỉ tiêu mã “${target}” để so sánh.`);
      else if (other.type !== "count" && other.type !== "money") reader.problem(ref.row, "rules", `chỉ tiêu “${target}” không phải loại số nên không so sánh được.`);
    }
    const ratio = ref.ratio;
    if (ratio?.kind === "groups" && own.type !== "yes_no") reader.problem(ref.row, "ratio", `“${RATIO_GROUPS_WORD}” chỉ dùng cho chỉ tiêu loại Có/Không.`);
    if (ratio?.kind === "pledged") {
      if (own.type !== "yes_no") reader.problem(ref.row, "ratio", "tỷ lệ trên số tổ đăng ký chỉ dùng cho chỉ tiêu loại Có/Không.");
      else if (!pledgeCodes.has(ratio.pledgeItem)) reader.problem(ref.row, "ratio", `không có nội dung đăng ký mã “${ratio.pledgeItem}” ở trang “${SHEETS.pledgeItems.name}”.`);
    }
    if (ratio?.kind === "indicator") {
      const other = byCode.get(ratio.indicator);
      if (!other || (other.type !== "count" && other.type !== "money")) reader.problem(ref.row, "ratio", `không có chỉ tiêu loại số mã “${ratio.indicator}”.`);
      else if (own.type !== "count" && own.type !== "money") reader.problem(ref.row, "ratio", "tỷ lệ trên một chỉ tiêu khác chỉ dùng cho chỉ tiêu loại số.");
    }
  }
  // A loop of "≤" rules (a ≤ b ≤ a) could never be answered.
  const visiting = new Set<string>();
  const done = new Set<string>();
  const loops = new Set<string>();
  const visit = (c: string) => {
    if (done.has(c)) return;
    if (visiting.has(c)) {
      loops.add(c);
      return;
    }
    visiting.add(c);
    for (const rule of byCode.get(c)?.rules ?? []) if (rule.kind === "lte" && byCode.has(rule.indicator)) visit(rule.indicator);
    visiting.delete(c);
    done.add(c);
  };
  for (const d of indicators) visit(d.code);
  for (const ref of pending) if (loops.has(ref.code) && byCode.get(ref.code)?.rules.some((r) => r.kind === "lte")) reader.problem(ref.row, "rules", "các điều kiện “≤” tạo thành vòng tròn (chỉ tiêu này phải nhỏ hơn chính nó).");

  if (indicators.length === 0 && reader.problems.length === 0) reader.problem(null, null, "chưa có chỉ tiêu nào (dữ liệu bắt đầu từ dòng 3).");
  problems.push(...reader.problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)));
  return indicators;
}

/** Reads the three sheets; all problems of the workbook, or the catalogue. */
export function readCatalogueBook(book: WorkbookCells): ReadResult {
  const problems: BookProblem[] = [];
  const sheets = { movements: findSheet(book, "movements", problems), indicators: findSheet(book, "indicators", problems), pledgeItems: findSheet(book, "pledgeItems", problems) };
  for (const sheet of Object.values(sheets)) {
    if (sheet && sheet.rows.length > MAX_ROWS + 2) {
      problems.push({ sheet: sheet.name, row: null, column: null, message: `có quá nhiều dòng (tối đa ${MAX_ROWS} dòng dữ liệu).` });
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  const movements = readMovements(sheets.movements!, problems);
  const pledgeItems = readPledgeItems(sheets.pledgeItems!, problems);
  const indicators = readIndicators(sheets.indicators!, movements, pledgeItems, problems);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, catalogue: { movements, indicators, pledgeItems } };
}
