// The city roll-up computed in the database: a few grouped queries over every ward of the
// city at once, never loading the values. Each query returns a row per ward (per period) and,
// in the same statement (UNION ALL), the city's rows (period or ward null): a second GROUP BY
// over the per-ward groups, as GROUP BY ROLLUP would do it, so the values are read once and
// the city totals are the database's, not a sum made in JavaScript. The SQL is plain enough
// for both SQLite and PostgreSQL: quoted identifiers, CASE for booleans, CAST for text and
// bigint; only constants are written into the text, every value is a bound parameter.
import type { CityRollupFacts, WardRollupFacts } from "../../domain/city-rollup.js";
import { mergeIndicators } from "../../domain/city-rollup.js";
import type { IndicatorDef, IndicatorFacts, PeriodFacts, PeriodKind, ReportStatus } from "../../domain/types.js";
import type { Db } from "../client.js";
import { Prisma } from "../generated/sqlite/client.js";
import { toIndicatorDef, withFrozen } from "../mappers.js";
import { cityWards, findCity } from "./city.js";
import { COUNTED_STATUSES } from "./period-facts.js";

/** The counted statuses as an SQL list; constants, so they can be written into the text. */
const COUNTED_SQL = Prisma.raw(COUNTED_STATUSES.map((status) => `'${status}'`).join(", "));

/** A COUNT or SUM as the drivers return it (bigint, number, string or a decimal) → number. */
export function sqlNumber(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return Number(value);
  const number = Number(String(value));
  if (!Number.isFinite(number)) throw new Error(`Not a number from the database: ${String(value)}`);
  return number;
}

/** A period id as the driver returns it, null for the city's rows. */
function sqlId(value: unknown): number | null {
  return value === null || value === undefined ? null : sqlNumber(value);
}

interface ValueRow {
  periodId: unknown;
  code: string;
  sum: unknown;
  yes: unknown;
  answered: unknown;
}

/**
 * Sums of numbers, "yes" answers and answers by period and indicator code, over counted reports.
 * One pass over the values, grouped by (period, indicator id); only those partial rows (a few
 * per ward) are matched to the period's indicators, named by code, and added up for the city.
 */
function valueSums(db: Db, periodIds: number[]) {
  return db.$queryRaw<ValueRow[]>(Prisma.sql`
    WITH partial AS (
      SELECT r."periodId" AS "periodId", v."indicatorId" AS "indicatorId", SUM(v."numberValue") AS "sum",
             SUM(CASE WHEN v."boolValue" THEN 1 ELSE 0 END) AS "yes", COUNT(*) AS "answered"
        FROM "ReportValue" v
        JOIN "GroupReport" r ON r."id" = v."reportId"
       WHERE r."periodId" IN (${Prisma.join(periodIds)}) AND r."status" IN (${COUNTED_SQL})
       GROUP BY r."periodId", v."indicatorId"
    ), coded AS (
      SELECT p."periodId" AS "periodId", i."code" AS "code", p."sum" AS "sum", p."yes" AS "yes", p."answered" AS "answered"
        FROM partial p
        JOIN "PeriodIndicator" pi ON pi."periodId" = p."periodId" AND pi."indicatorId" = p."indicatorId"
        JOIN "Indicator" i ON i."id" = p."indicatorId"
    )
    SELECT "periodId", "code", CAST("sum" AS BIGINT) AS "sum", "yes", "answered" FROM coded
    UNION ALL
    SELECT NULL, "code", CAST(SUM("sum") AS BIGINT), SUM("yes"), SUM("answered") FROM coded GROUP BY "code"`);
}

/**
 * For indicators whose ratio is "yes among the groups that pledged an item": the "yes" answers
 * of groups whose signed pledge of the year commits to the item (as periodFacts counts them).
 * `itemOf` pairs each such indicator (by id: each ward's own definition) with its pledge item.
 */
