// The award sheets' cells into the ward's award forms, base salaries and settings, or every
// problem found (sheet, row, column). Pure. Rows with the same code are one form: the form's own
// columns (name, kind, title, certificate, "Căn cứ" lines, order) may be written on any one of
// its rows, and must agree where written twice; each row is one dated rate.
import { parseDate } from "../dates/parse-date.js";
import { isIsoDay, isoDay } from "../awards/days.js";
import type { AwardFormDef, AwardFormKind, AwardRateDef, AwardSettingsDef, BaseSalaryDef, RecipientKind, RoundingMode, VotePassRule } from "../awards/types.js";
import { normalizeMultilineText, textLength } from "../text.js";
import {
  AWARD_FORM_COLUMNS,
  AWARD_KIND_WORDS,
  AWARD_SETTING_COLUMNS,
  AWARD_SETTING_ROWS,
  BASE_SALARY_COLUMNS,
  dayText,
  RECIPIENT_WORDS,
  ROUNDING_WORDS,
  VOTE_RULE_WORDS,
  type AwardFormColumn,
  type AwardSettingColumn,
  type AwardSettingKey,
  type BaseSalaryColumn,
} from "./awards-layout.js";
import { rateKey, type AwardBook } from "./catalogue-defs.js";
import { codeFromName, isCode } from "./codes.js";
import type { BookProblem } from "./problems.js";
import { fold, lookup, quotedList, SheetReader, text, type Row, type SheetCells } from "./sheet-reader.js";

const MAX_BASIS_LINES = 20;
const MAX_BASIS_LINE = 500;
/**
 * A cell's day is written in full: a missing year is not read (yearGuessed is refused), nor is
 * "hôm nay" or "ngày mai": their "today" lies outside the years a cell may hold (1990–2100).
 */
const NO_RELATIVE_DAYS = { today: { year: 1000, month: 1, day: 1 }, defaultYear: 2000 };

/** A "Căn cứ …" cell: one line each, the final ";" or "." dropped (the decision punctuates them). */
function basisLines<K extends string>(reader: SheetReader<K>, row: Row<K>, key: K): string[] {
  const raw = row.raw(key);
  const lines = normalizeMultilineText(raw === null ? "" : String(raw))
    .split("\n")
    .map((line) => line.replace(/[;.,\s]+$/u, "").trim())
    .filter((line) => line !== "");
  if (lines.length > MAX_BASIS_LINES) reader.problem(row.number, key, "book-basis-too-many-lines", { max: MAX_BASIS_LINES });
  const long = lines.find((line) => textLength(line) > MAX_BASIS_LINE);
  if (long) reader.problem(row.number, key, "book-basis-line-too-long", { max: MAX_BASIS_LINE, start: [...long].slice(0, 40).join("") });
  return lines;
}

/** A day as the office writes it ("01/07/2026", "1/7/2026") or as Excel stores a date; null if empty or wrong (reported). */
function day<K extends string>(reader: SheetReader<K>, row: Row<K>, key: K, required: boolean): string | null {
  const written = row.get(key);
  if (written === "") {
    if (required) reader.problem(row.number, key, "book-day-empty");
    return null;
  }
  // An Excel date cell arrives as "YYYY-MM-DD" (src/reports/xlsx-cells.ts).
  if (isIsoDay(written)) return written;
  const parsed = typeof row.raw(key) === "number" ? ({ kind: "unreadable" } as const) : parseDate(written, NO_RELATIVE_DAYS);
  if (parsed.kind === "date" && !parsed.yearGuessed && parsed.date.year >= 1990 && parsed.date.year <= 2100) return isoDay(parsed.date);
  if (parsed.kind === "swapped") reader.problem(row.number, key, "book-day-swapped", { written, example: dayText(isoDay(parsed.date)) });
  else if (parsed.kind === "no-such-day") reader.problem(row.number, key, "book-day-no-such", { date: `${parsed.day}/${parsed.month}/${parsed.year}` });
  else reader.problem(row.number, key, "book-day-unreadable", { written });
  return null;
}

