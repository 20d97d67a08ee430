// Deadline reminders in the database. A delivery is claimed (inserted, unique per member,
// period and slot) before its message is sent: an insert that fails with P2002 means another
// process has it. A claimed row is never claimed again, so a crash between claim and send
// costs at most that one message and never produces a second one.
import { channelOfKey } from "../../channels/ids.js";
import type { Salutation } from "../../domain/types.js";
import type { ReportStatus } from "../../domain/types.js";
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

/** Every open period of every ward, with the ward's reminder settings (each has its own slots). */
export async function allOpenPeriods(db: Db): Promise<ReminderPeriod[]> {
  const rows = await db.period.findMany({
    where: { status: "open" },
    orderBy: [{ wardId: "asc" }, { deadline: "asc" }, { id: "asc" }],
    include: { ward: { select: { reminderDays: true, reminderTime: true, timeZone: true } } },
  });
  return rows.map((row) => ({ periodId: row.id, periodName: row.name, deadline: row.deadline, wardId: row.wardId, ...row.ward }));
}

export interface NoticePeriod extends ReminderPeriod {
  /** The delivery slot of the period's notice: "announce" or "extend:<deadline>". */
  notice: string;
}

/** Open periods with a notice for their leaders (every open one, not only the nearest). */
export async function noticePeriods(db: Db, filter: { wardId?: number; periodId?: number } = {}): Promise<NoticePeriod[]> {
  const rows = await db.period.findMany({
    where: { status: "open", notice: { not: null }, ...(filter.wardId === undefined ? {} : { wardId: filter.wardId }), ...(filter.periodId === undefined ? {} : { id: filter.periodId }) },
    orderBy: [{ wardId: "asc" }, { deadline: "asc" }, { id: "asc" }],
    include: { ward: { select: { reminderDays: true, reminderTime: true, timeZone: true } } },
  });
  return rows.map((row) => ({ periodId: row.id, periodName: row.name, deadline: row.deadline, wardId: row.wardId, notice: row.notice!, ...row.ward }));
}

export interface ReminderTarget {
  memberId: number;
  fullName: string;
  chatId: number;
  groupId: number;
  groupName: string;
  /** "ông"/"bà" as the leader chose; null while not known. */
  salutation: Salutation | null;
}

/**
 * The registered, reachable leaders of the ward's active groups that have not handed in a
 * report for the period and have no delivery for the slot yet, in the ward's group order.
 */
export async function reminderTargets(db: Db, wardId: number, periodId: number, slot: string): Promise<ReminderTarget[]> {
  // Relation filters become subqueries; the group names come from a second flat query
  // (an include would bind one parameter per member, too many for SQLite in a large ward).
  const [rows, groups] = await Promise.all([
    db.member.findMany({
      where: {
        wardId,
        role: "leader",
        active: true,
        telegramId: { not: null },
        blockedAt: null,
        group: { wardId, active: true, reports: { none: { periodId, status: { in: [...HANDED_IN] } } } },
        deliveries: { none: { periodId, slot } },
      },
      select: { id: true, fullName: true, telegramId: true, groupId: true, salutation: true },
      orderBy: { id: "asc" },
    }),
    wardGroups(db, wardId),
  ]);
  const order = new Map(groups.map((group, index) => [group.id, index]));
  return rows
    .map((row) => ({
      memberId: row.id,
      fullName: row.fullName,
      chatId: Number(row.telegramId),
      groupId: row.groupId!,
      groupName: groups[order.get(row.groupId!)!]!.name,
      salutation: row.salutation,
    }))
    .sort((a, b) => order.get(a.groupId)! - order.get(b.groupId)! || a.memberId - b.memberId);
}

/** The ward's active groups in the ward's order. */
async function wardGroups(db: Db, wardId: number) {
  return db.group.findMany({ where: { wardId, active: true }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }], select: { id: true, name: true } });
}

export interface ReminderCheck {
  periodName: string;
  deadline: Date;
  periodOpen: boolean;
  /** The group's report status; null before it starts one. */
  status: ReportStatus | null;
  /** Questions of the period, and those the group has answered (as the report conversation counts them). */
  questions: number;
  answered: number;
}

