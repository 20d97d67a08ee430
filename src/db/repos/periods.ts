import type { PeriodKind } from "../../domain/types.js";
import type { Db } from "../client.js";
import { activeIndicatorsFor } from "./catalogue.js";

export interface PeriodInput {
  name: string;
  kind: PeriodKind;
  year: number;
  startDate: Date;
  endDate: Date;
  deadline: Date;
}

/** Opens a period with the ward's active indicators for its kind, fixed from now on. */
export async function createPeriod(db: Db, wardId: number, input: PeriodInput) {
  const indicators = await activeIndicatorsFor(db, wardId, input.kind);
  return db.period.create({
    data: {
      wardId,
      ...input,
      indicators: {
        create: indicators.map((indicator, index) => ({ indicatorId: indicator.id, sortOrder: index + 1 })),
      },
    },
  });
}

/** The ward's periods, open ones first, then the most recent (enum order differs between databases). */
export async function listPeriods(db: Db, wardId: number) {
  const periods = await db.period.findMany({ where: { wardId }, orderBy: [{ endDate: "desc" }, { id: "desc" }] });
  return [...periods.filter((period) => period.status === "open"), ...periods.filter((period) => period.status !== "open")];
}

/** The period leaders report for now: the open one whose deadline is nearest. */
export async function currentOpenPeriod(db: Db, wardId: number) {
  return db.period.findFirst({ where: { wardId, status: "open" }, orderBy: [{ deadline: "asc" }, { id: "asc" }] });
}

export async function latestPeriod(db: Db, wardId: number) {
  return db.period.findFirst({ where: { wardId }, orderBy: [{ endDate: "desc" }, { id: "desc" }] });
}

export async function closePeriod(db: Db, periodId: number, at: Date) {
  return db.period.update({ where: { id: periodId }, data: { status: "closed", closedAt: at } });
}