/** A whole number written "2.340.000", "2 340 000" or stored as a number. */
function wholeNumber<K extends string>(
  reader: SheetReader<K>,
  row: Row<K>,
  key: K,
  min: number,
  max: number,
  message: "book-salary-not-whole" | "book-setting-not-whole",
): number | null {
  const raw = row.raw(key);
  const written = row.get(key);
  if (written === "") {
    reader.problem(row.number, key, "book-cell-empty");
    return null;
  }
  const value = typeof raw === "number" ? raw : /^\d{1,3}([.,\s]\d{3})*$|^\d+$/u.test(written) ? Number(written.replace(/[.,\s]/gu, "")) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    reader.problem(row.number, key, message, { written, min, max });
    return null;
  }
  return value;
}

/** A coefficient "0,3" / 0.3 in thousandths (300); null if wrong (reported). */
function coefficientMilli<K extends string>(reader: SheetReader<K>, row: Row<K>, key: K): number | null {
  const raw = row.raw(key);
  const written = row.get(key);
  if (written === "") {
    reader.problem(row.number, key, "book-coefficient-empty");
    return null;
  }
  const value = typeof raw === "number" ? raw : /^\d+([.,]\d+)?$/u.test(written.replace(/\s/gu, "")) ? Number(written.replace(/\s/gu, "").replace(",", ".")) : Number.NaN;
  const milli = Math.round(value * 1000);
  if (!Number.isFinite(value) || value < 0 || value > 100) {
    reader.problem(row.number, key, "book-coefficient-range", { written });
    return null;
  }
  if (Math.abs(value * 1000 - milli) > 1e-6) {
    reader.problem(row.number, key, "book-coefficient-decimals", { written });
    return null;
  }
  return milli;
}

interface FormDraft {
  code: string;
  firstRow: number;
  own: Partial<Record<FormOwnKey, { value: string; row: number }>>;
  rates: Array<AwardRateDef & { row: number }>;
}
type FormOwnKey = "name" | "kind" | "titleName" | "certificateTitle" | "legalBasis" | "order";
const FORM_OWN_KEYS: readonly FormOwnKey[] = ["name", "kind", "titleName", "certificateTitle", "legalBasis", "order"];
const OWN_MAX: Record<FormOwnKey, number> = { name: 200, kind: 20, titleName: 100, certificateTitle: 60, legalBasis: 12_000, order: 10 };