/** Right after a claim: is the period still open, has the group handed in, how far is its draft. */
export async function reminderCheck(db: Db, periodId: number, groupId: number): Promise<ReminderCheck> {
  const [period, report, questions] = await Promise.all([
    db.period.findUniqueOrThrow({ where: { id: periodId }, select: { name: true, deadline: true, status: true } }),
    db.groupReport.findUnique({ where: { periodId_groupId: { periodId, groupId } }, select: { id: true, status: true } }),
    db.periodIndicator.count({ where: { periodId } }),
  ]);
  const answered = report
    ? await db.reportValue.count({
        where: {
          reportId: report.id,
          indicator: { periods: { some: { periodId } } },
          OR: [{ numberValue: { not: null } }, { boolValue: { not: null } }, { textValue: { not: null } }],
        },
      })
    : 0;
  return { periodName: period.name, deadline: period.deadline, periodOpen: period.status === "open", status: report?.status ?? null, questions, answered };
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
  salutation: Salutation | null;
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
    select: { id: true, telegramId: true, salutation: true },
  });
  return rows.map((row) => ({ memberId: row.id, chatId: Number(row.telegramId), salutation: row.salutation }));
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
  /** Leaders of missing groups who blocked the bot (Telegram answered 403). */
  blocked: LeaderFact[];
  /** Leaders of missing groups whom Zalo refused to deliver to (unreachable on Zalo). */
  unreachableOnZalo: LeaderFact[];
  /** Leaders whose reminder of the slot failed (or whose claim never finished). */
  failed: LeaderFact[];
  /** Missing groups with no registered leader: nobody to remind. */
  unregistered: string[];
}

/** What an officer's digest of a round says, read from the database after the round (flat queries, joined here). */
const onZalo = (leader: { telegramId: bigint | null }) => leader.telegramId !== null && channelOfKey(Number(leader.telegramId)) === "zalo";

export async function roundFacts(db: Db, periodId: number, slot: string, staleBefore: Date): Promise<RoundFacts> {
  const period = await db.period.findUniqueOrThrow({ where: { id: periodId }, include: { ward: { select: { timeZone: true } } } });
  const [groups, handedIn, leaders, deliveries] = await Promise.all([
    wardGroups(db, period.wardId),
    db.groupReport.findMany({ where: { periodId, status: { in: [...HANDED_IN] } }, select: { groupId: true } }),
    db.member.findMany({
      where: { wardId: period.wardId, role: "leader", active: true, telegramId: { not: null } },
      orderBy: { id: "asc" },
      select: { id: true, fullName: true, groupId: true, blockedAt: true, telegramId: true },
    }),
    db.reminderDelivery.findMany({
      where: { periodId, slot, member: { role: "leader" } },
      select: { memberId: true, status: true, claimedAt: true },
      orderBy: { id: "asc" },
    }),
  ]);
  const done = new Set(handedIn.map((report) => report.groupId));
  const groupName = new Map(groups.map((group) => [group.id, group.name]));
  const leadersOf = new Map<number, typeof leaders>();
  for (const leader of leaders) if (leader.groupId !== null) leadersOf.set(leader.groupId, [...(leadersOf.get(leader.groupId) ?? []), leader]);
  const leaderById = new Map(leaders.map((leader) => [leader.id, leader]));
  const missingGroups = groups.filter((group) => !done.has(group.id));
  const fact = (leader: { fullName: string; groupId: number | null }): LeaderFact => ({
    name: leader.fullName,
    group: (leader.groupId !== null ? groupName.get(leader.groupId) : undefined) ?? "",
  });
  return {
    periodName: period.name,
    deadline: period.deadline,
    timeZone: period.ward.timeZone,
    totalGroups: groups.length,
    missing: missingGroups.map((group) => group.name),
    sent: deliveries.filter((delivery) => delivery.status === "sent").length,
    blocked: missingGroups.flatMap((group) => (leadersOf.get(group.id) ?? []).filter((leader) => leader.blockedAt !== null && !onZalo(leader)).map(fact)),
    unreachableOnZalo: missingGroups.flatMap((group) => (leadersOf.get(group.id) ?? []).filter((leader) => leader.blockedAt !== null && onZalo(leader)).map(fact)),
    failed: deliveries
      .filter((delivery) => delivery.status === "failed" || (delivery.status === "claimed" && delivery.claimedAt < staleBefore))
      .flatMap((delivery) => {
        const leader = leaderById.get(delivery.memberId);
        return leader ? [fact(leader)] : [];
      }),
    unregistered: missingGroups.filter((group) => !leadersOf.has(group.id)).map((group) => group.name),
  };
}
