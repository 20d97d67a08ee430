// PeriodFacts computed in memory from plain rows: what the database computes with GROUP BY,
// written the simple way (tests compare the two).

import type { AnswerValue, IndicatorDef, IndicatorFacts, PeriodFacts, ReportStatus, StatusCounts } from "../types.js";

export type GroupId = string | number;

/** Report statuses whose values count in the totals unless told otherwise. */
export const COUNTED_STATUSES: readonly ReportStatus[] = ["submitted", "approved"];

export interface PeriodRows {
  /** The period's groups; status null: no report yet. */
  groups: ReadonlyArray<{ id: GroupId; status: ReportStatus | null }>;
  /** The period's indicators (only these are summed), in order. */
  indicators: ReadonlyArray<Pick<IndicatorDef, "code" | "ratioBase">>;
  /** Answers, at most one per group and indicator (as the database's unique key keeps them). */
  values: ReadonlyArray<{ groupId: GroupId; indicatorCode: string; value: AnswerValue }>;
  /** Pledges of the period's year, at most one per group. */
  pledges: ReadonlyArray<{ groupId: GroupId; signed: boolean; items: Readonly<Record<string, number | boolean>> }>;
  countStatuses?: readonly ReportStatus[];
  wardFigures?: Readonly<Record<string, number | string>>;
}

/** A pledge commits to an item when it says yes or sets a target above 0. */
export function commitsTo(item: number | boolean | undefined): boolean {
  return item === true || (typeof item === "number" && item > 0);
}

function countStatuses(groups: PeriodRows["groups"]): StatusCounts {
  const counts: StatusCounts = { notStarted: 0, draft: 0, submitted: 0, returned: 0, approved: 0 };
  for (const group of groups) counts[group.status ?? "notStarted"]++;
  return counts;
}

export function summarizeRows(rows: PeriodRows): PeriodFacts {
  const counted = new Set(rows.countStatuses ?? COUNTED_STATUSES);
  const inPeriod = new Set(rows.groups.map((g) => g.id));
  const reporting = new Set(rows.groups.filter((g) => g.status !== null && counted.has(g.status)).map((g) => g.id));

  const signed = rows.pledges.filter((p) => p.signed && inPeriod.has(p.groupId));
  const byItem: Record<string, number> = {};
  const pledgedBy = new Map<string, Set<GroupId>>();
  for (const pledge of signed) {
    for (const [item, value] of Object.entries(pledge.items)) {
      if (!commitsTo(value)) continue;
      byItem[item] = (byItem[item] ?? 0) + 1;
      pledgedBy.set(item, (pledgedBy.get(item) ?? new Set()).add(pledge.groupId));
    }
  }

  const facts = new Map<string, IndicatorFacts>();
  for (const { code, ratioBase } of rows.indicators) {
    facts.set(code, { code, sum: 0, yes: 0, answered: 0, ...(ratioBase?.kind === "pledged" ? { yesAmongPledged: 0 } : {}) });
  }
  const pledgeItemOf = new Map(
    rows.indicators.flatMap((i) => (i.ratioBase?.kind === "pledged" ? [[i.code, i.ratioBase.pledgeItem] as const] : [])),
  );
  for (const { groupId, indicatorCode, value } of rows.values) {
    const f = facts.get(indicatorCode);
    if (f === undefined || !reporting.has(groupId)) continue;
    f.answered++;
    if (value.type === "count" || value.type === "money") f.sum += value.value;
    if (value.type === "yes_no" && value.value) {
      f.yes++;
      const item = pledgeItemOf.get(indicatorCode);
      if (item !== undefined && pledgedBy.get(item)?.has(groupId)) f.yesAmongPledged = (f.yesAmongPledged ?? 0) + 1;
    }
  }

  return {
    groupsTotal: rows.groups.length,
    statusCounts: countStatuses(rows.groups),
    indicators: [...facts.values()],
    pledges: { signed: signed.length, total: rows.groups.length, byItem },
    wardFigures: { ...rows.wardFigures },
  };
}