function readAwardForms(sheet: SheetCells, problems: BookProblem[]): { forms: AwardFormDef[]; rows: Record<string, number> } {
  const reader = new SheetReader(sheet, AWARD_FORM_COLUMNS);
  const forms: AwardFormDef[] = [];
  const rows: Record<string, number> = {};
  if (!reader.readHeader()) {
    problems.push(...reader.problems);
    return { forms, rows };
  }
  const drafts = new Map<string, FormDraft>();
  for (const row of reader.rows()) {
    const written = row.get("code");
    const name = row.get("name");
    let formCode: string;
    if (written !== "") {
      if (!isCode(written)) {
        reader.problem(row.number, "code", "book-code-invalid", { written });
        continue;
      }
      formCode = written;
    } else if (name !== "") {
      formCode = codeFromName(name) || "hinh_thuc";
    } else {
      reader.problem(row.number, "code", "book-form-row-unnamed");
      continue;
    }
    let draft = drafts.get(formCode);
    if (!draft) {
      draft = { code: formCode, firstRow: row.number, own: {}, rates: [] };
      drafts.set(formCode, draft);
    }
    for (const key of FORM_OWN_KEYS) {
      const value = key === "legalBasis" ? basisLines(reader, row, key).join("\n") : text(reader, row, key, OWN_MAX[key], false);
      if (value === "") continue;
      const seen = draft.own[key];
      if (seen && seen.value !== value) {
        reader.problem(row.number, key, "book-form-cell-differs", { row: String(seen.row), code: formCode });
      } else if (!seen) {
        draft.own[key] = { value, row: row.number };
      }
    }
    const rateCells: AwardFormColumn[] = ["recipientKind", "coefficient", "validFrom", "validTo", "rateBasis"];
    if (rateCells.every((key) => row.get(key) === "")) continue; // the form's own row, without a rate
    const kindText = row.get("recipientKind");
    const recipientKind = lookup<RecipientKind>(RECIPIENT_WORDS, kindText);
    if (kindText === "") reader.problem(row.number, "recipientKind", "book-cell-empty");
    else if (recipientKind === null) reader.problem(row.number, "recipientKind", "book-recipient-unknown", { written: kindText, choices: quotedList(Object.values(RECIPIENT_WORDS)) });
    const coefficient = coefficientMilli(reader, row, "coefficient");
    const validFrom = day(reader, row, "validFrom", true);
    const validTo = day(reader, row, "validTo", false);
    if (validFrom !== null && validTo !== null && validTo < validFrom) reader.problem(row.number, "validTo", "book-valid-to-before-from", { validTo: dayText(validTo), validFrom: dayText(validFrom) });
    const legalBasis = text(reader, row, "rateBasis", 300, false);
    if (recipientKind === null || coefficient === null || validFrom === null) continue;
    const key = rateKey(formCode, recipientKind, validFrom);
    if (rows[key] !== undefined) {
      reader.problem(row.number, "validFrom", "book-rate-duplicate", { row: String(rows[key]) });
      continue;
    }
    rows[key] = row.number;
    draft.rates.push({ recipientKind, coefficientMilli: coefficient, validFrom, validTo, legalBasis, row: row.number });
  }

  [...drafts.values()].forEach((draft, index) => {
    const name = draft.own.name?.value ?? "";
    if (name === "") reader.problem(draft.firstRow, "name", "book-form-no-name", { code: draft.code });
    const kindText = draft.own.kind?.value ?? "";
    const kind = lookup<AwardFormKind>(AWARD_KIND_WORDS, kindText);
    const kindWords = { certificateWord: AWARD_KIND_WORDS.giay_khen, titleWord: AWARD_KIND_WORDS.danh_hieu };
    if (kindText === "") reader.problem(draft.firstRow, "kind", "book-form-no-kind", { code: draft.code, ...kindWords });
    else if (kind === null) reader.problem(draft.own.kind!.row, "kind", "book-form-kind-unknown", { written: kindText, ...kindWords });
    const titleName = draft.own.titleName?.value ?? "";
    if (kind === "danh_hieu" && titleName === "") reader.problem(draft.firstRow, "titleName", "book-form-title-missing", { code: draft.code });
    const orderCell = draft.own.order;
    let order = index + 1;
    if (orderCell) {
      const n = Number(orderCell.value.replace(/\s/gu, ""));
      if (!Number.isInteger(n) || n < 0 || n > 100_000) reader.problem(orderCell.row, "order", "book-order-not-whole", { written: orderCell.value });
      else order = n;
    }
    forms.push({
      code: draft.code,
      name,
      kind: kind ?? "giay_khen",
      certificateTitle: draft.own.certificateTitle?.value ?? "",
      titleName,
      legalBasis: draft.own.legalBasis ? draft.own.legalBasis.value.split("\n") : [],
      order,
      rates: draft.rates.map(({ row: _row, ...rate }) => rate),
    });
  });
  if (forms.length === 0 && reader.problems.length === 0) reader.problem(null, null, "book-no-award-forms");
  problems.push(...reader.problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)));
  return { forms, rows };
}

