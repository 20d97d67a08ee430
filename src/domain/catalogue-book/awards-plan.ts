// What importing the award sheets would change, judged against what is stored and against the
// signed decisions. A signed decision's lines are locked: an import may not change which
// coefficient or base salary holds on a signed decision's day (not by editing the row, not by
// deleting it or cutting its dates, not by a new row starting on or before that day). A new
// coefficient from a later date is a new row. A form missing from the sheet is retired (kept,
// with its rates, for the decisions that name it). Each change carries its before and after,
// for the audit trail.
import { baseSalaryOn, formatCoefficient, rateOn } from "../awards/amount.js";
import type { AwardFormDef, AwardRateDef, AwardSettingsDef, BaseSalaryDef, RecipientKind } from "../awards/types.js";
import { dayText, RECIPIENT_WORDS } from "./awards-layout.js";
import { rateKey, type AwardBook } from "./catalogue-defs.js";
import { SHEETS } from "./layout.js";
import { bookMessage, columnLetter, type BookProblem } from "./problems.js";

export interface StoredAwardForm extends AwardFormDef {
  active: boolean;
}

export interface StoredAwards {
  /** Every form of the ward, retired ones too. */
  forms: StoredAwardForm[];
  baseSalaries: BaseSalaryDef[];
  settings: AwardSettingsDef;
}

/** A signed decision's day for one form and recipient kind (one per kind its lines have). */
export interface SignedRateUse {
  /** "Quyết định số 12/QĐ-UBND ngày 10/12/2025". */
  decision: string;
  formCode: string;
  recipientKind: RecipientKind;
  /** "YYYY-MM-DD". */
  day: string;
}

/** A signed decision's day, of any ward (the base salary is national). */
export interface SignedSalaryUse {
  decision: string;
  day: string;
}

type FormFields = Omit<AwardFormDef, "code" | "rates">;
type RateFields = Omit<AwardRateDef, "recipientKind" | "validFrom">;
type SalaryFields = Omit<BaseSalaryDef, "validFrom">;

export interface AwardsPlan {
  forms: Array<{ code: string; change: "added" | "restored" | "changed" | "retired"; before: FormFields | null; after: FormFields | null }>;
  /** Rates of the forms in the sheet: added (before null), changed, removed (after null). */
  rates: Array<{ form: string; recipientKind: RecipientKind; validFrom: string; before: RateFields | null; after: RateFields | null }>;
  baseSalaries: Array<{ validFrom: string; before: SalaryFields | null; after: SalaryFields | null }>;
  settings: Array<{ setting: keyof AwardSettingsDef; before: unknown; after: unknown }>;
}

export type AwardsPlanResult = { ok: true; plan: AwardsPlan } | { ok: false; problems: BookProblem[] };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function isEmptyAwardsPlan(plan: AwardsPlan): boolean {
  return plan.forms.length + plan.rates.length + plan.baseSalaries.length + plan.settings.length === 0;
}

function formFields(form: AwardFormDef): FormFields {
  return { name: form.name, kind: form.kind, certificateTitle: form.certificateTitle, titleName: form.titleName, legalBasis: form.legalBasis, order: form.order };
}

function rateFields(rate: AwardRateDef): RateFields {
  return { coefficientMilli: rate.coefficientMilli, validTo: rate.validTo, legalBasis: rate.legalBasis };
}

const SETTING_ORDER: ReadonlyArray<keyof AwardSettingsDef> = ["rounding", "legalBasis", "decisionSymbol", "postingDays", "votePassRule", "votePassPercent"];

function column(sheetKey: "awardForms" | "baseSalaries", key: "coefficient" | "validFrom" | "amount") {
  const sheet = SHEETS[sheetKey];
  const index = sheet.columns.findIndex((c) => c.key === key);
  return { letter: columnLetter(index + 1), header: sheet.columns[index]!.header };
}

