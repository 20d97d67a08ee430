// The catalogue of movements, indicators and pledge items: data per ward.
import type { IndicatorDef, MovementDef, PeriodKind, PledgeItemDef } from "../../domain/types.js";
import type { Db } from "../client.js";
import { indicatorColumns, toIndicatorDef, withFrozen } from "../mappers.js";

export interface Catalogue {
  movements: MovementDef[];
  indicators: IndicatorDef[];
  pledgeItems: PledgeItemDef[];
}

/** Adds or updates the catalogue of a ward by code; codes not listed are left alone. */
export async function installCatalogue(db: Db, wardId: number, catalogue: Catalogue): Promise<void> {
  await db.$transaction(async (tx) => {
    const movementIds = new Map<string, number>();
    for (const movement of catalogue.movements) {
      const data = { name: movement.name, sortOrder: movement.order };
      const row = await tx.movement.upsert({
        where: { wardId_code: { wardId, code: movement.code } },
        create: { wardId, code: movement.code, ...data },
        update: data,
      });
      movementIds.set(movement.code, row.id);
    }
    for (const indicator of catalogue.indicators) {
      const movementId = indicator.movementCode === null ? null : (movementIds.get(indicator.movementCode) ?? null);
      const data = { ...indicatorColumns(indicator), movementId };
      await tx.indicator.upsert({
        where: { wardId_code: { wardId, code: indicator.code } },
        create: { wardId, code: indicator.code, ...data },
        update: data,
      });
    }
    for (const item of catalogue.pledgeItems) {
      const data = { title: item.title, type: item.type, unit: item.unit, sortOrder: item.order };
      await tx.pledgeItem.upsert({
        where: { wardId_code: { wardId, code: item.code } },
        create: { wardId, code: item.code, ...data },
        update: data,
      });
    }
  });
}

/** Active indicators of a ward that apply to a period kind, in catalogue order. */
export async function activeIndicatorsFor(db: Db, wardId: number, kind: PeriodKind) {
  const rows = await db.indicator.findMany({
    where: { wardId, retiredAt: null },
    include: { movement: { select: { code: true } } },
    orderBy: { sortOrder: "asc" },
  });
  return rows.filter((row) => row.periodKinds.split(",").includes(kind));
}

/** The indicators a period asks, in the period's order, as domain definitions. */
export async function periodIndicators(db: Db, periodId: number): Promise<Array<IndicatorDef & { id: number }>> {
  const links = await db.periodIndicator.findMany({
    where: { periodId },
    include: { indicator: { include: { movement: { select: { code: true } } } } },
    orderBy: { sortOrder: "asc" },
  });
  return links.map((link) => ({ ...withFrozen(toIndicatorDef(link.indicator, link.sortOrder), link.frozen), id: link.indicator.id }));
}

export async function wardMovements(db: Db, wardId: number): Promise<MovementDef[]> {
  const rows = await db.movement.findMany({ where: { wardId }, orderBy: { sortOrder: "asc" } });
  return rows.map((row) => ({ code: row.code, name: row.name, order: row.sortOrder }));
}

export async function wardPledgeItems(db: Db, wardId: number): Promise<PledgeItemDef[]> {
  const rows = await db.pledgeItem.findMany({ where: { wardId, active: true }, orderBy: { sortOrder: "asc" } });
  return rows.map((row) => ({
    code: row.code,
    title: row.title,
    type: row.type as PledgeItemDef["type"],
    unit: row.unit,
    order: row.sortOrder,
  }));
}
