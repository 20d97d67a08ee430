// The office's side of a period's nominations: the lines per group, accepting them, returning
// one with a reason; the public posting (niêm yết) and the comments received. Each write checks
// the officer as they are now and the ward of every id (ids come back from buttons), and is audited.
import type { Db } from "../../client.js";
import { recordAudit } from "../audit.js";
import { type Actor, asActor, type Guarded, WriteRefused } from "../write-guard.js";
import { nominationLines, type NomineeLine } from "./leader.js";

export const OFFICE_ROLES = ["officer", "admin"] as const;

export interface GroupNominations {
  groupId: number;
  groupName: string;
  nominationId: number;
  lines: NomineeLine[];
}

/** Every group's nomination lines of the period (groups with at least one sent line), in the ward's order. */
export async function periodNominations(db: Db, wardId: number, periodId: number): Promise<GroupNominations[]> {
  const rows = await db.nomination.findMany({
    where: { wardId, periodId, lines: { some: { status: { not: "draft" } } } },
    include: { group: { select: { name: true, sortOrder: true } } },
    orderBy: [{ group: { sortOrder: "asc" } }, { groupId: "asc" }],
  });
  const result: GroupNominations[] = [];
  for (const row of rows) {
    const lines = (await nominationLines(db, row.id)).filter((line) => line.status !== "draft");
    result.push({ groupId: row.groupId, groupName: row.group.name, nominationId: row.id, lines });
  }
  return result;
}

export async function groupNominations(db: Db, wardId: number, periodId: number, groupId: number): Promise<GroupNominations | null> {
  return (await periodNominations(db, wardId, periodId)).find((group) => group.groupId === groupId) ?? null;
}

interface OfficeWrite {
  actor: Actor;
  at: Date;
}

/** Submitted lines of the group → accepted. */
export async function acceptGroupLines(db: Db, write: OfficeWrite & { periodId: number; groupId: number }): Promise<Guarded<number>> {
  return asActor(db, write.actor, async (tx) => {
    const nomination = await tx.nomination.findFirst({ where: { wardId: write.actor.wardId, periodId: write.periodId, groupId: write.groupId } });
    if (!nomination) throw new WriteRefused("report_status");
    const lines = await tx.nominationLine.findMany({ where: { nominationId: nomination.id, status: "submitted" }, select: { id: true } });
    if (lines.length === 0) throw new WriteRefused("report_status");
    await tx.nominationLine.updateMany({ where: { id: { in: lines.map((line) => line.id) }, status: "submitted" }, data: { status: "accepted", reviewedById: write.actor.memberId, reviewedAt: write.at, returnReason: null } });
    await recordAudit(tx, { wardId: write.actor.wardId, actor: { memberId: write.actor.memberId, source: "chat" }, action: "nomination.accept", subject: `nomination:${nomination.id}`, detail: { lines: lines.map((line) => line.id) }, at: write.at });
    return lines.length;
  });
}

/** One submitted (or accepted, not yet voted) line → returned, with the reason the leader reads. */
export async function returnLine(db: Db, write: OfficeWrite & { lineId: number; reason: string }): Promise<Guarded<{ groupId: number; periodId: number; name: string }>> {
  return asActor(db, write.actor, async (tx) => {
    const line = await tx.nominationLine.findFirst({ where: { id: write.lineId, nomination: { wardId: write.actor.wardId } }, include: { nomination: true, voteLines: true } });
    if (!line || (line.status !== "submitted" && line.status !== "accepted") || line.voteLines.length > 0) throw new WriteRefused("report_status");
    await tx.nominationLine.update({ where: { id: line.id }, data: { status: "returned", returnReason: write.reason, reviewedById: write.actor.memberId, reviewedAt: write.at } });
    await recordAudit(tx, { wardId: write.actor.wardId, actor: { memberId: write.actor.memberId, source: "chat" }, action: "nomination.line.return", subject: `nomination-line:${line.id}`, detail: { reason: write.reason, from: line.status }, at: write.at });
    return { groupId: line.nomination.groupId, periodId: line.nomination.periodId, name: line.name };
  });
}

export async function latestPosting(db: Db, wardId: number, periodId: number) {
  return db.awardPosting.findFirst({ where: { wardId, periodId }, orderBy: { id: "desc" }, include: { comments: { orderBy: { id: "asc" }, include: { line: { select: { name: true } } } } } });
}

/** Records the posting's start and days (a new record replaces what the chat shows). */
export async function recordPosting(db: Db, write: OfficeWrite & { periodId: number; startDate: string; days: number }): Promise<Guarded<number>> {
  return asActor(db, write.actor, async (tx) => {
    const period = await tx.period.findFirst({ where: { id: write.periodId, wardId: write.actor.wardId } });
    if (!period) throw new WriteRefused("report_status");
    const posting = await tx.awardPosting.create({ data: { wardId: write.actor.wardId, periodId: write.periodId, startDate: write.startDate, days: write.days, recordedById: write.actor.memberId, createdAt: write.at } });
    await recordAudit(tx, { wardId: write.actor.wardId, actor: { memberId: write.actor.memberId, source: "chat" }, action: "award.posting.record", subject: `award-posting:${posting.id}`, detail: { periodId: write.periodId, startDate: write.startDate, days: write.days }, at: write.at });
    return posting.id;
  });
}

