// Deadline reminders in the database. A delivery is claimed (inserted, unique per member,
// period and slot) before its message is sent: an insert that fails with P2002 means another
// process has it. A claimed row is never claimed again, so a crash between claim and send
// costs at most that one message and never produces a second one.
import type { Db } from "../client.js";
import { isUniqueViolation } from "../errors.js";

/** Reports that count as handed in: their leaders get no reminder. */
const HANDED_IN = ["submitted", "approved"] as const;

export interface ReminderPeriod {
  periodId: number;
  periodName: string;
  deadline: Date;
  wardId: number;
  reminderDays: string;
  reminderTime: string;
  timeZone: string;
}

/**
 * Per ward, the period leaders report for now (open, nearest deadline: the one the
 * "open report" button opens), with the ward's reminder settings.
 */
export async function currentOpenPeriods(db: Db, wardId?: number): Promise<ReminderPeriod[]> {
  const rows = await db.period.findMany({
    where: { status: "open", ...(wardId === undefined ? {} : { wardId }) },
    orderBy: [{ wardId: "asc" }, { deadline: "asc" }, { id: "asc" }],
    include: { ward: { select: { reminderDays: true, reminderTime: true, timeZone: true } } },
  });
  const seen = new Set<number>();
  const periods: ReminderPeriod[] = [];
  for (const row of rows) {
    if (seen.has(row.wardId)) continue;
    seen.add(row.wardId);
    periods.push({ periodId: row.id, periodName: row.name, deadline: row.deadline, wardId: row.wardId, ...row.ward });
  }
  return periods;
}

export interface ReminderTarget {
  memberId: number;
  fullName: string;
  chatId: number;
  groupId: number;
  groupName: string;
}

/**
 * The registered, reachable leaders of the ward's active groups that have not handed in a
 * report for the period and have no delivery for the slot yet, in the ward's group order.
 */
export async function reminderTargets(db: Db, wardId: number, periodId: number, slot: string): Promise<ReminderTarget[]> {
  const rows = await db.member.findMany({
    where: {
      wardId,
      role: "leader",
      active: true,
      telegramId: { not: null },
      blockedAt: null,
      group: { wardId, active: true, reports: { none: { periodId, status: { in: [...HANDED_IN] } } } },
      deliveries: { none: { periodId, slot } },
    },
    include: { group: { select: { name: true, sortOrder: true } } },
    orderBy: [{ group: { sortOrder: "asc" } }, { groupId: "asc" }, { id: "asc" }],
  });
  return rows.map((row) => ({
    memberId: row.id,
    fullName: row.fullName,
    chatId: Number(row.telegramId),
    groupId: row.groupId!,
    groupName: row.group!.name,
  }));
}

export interface ClaimInput {
  memberId: number;
  periodId: number;
  slot: string;
  claimedBy: string;
  at: Date;
}

