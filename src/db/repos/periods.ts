// Reporting periods: opened with a fixed list of indicators, extended, closed, reopened;
// every change with an audit row in the same transaction.
import type { PeriodKind, Salutation } from "../../domain/types.js";
import type { Db } from "../client.js";
import { isUniqueViolation } from "../errors.js";
import { type Actor, recordAudit } from "./audit.js";
import { activeIndicatorsFor } from "./catalogue.js";

export interface PeriodInput {
  name: string;
  kind: PeriodKind;
  year: number;
  startDate: Date;
  endDate: Date;
  deadline: Date;
}

/** Opens a period with the ward's active indicators for its kind, fixed from now on (the demo, tests). */
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

export interface DefaultIndicators {
  /** Those of the latest period of the same kind, else the ward's catalogue for the kind. */
  source: "previous" | "catalogue";
  previousName: string | null;
  indicators: Array<{ id: number; label: string }>;
}

/** The indicators a new period of `kind` asks unless the office chooses otherwise. */
export async function defaultIndicators(db: Db, wardId: number, kind: PeriodKind): Promise<DefaultIndicators> {
  const previous = await db.period.findFirst({
    where: { wardId, kind },
    orderBy: [{ endDate: "desc" }, { id: "desc" }],
    include: { indicators: { orderBy: { sortOrder: "asc" }, include: { indicator: { select: { id: true, label: true, retiredAt: true } } } } },
  });
  const kept = previous?.indicators.filter((link) => link.indicator.retiredAt === null) ?? [];
  if (previous && kept.length > 0) {
    return { source: "previous", previousName: previous.name, indicators: kept.map((link) => ({ id: link.indicator.id, label: link.indicator.label })) };
  }
  const catalogue = await activeIndicatorsFor(db, wardId, kind);
  return { source: "catalogue", previousName: null, indicators: catalogue.map((row) => ({ id: row.id, label: row.label })) };
}

export type OpenResult = { ok: true; period: { id: number; name: string } } | { ok: false; reason: "name-taken" | "no-indicators" };

/** Opens a period from the chat or the CLI: its leaders get the announcement. */
export async function openPeriod(db: Db, wardId: number, input: PeriodInput & { indicatorIds: number[]; actor: Actor; at: Date }): Promise<OpenResult> {
  if (input.indicatorIds.length === 0) return { ok: false, reason: "no-indicators" };
  const { indicatorIds, actor, at, ...fields } = input;
  try {
    const period = await db.$transaction(async (tx) => {
      const row = await tx.period.create({
        data: {
          wardId,
          ...fields,
          notice: "announce",
          createdAt: at,
          indicators: { create: indicatorIds.map((indicatorId, index) => ({ indicatorId, sortOrder: index + 1 })) },
        },
      });
      await recordAudit(tx, {
        wardId,
        actor,
        action: "period.open",
        subject: `period:${row.id}`,
        detail: { ...fields, indicators: indicatorIds.length },
        at,
      });
      return row;
    });
    return { ok: true, period: { id: period.id, name: period.name } };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "name-taken" };
    throw error;
  }
}

export type ChangeResult = { ok: true } | { ok: false; reason: "not-found" | "closed" | "open" | "not-later" };

/** Moves the deadline; reminder slots follow it (they are computed from the deadline). */
export async function extendDeadline(db: Db, wardId: number, periodId: number, deadline: Date, actor: Actor, at: Date): Promise<ChangeResult> {
  return db.$transaction(async (tx) => {
    const period = await tx.period.findFirst({ where: { id: periodId, wardId } });
    if (!period) return { ok: false, reason: "not-found" };
    if (period.status !== "open") return { ok: false, reason: "closed" };
    if (deadline.getTime() <= period.deadline.getTime()) return { ok: false, reason: "not-later" };
    await tx.period.update({ where: { id: periodId }, data: { deadline, notice: `extend:${deadline.toISOString()}` } });
    await recordAudit(tx, { wardId, actor, action: "period.extend", subject: `period:${periodId}`, detail: { from: period.deadline, to: deadline }, at });
    return { ok: true };
  });
}