function readBaseSalaries(sheet: SheetCells, problems: BookProblem[]): { baseSalaries: BaseSalaryDef[]; rows: Record<string, number> } {
  const reader = new SheetReader(sheet, BASE_SALARY_COLUMNS);
  const baseSalaries: BaseSalaryDef[] = [];
  const rows: Record<string, number> = {};
  if (reader.readHeader()) {
    for (const row of reader.rows()) {
      const amount = wholeNumber<BaseSalaryColumn>(reader, row, "amount", 1, 100_000_000, "book-salary-not-whole");
      const validFrom = day<BaseSalaryColumn>(reader, row, "validFrom", true);
      const legalBasis = text<BaseSalaryColumn>(reader, row, "legalBasis", 300, false);
      if (amount === null || validFrom === null) continue;
      if (rows[validFrom] !== undefined) {
        reader.problem(row.number, "validFrom", "book-salary-duplicate", { row: String(rows[validFrom]) });
        continue;
      }
      rows[validFrom] = row.number;
      baseSalaries.push({ validFrom, amount, legalBasis });
    }
    if (baseSalaries.length === 0 && reader.problems.length === 0) reader.problem(null, null, "book-no-base-salaries");
  }
  problems.push(...reader.problems);
  return { baseSalaries: baseSalaries.sort((a, b) => a.validFrom.localeCompare(b.validFrom)), rows };
}

function readAwardSettings(sheet: SheetCells, problems: BookProblem[]): AwardSettingsDef {
  const reader = new SheetReader(sheet, AWARD_SETTING_COLUMNS);
  const found = new Map<AwardSettingKey, Row<AwardSettingColumn>>();
  if (reader.readHeader()) {
    for (const row of reader.rows()) {
      const name = row.get("setting");
      const setting = AWARD_SETTING_ROWS.find((s) => fold(s.name) === fold(name));
      if (!setting) reader.problem(row.number, "setting", "book-setting-unknown", { written: name });
      else if (found.has(setting.key)) reader.problem(row.number, "setting", "book-setting-twice", { setting: setting.name, row: String(found.get(setting.key)!.number) });
      else found.set(setting.key, row);
    }
    for (const setting of AWARD_SETTING_ROWS) {
      if (!found.has(setting.key)) reader.problem(null, null, "book-setting-missing", { setting: setting.name });
    }
  }
  const word = <T extends string>(key: AwardSettingKey, words: Record<T, string>, fallback: T): T => {
    const row = found.get(key);
    if (!row) return fallback;
    const written = row.get("value");
    const value = lookup(words, written) ?? lookup(words, `Làm tròn ${written}`);
    if (value === null) reader.problem(row.number, "value", "book-setting-choice-unknown", { written, choices: quotedList(Object.values<string>(words)) });
    return value ?? fallback;
  };
  const whole = (key: AwardSettingKey, min: number, max: number, fallback: number): number => {
    const row = found.get(key);
    return row ? (wholeNumber(reader, row, "value", min, max, "book-setting-not-whole") ?? fallback) : fallback;
  };
  const symbolRow = found.get("decisionSymbol");
  let decisionSymbol = "QĐ-UBND";
  if (symbolRow) {
    decisionSymbol = text(reader, symbolRow, "value", 30, true);
    if (/\s|\//u.test(decisionSymbol)) reader.problem(symbolRow.number, "value", "book-decision-symbol-invalid", { written: decisionSymbol });
  }
  const basisRow = found.get("legalBasis");
  const settings: AwardSettingsDef = {
    rounding: { mode: word<RoundingMode>("roundingMode", ROUNDING_WORDS, "up"), step: whole("roundingStep", 1, 10_000_000, 10_000) },
    votePassRule: word<VotePassRule>("votePassRule", VOTE_RULE_WORDS, "of_members"),
    votePassPercent: whole("votePassPercent", 0, 99, 50),
    postingDays: whole("postingDays", 1, 60, 10),
    legalBasis: basisRow ? basisLines(reader, basisRow, "value") : [],
    decisionSymbol,
  };
  problems.push(...reader.problems);
  return settings;
}

/** The award part of a workbook, its problems added to `problems`. The sheets are found by the caller. */
export function readAwardSheets(sheets: { awardForms: SheetCells; baseSalaries: SheetCells; awardSettings: SheetCells }, problems: BookProblem[]): AwardBook {
  const forms = readAwardForms(sheets.awardForms, problems);
  const salaries = readBaseSalaries(sheets.baseSalaries, problems);
  const settings = readAwardSettings(sheets.awardSettings, problems);
  return { forms: forms.forms, baseSalaries: salaries.baseSalaries, settings, rows: { rates: forms.rows, baseSalaries: salaries.rows } };
}
