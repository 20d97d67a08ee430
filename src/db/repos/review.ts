// An official's review of a group report: approve, return for completion, reopen.
// Each change is one transaction around a conditional update (from the expected status),
// checked for the reviewer's ward and an open period before it commits, so two officers
// pressing at once cannot both succeed and ids taken from callback data cannot reach another ward.
import type { Salutation } from "../../domain/types.js";
import type { ReportStatus } from "../../domain/types.js";
import type { Db } from "../client.js";
import { recordStatusChange } from "./reports.js";
import { type Actor, checkActor, type RefusalReason, WriteRefused } from "./write-guard.js";

export interface ReviewTarget {
  wardId: number;
  periodId: number;
  groupId: number;
  reviewerId: number | null;
  at: Date;
  /** The reviewer as the caller knew them: re-checked in the transaction (still active, same role). */
  reviewer?: Actor;
}

export type ReviewOutcome =
  | { ok: true; status: ReportStatus }
  /** `status` is what the report is now (null: no report); `found` false: not this ward's group or period. */
  | { ok: false; found: boolean; periodOpen: boolean; status: ReportStatus | null; reviewer?: RefusalReason };

/** The longest comment kept with a returned report (code points). */
export const MAX_REVIEW_COMMENT_LENGTH = 500;

async function transition(
  db: Db,
  target: ReviewTarget,
  from: ReportStatus,
  data: { status: ReportStatus; reviewedAt: Date | null; reviewedById: number | null; reviewComment?: string | null; returnedItems?: string | null },
): Promise<ReviewOutcome> {
  const { wardId, periodId, groupId } = target;
  // One transaction: the reviewer checked, the conditional update, its history row. A leader's
  // write holds the same row (see lockOpenReport), so an approve and an edit never interleave.
  const changed = await db
    .$transaction(async (tx) => {
      // A plain conditional UPDATE first (scalar filters only, so PostgreSQL re-checks the
      // status after waiting for a leader's lock, and SQLite takes its write lock at once).
      const updated = await tx.groupReport.updateMany({ where: { periodId, groupId, status: from }, data });
      if (updated.count !== 1) return false;
      const report = await tx.groupReport.findUniqueOrThrow({
        where: { periodId_groupId: { periodId, groupId } },
        select: { id: true, period: { select: { wardId: true, status: true } }, group: { select: { wardId: true } } },
      });
      // Another ward's ids or a closed period: undo.
      if (report.period.wardId !== wardId || report.group.wardId !== wardId || report.period.status !== "open") throw new WriteRefused("report_status");
      if (target.reviewer) await checkActor(tx, target.reviewer);
      await recordStatusChange(tx, report.id, from, data.status, target.reviewerId);
      return true;
    })
    .catch((error: unknown) => {
      if (error instanceof WriteRefused) return error.reason === "report_status" ? false : error.reason;
      throw error;
    });
  if (changed === true) return { ok: true, status: data.status };
  const [period, group, report] = await Promise.all([
    db.period.findFirst({ where: { id: periodId, wardId }, select: { status: true } }),
    db.group.findFirst({ where: { id: groupId, wardId }, select: { id: true } }),
    db.groupReport.findUnique({ where: { periodId_groupId: { periodId, groupId } }, select: { status: true } }),
  ]);
  const found = period !== null && group !== null;
  const outcome = { ok: false as const, found, periodOpen: period?.status === "open", status: found ? (report?.status ?? null) : null };
  return typeof changed === "string" ? { ...outcome, reviewer: changed } : outcome;
}

/** Submitted → approved: the report is locked until reopened. */
export async function approveReport(db: Db, target: ReviewTarget): Promise<ReviewOutcome> {
  return transition(db, target, "submitted", {
    status: "approved",
    reviewedAt: target.at,
    reviewedById: target.reviewerId,
    reviewComment: null,
    returnedItems: null,
  });
}

/** Submitted → returned, with the reviewer's comment and the indicator codes to fix. */
export async function returnReport(db: Db, target: ReviewTarget & { comment: string; items: string[] }): Promise<ReviewOutcome> {
  return transition(db, target, "submitted", {
    status: "returned",
    reviewedAt: target.at,
    reviewedById: target.reviewerId,
    reviewComment: target.comment,
    returnedItems: [...new Set(target.items)].join(","),
  });
}

/** Approved → submitted (chờ duyệt again): unlocks the report. */
export async function reopenReport(db: Db, target: ReviewTarget): Promise<ReviewOutcome> {
  return transition(db, target, "approved", { status: "submitted", reviewedAt: null, reviewedById: null });
}

export interface LeaderContact {
  memberId: number;
  fullName: string;
  /** Telegram user id = the private chat id (Telegram ids fit in a JS number). */
  chatId: number;
  /** How the leader is addressed ("ông"/"bà"); null while not known. */
  salutation: Salutation | null;
}

/** The registered, active leaders of a group of the ward, to notify. */
export async function leaderContacts(db: Db, wardId: number, groupId: number): Promise<LeaderContact[]> {
  const rows = await db.member.findMany({
    where: { wardId, groupId, role: "leader", active: true, telegramId: { not: null } },
    orderBy: { id: "asc" },
  });
  return rows.map((row) => ({ memberId: row.id, fullName: row.fullName, chatId: Number(row.telegramId), salutation: row.salutation }));
}

/** Telegram answered 403: the person blocked the bot. */
export async function markMemberBlocked(db: Db, memberId: number, at: Date): Promise<void> {
  await db.member.updateMany({ where: { id: memberId, blockedAt: null }, data: { blockedAt: at } });
}
