// Quyết định khen thưởng: drafted from accepted nomination lines (each with its amount from the
// rate and base salary in force on the decision's date), signed by the chairman or a
// vice-chairman, then locked. A correction is a new decision naming the old one. Every write is
// audited in its own transaction; every function checks the ward.
import type { DecidedCommendations } from "../../domain/awards/report-figures.js";
import { lineAmount, rateOn } from "../../domain/awards/amount.js";
import { annexTotals, inAnnexOrder } from "../../domain/awards/annex.js";
import { isIsoDay, parseIsoDay } from "../../domain/awards/days.js";
import type { DecisionDocumentData } from "../../domain/awards/decision-document.js";
import {
  DEFAULT_DECISION_RECIPIENTS,
  DEFAULT_EXECUTORS,
  PROPOSAL_LINE,
  defaultAchievementClause,
  defaultSubject,
} from "../../domain/awards/decision-text.js";
import { AwardError } from "../../domain/awards/errors.js";
import type { AwardSettingsDef, BaseSalaryDef, RecipientKind } from "../../domain/awards/types.js";
import type { Db } from "../client.js";
import { isUniqueViolation } from "../errors.js";
import { type Actor, recordAudit } from "./audit.js";
import { type AwardFormRow, awardFormByCode, awardSettings, baseSalaryInForce, toAwardFormRow } from "./awards.js";
import { splitLines } from "./wards.js";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export { AwardError } from "../../domain/awards/errors.js";

/** A line of a correction: copied from a line of the old decision (`fromLineId`) and/or typed. */
export interface DecisionLinePatch {
  fromLineId?: number;
  recipientKind?: RecipientKind;
  name?: string;
  address?: string;
  position?: string;
  achievement?: string;
}

interface LineSource {
  nominationLineId: number | null;
  recipientKind: RecipientKind;
  name: string;
  address: string;
  position: string;
  achievement: string;
}

function checkDay(day: string): void {
  if (!isIsoDay(day)) throw new AwardError("bad-date", day);
}

function priced(form: AwardFormRow, salary: BaseSalaryDef, settings: AwardSettingsDef, day: string, sources: LineSource[]) {
  return sources.map((source, index) => {
    const rate = rateOn(form.rates, source.recipientKind, day);
    if (!rate) throw new AwardError("no-rate", `${form.code} ${source.recipientKind} ${day}`);
    return {
      ...source,
      formCode: form.code,
      formName: form.name,
      coefficientMilli: rate.coefficientMilli,
      baseSalary: salary.amount,
      amount: BigInt(lineAmount(rate.coefficientMilli, salary.amount, settings.rounding)),
      sortOrder: index + 1,
    };
  });
}

/** The sources in the annex's order, so that the stored sortOrder is the annex's STT. */
function inAnnexOrderOfSources(sources: LineSource[]): LineSource[] {
  return inAnnexOrder(sources.map((source, index) => ({ ...source, stt: index + 1 }))).map(({ stt: _stt, ...source }) => source);
}

/**
 * Renumbers a decision's stored lines in the annex's order (a draft stored before the order was
 * decided at drafting): at signing, so the locked sortOrder, the annex's STT and the
 * certificates' "Số vào sổ" are the same number and never change after.
 */
async function numberLinesInAnnexOrder(tx: Tx, decisionId: number): Promise<void> {
  const stored = await tx.decisionLine.findMany({ where: { decisionId }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }] });
  const ordered = inAnnexOrder(stored.map((line, index) => ({ ...line, stt: index + 1 })));
  for (const line of ordered) {
    if (line.sortOrder !== line.stt) await tx.decisionLine.update({ where: { id: line.id }, data: { sortOrder: line.stt } });
  }
}

async function pricing(tx: Tx, wardId: number, formCode: string, day: string) {
  const form = await awardFormByCode(tx, wardId, formCode);
  if (!form) throw new AwardError("no-form", formCode);
  const salary = await baseSalaryInForce(tx, day);
  if (!salary) throw new AwardError("no-base-salary", day);
  return { form, salary, settings: await awardSettings(tx, wardId) };
}

export interface CreateDecisionInput {
  wardId: number;
  periodId: number | null;
  formCode: string;
  lineIds: number[];
  /** "YYYY-MM-DD". */
  decisionDate: string;
  actor: Actor;
  at: Date;
  subject?: string;
}