function yesAmongPledged(db: Db, periodIds: number[], year: number, itemOf: ReadonlyArray<readonly [indicatorId: number, item: string]>) {
  const item = Prisma.sql`CASE v."indicatorId" ${Prisma.join(
    itemOf.map(([indicatorId, pledgeItem]) => Prisma.sql`WHEN ${indicatorId} THEN ${pledgeItem}`),
    " ",
  )} END`;
  return db.$queryRaw<Array<{ periodId: unknown; code: string; n: unknown }>>(Prisma.sql`
    WITH partial AS (
      SELECT r."periodId" AS "periodId", v."indicatorId" AS "indicatorId", COUNT(*) AS "n"
        FROM "ReportValue" v
        JOIN "GroupReport" r ON r."id" = v."reportId"
       WHERE v."indicatorId" IN (${Prisma.join(itemOf.map(([indicatorId]) => indicatorId))})
         AND v."boolValue" = TRUE
         AND r."periodId" IN (${Prisma.join(periodIds)}) AND r."status" IN (${COUNTED_SQL})
         AND EXISTS (SELECT 1 FROM "Pledge" pl JOIN "PledgeEntry" e ON e."pledgeId" = pl."id"
                      WHERE pl."groupId" = r."groupId" AND pl."year" = ${year} AND pl."signedAt" IS NOT NULL
                        AND e."boolValue" = TRUE AND e."itemCode" = ${item})
       GROUP BY r."periodId", v."indicatorId"
    ), coded AS (
      SELECT p."periodId" AS "periodId", i."code" AS "code", p."n" AS "n"
        FROM partial p
        JOIN "PeriodIndicator" pi ON pi."periodId" = p."periodId" AND pi."indicatorId" = p."indicatorId"
        JOIN "Indicator" i ON i."id" = p."indicatorId"
    )
    SELECT "periodId", "code", "n" FROM coded
    UNION ALL
    SELECT NULL, "code", SUM("n") FROM coded GROUP BY "code"`);
}

/** Reports by period and status. */
function statusCounts(db: Db, periodIds: number[]) {
  return db.$queryRaw<Array<{ periodId: unknown; status: string; n: unknown }>>(Prisma.sql`
    WITH partial AS (
      SELECT r."periodId" AS "periodId", CAST(r."status" AS TEXT) AS "status", COUNT(*) AS "n"
        FROM "GroupReport" r WHERE r."periodId" IN (${Prisma.join(periodIds)}) GROUP BY r."periodId", r."status"
    )
    SELECT "periodId", "status", "n" FROM partial
    UNION ALL
    SELECT NULL, "status", SUM("n") FROM partial GROUP BY "status"`);
}

/**
 * The groups each ward's period expects, as periodFacts counts them (period-groups.ts): the
 * active ones and any group with a report in the period (merged or deactivated since).
 */
function groupCounts(db: Db, wardIds: number[], periodIds: number[]) {
  return db.$queryRaw<Array<{ wardId: unknown; n: unknown }>>(Prisma.sql`
    WITH partial AS (
      SELECT g."wardId" AS "wardId", COUNT(*) AS "n"
        FROM "Group" g WHERE g."wardId" IN (${Prisma.join(wardIds)})
         AND (g."active" = TRUE OR EXISTS (
           SELECT 1 FROM "GroupReport" r WHERE r."groupId" = g."id" AND r."periodId" IN (${Prisma.join(periodIds)})))
       GROUP BY g."wardId"
    )
    SELECT "wardId", "n" FROM partial
    UNION ALL
    SELECT NULL, SUM("n") FROM partial`);
}

/** Signed pledges of the year by ward, and by ward and item those that commit to the item (yes, or a target above 0). */
function pledgeCounts(db: Db, wardIds: number[], year: number) {
  const ids = Prisma.join(wardIds);
  return Promise.all([
    db.$queryRaw<Array<{ wardId: unknown; n: unknown }>>(Prisma.sql`
      WITH partial AS (
        SELECT g."wardId" AS "wardId", COUNT(*) AS "n"
          FROM "Pledge" pl JOIN "Group" g ON g."id" = pl."groupId"
         WHERE g."wardId" IN (${ids}) AND pl."year" = ${year} AND pl."signedAt" IS NOT NULL
         GROUP BY g."wardId"
      )
      SELECT "wardId", "n" FROM partial
      UNION ALL
      SELECT NULL, SUM("n") FROM partial`),
    db.$queryRaw<Array<{ wardId: unknown; itemCode: string; n: unknown }>>(Prisma.sql`
      WITH partial AS (
        SELECT g."wardId" AS "wardId", e."itemCode" AS "itemCode", COUNT(*) AS "n"
          FROM "PledgeEntry" e JOIN "Pledge" pl ON pl."id" = e."pledgeId" JOIN "Group" g ON g."id" = pl."groupId"
         WHERE g."wardId" IN (${ids}) AND pl."year" = ${year} AND pl."signedAt" IS NOT NULL
           AND (e."boolValue" = TRUE OR e."numberValue" > 0)
         GROUP BY g."wardId", e."itemCode"
      )
      SELECT "wardId", "itemCode", "n" FROM partial
      UNION ALL
      SELECT NULL, "itemCode", SUM("n") FROM partial GROUP BY "itemCode"`),
  ]);
}

