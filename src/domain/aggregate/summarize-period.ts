// A period's figures as the report states them: totals, "x/y = z%", progress of the groups.

import type { IndicatorDef, IndicatorFacts, IndicatorType, PeriodFacts, RatioBase } from "../types.js";

export interface RatioFigure {
  numerator: number;
  denominator: number;
  /** numerator / denominator × 100, unrounded; null when the denominator is 0. Format with formatPercentOf. */
  percent: number | null;
}

export interface IndicatorSummary {
  code: string;
  movementCode: string | null;
  label: string;
  shortLabel: string;
  type: IndicatorType;
  unit: string | null;
  /** Sum (count, money), "yes" answers (yes_no) or answers given (text). */
  total: number;
  answered: number;
  ratio: RatioFigure | null;
}

export interface GroupProgress {
  total: number;
  reported: number; // submitted + approved
  submitted: number;
  approved: number;
  returned: number;
  draft: number;
  notStarted: number;
}

export interface PeriodSummary {
  indicators: IndicatorSummary[];
  groups: GroupProgress;
  pledges: { signed: number; total: number; ratio: RatioFigure; byItem: Record<string, number> };
  wardFigures: Record<string, number | string>;
}

export function ratioOf(numerator: number, denominator: number): RatioFigure {
  return { numerator, denominator, percent: denominator === 0 ? null : (numerator * 100) / denominator };
}

function ratio(base: RatioBase | null, own: IndicatorFacts, facts: PeriodFacts, byCode: Map<string, IndicatorFacts>) {
  switch (base?.kind) {
    case undefined:
      return null;
    case "groups": // "26/26 tổ dân phố đạt tổ dân phố văn hóa": yes among all the period's groups
      return ratioOf(own.yes, facts.groupsTotal);
    case "indicator": // "5.829/5.885 hộ": sum over the sum of another indicator
      return ratioOf(own.sum, byCode.get(base.indicator)?.sum ?? 0);
    case "pledged": // "18/18 tổ": yes among the groups that pledged the item
      return ratioOf(own.yesAmongPledged ?? 0, facts.pledges.byItem[base.pledgeItem] ?? 0);
  }
}

/** The summary of a period; `indicators` are the period's, listed in catalogue order. */
export function summarizePeriod(indicators: readonly IndicatorDef[], facts: PeriodFacts): PeriodSummary {
  const byCode = new Map(facts.indicators.map((f) => [f.code, f]));
  const summaries = [...indicators]
    .sort((a, b) => a.order - b.order)
    .map((def): IndicatorSummary => {
      const own = byCode.get(def.code) ?? { code: def.code, sum: 0, yes: 0, answered: 0 };
      const total = def.type === "yes_no" ? own.yes : def.type === "text" ? own.answered : own.sum;
      return {
        code: def.code,
        movementCode: def.movementCode,
        label: def.label,
        shortLabel: def.shortLabel,
        type: def.type,
        unit: def.unit,
        total,
        answered: own.answered,
        ratio: ratio(def.ratioBase, own, facts, byCode),
      };
    });
  const s = facts.statusCounts;
  return {
    indicators: summaries,
    groups: {
      total: facts.groupsTotal,
      reported: s.submitted + s.approved,
      submitted: s.submitted,
      approved: s.approved,
      returned: s.returned,
      draft: s.draft,
      notStarted: s.notStarted,
    },
    pledges: {
      signed: facts.pledges.signed,
      total: facts.pledges.total,
      ratio: ratioOf(facts.pledges.signed, facts.pledges.total),
      byItem: { ...facts.pledges.byItem },
    },
    wardFigures: { ...facts.wardFigures },
  };
}

/** One indicator's summary by code. */
export function indicatorSummary(summary: PeriodSummary, code: string): IndicatorSummary | undefined {
  return summary.indicators.find((i) => i.code === code);
}