/** A draft decision of `formCode` for accepted nomination lines of the ward. */
export async function createDecisionFromLines(db: Db, input: CreateDecisionInput): Promise<{ id: number }> {
  checkDay(input.decisionDate);
  const ids = [...new Set(input.lineIds)];
  if (ids.length === 0) throw new AwardError("no-lines");
  return db.$transaction(async (tx) => {
    const { form, salary, settings } = await pricing(tx, input.wardId, input.formCode, input.decisionDate);
    const rows = await tx.nominationLine.findMany({
      where: { id: { in: ids } },
      include: { nomination: { include: { group: true } }, decisionLines: true },
    });
    if (rows.length !== ids.length) throw new AwardError("not-found", "nomination line");
    const byId = new Map(rows.map((row) => [row.id, row]));
    const given: LineSource[] = ids.map((id) => {
      const row = byId.get(id)!;
      if (row.nomination.wardId !== input.wardId) throw new AwardError("other-ward");
      if (row.status !== "accepted") throw new AwardError("line-not-accepted", String(id));
      if (row.formId !== form.id) throw new AwardError("wrong-form", String(id));
      if (row.decisionLines.length > 0) {
        throw new AwardError("line-already-decided", String(id));
      }
      return {
        nominationLineId: row.id,
        recipientKind: row.recipientKind,
        name: row.name,
        address: row.address || row.nomination.group.name,
        position: row.position,
        achievement: row.achievement,
      };
    });
    const lines = priced(form, salary, settings, input.decisionDate, inAnnexOrderOfSources(given));
    const year = parseIsoDay(input.decisionDate).year;
    const totals = annexTotals(lines.map((line) => ({ recipientKind: line.recipientKind, amount: Number(line.amount) })));
    const ward = await tx.ward.findUniqueOrThrow({ where: { id: input.wardId } });
    const decision = await tx.awardDecision.create({
      data: {
        wardId: input.wardId,
        periodId: input.periodId,
        formId: form.id,
        symbol: settings.decisionSymbol,
        year,
        decisionDate: input.decisionDate,
        subject: input.subject ?? defaultSubject(form, totals, year),
        legalBasis: [...settings.legalBasis, ...form.legalBasis, PROPOSAL_LINE].join("\n"),
        achievementClause: defaultAchievementClause(year),
        executors: DEFAULT_EXECUTORS,
        recipients: DEFAULT_DECISION_RECIPIENTS.join("\n"),
        signerName: ward.signerName,
        createdById: input.actor.memberId,
        lines: { create: lines },
      },
    });
    await recordAudit(tx, {
      wardId: input.wardId,
      actor: input.actor,
      action: "decision.create",
      subject: `decision:${decision.id}`,
      detail: { form: form.code, decisionDate: input.decisionDate, lineIds: ids, baseSalary: salary.amount, total: totals.amount },
      at: input.at,
    });
    return { id: decision.id };
  });
}

async function decisionInWard(tx: Tx, wardId: number, decisionId: number) {
  const decision = await tx.awardDecision.findUnique({ where: { id: decisionId } });
  if (!decision) throw new AwardError("not-found", `decision ${decisionId}`);
  if (decision.wardId !== wardId) throw new AwardError("other-ward");
  return decision;
}

export interface SignDecisionInput {
  wardId: number;
  decisionId: number;
  /** The chairman or vice-chairman (role chair, Member.viceChair) who signs. */
  signerMemberId: number;
  actor: Actor;
  at: Date;
  /** The number after "Số:"; the next of the year when absent. */
  number?: number;
  /** The day signed, when not the drafted one: the amounts follow the base salary of that day. */
  decisionDate?: string;
}

export async function signDecision(db: Db, input: SignDecisionInput): Promise<{ id: number; number: number; decisionDate: string }> {
  if (input.decisionDate !== undefined) checkDay(input.decisionDate);
  // Two decisions signed at once may both take the next number: the second tries the one after.
  for (let attempt = 1; ; attempt++) {
    try {
      return await signOnce(db, input);
    } catch (error) {
      if (error instanceof AwardError && error.code === "number-taken" && input.number === undefined && attempt < 5) continue;
      throw error;
    }
  }
}

