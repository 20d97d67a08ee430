// The facts of a period, computed in the database (GROUP BY / COUNT / SUM), never by
// loading every value: the same query serves 26 groups or 100.000.
import type { IndicatorFacts, PeriodFacts, ReportStatus, StatusCounts } from "../../domain/types.js";
import type { Db } from "../client.js";
import { periodIndicators } from "./catalogue.js";
import { wardFigures } from "./ward-figures.js";
import { periodGroupsWhere } from "./period-groups.js";

/** Report statuses whose values count in the totals. */
export const COUNTED_STATUSES: ReportStatus[] = ["submitted", "approved"];

export async function periodFacts(db: Db, periodId: number): Promise<PeriodFacts> {
  const period = await db.period.findUniqueOrThrow({ where: { id: periodId } });
  const indicators = await periodIndicators(db, periodId);
  const counted = { periodId, status: { in: COUNTED_STATUSES } };

  const [groupsTotal, statusRows, sums, yesRows, pledgesSigned, pledgeItemRows, figures] = await Promise.all([
    db.group.count({ where: periodGroupsWhere(period.wardId, periodId) }),
    db.groupReport.groupBy({ by: ["status"], where: { periodId }, _count: { _all: true } }),
    db.reportValue.groupBy({
      by: ["indicatorId"],
      where: { report: counted },
      _sum: { numberValue: true },
      _count: { _all: true },
    }),
    db.reportValue.groupBy({
      by: ["indicatorId"],
      where: { report: counted, boolValue: true },
      _count: { _all: true },
    }),
    db.pledge.count({ where: { year: period.year, signedAt: { not: null }, group: { wardId: period.wardId } } }),
    db.pledgeEntry.groupBy({
      by: ["itemCode"],
      where: {
        pledge: { year: period.year, signedAt: { not: null }, group: { wardId: period.wardId } },
        OR: [{ boolValue: true }, { numberValue: { gt: 0 } }],
      },
      _count: { _all: true },
    }),
    wardFigures(db, periodId),
  ]);

  const statusCounts: StatusCounts = { notStarted: 0, draft: 0, submitted: 0, returned: 0, approved: 0 };
  for (const row of statusRows) statusCounts[row.status] = row._count._all;
  const started = statusRows.reduce((total, row) => total + row._count._all, 0);
  statusCounts.notStarted = Math.max(0, groupsTotal - started);

  const sumById = new Map(sums.map((row) => [row.indicatorId, row]));
  const yesById = new Map(yesRows.map((row) => [row.indicatorId, row._count._all]));
  const indicatorFacts: IndicatorFacts[] = [];
  for (const indicator of indicators) {
    const row = sumById.get(indicator.id);
    const facts: IndicatorFacts = {
      code: indicator.code,
      sum: Number(row?._sum.numberValue ?? 0),
      yes: yesById.get(indicator.id) ?? 0,
      answered: row?._count._all ?? 0,
    };
    if (indicator.ratioBase?.kind === "pledged") {
      facts.yesAmongPledged = await db.reportValue.count({
        where: {
          indicatorId: indicator.id,
          boolValue: true,
          report: {
            ...counted,
            group: {
              pledges: {
                some: {
                  year: period.year,
                  signedAt: { not: null },
                  entries: { some: { itemCode: indicator.ratioBase.pledgeItem, boolValue: true } },
                },
              },
            },
          },
        },
      });
    }
    indicatorFacts.push(facts);
  }

  return {
    groupsTotal,
    statusCounts,
    indicators: indicatorFacts,
    pledges: {
      signed: pledgesSigned,
      total: groupsTotal,
      byItem: Object.fromEntries(pledgeItemRows.map((row) => [row.itemCode, row._count._all])),
    },
    wardFigures: figures,
  };
}
