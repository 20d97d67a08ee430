// Award forms (with their dated rates), the base salaries and a ward's award settings: data,
// installed with the defaults for a new ward and edited by the office through the catalogue
// workbook (audited).
import { baseSalaryOn, lineAmount, rateOn } from "../../domain/awards/amount.js";
import { DEFAULT_AWARD_FORMS, DEFAULT_AWARD_SETTINGS, DEFAULT_BASE_SALARIES } from "../../domain/awards/defaults.js";
import type { AwardFormDef, AwardFormKind, AwardRateDef, AwardSettingsDef, BaseSalaryDef, RecipientKind } from "../../domain/awards/types.js";
import type { AwardBook, AwardsPlan, SignedRateUse, SignedSalaryUse, StoredAwards } from "../../domain/catalogue-book/index.js";
import type { Db } from "../client.js";
import { words } from "../../i18n/words.js";
import { type Actor, recordAudit } from "./audit.js";
import { splitLines } from "./wards.js";

type Tx = Omit<Db, "$transaction" | "$connect" | "$disconnect" | "$on" | "$extends">;

export interface AwardFormRow extends AwardFormDef {
  id: number;
  active: boolean;
}

/** Adds what is missing of the default forms, the base salaries and the settings row; keeps what the ward changed. */
export async function installAwardDefaults(db: Db, wardId: number): Promise<void> {
  await db.$transaction(async (tx) => {
    await ensureBaseSalaries(tx);
    await tx.awardSettings.upsert({ where: { wardId }, create: settingsColumns(wardId, DEFAULT_AWARD_SETTINGS), update: {} });
    for (const form of DEFAULT_AWARD_FORMS) {
      const existing = await tx.awardForm.findUnique({ where: { wardId_code: { wardId, code: form.code } } });
      if (existing) continue;
      await tx.awardForm.create({ data: { wardId, ...formColumns(form), rates: { create: form.rates.map(rateColumns) } } });
    }
  });
}

/** The national base salaries (adds the known ones if missing). */
export async function ensureBaseSalaries(db: Tx): Promise<void> {
  for (const salary of DEFAULT_BASE_SALARIES) {
    await db.baseSalary.upsert({ where: { validFrom: salary.validFrom }, create: salary, update: {} });
  }
}

function settingsColumns(wardId: number, settings: AwardSettingsDef) {
  return {
    wardId,
    roundingMode: settings.rounding.mode,
    roundingStep: settings.rounding.step,
    votePassRule: settings.votePassRule,
    votePassPercent: settings.votePassPercent,
    postingDays: settings.postingDays,
    legalBasis: settings.legalBasis.join("\n"),
    decisionSymbol: settings.decisionSymbol,
  };
}

function formColumns(form: AwardFormDef) {
  return {
    code: form.code,
    name: form.name,
    kind: form.kind,
    certificateTitle: form.certificateTitle,
    titleName: form.titleName,
    legalBasis: form.legalBasis.join("\n"),
    sortOrder: form.order,
  };
}

function rateColumns(rate: AwardRateDef) {
  return {
    recipientKind: rate.recipientKind,
    coefficientMilli: rate.coefficientMilli,
    validFrom: rate.validFrom,
    validTo: rate.validTo,
    legalBasis: rate.legalBasis,
  };
}

export async function awardSettings(db: Tx, wardId: number): Promise<AwardSettingsDef> {
  const row = await db.awardSettings.findUnique({ where: { wardId } });
  if (!row) return { ...DEFAULT_AWARD_SETTINGS, rounding: { ...DEFAULT_AWARD_SETTINGS.rounding }, legalBasis: [...DEFAULT_AWARD_SETTINGS.legalBasis] };
  return {
    rounding: { mode: row.roundingMode, step: row.roundingStep },
    votePassRule: row.votePassRule,
    votePassPercent: row.votePassPercent,
    postingDays: row.postingDays,
    legalBasis: splitLines(row.legalBasis),
    decisionSymbol: row.decisionSymbol,
  };
}

export async function updateAwardSettings(db: Db, wardId: number, patch: Partial<AwardSettingsDef>, actor: Actor, at: Date): Promise<AwardSettingsDef> {
  return db.$transaction(async (tx) => {
    const before = await awardSettings(tx, wardId);
    const after: AwardSettingsDef = { ...before, ...patch };
    const columns = settingsColumns(wardId, after);
    await tx.awardSettings.upsert({ where: { wardId }, create: columns, update: columns });
    await recordAudit(tx, { wardId, actor, action: "awards.settings", subject: `ward:${wardId}`, detail: { before, after }, at });
    return after;
  });
}

type FormWithRates = {
  id: number;
  code: string;
  name: string;
  kind: AwardFormKind;
  certificateTitle: string;
  titleName: string;
  legalBasis: string;
  sortOrder: number;
  active: boolean;
  rates: Array<{ recipientKind: RecipientKind; coefficientMilli: number; validFrom: string; validTo: string | null; legalBasis: string }>;
};

