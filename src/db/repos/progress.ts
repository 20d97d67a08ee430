// Where a ward's groups stand in a period, and one group's answers: plain JSON-safe data
// (numbers, strings, ISO dates), so a conversation may keep it for replay.
import type { AnswerValue, IndicatorType, ReportStatus } from "../../domain/types.js";
import type { Db } from "../client.js";
import { periodIndicators } from "./catalogue.js";
import { reportAnswers } from "./reports.js";
import { periodGroupsWhere } from "./period-groups.js";

/** A group's state in a period: its report's status, or "none" before it starts one. */
export type ProgressState = ReportStatus | "none";

export interface ProgressGroup {
  id: number;
  name: string;
  state: ProgressState;
}

export interface ProgressPeriod {
  id: number;
  name: string;
  /** ISO 8601. */
  deadline: string;
  open: boolean;
}

export interface PeriodProgress {
  period: ProgressPeriod;
  /** Every active group of the ward, in the ward's order. */
  groups: ProgressGroup[];
  total: number;
  counts: Record<ProgressState, number>;
  /** Submitted or approved: "Đã nộp x/y tổ". */
  handedIn: number;
}

function toPeriod(row: { id: number; name: string; deadline: Date; status: string }): ProgressPeriod {
  return { id: row.id, name: row.name, deadline: row.deadline.toISOString(), open: row.status === "open" };
}

/** The open period whose deadline is nearest (what leaders report for now), or null. */
export async function openPeriodOf(db: Db, wardId: number): Promise<ProgressPeriod | null> {
  const row = await db.period.findFirst({ where: { wardId, status: "open" }, orderBy: [{ deadline: "asc" }, { id: "asc" }] });
  return row ? toPeriod(row) : null;
}

/** Progress of a period of the ward; null when the period is not the ward's. */
export async function periodProgress(db: Db, wardId: number, periodId: number): Promise<PeriodProgress | null> {
  const period = await db.period.findFirst({ where: { id: periodId, wardId } });
  if (!period) return null;
  const rows = await db.group.findMany({
    where: periodGroupsWhere(wardId, periodId),
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    select: { id: true, name: true, reports: { where: { periodId }, select: { status: true } } },
  });
  const counts: Record<ProgressState, number> = { none: 0, draft: 0, submitted: 0, returned: 0, approved: 0 };
  const groups = rows.map((row): ProgressGroup => {
    const state: ProgressState = row.reports[0]?.status ?? "none";
    counts[state]++;
    return { id: row.id, name: row.name, state };
  });
  return { period: toPeriod(period), groups, total: groups.length, counts, handedIn: counts.submitted + counts.approved };
}

/** Progress of the ward's current open period, or null when none is open. */
export async function currentProgress(db: Db, wardId: number): Promise<PeriodProgress | null> {
  const period = await openPeriodOf(db, wardId);
  return period ? periodProgress(db, wardId, period.id) : null;
}

export interface ReviewAnswer {
  code: string;
  label: string;
  movementName: string | null;
  type: IndicatorType;
  unit: string | null;
  optional: boolean;
  value: AnswerValue | null;
}

export interface GroupReportView {
  period: ProgressPeriod;
  group: { id: number; name: string };
  state: ProgressState;
  submittedAt: string | null;
  reviewedAt: string | null;
  reviewComment: string | null;
  /** Indicator codes the reviewer asked to fix. */
  returnedItems: string[];
  /** Every indicator of the period, in the period's order, with the group's answer or null. */
  answers: ReviewAnswer[];
}

/**
 * One group's report in a period, for an official of `wardId`. Null when the group or the
 * period belongs to another ward (or does not exist): callers pass ids from callback data,
 * which the user controls.
 */
export async function groupReportView(db: Db, wardId: number, periodId: number, groupId: number): Promise<GroupReportView | null> {
  const [period, group] = await Promise.all([
    db.period.findFirst({ where: { id: periodId, wardId } }),
    db.group.findFirst({ where: { id: groupId, wardId } }),
  ]);
  if (!period || !group) return null;
  const [report, indicators, movements] = await Promise.all([
    db.groupReport.findUnique({ where: { periodId_groupId: { periodId, groupId } } }),
    periodIndicators(db, periodId),
    db.movement.findMany({ where: { wardId }, select: { code: true, name: true } }),
  ]);
  const movementName = new Map(movements.map((movement) => [movement.code, movement.name]));
  const answers = await reportAnswers(db, periodId, groupId, indicators);
  return {
    period: toPeriod(period),
    group: { id: group.id, name: group.name },
    state: report?.status ?? "none",
    submittedAt: report?.submittedAt?.toISOString() ?? null,
    reviewedAt: report?.reviewedAt?.toISOString() ?? null,
    reviewComment: report?.reviewComment ?? null,
    returnedItems: report?.returnedItems?.split(",").filter(Boolean) ?? [],
    answers: indicators.map((indicator) => ({
      code: indicator.code,
      label: indicator.label,
      movementName: indicator.movementCode ? (movementName.get(indicator.movementCode) ?? null) : null,
      type: indicator.type,
      unit: indicator.unit,
      optional: indicator.optional,
      value: answers.get(indicator.code) ?? null,
    })),
  };
}