export async function closePeriodAudited(db: Db, wardId: number, periodId: number, actor: Actor, at: Date): Promise<ChangeResult> {
  return db.$transaction(async (tx) => {
    const changed = await tx.period.updateMany({ where: { id: periodId, wardId, status: "open" }, data: { status: "closed", closedAt: at } });
    if (changed.count === 0) return { ok: false, reason: (await tx.period.count({ where: { id: periodId, wardId } })) ? "closed" : "not-found" };
    await recordAudit(tx, { wardId, actor, action: "period.close", subject: `period:${periodId}`, detail: {}, at });
    return { ok: true };
  });
}

/** Admin only (the callers check the role). */
export async function reopenPeriod(db: Db, wardId: number, periodId: number, actor: Actor, at: Date): Promise<ChangeResult> {
  return db.$transaction(async (tx) => {
    const changed = await tx.period.updateMany({ where: { id: periodId, wardId, status: "closed" }, data: { status: "open", closedAt: null } });
    if (changed.count === 0) return { ok: false, reason: (await tx.period.count({ where: { id: periodId, wardId } })) ? "open" : "not-found" };
    await recordAudit(tx, { wardId, actor, action: "period.reopen", subject: `period:${periodId}`, detail: {}, at });
    return { ok: true };
  });
}

export async function renamePeriod(db: Db, wardId: number, periodId: number, name: string, actor: Actor, at: Date): Promise<ChangeResult | { ok: false; reason: "name-taken" }> {
  try {
    return await db.$transaction(async (tx) => {
      const period = await tx.period.findFirst({ where: { id: periodId, wardId } });
      if (!period) return { ok: false, reason: "not-found" } as const;
      await tx.period.update({ where: { id: periodId }, data: { name } });
      await recordAudit(tx, { wardId, actor, action: "period.rename", subject: `period:${periodId}`, detail: { from: period.name, to: name }, at });
      return { ok: true } as const;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "name-taken" };
    throw error;
  }
}

/** The ward's periods, open ones first, then the most recent (enum order differs between databases). */
export async function listPeriods(db: Db, wardId: number) {
  const periods = await db.period.findMany({ where: { wardId }, orderBy: [{ endDate: "desc" }, { id: "desc" }] });
  return [...periods.filter((period) => period.status === "open"), ...periods.filter((period) => period.status !== "open")];
}

/** The ward's open periods, nearest deadline first. */
export async function openPeriods(db: Db, wardId: number) {
  return db.period.findMany({ where: { wardId, status: "open" }, orderBy: [{ deadline: "asc" }, { id: "asc" }] });
}

export async function findPeriod(db: Db, wardId: number, periodId: number) {
  return db.period.findFirst({ where: { id: periodId, wardId } });
}

export async function findPeriodByName(db: Db, wardId: number, name: string) {
  return db.period.findUnique({ where: { wardId_name: { wardId, name } } });
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

export interface PendingGroup {
  name: string;
  /** Registered leaders' names (may be none). */
  leaders: string[];
}

/** Active groups without a handed-in report for the period, in the ward's order. */
export async function groupsNotHandedIn(db: Db, wardId: number, periodId: number): Promise<{ total: number; pending: PendingGroup[] }> {
  const groups = await db.group.findMany({
    where: { wardId, active: true },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    select: { id: true, name: true, reports: { where: { periodId }, select: { status: true } }, members: { where: { role: "leader", active: true }, select: { fullName: true } } },
  });
  const pending = groups
    .filter((group) => !group.reports.some((report) => report.status === "submitted" || report.status === "approved"))
    .map((group) => ({ name: group.name, leaders: group.members.map((member) => member.fullName) }));
  return { total: groups.length, pending };
}

export interface WardContact {
  name: string;
  phone: string | null;
  /** "ông"/"bà" before the name; null while not known. */
  salutation: Salutation | null;
}

/** Whom a leader calls about a closed period: the ward's active officers (else admins). */
export async function wardContacts(db: Db, wardId: number): Promise<WardContact[]> {
  const rows = await db.member.findMany({
    where: { wardId, active: true, role: { in: ["officer", "admin"] } },
    orderBy: [{ role: "desc" }, { id: "asc" }],
    select: { fullName: true, phone: true, role: true, salutation: true },
  });
  const officers = rows.filter((row) => row.role === "officer");
  return (officers.length > 0 ? officers : rows).map((row) => ({ name: row.fullName, phone: row.phone, salutation: row.salutation }));
}