export function toAwardFormRow(row: FormWithRates): AwardFormRow {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    kind: row.kind,
    certificateTitle: row.certificateTitle,
    titleName: row.titleName,
    legalBasis: splitLines(row.legalBasis),
    order: row.sortOrder,
    active: row.active,
    rates: row.rates.map((rate) => ({
      recipientKind: rate.recipientKind,
      coefficientMilli: rate.coefficientMilli,
      validFrom: rate.validFrom,
      validTo: rate.validTo,
      legalBasis: rate.legalBasis,
    })),
  };
}

const RATE_ORDER = { orderBy: [{ recipientKind: "asc" as const }, { validFrom: "asc" as const }] };

export async function listAwardForms(db: Tx, wardId: number, options: { includeInactive?: boolean } = {}): Promise<AwardFormRow[]> {
  const rows = await db.awardForm.findMany({
    where: { wardId, ...(options.includeInactive ? {} : { active: true }) },
    include: { rates: RATE_ORDER },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
  });
  return rows.map(toAwardFormRow);
}

export async function awardFormByCode(db: Tx, wardId: number, code: string): Promise<AwardFormRow | null> {
  const row = await db.awardForm.findUnique({ where: { wardId_code: { wardId, code } }, include: { rates: RATE_ORDER } });
  return row ? toAwardFormRow(row) : null;
}

export async function baseSalaries(db: Tx): Promise<BaseSalaryDef[]> {
  const rows = await db.baseSalary.findMany({ orderBy: { validFrom: "asc" } });
  return rows.map((row) => ({ validFrom: row.validFrom, amount: row.amount, legalBasis: row.legalBasis }));
}

export async function baseSalaryInForce(db: Tx, day: string): Promise<BaseSalaryDef | null> {
  const row = await db.baseSalary.findFirst({ where: { validFrom: { lte: day } }, orderBy: { validFrom: "desc" } });
  return row ? { validFrom: row.validFrom, amount: row.amount, legalBasis: row.legalBasis } : null;
}

// ---- The award sheets of the catalogue workbook (src/db/repos/catalogue-book.ts applies them).

/** The ward's forms (retired ones too), the base salaries and the settings, as the import compares them. */
export async function storedAwards(db: Tx, wardId: number): Promise<StoredAwards> {
  const forms = await listAwardForms(db, wardId, { includeInactive: true });
  return {
    forms: forms.map(({ id: _id, ...form }) => form),
    baseSalaries: await baseSalaries(db),
    settings: await awardSettings(db, wardId),
  };
}

/** The award part of the workbook as exported: active forms (the defaults for a ward that has none yet). */
export async function awardBook(db: Tx, wardId: number): Promise<AwardBook> {
  const stored = await storedAwards(db, wardId);
  const forms = stored.forms.length === 0 ? structuredClone([...DEFAULT_AWARD_FORMS]) : stored.forms.filter((form) => form.active).map(({ active: _active, ...form }) => form);
  return { forms, baseSalaries: stored.baseSalaries.length === 0 ? [...DEFAULT_BASE_SALARIES] : stored.baseSalaries, settings: stored.settings };
}

/** "2025-12-10" → "10/12/2025", as the workbook's cells write days. */
function cellDay(isoDay: string): string {
  const [year, month, day] = isoDay.split("-");
  return `${day}/${month}/${year}`;
}

function decisionLabel(decision: { number: number | null; symbol: string; decisionDate: string }): string {
  return words("book-decision-own", { number: decision.number === null ? "…" : String(decision.number), symbol: decision.symbol, date: cellDay(decision.decisionDate) });
}

/**
 * The days of the signed decisions: the ward's, per form and recipient kind (their coefficients
 * are locked), and every ward's (the base salary is national, so its amounts are locked for all).
 */
