// The catalogue workbook's cells into a catalogue, or every problem found (sheet, row, column).
// Pure: the cells come in as plain values; reading the .xlsx file is src/reports' job.
import type { IndicatorDef, IndicatorRule, IndicatorType, MovementDef, PeriodKind, PledgeItemDef, PledgeItemType, RatioBase } from "../types.js";
import type { CatalogueDefs } from "./catalogue-defs.js";
import { isCode } from "./codes.js";
import {
  INDICATOR_COLUMNS,
  MOVEMENT_COLUMNS,
  PLEDGE_COLUMNS,
  PLEDGE_TYPE_WORDS,
  RATIO_GROUPS_WORD,
  RATIO_PLEDGED_PREFIX,
  AWARD_SHEET_KEYS,
  SHEETS,
  TYPE_WORDS,
} from "./layout.js";
import { placeUnordered } from "./place-unordered.js";
import { normalizeText } from "../text.js";
import { readAwardSheets } from "./awards-read.js";
import { bookMessage, type BookProblem } from "./problems.js";
import { code, findSheet, fold, hasSheet, lookup, order, quotedList, SheetReader, text, yesNo, type Row, type SheetCells, type WorkbookCells } from "./sheet-reader.js";

export type { CellValue, SheetCells, WorkbookCells } from "./sheet-reader.js";

export type ReadResult = { ok: true; catalogue: CatalogueDefs } | { ok: false; problems: BookProblem[] };

/** Rows a sheet may hold (beyond header and help). */
export const MAX_ROWS = 500;

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
      if (type === null && typeText !== "") reader.problem(row.number, "type", "book-pledge-type-unknown", { written: typeText, first: PLEDGE_TYPE_WORDS.count, second: PLEDGE_TYPE_WORDS.yes_no });
      else if (type === null) reader.problem(row.number, "type", "book-cell-empty");
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
  // One rule a line (Alt+Enter in Excel) as well as semicolons: `get` folds line breaks into
  // spaces, so the parts come from the cell's own text.
  const raw = row.raw(key);
  const rules: IndicatorRule[] = [];
  for (const part of (typeof raw === "string" ? raw : written).split(/[;\r\n]/u).map((p) => normalizeText(p)).filter(Boolean)) {
    const match = RULE.exec(part);
    if (!match) {
      reader.problem(row.number, key, "book-rule-unreadable", { rule: part });
      continue;
    }
    if (type === null) return []; // the type's own problem is reported
    if (type !== "count" && type !== "money") {
      reader.problem(row.number, key, "book-rule-type");
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
      reader.problem(row.number, key, "book-rule-operand-unreadable", { rule: part });
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
  reader.problem(row.number, key, "book-ratio-unreadable", { written, groupsWord: RATIO_GROUPS_WORD, pledgedPrefix: RATIO_PLEDGED_PREFIX });
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
      if (movementCode === null) reader.problem(row.number, "movement", "book-movement-unknown", { written: movementText, sheetName: SHEETS.movements.name });
    }
    const typeText = row.get("type");
    const type = lookup<IndicatorType>(TYPE_WORDS, typeText);
    if (typeText === "") reader.problem(row.number, "type", "book-cell-empty");
    else if (type === null) reader.problem(row.number, "type", "book-indicator-type-unknown", { written: typeText, choices: quotedList(Object.values(TYPE_WORDS)) });
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
      reader.problem(row.number, "soKet", "book-no-period-kind");
    }
    if (offerPrevious && type !== null && type !== "count" && type !== "money") reader.problem(row.number, "offerPrevious", "book-offer-previous-type");
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
      if (target === ref.code) reader.problem(ref.row, "rules", "book-rule-self");
      else if (!other) reader.problem(ref.row, "rules", "book-rule-unknown-indicator", { code: target });
      else if (other.type !== "count" && other.type !== "money") reader.problem(ref.row, "rules", "book-rule-not-numeric", { code: target });
    }
    const ratio = ref.ratio;
    if (ratio?.kind === "groups" && own.type !== "yes_no") reader.problem(ref.row, "ratio", "book-ratio-groups-type", { groupsWord: RATIO_GROUPS_WORD });
    if (ratio?.kind === "pledged") {
      if (own.type !== "yes_no") reader.problem(ref.row, "ratio", "book-ratio-pledged-type");
      else if (!pledgeCodes.has(ratio.pledgeItem)) reader.problem(ref.row, "ratio", "book-ratio-pledge-unknown", { code: ratio.pledgeItem, sheetName: SHEETS.pledgeItems.name });
    }
    if (ratio?.kind === "indicator") {
      const other = byCode.get(ratio.indicator);
      if (!other || (other.type !== "count" && other.type !== "money")) reader.problem(ref.row, "ratio", "book-ratio-indicator-unknown", { code: ratio.indicator });
      else if (own.type !== "count" && own.type !== "money") reader.problem(ref.row, "ratio", "book-ratio-indicator-type");
    }
  }
  // A loop of "≤" rules (a ≤ b ≤ a) could never be answered. A rule naming its own indicator is
  // reported above, once: it is no loop here.
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
    for (const rule of byCode.get(c)?.rules ?? []) if (rule.kind === "lte" && rule.indicator !== c && byCode.has(rule.indicator)) visit(rule.indicator);
    visiting.delete(c);
    done.add(c);
  };
  for (const d of indicators) visit(d.code);
  for (const ref of pending) if (loops.has(ref.code) && byCode.get(ref.code)?.rules.some((r) => r.kind === "lte")) reader.problem(ref.row, "rules", "book-rule-loop");

  if (indicators.length === 0 && reader.problems.length === 0) reader.problem(null, null, "book-no-indicators");
  problems.push(...reader.problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)));
  return indicators;
}

/**
 * Reads the sheets; all problems of the workbook, or the catalogue. The award sheets come as a
 * set: a workbook with none of them (exported before they existed) leaves the awards as stored.
 */
export function readCatalogueBook(book: WorkbookCells): ReadResult {
  const problems: BookProblem[] = [];
  const sheets = { movements: findSheet(book, "movements", problems), indicators: findSheet(book, "indicators", problems), pledgeItems: findSheet(book, "pledgeItems", problems) };
  const hasAwards = AWARD_SHEET_KEYS.some((key) => hasSheet(book, key));
  const awardSheets = hasAwards ? { awardForms: findSheet(book, "awardForms", problems), baseSalaries: findSheet(book, "baseSalaries", problems), awardSettings: findSheet(book, "awardSettings", problems) } : null;
  for (const sheet of [...Object.values(sheets), ...Object.values(awardSheets ?? {})]) {
    if (sheet && sheet.rows.length > MAX_ROWS + 2) {
      problems.push({ sheet: sheet.name, row: null, column: null, ...bookMessage("book-sheet-too-many-rows", { max: MAX_ROWS }) });
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  const movements = readMovements(sheets.movements!, problems);
  const pledgeItems = readPledgeItems(sheets.pledgeItems!, problems);
  const indicators = readIndicators(sheets.indicators!, movements, pledgeItems, problems);
  const awards = awardSheets ? readAwardSheets({ awardForms: awardSheets.awardForms!, baseSalaries: awardSheets.baseSalaries!, awardSettings: awardSheets.awardSettings! }, problems) : undefined;
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, catalogue: awards ? { movements, indicators, pledgeItems, awards } : { movements, indicators, pledgeItems } };
}