/** The numeric ward-level figures (khen thưởng, tiền thưởng, giải) by period and code; text figures are not added up. */
function wardFigureSums(db: Db, periodIds: number[]) {
  return db.$queryRaw<Array<{ periodId: unknown; code: string; sum: unknown }>>(Prisma.sql`
    WITH partial AS (
      SELECT f."periodId" AS "periodId", f."code" AS "code", SUM(f."numberValue") AS "sum"
        FROM "WardFigure" f WHERE f."periodId" IN (${Prisma.join(periodIds)}) AND f."numberValue" IS NOT NULL
       GROUP BY f."periodId", f."code"
    )
    SELECT "periodId", "code", CAST("sum" AS BIGINT) AS "sum" FROM partial
    UNION ALL
    SELECT NULL, "code", CAST(SUM("sum") AS BIGINT) FROM partial GROUP BY "code"`);
}

function emptyFacts(): PeriodFacts {
  return {
    groupsTotal: 0,
    statusCounts: { notStarted: 0, draft: 0, submitted: 0, returned: 0, approved: 0 },
    indicators: [],
    pledges: { signed: 0, total: 0, byItem: {} },
    wardFigures: {},
  };
}

/**
 * The facts of the city's period of (year, kind): one PeriodFacts per ward (its period of that
 * year and kind; the latest if it has several) and the city's, all from grouped SQL.
 */
