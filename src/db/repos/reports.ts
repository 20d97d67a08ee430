// Group reports: every accepted answer is stored at once, with an audit row per change.
import type { AnswerValue, IndicatorDef, ReportStatus, Role } from "../../domain/types.js";
import type { Conflict } from "../../domain/validate.js";
import type { Db } from "../client.js";
import { Prisma } from "../generated/sqlite/client.js";
import { fromColumns, toColumns } from "../mappers.js";
import { type Actor, type Guarded, guarded, refuseUnlessActor, type Tx, WriteRefused } from "./write-guard.js";

export interface AnswerInput {
  periodId: number;
  groupId: number;
  indicatorId: number;
  value: AnswerValue;
  memberId: number | null;
  source?: string;
}

export async function getOrCreateReport(db: Db, periodId: number, groupId: number) {
  return db.groupReport.upsert({
    where: { periodId_groupId: { periodId, groupId } },
    create: { periodId, groupId },
    update: {},
  });
}

/**
 * Stores one answer in the group's report (created as a draft when missing).
 * Idempotent: storing the same value again changes nothing and writes no audit row.
 * No checks: for seeds and imports; the chat writes through saveReportAnswer.
 */
export async function saveAnswer(db: Db, input: AnswerInput): Promise<{ changed: boolean }> {
  return db.$transaction(async (tx) => {
    const report = await tx.groupReport.upsert({
      where: { periodId_groupId: { periodId: input.periodId, groupId: input.groupId } },
      create: { periodId: input.periodId, groupId: input.groupId },
      update: {},
    });
    const before = await tx.reportValue.findUnique({ where: { reportId_indicatorId: { reportId: report.id, indicatorId: input.indicatorId } } });
    return writeAnswer(tx, report.id, input, before ? fromColumns(input.value.type, before) : null);
  });
}

/**
 * The answer and its audit row, as plain SQL (the same on both databases): they run at every
 * answer, and a raw statement costs Prisma about a third of a model query's time.
 */
async function writeAnswer(tx: Tx, reportId: number, input: AnswerInput, oldValue: AnswerValue | null): Promise<{ changed: boolean }> {
  if (oldValue && JSON.stringify(oldValue) === JSON.stringify(input.value)) return { changed: false };
  const { numberValue, boolValue, textValue } = toColumns(input.value);
  const now = new Date();
  await tx.$executeRaw`
    INSERT INTO "ReportValue" ("reportId", "indicatorId", "numberValue", "boolValue", "textValue", "updatedById", "updatedAt")
    VALUES (${reportId}, ${input.indicatorId}, ${numberValue}, ${boolValue}, ${textValue}, ${input.memberId}, ${now})
    ON CONFLICT ("reportId", "indicatorId") DO UPDATE SET "numberValue" = excluded."numberValue", "boolValue" = excluded."boolValue",
      "textValue" = excluded."textValue", "updatedById" = excluded."updatedById", "updatedAt" = excluded."updatedAt"`;
  await tx.$executeRaw`
    INSERT INTO "ValueChange" ("reportId", "indicatorId", "oldValue", "newValue", "changedById", "source", "changedAt")
    VALUES (${reportId}, ${input.indicatorId}, ${oldValue ? JSON.stringify(oldValue) : null}, ${JSON.stringify(input.value)},
      ${input.memberId}, ${input.source ?? "chat"}, ${now})`;
  return { changed: true };
}

export async function submitReport(db: Db, periodId: number, groupId: number, memberId: number | null, at: Date) {
  return db.$transaction(async (tx) => {
    const before = await tx.groupReport.findUniqueOrThrow({ where: { periodId_groupId: { periodId, groupId } }, select: { status: true } });
    const report = await tx.groupReport.update({
      where: { periodId_groupId: { periodId, groupId } },
      data: { status: "submitted", submittedAt: at, submittedById: memberId },
    });
    await recordStatusChange(tx, report.id, before.status, "submitted", memberId);
    return report;
  });
}

/**
 * One row of a report's status history, in the transaction of the change. Its time is when
 * the row is written (after the transaction took the report), so the history orders with the
 * answers' audit rows.
 */