async function signOnce(db: Db, input: SignDecisionInput): Promise<{ id: number; number: number; decisionDate: string }> {
  try {
    return await db.$transaction(async (tx) => {
      const decision = await decisionInWard(tx, input.wardId, input.decisionId);
      if (decision.status === "signed") throw new AwardError("already-signed");
      const signer = await tx.member.findUnique({ where: { id: input.signerMemberId } });
      if (!signer || signer.wardId !== input.wardId || signer.role !== "chair" || !signer.active) throw new AwardError("not-a-signer");
      const decisionDate = input.decisionDate ?? decision.decisionDate;
      const year = parseIsoDay(decisionDate).year;
      if (decisionDate !== decision.decisionDate) await repriceLines(tx, input.wardId, decision.id, decision.formId, decisionDate);
      let number = input.number ?? decision.number ?? null;
      if (number === null) {
        const last = await tx.awardDecision.aggregate({ where: { wardId: input.wardId, symbol: decision.symbol, year }, _max: { number: true } });
        number = (last._max.number ?? 0) + 1;
      }
      await tx.awardDecision.update({
        where: { id: decision.id },
        data: {
          status: "signed",
          number,
          year,
          decisionDate,
          signerName: signer.fullName,
          signerTitle: signer.viceChair ? "PHÓ CHỦ TỊCH" : "CHỦ TỊCH",
          signedForChair: signer.viceChair,
          signedAt: input.at,
          signedById: signer.id,
        },
      });
      await numberLinesInAnnexOrder(tx, decision.id);
      await tx.decisionLine.updateMany({ where: { decisionId: decision.id }, data: { lockedAt: input.at } });
      await recordAudit(tx, {
        wardId: input.wardId,
        actor: input.actor,
        action: "decision.sign",
        subject: `decision:${decision.id}`,
        detail: { number, symbol: decision.symbol, decisionDate, signer: signer.fullName, viceChair: signer.viceChair },
        at: input.at,
      });
      return { id: decision.id, number, decisionDate };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AwardError("number-taken", String(input.number ?? ""));
    throw error;
  }
}

async function repriceLines(tx: Tx, wardId: number, decisionId: number, formId: number, day: string) {
  const formRow = await tx.awardForm.findUniqueOrThrow({ where: { id: formId }, include: { rates: true } });
  const { form, salary, settings } = await pricing(tx, wardId, formRow.code, day);
  const lines = await tx.decisionLine.findMany({ where: { decisionId }, orderBy: { sortOrder: "asc" } });
  const repriced = priced(form, salary, settings, day, lines);
  for (const [index, line] of lines.entries()) {
    const next = repriced[index]!;
    await tx.decisionLine.update({
      where: { id: line.id },
      data: { coefficientMilli: next.coefficientMilli, baseSalary: next.baseSalary, amount: next.amount },
    });
  }
}

export interface UpdateDecisionLineInput {
  wardId: number;
  lineId: number;
  patch: { name?: string; address?: string; position?: string; achievement?: string };
  actor: Actor;
  at: Date;
}

/** Corrects a line of a DRAFT decision; a signed decision's lines are locked. */
export async function updateDecisionLine(db: Db, input: UpdateDecisionLineInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const line = await tx.decisionLine.findUnique({ where: { id: input.lineId }, include: { decision: true } });
    if (!line) throw new AwardError("not-found", `decision line ${input.lineId}`);
    if (line.decision.wardId !== input.wardId) throw new AwardError("other-ward");
    if (line.lockedAt !== null || line.decision.status === "signed") throw new AwardError("locked");
    const before = { name: line.name, address: line.address, position: line.position, achievement: line.achievement };
    const patch = Object.fromEntries(Object.entries(input.patch).filter(([, value]) => value !== undefined));
    await tx.decisionLine.update({ where: { id: line.id }, data: patch });
    await recordAudit(tx, {
      wardId: input.wardId,
      actor: input.actor,
      action: "decision.line.update",
      subject: `decision:${line.decisionId}`,
      detail: { lineId: line.id, before, after: { ...before, ...patch } },
      at: input.at,
    });
  });
}

export interface CreateCorrectionInput {
  wardId: number;
  correctsId: number;
  decisionDate: string;
  lines: DecisionLinePatch[];
  actor: Actor;
  at: Date;
  subject?: string;
}