/** Inserts the delivery; its id, or null when someone else already claimed it (P2002). */
export async function claimDelivery(db: Db, input: ClaimInput): Promise<number | null> {
  try {
    const row = await db.reminderDelivery.create({
      data: { memberId: input.memberId, periodId: input.periodId, slot: input.slot, claimedBy: input.claimedBy, claimedAt: input.at, status: "claimed" },
      select: { id: true },
    });
    return row.id;
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}

export type DeliveryOutcome = { status: "sent"; at: Date } | { status: "skipped" | "failed" | "blocked"; error: string };

/** Records what became of a claimed delivery. */
export async function finishDelivery(db: Db, deliveryId: number, outcome: DeliveryOutcome): Promise<void> {
  await db.reminderDelivery.update({
    where: { id: deliveryId },
    data: outcome.status === "sent" ? { status: "sent", sentAt: outcome.at, error: null } : { status: outcome.status, error: outcome.error.slice(0, 500) },
  });
}

/**
 * Gives a claim back when the message certainly was not sent (Telegram kept answering 429):
 * a later tick, of this process or another, may claim it again.
 */
export async function releaseClaim(db: Db, deliveryId: number, claimedBy: string): Promise<void> {
  await db.reminderDelivery.deleteMany({ where: { id: deliveryId, status: "claimed", claimedBy } });
}

/** Telegram answered 403 to a reminder: the person blocked the bot. */
export async function markBlocked(db: Db, memberId: number, at: Date): Promise<void> {
  await db.member.updateMany({ where: { id: memberId, blockedAt: null }, data: { blockedAt: at } });
}

/** The person is reachable again (they wrote to the bot, or unblocked it). */
export async function clearBlocked(db: Db, memberId: number): Promise<void> {
  await db.member.updateMany({ where: { id: memberId, blockedAt: { not: null } }, data: { blockedAt: null } });
}

/** Deliveries of the slot claimed after `since` and not finished: a round still sending somewhere. */
export async function claimsInFlight(db: Db, periodId: number, slot: string, since: Date): Promise<number> {
  return db.reminderDelivery.count({ where: { periodId, slot, status: "claimed", claimedAt: { gt: since } } });
}

export interface OfficerContact {
  memberId: number;
  chatId: number;
}

/** The ward's registered, reachable officers (and admins) with no delivery for the slot yet. */
export async function digestRecipients(db: Db, wardId: number, periodId: number, slot: string): Promise<OfficerContact[]> {
  const rows = await db.member.findMany({
    where: {
      wardId,
      role: { in: ["officer", "admin"] },
      active: true,
      telegramId: { not: null },
      blockedAt: null,
      deliveries: { none: { periodId, slot } },
    },
    orderBy: { id: "asc" },
    select: { id: true, telegramId: true },
  });
  return rows.map((row) => ({ memberId: row.id, chatId: Number(row.telegramId) }));
}

export interface LeaderFact {
  name: string;
  group: string;
}

export interface RoundFacts {
  periodName: string;
  deadline: Date;
  timeZone: string;
  totalGroups: number;
  /** Groups without a handed-in report, in the ward's order. */
  missing: string[];
  /** Reminders of the slot sent (by any process). */
  sent: number;
  /** Leaders of missing groups who blocked the bot. */
  blocked: LeaderFact[];
  /** Leaders whose reminder of the slot failed (or whose claim never finished). */
  failed: LeaderFact[];
  /** Missing groups with no registered leader: nobody to remind. */
  unregistered: string[];
}

/** What an officer's digest of a round says, read from the database after the round. */
export async function roundFacts(db: Db, periodId: number, slot: string, staleBefore: Date): Promise<RoundFacts> {
  const period = await db.period.findUniqueOrThrow({ where: { id: periodId }, include: { ward: { select: { timeZone: true } } } });
  const [groups, deliveries] = await Promise.all([
    db.group.findMany({
      where: { wardId: period.wardId, active: true },
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
      select: {
        name: true,
        reports: { where: { periodId }, select: { status: true } },
        members: {
          where: { role: "leader", active: true, telegramId: { not: null } },
          orderBy: { id: "asc" },
          select: { fullName: true, blockedAt: true },
        },
      },
    }),
    db.reminderDelivery.findMany({
      where: { periodId, slot, member: { role: "leader" } },
      select: { status: true, claimedAt: true, member: { select: { fullName: true, group: { select: { name: true } } } } },
      orderBy: { id: "asc" },
    }),
  ]);
  const missingGroups = groups.filter((group) => !HANDED_IN.some((status) => status === group.reports[0]?.status));
  return {
    periodName: period.name,
    deadline: period.deadline,
    timeZone: period.ward.timeZone,
    totalGroups: groups.length,
    missing: missingGroups.map((group) => group.name),
    sent: deliveries.filter((delivery) => delivery.status === "sent").length,
    blocked: missingGroups.flatMap((group) =>
      group.members.filter((member) => member.blockedAt !== null).map((member) => ({ name: member.fullName, group: group.name })),
    ),
    failed: deliveries
      .filter((delivery) => delivery.status === "failed" || (delivery.status === "claimed" && delivery.claimedAt < staleBefore))
      .map((delivery) => ({ name: delivery.member.fullName, group: delivery.member.group?.name ?? "" })),
    unregistered: missingGroups.filter((group) => group.members.length === 0).map((group) => group.name),
  };
}
