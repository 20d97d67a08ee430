// Everything a leader's report conversation needs, as plain JSON-safe data.
import type { AnswerValue, IndicatorDef, ReportStatus } from "../../domain/types.js";
import type { Db } from "../client.js";
import { fromColumns } from "../mappers.js";
import { periodIndicators } from "./catalogue.js";
import { reportAnswers } from "./reports.js";

export interface ReportIndicator extends IndicatorDef {
  id: number;
  movementName: string | null;
}

export interface ReportState {
  period: { id: number; wardId: number; name: string; deadline: string; open: boolean; year: number };
  group: { id: number; name: string };
  status: ReportStatus | null;
  submittedAt: string | null;
  reviewComment: string | null;
  returnedItems: string[];
  indicators: ReportIndicator[];
  answers: Record<string, AnswerValue>;
  /** Last period's answers, for indicators that offer them as a one-tap answer. */
  previous: Record<string, AnswerValue>;
}

export async function loadReportState(db: Db, periodId: number, groupId: number): Promise<ReportState> {
  const [period, group, report, indicators] = await Promise.all([
    db.period.findUniqueOrThrow({ where: { id: periodId } }),
    db.group.findUniqueOrThrow({ where: { id: groupId } }),
    db.groupReport.findUnique({ where: { periodId_groupId: { periodId, groupId } } }),
    periodIndicators(db, periodId),
  ]);
  const movements = await db.movement.findMany({ where: { wardId: period.wardId } });
  const movementName = new Map(movements.map((movement) => [movement.code, movement.name]));
  const answers = await reportAnswers(db, periodId, groupId, indicators);
  return {
    period: { id: period.id, wardId: period.wardId, name: period.name, deadline: period.deadline.toISOString(), open: period.status === "open", year: period.year },
    group: { id: group.id, name: group.name },
    status: report?.status ?? null,
    submittedAt: report?.submittedAt?.toISOString() ?? null,
    reviewComment: report?.reviewComment ?? null,
    returnedItems: report?.returnedItems?.split(",").filter(Boolean) ?? [],
    indicators: indicators.map((indicator) => ({
      ...indicator,
      movementName: indicator.movementCode ? (movementName.get(indicator.movementCode) ?? null) : null,
    })),
    answers: Object.fromEntries(answers),
    previous: await previousAnswers(db, period.wardId, periodId, groupId, indicators.filter((i) => i.offerPrevious)),
  };
}

async function previousAnswers(
  db: Db,
  wardId: number,
  periodId: number,
  groupId: number,
  indicators: Array<IndicatorDef & { id: number }>,
): Promise<Record<string, AnswerValue>> {
  const previous: Record<string, AnswerValue> = {};
  for (const indicator of indicators) {
    const row = await db.reportValue.findFirst({
      where: {
        indicatorId: indicator.id,
        report: { groupId, periodId: { not: periodId }, period: { wardId } },
      },
      orderBy: { report: { period: { endDate: "desc" } } },
    });
    const value = row ? fromColumns(indicator.type, row) : null;
    if (value) previous[indicator.code] = value;
  }
  return previous;
}