/** A new draft decision that corrects (replaces) a signed one; the old stays as it was signed. */
export async function createCorrection(db: Db, input: CreateCorrectionInput): Promise<{ id: number }> {
  checkDay(input.decisionDate);
  if (input.lines.length === 0) throw new AwardError("no-lines");
  return db.$transaction(async (tx) => {
    const old = await decisionInWard(tx, input.wardId, input.correctsId);
    if (old.status !== "signed") throw new AwardError("not-signed");
    const oldLines = new Map((await tx.decisionLine.findMany({ where: { decisionId: old.id } })).map((line) => [line.id, line]));
    const formRow = await tx.awardForm.findUniqueOrThrow({ where: { id: old.formId } });
    const { form, salary, settings } = await pricing(tx, input.wardId, formRow.code, input.decisionDate);
    const sources: LineSource[] = input.lines.map((patch) => {
      const from = patch.fromLineId === undefined ? undefined : oldLines.get(patch.fromLineId);
      if (patch.fromLineId !== undefined && !from) throw new AwardError("not-found", `line ${patch.fromLineId} of decision ${old.id}`);
      const recipientKind = patch.recipientKind ?? from?.recipientKind;
      const name = patch.name ?? from?.name;
      if (!recipientKind || !name) throw new AwardError("not-found", "a correction line needs a name and a recipient kind");
      return {
        nominationLineId: from?.nominationLineId ?? null,
        recipientKind,
        name,
        address: patch.address ?? from?.address ?? "",
        position: patch.position ?? from?.position ?? "",
        achievement: patch.achievement ?? from?.achievement ?? "",
      };
    });
    const lines = priced(form, salary, settings, input.decisionDate, inAnnexOrderOfSources(sources));
    const year = parseIsoDay(input.decisionDate).year;
    const decision = await tx.awardDecision.create({
      data: {
        wardId: input.wardId,
        periodId: old.periodId,
        formId: old.formId,
        symbol: old.symbol,
        year,
        decisionDate: input.decisionDate,
        subject: input.subject ?? old.subject,
        legalBasis: old.legalBasis,
        achievementClause: old.achievementClause,
        executors: old.executors,
        recipients: old.recipients,
        signerName: old.signerName,
        correctsId: old.id,
        createdById: input.actor.memberId,
        lines: { create: lines },
      },
    });
    await recordAudit(tx, {
      wardId: input.wardId,
      actor: input.actor,
      action: "decision.correct",
      subject: `decision:${decision.id}`,
      detail: { corrects: old.id, decisionDate: input.decisionDate, lines: lines.length },
      at: input.at,
    });
    return { id: decision.id };
  });
}

/** All the Quyết định, its annex and the certificates need. */
export async function decisionDocument(db: Db, wardId: number, decisionId: number): Promise<DecisionDocumentData> {
  const decision = await db.awardDecision.findUnique({
    where: { id: decisionId },
    include: { ward: true, form: { include: { rates: true } }, lines: { orderBy: [{ sortOrder: "asc" }, { id: "asc" }] }, corrects: true },
  });
  if (!decision) throw new AwardError("not-found", `decision ${decisionId}`);
  if (decision.wardId !== wardId) throw new AwardError("other-ward");
  const form = toAwardFormRow(decision.form);
  // Stored in the annex's order since it is decided (and renumbered so when signed); a decision
  // stored otherwise reads in that order too, as its annex has always printed it.
  const lines = inAnnexOrder(decision.lines.map((line, index) => ({
    stt: index + 1,
    recipientKind: line.recipientKind,
    name: line.name,
    address: line.address,
    position: line.position,
    achievement: line.achievement,
    amount: Number(line.amount),
  })));
  return {
    ward: {
      issuerSuperior: decision.ward.issuerSuperior,
      issuerNameLines: splitLines(decision.ward.issuerName),
      placeName: decision.ward.placeName,
      timeZone: decision.ward.timeZone,
    },
    decision: {
      id: decision.id,
      number: decision.number,
      symbol: decision.symbol,
      year: decision.year,
      decisionDate: decision.decisionDate,
      subject: decision.subject,
      legalBasis: splitLines(decision.legalBasis),
      achievementClause: decision.achievementClause,
      executors: decision.executors,
      recipients: splitLines(decision.recipients),
      signerName: decision.signerName,
      signerTitle: decision.signerTitle,
      signedForChair: decision.signedForChair,
      status: decision.status,
      corrects: decision.corrects
        ? { number: decision.corrects.number, symbol: decision.corrects.symbol, decisionDate: decision.corrects.decisionDate }
        : null,
    },
    form: { code: form.code, name: form.name, kind: form.kind, certificateTitle: form.certificateTitle, titleName: form.titleName },
    lines,
    totals: annexTotals(lines),
  };
}

/** The commendation figures of the signed decisions dated from `from` to `to` ("YYYY-MM-DD", inclusive). */
export async function awardFiguresBetween(db: Db, wardId: number, from: string, to: string): Promise<DecidedCommendations> {
  const decisions = await db.awardDecision.findMany({
    where: { wardId, status: "signed", decisionDate: { gte: from, lte: to } },
    include: { form: true, lines: true, correctedBy: { where: { status: "signed" } } },
  });
  const figures: DecidedCommendations = { decisions: 0, collectives: 0, individuals: 0, households: 0, titles: {}, amount: 0 };
  for (const decision of decisions) {
    if (decision.correctedBy.length > 0) continue;
    figures.decisions += 1;
    for (const line of decision.lines) {
      figures.amount += Number(line.amount);
      if (decision.form.kind === "danh_hieu") {
        figures.titles[decision.form.code] = (figures.titles[decision.form.code] ?? 0) + 1;
      } else if (line.recipientKind === "tap_the") figures.collectives += 1;
      else if (line.recipientKind === "ca_nhan") figures.individuals += 1;
      else figures.households += 1;
    }
  }
  return figures;
}