export async function recordStatusChange(tx: Tx, reportId: number, from: ReportStatus | null, to: ReportStatus, byId: number | null) {
  if (from === to) return;
  await tx.reportStatusChange.create({ data: { reportId, fromStatus: from, toStatus: to, changedById: byId, changedAt: new Date() } });
}

/** The locked report, its period's status and the writing member, read in one statement. */
interface LockRow {
  id: unknown;
  status: ReportStatus;
  submittedAt: unknown;
  periodStatus: string;
  memberActive: unknown;
  memberRole: Role | null;
  memberWardId: unknown;
  memberGroupId: unknown;
}

/** A boolean as the drivers return it (PostgreSQL: boolean; SQLite: 0 or 1). */
const sqlBoolean = (value: unknown): boolean => value === true || value === 1 || value === 1n;
/** A nullable id as the drivers return it (number or bigint). */
const sqlId = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));
/** A DateTime as the drivers return it in a raw query (PostgreSQL: Date; SQLite: text or milliseconds). */
const sqlDate = (value: unknown): Date | null => (value === null || value === undefined ? null : new Date(value as string | number | Date));

/**
 * Takes the report for writing, in one statement: a write first (the row lock on PostgreSQL,
 * the write lock on SQLite), so what is read after it is what is stored, and nobody changes it
 * until commit. The report is created as a draft when missing, but only in an open period. The
 * same statement returns the report, its period's status and the writer as they are now (the
 * write guard's member check, folded in; subqueries in RETURNING work on both databases).
 * Refused when the period is closed, the report approved, or the member is no longer who the
 * conversation knew — in that order.
 */
async function lockOpenReport(tx: Tx, periodId: number, groupId: number, actor: Actor) {
  const now = new Date();
  const member = (column: string) => Prisma.sql`(SELECT m.${Prisma.raw(`"${column}"`)} FROM "Member" m WHERE m."id" = ${actor.memberId})`;
  // The transaction's first statement (SQLite: no read snapshot to go stale).
  const rows = await tx.$queryRaw<LockRow[]>(Prisma.sql`
    INSERT INTO "GroupReport" ("periodId", "groupId", "createdAt", "updatedAt")
    SELECT ${periodId}, ${groupId}, ${now}, ${now}
     WHERE EXISTS (SELECT 1 FROM "Period" p WHERE p."id" = ${periodId} AND p."status" = 'open')
    ON CONFLICT ("periodId", "groupId") DO UPDATE SET "updatedAt" = ${now}
    RETURNING "id", "status", "submittedAt",
      (SELECT p."status" FROM "Period" p WHERE p."id" = ${periodId}) AS "periodStatus",
      ${member("active")} AS "memberActive", ${member("role")} AS "memberRole",
      ${member("wardId")} AS "memberWardId", ${member("groupId")} AS "memberGroupId"`);
  const row = rows[0];
  // No row: the period is not open (no report is created for it, an existing one is not touched).
  if (!row || row.periodStatus !== "open") throw new WriteRefused("period_closed");
  if (row.status === "approved") throw new WriteRefused("report_approved");
  const writer = row.memberRole === null || row.memberRole === undefined
    ? null
    : { active: sqlBoolean(row.memberActive), role: row.memberRole, wardId: Number(row.memberWardId), groupId: sqlId(row.memberGroupId) };
  refuseUnlessActor(writer, actor);
  return { id: Number(row.id), status: row.status, submittedAt: sqlDate(row.submittedAt) };
}

interface ValueRow {
  indicatorId: unknown;
  numberValue: unknown;
  boolValue: unknown;
  textValue: string | null;
}

