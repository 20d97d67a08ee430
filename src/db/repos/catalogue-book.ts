// The catalogue workbook against the database: what is stored now (with how many answers
// each indicator has, and the award forms, base salaries and settings), and an import applied
// in one transaction — or refused whole.
import {
  indicatorPlaceholderUses,
  isEmptyAwardsPlan,
  isEmptyPlan,
  meaningOf,
  planAwards,
  planCatalogue,
  type BookProblem,
  type CatalogueDefs,
  type CataloguePlan,
  type StoredCatalogue,
} from "../../domain/catalogue-book/index.js";
import type { Db } from "../client.js";
import { indicatorColumns, toIndicatorDef } from "../mappers.js";
import { recordAudit, type Actor } from "./audit.js";
import { applyAwardsPlan, awardBook, repriceDrafts, signedAwardUses, storedAwards } from "./awards.js";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

async function stored(db: Db | Tx, wardId: number): Promise<StoredCatalogue> {
  const [movements, indicators, pledgeItems, counts] = await Promise.all([
    db.movement.findMany({ where: { wardId, active: true }, orderBy: { sortOrder: "asc" } }),
    db.indicator.findMany({ where: { wardId, retiredAt: null }, include: { movement: { select: { code: true } } }, orderBy: { sortOrder: "asc" } }),
    db.pledgeItem.findMany({ where: { wardId, active: true }, orderBy: { sortOrder: "asc" } }),
    db.reportValue.groupBy({ by: ["indicatorId"], where: { indicator: { wardId } }, _count: { _all: true } }),
  ]);
  const answers = new Map(counts.map((c) => [c.indicatorId, c._count._all]));
  return {
    movements: movements.map((m) => ({ code: m.code, name: m.name, order: m.sortOrder })),
    indicators: indicators.map((row) => ({ ...toIndicatorDef(row), answers: answers.get(row.id) ?? 0 })),
    pledgeItems: pledgeItems.map((p) => ({ code: p.code, title: p.title, type: p.type as "count" | "yes_no", unit: p.unit, order: p.sortOrder })),
  };
}

/** The ward's catalogue as the workbook shows it: active movements, indicators, pledge items and award forms. */
export async function currentCatalogue(db: Db, wardId: number): Promise<CatalogueDefs> {
  const { movements, indicators, pledgeItems } = await stored(db, wardId);
  return { movements, indicators: indicators.map(({ answers: _answers, ...def }) => def), pledgeItems, awards: await awardBook(db, wardId) };
}

export type ApplyResult = { ok: true; plan: CataloguePlan; changed: boolean } | { ok: false; problems: BookProblem[] };

class Refused extends Error {
  constructor(readonly problems: BookProblem[]) {
    super("catalogue refused");
  }
}

/**
 * Checks `next` against what is stored (answered indicators, the ward's template) and applies
 * it in one transaction: nothing is written if anything is refused.
 */
export async function applyCatalogue(db: Db, wardId: number, next: CatalogueDefs, actor: Actor, now: Date): Promise<ApplyResult> {
  try {
    return await db.$transaction(async (tx) => {
      const ward = await tx.ward.findUniqueOrThrow({ where: { id: wardId }, select: { reportTemplate: true } });
      const current = await stored(tx, wardId);
      const result = planCatalogue(current, next, ward.reportTemplate ? indicatorPlaceholderUses(ward.reportTemplate) : []);
      let awards = null;
      if (next.awards) {
        const uses = await signedAwardUses(tx, wardId);
        awards = planAwards(await storedAwards(tx, wardId), next.awards, uses.rates, uses.salaries, uses.drafts);
      }
      const problems = [...(result.ok ? [] : result.problems), ...(awards && !awards.ok ? awards.problems : [])];
      if (!result.ok || (awards && !awards.ok)) throw new Refused(problems);
      const plan: CataloguePlan = awards?.ok ? { ...result.plan, awards: awards.plan } : result.plan;
      if (isEmptyPlan(plan)) return { ok: true as const, plan, changed: false };
      const { awards: awardsPlan, ...cataloguePlan } = plan;

      const movementIds = new Map<string, number>();
      for (const movement of next.movements) {
        const data = { name: movement.name, sortOrder: movement.order, active: true };
        const row = await tx.movement.upsert({ where: { wardId_code: { wardId, code: movement.code } }, create: { wardId, code: movement.code, ...data }, update: data });
        movementIds.set(movement.code, row.id);
      }
      if (plan.movements.retired.length > 0) {
        await tx.movement.updateMany({ where: { wardId, code: { in: plan.movements.retired } }, data: { active: false } });
      }

      const before = new Map(current.indicators.map((d) => [d.code, d]));
      for (const def of next.indicators) {
        const old = before.get(def.code);
        if (old && plan.meaningChangedIndicators.includes(def.code)) {
          // The periods already answered keep the meaning their answers were given under.
          const row = await tx.indicator.findUniqueOrThrow({ where: { wardId_code: { wardId, code: def.code } }, select: { id: true } });
          await tx.periodIndicator.updateMany({
            where: { indicatorId: row.id, frozen: null, period: { reports: { some: { values: { some: {} } } } } },
            data: { frozen: JSON.stringify(meaningOf(old)) },
          });
        }
        const data = { ...indicatorColumns(def), movementId: def.movementCode === null ? null : (movementIds.get(def.movementCode) ?? null), retiredAt: null };
        await tx.indicator.upsert({ where: { wardId_code: { wardId, code: def.code } }, create: { wardId, code: def.code, ...data }, update: data });
      }
      if (plan.retiredIndicators.length > 0) {
        const retired = await tx.indicator.findMany({ where: { wardId, code: { in: plan.retiredIndicators } }, select: { id: true } });
        const ids = retired.map((r) => r.id);
        await tx.indicator.updateMany({ where: { id: { in: ids } }, data: { retiredAt: now } });
        // An open period nobody has answered yet stops asking it; answered periods keep their questions.
        await tx.periodIndicator.deleteMany({ where: { indicatorId: { in: ids }, period: { status: "open", reports: { none: { values: { some: {} } } } } } });
      }

      for (const item of next.pledgeItems) {
        const data = { title: item.title, type: item.type, unit: item.unit, sortOrder: item.order, active: true };
        await tx.pledgeItem.upsert({ where: { wardId_code: { wardId, code: item.code } }, create: { wardId, code: item.code, ...data }, update: data });
      }
      if (plan.pledgeItems.retired.length > 0) {
        await tx.pledgeItem.updateMany({ where: { wardId, code: { in: plan.pledgeItems.retired } }, data: { active: false } });
      }
      // Only the award sheets changed: no catalogue line, which would list nothing.
      if (!isEmptyPlan(cataloguePlan)) await recordAudit(tx, { wardId, actor, action: "catalogue.import", subject: "catalogue", detail: { ...cataloguePlan }, at: now });
      if (awardsPlan && next.awards && !isEmptyAwardsPlan(awardsPlan)) {
        await applyAwardsPlan(tx, wardId, next.awards, awardsPlan);
        // Drafts follow the new data (a signed decision never does); a national base salary moves every ward's drafts.
        const repricedDrafts = await repriceDrafts(tx, wardId, awardsPlan.baseSalaries.length > 0);
        // Who (the audit row's actor), when (its time), and every change with its old and new value.
        await recordAudit(tx, { wardId, actor, action: "awards.import", subject: `ward:${wardId}`, detail: { ...awardsPlan, repricedDrafts }, at: now });
      }
      return { ok: true as const, plan, changed: true };
    });
  } catch (error) {
    if (error instanceof Refused) return { ok: false, problems: error.problems };
    throw error;
  }
}