export async function updatePostingDays(db: Db, write: OfficeWrite & { postingId: number; days: number }): Promise<Guarded<void>> {
  return asActor(db, write.actor, async (tx) => {
    const changed = await tx.awardPosting.updateMany({ where: { id: write.postingId, wardId: write.actor.wardId }, data: { days: write.days } });
    if (changed.count !== 1) throw new WriteRefused("report_status");
    await recordAudit(tx, { wardId: write.actor.wardId, actor: { memberId: write.actor.memberId, source: "chat" }, action: "award.posting.days", subject: `award-posting:${write.postingId}`, detail: { days: write.days }, at: write.at });
  });
}

/** A line as the posting and the council number it. */
export interface PostedLine {
  id: number;
  groupName: string;
  formCode: string;
  name: string;
  address: string;
  achievement: string;
}

/**
 * The lines the posting shows, numbered as the council's ballot will number them (by group in
 * the ward's order, then as the group entered them): the accepted lines not yet put to a vote.
 */
export async function postingLines(db: Db, wardId: number, periodId: number): Promise<PostedLine[]> {
  const rows = await db.nominationLine.findMany({
    where: { status: "accepted", voteLines: { none: {} }, nomination: { wardId, periodId } },
    include: { form: { select: { code: true } }, nomination: { include: { group: { select: { name: true, sortOrder: true } } } } },
  });
  return rows
    .sort((a, b) => a.nomination.group.sortOrder - b.nomination.group.sortOrder || a.nomination.group.name.localeCompare(b.nomination.group.name) || a.sortOrder - b.sortOrder || a.id - b.id)
    .map((row) => ({ id: row.id, groupName: row.nomination.group.name, formCode: row.form.code, name: row.name, address: row.address, achievement: row.achievement }));
}

/** A comment received during the posting, on the whole list (lineId null) or on one line of the period. */
export async function addPostingComment(db: Db, write: OfficeWrite & { postingId: number; text: string; lineId?: number | null }): Promise<Guarded<void>> {
  return asActor(db, write.actor, async (tx) => {
    const posting = await tx.awardPosting.findFirst({ where: { id: write.postingId, wardId: write.actor.wardId } });
    if (!posting) throw new WriteRefused("report_status");
    const lineId = write.lineId ?? null;
    if (lineId !== null && (await tx.nominationLine.count({ where: { id: lineId, nomination: { wardId: write.actor.wardId, periodId: posting.periodId } } })) !== 1) throw new WriteRefused("report_status");
    const comment = await tx.postingComment.create({ data: { postingId: posting.id, lineId, text: write.text, recordedById: write.actor.memberId, receivedAt: write.at } });
    await recordAudit(tx, {
      wardId: write.actor.wardId,
      actor: { memberId: write.actor.memberId, source: "chat" },
      action: "award.posting.comment",
      subject: lineId === null ? `award-posting:${posting.id}` : `nomination-line:${lineId}`,
      detail: { postingId: posting.id, commentId: comment.id, lineId, text: write.text },
      at: write.at,
    });
  });
}

/** What the officer may correct on a line. */
export type OfficeLineField = "name" | "address" | "achievement";

export type EditLineOutcome = Guarded<{ from: string; to: string; groupId: number; periodId: number }> | { ok: false; reason: "signed" | "not_editable" | "unchanged" };

/**
 * The officer corrects a line's name, address or achievement text before the decision: a line
 * sent by the group (waiting or accepted), in the officer's ward, not in a signed decision. The
 * audit row keeps the old and the new text.
 */
export async function editLineByOffice(db: Db, write: OfficeWrite & { lineId: number; field: OfficeLineField; value: string }): Promise<EditLineOutcome> {
  let problem: "signed" | "not_editable" | "unchanged" | null = null;
  const outcome = await asActor(db, write.actor, async (tx) => {
    const line = await tx.nominationLine.findFirst({
      where: { id: write.lineId, nomination: { wardId: write.actor.wardId } },
      include: { nomination: true, decisionLines: { select: { decision: { select: { status: true } } } } },
    });
    if (!line) throw new WriteRefused("report_status");
    if (line.decisionLines.some((row) => row.decision.status === "signed")) problem = "signed";
    else if (line.status !== "submitted" && line.status !== "accepted") problem = "not_editable";
    else if (line[write.field] === write.value) problem = "unchanged";
    if (problem) throw new WriteRefused("invalid");
    await tx.nominationLine.update({ where: { id: line.id }, data: { [write.field]: write.value, updatedAt: write.at } });
    await recordAudit(tx, {
      wardId: write.actor.wardId,
      actor: { memberId: write.actor.memberId, source: "chat" },
      action: "nomination.line.office-edit",
      subject: `nomination-line:${line.id}`,
      detail: { field: write.field, from: line[write.field], to: write.value },
      at: write.at,
    });
    return { from: line[write.field], to: write.value, groupId: line.nomination.groupId, periodId: line.nomination.periodId };
  });
  const found = problem as "signed" | "not_editable" | "unchanged" | null;
  if (!outcome.ok && outcome.reason === "invalid" && found) return { ok: false, reason: found };
  return outcome;
}
