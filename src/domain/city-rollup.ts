// The city roll-up from plain data: each ward's PeriodFacts (computed in SQL) summarised the
// same way as a ward's own report, and the city's facts beside them. Pure: no I/O.

import { summarizePeriod, type PeriodSummary } from "./aggregate.js";
import type { IndicatorDef, IndicatorFacts, PeriodFacts, PeriodKind } from "./types.js";

export interface CityRef {
  id: number;
  slug: string;
  name: string;
}

export interface WardRollupFacts {
  ward: { id: number; slug: string; name: string };
  /** The ward's period of the roll-up's (year, kind); null: the ward has none. */
  period: { id: number; name: string } | null;
  /** Codes of the indicators the ward's period asks (the ward prints nothing for the others). */
  indicatorCodes: string[];
  /** null when the ward has no such period. */
  facts: PeriodFacts | null;
}

export interface CityRollupFacts {
  city: CityRef;
  year: number;
  kind: PeriodKind;
  /** Movements of the columns, by code (names from the first ward that has the movement). */
  movements: ReadonlyArray<{ code: string; name: string; order: number }>;
  /** The union of the wards' period indicators, by code, in the first ward's order. */
  indicators: IndicatorDef[];
  wards: WardRollupFacts[];
  /** The city's facts, computed by the database over every ward at once (not added up from the ward rows). */
  total: PeriodFacts;
}

export interface WardRollup {
  ward: WardRollupFacts["ward"];
  period: WardRollupFacts["period"];
  indicatorCodes: ReadonlySet<string>;
  summary: PeriodSummary | null;
}

export interface CityRollup {
  city: CityRef;
  year: number;
  kind: PeriodKind;
  movements: CityRollupFacts["movements"];
  indicators: IndicatorDef[];
  wards: WardRollup[];
  total: PeriodSummary;
  /** Wards that have the period / wards of the city. */
  wardsWithPeriod: number;
}

/** Merges the wards' indicator lists by code: the first definition of a code wins, in first-seen order. */
export function mergeIndicators(lists: ReadonlyArray<readonly IndicatorDef[]>): IndicatorDef[] {
  const seen = new Map<string, IndicatorDef>();
  for (const list of lists) {
    for (const def of [...list].sort((a, b) => a.order - b.order)) if (!seen.has(def.code)) seen.set(def.code, def);
  }
  return [...seen.values()].map((def, index) => ({ ...def, order: index + 1 }));
}

/** The roll-up: each ward's summary (only its own indicators) and the city's. */
export function summarizeCity(facts: CityRollupFacts): CityRollup {
  const wards = facts.wards.map((row): WardRollup => {
    const codes = new Set(row.indicatorCodes);
    return {
      ward: row.ward,
      period: row.period,
      indicatorCodes: codes,
      summary: row.facts ? summarizePeriod(facts.indicators.filter((def) => codes.has(def.code)), row.facts) : null,
    };
  });
  return {
    city: facts.city,
    year: facts.year,
    kind: facts.kind,
    movements: facts.movements,
    indicators: facts.indicators,
    wards,
    total: summarizePeriod(facts.indicators, facts.total),
    wardsWithPeriod: wards.filter((ward) => ward.period !== null).length,
  };
}

function addIndicator(into: Map<string, IndicatorFacts>, facts: IndicatorFacts): void {
  const sum = into.get(facts.code) ?? { code: facts.code, sum: 0, yes: 0, answered: 0 };
  sum.sum += facts.sum;
  sum.yes += facts.yes;
  sum.answered += facts.answered;
  if (facts.yesAmongPledged !== undefined) sum.yesAmongPledged = (sum.yesAmongPledged ?? 0) + facts.yesAmongPledged;
  into.set(facts.code, sum);
}

/** The facts of several wards added up (to check the database's city figures against). */
export function addFacts(all: readonly PeriodFacts[]): PeriodFacts {
  const indicators = new Map<string, IndicatorFacts>();
  const total: PeriodFacts = {
    groupsTotal: 0,
    statusCounts: { notStarted: 0, draft: 0, submitted: 0, returned: 0, approved: 0 },
    indicators: [],
    pledges: { signed: 0, total: 0, byItem: {} },
    wardFigures: {},
  };
  for (const facts of all) {
    total.groupsTotal += facts.groupsTotal;
    for (const key of Object.keys(total.statusCounts) as Array<keyof PeriodFacts["statusCounts"]>) {
      total.statusCounts[key] += facts.statusCounts[key];
    }
    for (const row of facts.indicators) addIndicator(indicators, row);
    total.pledges.signed += facts.pledges.signed;
    total.pledges.total += facts.pledges.total;
    for (const [item, count] of Object.entries(facts.pledges.byItem)) {
      total.pledges.byItem[item] = (total.pledges.byItem[item] ?? 0) + count;
    }
    for (const [code, value] of Object.entries(facts.wardFigures)) {
      if (typeof value === "number") total.wardFigures[code] = ((total.wardFigures[code] as number | undefined) ?? 0) + value;
    }
  }
  total.indicators = [...indicators.values()];
  return total;
}