/** The refusals of rates that signed decisions used. */
function lockedRateProblems(stored: StoredAwards, next: AwardBook, uses: readonly SignedRateUse[]): BookProblem[] {
  const problems: BookProblem[] = [];
  const seen = new Set<string>();
  const storedForms = new Map(stored.forms.map((form) => [form.code, form]));
  const nextForms = new Map(next.forms.map((form) => [form.code, form]));
  const rows = next.rows?.rates ?? {};
  for (const use of [...uses].sort((a, b) => a.day.localeCompare(b.day))) {
    const nextForm = nextForms.get(use.formCode);
    if (!nextForm) continue; // retired: its rates stay as they are
    const before = rateOn(storedForms.get(use.formCode)?.rates ?? [], use.recipientKind, use.day);
    const after = rateOn(nextForm.rates, use.recipientKind, use.day);
    if (before !== null && after !== null && before.validFrom === after.validFrom && before.coefficientMilli === after.coefficientMilli) continue;
    if (before === null && after === null) continue;
    // One problem per row: the earliest signed day it breaks.
    const rowKey = rateKey(use.formCode, use.recipientKind, (after !== null && (before === null || after.validFrom >= before.validFrom) ? after : before)!.validFrom);
    if (seen.has(rowKey)) continue;
    seen.add(rowKey);
    const signed = { recipient: RECIPIENT_WORDS[use.recipientKind].toLowerCase(), code: use.formCode, decision: use.decision, day: dayText(use.day) };
    if (before !== null && after !== null && before.validFrom === after.validFrom) {
      problems.push({
        sheet: SHEETS.awardForms.name,
        row: rows[rowKey] ?? null,
        column: column("awardForms", "coefficient"),
        ...bookMessage("book-rate-signed-edit", { ...signed, coefficient: formatCoefficient(before.coefficientMilli), validFrom: dayText(before.validFrom) }),
      });
    } else if (after !== null && (before === null || after.validFrom > before.validFrom)) {
      const starts = { ...signed, coefficient: formatCoefficient(after.coefficientMilli), validFrom: dayText(after.validFrom) };
      problems.push({
        sheet: SHEETS.awardForms.name,
        row: rows[rowKey] ?? null,
        column: column("awardForms", "validFrom"),
        ...(before === null
          ? bookMessage("book-rate-signed-start-other", starts)
          : bookMessage("book-rate-signed-start", { ...starts, signedCoefficient: formatCoefficient(before.coefficientMilli) })),
      });
    } else {
      problems.push({
        sheet: SHEETS.awardForms.name,
        row: null,
        column: null,
        ...bookMessage("book-rate-signed-delete", { ...signed, coefficient: formatCoefficient(before!.coefficientMilli), validFrom: dayText(before!.validFrom) }),
      });
    }
  }
  return problems;
}

/** The refusals of base salaries that signed decisions (of any ward) used. */
function lockedSalaryProblems(stored: StoredAwards, next: AwardBook, uses: readonly SignedSalaryUse[]): BookProblem[] {
  const problems: BookProblem[] = [];
  const seen = new Set<string>();
  const rows = next.rows?.baseSalaries ?? {};
  for (const use of [...uses].sort((a, b) => a.day.localeCompare(b.day))) {
    const before = baseSalaryOn(stored.baseSalaries, use.day);
    const after = baseSalaryOn(next.baseSalaries, use.day);
    if (before !== null && after !== null && before.validFrom === after.validFrom && before.amount === after.amount) continue;
    if (before === null && after === null) continue;
    const rowKey = (after !== null && (before === null || after.validFrom >= before.validFrom) ? after : before)!.validFrom;
    if (seen.has(rowKey)) continue;
    seen.add(rowKey);
    const signed = { decision: use.decision, day: dayText(use.day) };
    if (before !== null && after !== null && before.validFrom === after.validFrom) {
      problems.push({
        sheet: SHEETS.baseSalaries.name,
        row: rows[rowKey] ?? null,
        column: column("baseSalaries", "amount"),
        ...bookMessage("book-salary-signed-edit", { ...signed, amount: before.amount, validFrom: dayText(before.validFrom) }),
      });
    } else if (after !== null && (before === null || after.validFrom > before.validFrom)) {
      const starts = { ...signed, amount: after.amount, validFrom: dayText(after.validFrom) };
      problems.push({
        sheet: SHEETS.baseSalaries.name,
        row: rows[rowKey] ?? null,
        column: column("baseSalaries", "validFrom"),
        ...(before === null ? bookMessage("book-salary-signed-start-other", starts) : bookMessage("book-salary-signed-start", { ...starts, signedAmount: before.amount })),
      });
    } else {
      problems.push({
        sheet: SHEETS.baseSalaries.name,
        row: null,
        column: null,
        ...bookMessage("book-salary-signed-delete", { decision: use.decision, amount: before!.amount, validFrom: dayText(before!.validFrom) }),
      });
    }
  }
  return problems;
}

/** A draft decision is priced again after an import: each of its lines must still have a rate on its day. */
function draftProblems(next: AwardBook, drafts: readonly SignedRateUse[]): BookProblem[] {
  const nextForms = new Map(next.forms.map((form) => [form.code, form]));
  const problems: BookProblem[] = [];
  const seen = new Set<string>();
  for (const draft of drafts) {
    const form = nextForms.get(draft.formCode);
    const key = rateKey(draft.formCode, draft.recipientKind, draft.day);
    if (!form || seen.has(key) || rateOn(form.rates, draft.recipientKind, draft.day) !== null) continue;
    seen.add(key);
    problems.push({
      sheet: SHEETS.awardForms.name,
      row: null,
      column: null,
      ...bookMessage("book-draft-rate-missing", { code: draft.formCode, recipient: RECIPIENT_WORDS[draft.recipientKind].toLowerCase(), day: dayText(draft.day), decision: draft.decision }),
    });
  }
  return problems;
}

