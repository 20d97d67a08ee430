// Group reports: every accepted answer is stored at once, with an audit row per change.
import type { AnswerValue, IndicatorDef } from "../../domain/types.js";
import type { Db } from "../client.js";
import { fromColumns, toColumns } from "../mappers.js";

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
 */
export async function saveAnswer(db: Db, input: AnswerInput): Promise<{ changed: boolean }> {
  return db.$transaction(async (tx) => {
    const report = await tx.groupReport.upsert({
      where: { periodId_groupId: { periodId: input.periodId, groupId: input.groupId } },
      create: { periodId: input.periodId, groupId: input.groupId },
      update: {},
    });
    const where = { reportId_indicatorId: { reportId: report.id, indicatorId: input.indicatorId } };
    const before = await tx.reportValue.findUnique({ where });
    const oldValue = before ? fromColumns(input.value.type, before) : null;
    if (oldValue && JSON.stringify(oldValue) === JSON.stringify(input.value)) return { changed: false };
    const columns = toColumns(input.value);
    await tx.reportValue.upsert({
      where,
      create: { reportId: report.id, indicatorId: input.indicatorId, ...columns, updatedById: input.memberId },
      update: { ...columns, updatedById: input.memberId },
    });
    await tx.valueChange.create({
      data: {
        reportId: report.id,
        indicatorId: input.indicatorId,
        oldValue: oldValue ? JSON.stringify(oldValue) : null,
        newValue: JSON.stringify(input.value),
        changedById: input.memberId,
        source: input.source ?? "chat",
      },
    });
    return { changed: true };
  });
}

export async function submitReport(db: Db, periodId: number, groupId: number, memberId: number | null, at: Date) {
  return db.groupReport.update({
    where: { periodId_groupId: { periodId, groupId } },
    data: { status: "submitted", submittedAt: at, submittedById: memberId },
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