async function storedAnswers(tx: Tx, reportId: number, indicators: ReadonlyArray<IndicatorDef & { id: number }>): Promise<Map<string, AnswerValue>> {
  const rows = await tx.$queryRaw<ValueRow[]>`SELECT "indicatorId", "numberValue", "boolValue", "textValue" FROM "ReportValue" WHERE "reportId" = ${reportId}`;
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const answers = new Map<string, AnswerValue>();
  for (const row of rows) {
    const indicator = byId.get(Number(row.indicatorId));
    const columns = {
      numberValue: row.numberValue === null ? null : BigInt(row.numberValue as number | bigint | string),
      boolValue: row.boolValue === null ? null : sqlBoolean(row.boolValue),
      textValue: row.textValue,
    };
    const value = indicator ? fromColumns(indicator.type, columns) : null;
    if (indicator && value) answers.set(indicator.code, value);
  }
  return answers;
}

export interface ChatWrite {
  periodId: number;
  groupId: number;
  actor: Actor;
  /** The period's indicators (to read the stored answers by code). */
  indicators: ReadonlyArray<IndicatorDef & { id: number }>;
  at: Date;
}

/**
 * A leader's answer from the chat, in one transaction: the member is still this group's
 * leader, the period open, the report not approved, and `validate` (given the answers
 * stored now, not those the conversation loaded) finds no conflict. Returns the answers
 * stored after the write.
 */
export async function saveReportAnswer(
  db: Db,
  write: ChatWrite & { indicatorId: number; value: AnswerValue; source?: string; validate(stored: ReadonlyMap<string, AnswerValue>): Conflict[] },
): Promise<Guarded<{ changed: boolean; answers: Map<string, AnswerValue>; report: { status: ReportStatus; submittedAt: string | null } }>> {
  return guarded(db, async (tx) => {
    const report = await lockOpenReport(tx, write.periodId, write.groupId, write.actor);
    const answers = await storedAnswers(tx, report.id, write.indicators);
    const conflicts = write.validate(answers);
    if (conflicts.length > 0) throw new WriteRefused("invalid", conflicts);
    const code = write.indicators.find((indicator) => indicator.id === write.indicatorId)?.code;
    const input = { periodId: write.periodId, groupId: write.groupId, indicatorId: write.indicatorId, value: write.value, memberId: write.actor.memberId, ...(write.source ? { source: write.source } : {}) };
    const result = await writeAnswer(tx, report.id, input, code ? (answers.get(code) ?? null) : null);
    if (code) answers.set(code, write.value);
    return { ...result, answers, report: { status: report.status, submittedAt: report.submittedAt?.toISOString() ?? null } };
  });
}

/**
 * A leader's "Gửi báo cáo", in one transaction with the same checks; `validate` sees the
 * stored answers. A report already submitted stays as it is (its first submission time).
 */
export async function submitReportAs(
  db: Db,
  write: ChatWrite & { validate(stored: ReadonlyMap<string, AnswerValue>): Conflict[] },
): Promise<Guarded<{ submittedAt: Date; already: boolean }>> {
  return guarded(db, async (tx) => {
    const report = await lockOpenReport(tx, write.periodId, write.groupId, write.actor);
    if (report.status === "submitted" && report.submittedAt) return { submittedAt: report.submittedAt, already: true };
    const conflicts = write.validate(await storedAnswers(tx, report.id, write.indicators));
    if (conflicts.length > 0) throw new WriteRefused("invalid", conflicts);
    await tx.groupReport.update({
      where: { id: report.id },
      data: { status: "submitted", submittedAt: write.at, submittedById: write.actor.memberId },
    });
    await recordStatusChange(tx, report.id, report.status, "submitted", write.actor.memberId);
    return { submittedAt: write.at, already: false };
  });
}

/** A group's answers for a period keyed by indicator code. */
export async function reportAnswers(
  db: Db,
  periodId: number,
  groupId: number,
  indicators: Array<IndicatorDef & { id: number }>,
): Promise<Map<string, AnswerValue>> {
  const report = await db.groupReport.findUnique({
    where: { periodId_groupId: { periodId, groupId } },
    include: { values: true },
  });
  const answers = new Map<string, AnswerValue>();
  if (!report) return answers;
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  for (const row of report.values) {
    const indicator = byId.get(row.indicatorId);
    const value = indicator ? fromColumns(indicator.type, row) : null;
    if (indicator && value) answers.set(indicator.code, value);
  }
  return answers;
}