/**
 * The changes of an import, or its refusals: a signed decision's coefficient or base salary
 * changed (`signedRates`: the ward's; `signedSalaries`: every ward's), or a draft's line left
 * without a rate (`draftRates`).
 */
export function planAwards(
  stored: StoredAwards,
  next: AwardBook,
  signedRates: readonly SignedRateUse[] = [],
  signedSalaries: readonly SignedSalaryUse[] = [],
  draftRates: readonly SignedRateUse[] = [],
): AwardsPlanResult {
  const problems = [...lockedRateProblems(stored, next, signedRates), ...lockedSalaryProblems(stored, next, signedSalaries), ...draftProblems(next, draftRates)];
  if (problems.length > 0) return { ok: false, problems };

  const plan: AwardsPlan = { forms: [], rates: [], baseSalaries: [], settings: [] };
  const storedForms = new Map(stored.forms.map((form) => [form.code, form]));
  const nextCodes = new Set(next.forms.map((form) => form.code));
  for (const form of next.forms) {
    const old = storedForms.get(form.code);
    const after = formFields(form);
    if (!old) plan.forms.push({ code: form.code, change: "added", before: null, after });
    else if (!old.active) plan.forms.push({ code: form.code, change: "restored", before: formFields(old), after });
    else if (!same(formFields(old), after)) plan.forms.push({ code: form.code, change: "changed", before: formFields(old), after });
    const oldRates = new Map((old?.rates ?? []).map((rate) => [rateKey(form.code, rate.recipientKind, rate.validFrom), rate]));
    const newRates = new Map(form.rates.map((rate) => [rateKey(form.code, rate.recipientKind, rate.validFrom), rate]));
    for (const [key, rate] of newRates) {
      const was = oldRates.get(key);
      if (!was || !same(rateFields(was), rateFields(rate))) {
        plan.rates.push({ form: form.code, recipientKind: rate.recipientKind, validFrom: rate.validFrom, before: was ? rateFields(was) : null, after: rateFields(rate) });
      }
    }
    for (const [key, rate] of oldRates) {
      if (!newRates.has(key)) plan.rates.push({ form: form.code, recipientKind: rate.recipientKind, validFrom: rate.validFrom, before: rateFields(rate), after: null });
    }
  }
  for (const old of stored.forms) {
    if (old.active && !nextCodes.has(old.code)) plan.forms.push({ code: old.code, change: "retired", before: formFields(old), after: null });
  }

  const oldSalaries = new Map(stored.baseSalaries.map((salary) => [salary.validFrom, salary]));
  const newSalaries = new Map(next.baseSalaries.map((salary) => [salary.validFrom, salary]));
  const salaryFields = (salary: BaseSalaryDef): SalaryFields => ({ amount: salary.amount, legalBasis: salary.legalBasis });
  for (const [day, salary] of newSalaries) {
    const was = oldSalaries.get(day);
    if (!was || !same(salaryFields(was), salaryFields(salary))) plan.baseSalaries.push({ validFrom: day, before: was ? salaryFields(was) : null, after: salaryFields(salary) });
  }
  for (const [day, salary] of oldSalaries) if (!newSalaries.has(day)) plan.baseSalaries.push({ validFrom: day, before: salaryFields(salary), after: null });

  for (const setting of SETTING_ORDER) {
    if (!same(stored.settings[setting], next.settings[setting])) plan.settings.push({ setting, before: stored.settings[setting], after: next.settings[setting] });
  }
  return { ok: true, plan };
}

/** How many of each change a plan holds, for a one-line summary per part. */
export function awardsPlanCounts(plan: AwardsPlan) {
  const count = <T>(list: readonly T[], test: (x: T) => boolean) => list.filter(test).length;
  const dated = (list: ReadonlyArray<{ before: unknown; after: unknown }>) => ({
    added: count(list, (c) => c.before === null),
    changed: count(list, (c) => c.before !== null && c.after !== null),
    removed: count(list, (c) => c.after === null),
  });
  return {
    forms: { added: count(plan.forms, (f) => f.change === "added" || f.change === "restored"), changed: count(plan.forms, (f) => f.change === "changed"), retired: count(plan.forms, (f) => f.change === "retired") },
    rates: dated(plan.rates),
    baseSalaries: dated(plan.baseSalaries),
    settings: plan.settings.map((s) => s.setting),
  };
}