export async function signedAwardUses(db: Tx, wardId: number): Promise<{ rates: SignedRateUse[]; salaries: SignedSalaryUse[]; drafts: SignedRateUse[] }> {
  const drafts = await db.awardDecision.findMany({
    where: { wardId, status: "draft" },
    select: { number: true, symbol: true, decisionDate: true, form: { select: { code: true } }, lines: { select: { recipientKind: true }, distinct: ["recipientKind"] } },
    orderBy: { decisionDate: "asc" },
  });
  const own = await db.awardDecision.findMany({
    where: { wardId, status: "signed" },
    select: { number: true, symbol: true, decisionDate: true, form: { select: { code: true } }, lines: { select: { recipientKind: true }, distinct: ["recipientKind"] } },
    orderBy: { decisionDate: "asc" },
  });
  const rates = own.flatMap((decision) => decision.lines.map((line) => ({ decision: decisionLabel(decision), formCode: decision.form.code, recipientKind: line.recipientKind, day: decision.decisionDate })));
  const all = await db.awardDecision.findMany({
    where: { status: "signed" },
    select: { wardId: true, number: true, symbol: true, decisionDate: true },
    distinct: ["wardId", "decisionDate"],
    orderBy: { decisionDate: "asc" },
  });
  const salaries = all.map((decision) => ({
    decision: decision.wardId === wardId ? decisionLabel(decision) : words("book-decision-other-ward", { date: cellDay(decision.decisionDate) }),
    day: decision.decisionDate,
  }));
  const draftLabel = (decision: { decisionDate: string }) => words("book-decision-draft", { date: cellDay(decision.decisionDate) });
  return { rates, salaries, drafts: drafts.flatMap((decision) => decision.lines.map((line) => ({ decision: draftLabel(decision), formCode: decision.form.code, recipientKind: line.recipientKind, day: decision.decisionDate }))) };
}

/**
 * Prices the draft decisions again after an import (the ward's; every ward's when the base
 * salary changed): each line from the rate, base salary and rounding now in force on the
 * draft's date. Signed decisions are never touched. Returns the drafts whose total changed.
 */
export async function repriceDrafts(tx: Tx, wardId: number, allWards: boolean): Promise<Array<{ decision: number; before: number; after: number }>> {
  const drafts = await tx.awardDecision.findMany({
    where: { status: "draft", ...(allWards ? {} : { wardId }) },
    select: { id: true, wardId: true, decisionDate: true, form: { include: { rates: true } }, lines: { orderBy: { sortOrder: "asc" } } },
  });
  const salaries = await baseSalaries(tx);
  const settings = new Map<number, AwardSettingsDef>();
  const changed: Array<{ decision: number; before: number; after: number }> = [];
  for (const draft of drafts) {
    if (!settings.has(draft.wardId)) settings.set(draft.wardId, await awardSettings(tx, draft.wardId));
    const salary = baseSalaryOn(salaries, draft.decisionDate);
    if (!salary) continue;
    let before = 0;
    let after = 0;
    for (const line of draft.lines) {
      before += Number(line.amount);
      const rate = rateOn(draft.form.rates, line.recipientKind, draft.decisionDate);
      if (!rate) {
        after += Number(line.amount);
        continue;
      }
      const amount = lineAmount(rate.coefficientMilli, salary.amount, settings.get(draft.wardId)!.rounding);
      after += amount;
      if (amount !== Number(line.amount) || rate.coefficientMilli !== line.coefficientMilli || salary.amount !== line.baseSalary) {
        await tx.decisionLine.update({ where: { id: line.id }, data: { coefficientMilli: rate.coefficientMilli, baseSalary: salary.amount, amount: BigInt(amount) } });
      }
    }
    if (before !== after) changed.push({ decision: draft.id, before, after });
  }
  return changed;
}

/** Writes a planned award import (inside the caller's transaction). Forms are never deleted: a retired one is kept inactive. */
export async function applyAwardsPlan(tx: Tx, wardId: number, next: AwardBook, plan: AwardsPlan): Promise<void> {
  const nextForms = new Map(next.forms.map((form) => [form.code, form]));
  for (const change of plan.forms) {
    if (change.change === "retired") {
      await tx.awardForm.update({ where: { wardId_code: { wardId, code: change.code } }, data: { active: false } });
      continue;
    }
    const form = nextForms.get(change.code)!;
    const columns = formColumns(form);
    await tx.awardForm.upsert({ where: { wardId_code: { wardId, code: form.code } }, create: { wardId, ...columns, active: true }, update: { ...columns, active: true } });
  }
  const ids = new Map((await tx.awardForm.findMany({ where: { wardId }, select: { id: true, code: true } })).map((row) => [row.code, row.id]));
  for (const change of plan.rates) {
    const formId = ids.get(change.form)!;
    const where = { formId_recipientKind_validFrom: { formId, recipientKind: change.recipientKind, validFrom: change.validFrom } };
    if (change.after === null) await tx.awardRate.delete({ where });
    else if (change.before === null) await tx.awardRate.create({ data: { formId, recipientKind: change.recipientKind, validFrom: change.validFrom, ...change.after } });
    else await tx.awardRate.update({ where, data: change.after });
  }
  for (const change of plan.baseSalaries) {
    if (change.after === null) await tx.baseSalary.delete({ where: { validFrom: change.validFrom } });
    else await tx.baseSalary.upsert({ where: { validFrom: change.validFrom }, create: { validFrom: change.validFrom, ...change.after }, update: change.after });
  }
  if (plan.settings.length > 0) {
    const columns = settingsColumns(wardId, next.settings);
    await tx.awardSettings.upsert({ where: { wardId }, create: columns, update: columns });
  }
}