export async function cityRollupFacts(db: Db, cityId: number, year: number, kind: PeriodKind): Promise<CityRollupFacts> {
  const city = await findCity(db, cityId);
  if (!city) throw new Error(`No city ${cityId}`);
  const wards = await cityWards(db, cityId);
  const periods = await db.period.findMany({
    where: { ward: { cityId }, year, kind },
    orderBy: [{ endDate: "desc" }, { id: "desc" }],
    select: { id: true, wardId: true, name: true },
  });
  const periodOf = new Map<number, { id: number; name: string }>();
  for (const period of periods) if (!periodOf.has(period.wardId)) periodOf.set(period.wardId, { id: period.id, name: period.name });
  const periodIds = [...periodOf.values()].map((period) => period.id);
  const wardIds = [...periodOf.keys()];
  const wardOfPeriod = new Map([...periodOf].map(([wardId, period]) => [period.id, wardId]));

  const [links, movementRows] = await Promise.all([
    db.periodIndicator.findMany({
      where: { periodId: { in: periodIds } },
      include: { indicator: { include: { movement: { select: { code: true } } } } },
      orderBy: [{ periodId: "asc" }, { sortOrder: "asc" }],
    }),
    db.movement.findMany({ where: { wardId: { in: wardIds } }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }] }),
  ]);
  const defsByPeriod = new Map<number, IndicatorDef[]>();
  /** (indicator id, pledge item) of every "pledged" ratio, each ward's own definition. */
  const pledged: Array<readonly [number, string]> = [];
  for (const link of links) {
    const def = withFrozen(toIndicatorDef(link.indicator, link.sortOrder), link.frozen);
    const list = defsByPeriod.get(link.periodId) ?? [];
    list.push(def);
    defsByPeriod.set(link.periodId, list);
    if (def.ratioBase?.kind === "pledged") pledged.push([link.indicatorId, def.ratioBase.pledgeItem]);
  }
  // Wards in the document's order; the first ward's catalogue decides labels, order and ratios.
  const indicators = mergeIndicators(
    wards.flatMap((ward) => {
      const period = periodOf.get(ward.id);
      return period ? [defsByPeriod.get(period.id) ?? []] : [];
    }),
  );
  const movements = new Map<string, { code: string; name: string; order: number }>();
  for (const row of movementRows) if (!movements.has(row.code)) movements.set(row.code, { code: row.code, name: row.name, order: row.sortOrder });

  const factsByWard = new Map<number, PeriodFacts>(wardIds.map((wardId) => [wardId, emptyFacts()]));
  const cityFacts = emptyFacts();
  const target = (wardId: number | null) => (wardId === null ? cityFacts : factsByWard.get(wardId));
  const indicatorFacts = new Map<PeriodFacts, Map<string, IndicatorFacts>>();
  const indicatorOf = (facts: PeriodFacts, code: string) => {
    const byCode = indicatorFacts.get(facts) ?? new Map<string, IndicatorFacts>();
    indicatorFacts.set(facts, byCode);
    let row = byCode.get(code);
    if (!row) {
      row = { code, sum: 0, yes: 0, answered: 0 };
      byCode.set(code, row);
      facts.indicators.push(row);
    }
    return row;
  };

  if (periodIds.length > 0) {
    const [values, pledgedYes, statuses, groups, [signed, committed], figures] = await Promise.all([
      valueSums(db, periodIds),
      pledged.length > 0 ? yesAmongPledged(db, periodIds, year, pledged) : Promise.resolve([]),
      statusCounts(db, periodIds),
      groupCounts(db, wardIds, periodIds),
      pledgeCounts(db, wardIds, year),
      wardFigureSums(db, periodIds),
    ]);
    const byPeriod = (periodId: unknown) => {
      const id = sqlId(periodId);
      return target(id === null ? null : (wardOfPeriod.get(id) ?? -1));
    };
    const byWard = (wardId: unknown) => target(sqlId(wardId));

    for (const row of groups) {
      const facts = byWard(row.wardId);
      if (facts) facts.groupsTotal = sqlNumber(row.n);
    }
    for (const row of statuses) {
      const facts = byPeriod(row.periodId);
      if (facts) facts.statusCounts[row.status as ReportStatus] += sqlNumber(row.n);
    }
    for (const row of values) {
      const facts = byPeriod(row.periodId);
      if (!facts) continue;
      const indicator = indicatorOf(facts, row.code);
      indicator.sum = sqlNumber(row.sum);
      indicator.yes = sqlNumber(row.yes);
      indicator.answered = sqlNumber(row.answered);
    }
    // Every ward (and the city) states yesAmongPledged for the "pledged" indicators, even at 0.
    for (const [periodId, defs] of defsByPeriod) {
      for (const def of defs) {
        if (def.ratioBase?.kind !== "pledged") continue;
        indicatorOf(factsByWard.get(wardOfPeriod.get(periodId)!)!, def.code).yesAmongPledged ??= 0;
        indicatorOf(cityFacts, def.code).yesAmongPledged ??= 0;
      }
    }
    for (const row of pledgedYes) {
      const facts = byPeriod(row.periodId);
      if (facts) indicatorOf(facts, row.code).yesAmongPledged = sqlNumber(row.n);
    }
    for (const row of figures) {
      const facts = byPeriod(row.periodId);
      if (facts) facts.wardFigures[row.code] = sqlNumber(row.sum);
    }
    for (const row of signed) {
      const facts = byWard(row.wardId);
      if (facts) facts.pledges.signed = sqlNumber(row.n);
    }
    for (const row of committed) {
      const facts = byWard(row.wardId);
      if (facts) facts.pledges.byItem[row.itemCode] = sqlNumber(row.n);
    }
  }
  for (const facts of [cityFacts, ...factsByWard.values()]) {
    const { draft, submitted, returned, approved } = facts.statusCounts;
    facts.statusCounts.notStarted = Math.max(0, facts.groupsTotal - (draft + submitted + returned + approved));
    facts.pledges.total = facts.groupsTotal;
  }
  // The city's "not started" is the sum of the wards' (a ward with more reports than groups
  // must not hide another ward's missing ones).
  cityFacts.statusCounts.notStarted = [...factsByWard.values()].reduce((total, facts) => total + facts.statusCounts.notStarted, 0);

  const wardRows: WardRollupFacts[] = wards.map((ward) => {
    const period = periodOf.get(ward.id) ?? null;
    return {
      ward,
      period,
      indicatorCodes: period ? (defsByPeriod.get(period.id) ?? []).map((def) => def.code) : [],
      facts: period ? factsByWard.get(ward.id)! : null,
    };
  });
  return {
    city: { id: city.id, slug: city.slug, name: city.name },
    year,
    kind,
    movements: [...movements.values()].sort((a, b) => a.order - b.order),
    indicators,
    wards: wardRows,
    total: cityFacts,
  };
}
