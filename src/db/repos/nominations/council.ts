// The council's vote on a period's accepted list: opened by the officer with the accepted lines
// not yet voted on, one ballot per member and target (the whole list, or one line; a new press
// replaces it), the tally under the ward's rule, and the close that writes each line's outcome.
import { parseIsoDay } from "../../../domain/awards/days.js";
import { type Ballot, DEFAULT_PASS_SETTING, formNeedsPosting, type LineTally, type PassSetting, postingLastDay, postingOver, tallyVotes } from "../../../domain/nominations/index.js";
import type { CalendarDate } from "../../../domain/types.js";
import type { Db } from "../../client.js";
import { recordAudit } from "../audit.js";
import { type Actor, asActor, type Guarded, WriteRefused } from "../write-guard.js";

export const COUNCIL_ROLES = ["council"] as const;

export async function passSetting(db: Pick<Db, "awardSettings">, wardId: number): Promise<PassSetting> {
  const row = await db.awardSettings.findUnique({ where: { wardId } });
  return row ? { rule: row.votePassRule, percent: row.votePassPercent } : DEFAULT_PASS_SETTING;
}

/** The active council members of the ward (those entitled to vote), registered or not. */
export async function councilMembers(db: Pick<Db, "member">, wardId: number) {
  return db.member.findMany({ where: { wardId, role: "council", active: true }, orderBy: { id: "asc" }, select: { id: true, fullName: true, telegramId: true, salutation: true } });
}

export interface VoteLine {
  lineId: number;
  groupName: string;
  formCode: string;
  formName: string;
  recipientKind: "ca_nhan" | "ho_gia_dinh" | "tap_the";
  name: string;
  address: string;
  achievement: string;
  passed: boolean | null;
  /** Comments received on this line during the posting. */
  comments: string[];
}

export interface VoteView {
  id: number;
  periodId: number;
  periodName: string;
  open: boolean;
  closedAt: Date | null;
  lines: VoteLine[];
  members: Array<{ id: number; fullName: string }>;
  ballots: Ballot[];
  setting: PassSetting;
  tally: LineTally[];
  /** Comments received during the period's latest posting on the whole list. */
  listComments: string[];
}

export async function voteView(db: Db, wardId: number, voteId: number): Promise<VoteView | null> {
  const vote = await db.councilVote.findFirst({
    where: { id: voteId, wardId },
    include: {
      period: { select: { name: true } },
      lines: { include: { line: { include: { form: { select: { code: true, name: true } }, nomination: { include: { group: { select: { name: true, sortOrder: true } } } }, comments: { orderBy: { id: "asc" }, select: { text: true } } } } } },
      ballots: true,
    },
  });
  if (!vote) return null;
  const lines = vote.lines
    .map((row) => ({
      lineId: row.lineId,
      groupName: row.line.nomination.group.name,
      groupOrder: row.line.nomination.group.sortOrder,
      sortOrder: row.line.sortOrder,
      formCode: row.line.form.code,
      formName: row.line.form.name,
      recipientKind: row.line.recipientKind,
      name: row.line.name,
      address: row.line.address,
      achievement: row.line.achievement,
      passed: row.passed,
      comments: row.line.comments.map((comment) => comment.text),
    }))
    .sort((a, b) => a.groupOrder - b.groupOrder || a.groupName.localeCompare(b.groupName) || a.sortOrder - b.sortOrder || a.lineId - b.lineId)
    .map(({ groupOrder: _g, sortOrder: _s, ...line }) => line);
  const [members, setting, posting] = await Promise.all([
    councilMembers(db, wardId),
    passSetting(db, wardId),
    db.awardPosting.findFirst({ where: { wardId, periodId: vote.periodId }, orderBy: { id: "desc" }, include: { comments: { where: { lineId: null }, orderBy: { id: "asc" } } } }),
  ]);
  const ballots: Ballot[] = vote.ballots.map((ballot) => ({ memberId: ballot.memberId, lineId: ballot.lineId, agree: ballot.choice === "agree" }));
  return {
    id: vote.id,
    periodId: vote.periodId,
    periodName: vote.period.name,
    open: vote.closedAt === null,
    closedAt: vote.closedAt,
    lines,
    members: members.map((member) => ({ id: member.id, fullName: member.fullName })),
    ballots,
    setting,
    tally: tallyVotes(lines.map((line) => line.lineId), members.map((member) => member.id), ballots, setting),
    listComments: posting?.comments.map((comment) => comment.text) ?? [],
  };
}

/** The period's latest vote (open or closed), if any. */
export async function latestVote(db: Db, wardId: number, periodId: number): Promise<VoteView | null> {
  const vote = await db.councilVote.findFirst({ where: { wardId, periodId }, orderBy: { id: "desc" }, select: { id: true } });
  return vote ? voteView(db, wardId, vote.id) : null;
}

/** Accepted lines of the period not yet put to a vote, with their form. */
export async function linesToVote(db: Pick<Db, "nominationLine">, wardId: number, periodId: number) {
  return db.nominationLine.findMany({
    where: { status: "accepted", voteLines: { none: {} }, nomination: { wardId, periodId } },
    select: { id: true, form: { select: { code: true, kind: true, titleName: true, name: true } } },
  });
}

/** Which accepted lines may go to the council today: those of a form that needs no posting, and the rest once the posting has run. */
export interface VoteReadiness {
  ready: number[];
  /** Lines held back because their form needs the posting: none recorded, or still running (until `end`). */
  waiting: { count: number; forms: string[]; reason: "no_posting" | "running"; end: CalendarDate | null } | null;
}

export async function voteReadiness(db: Db, wardId: number, periodId: number, today: CalendarDate): Promise<VoteReadiness> {
  const [lines, posting] = await Promise.all([linesToVote(db, wardId, periodId), db.awardPosting.findFirst({ where: { wardId, periodId }, orderBy: { id: "desc" } })]);
  const start = posting ? parseIsoDay(posting.startDate) : null;
  const postingDone = start !== null && posting !== null && postingOver(start, posting.days, today);
  const held = postingDone ? [] : lines.filter((line) => formNeedsPosting(line.form));
  const ready = lines.filter((line) => !held.includes(line)).map((line) => line.id);
  if (held.length === 0) return { ready, waiting: null };
  return {
    ready,
    waiting: { count: held.length, forms: [...new Set(held.map((line) => line.form.titleName || line.form.name))], reason: posting ? "running" : "no_posting", end: start && posting ? postingLastDay(start, posting.days) : null },
  };
}

export type OpenVoteOutcome = Guarded<number> | { ok: false; reason: "nothing" | "already_open" };

/** Opens a vote on the accepted lines not yet voted on (only those of `lineIds` when given). */
export async function openVote(db: Db, write: { actor: Actor; periodId: number; at: Date; lineIds?: readonly number[] }): Promise<OpenVoteOutcome> {
  let problem: "nothing" | "already_open" | null = null;
  const outcome = await asActor(db, write.actor, async (tx) => {
    const { wardId } = write.actor;
    const period = await tx.period.findFirst({ where: { id: write.periodId, wardId } });
    if (!period) throw new WriteRefused("report_status");
    if ((await tx.councilVote.count({ where: { wardId, periodId: write.periodId, closedAt: null } })) > 0) problem = "already_open";
    const lines = problem ? [] : (await linesToVote(tx, wardId, write.periodId)).filter((line) => !write.lineIds || write.lineIds.includes(line.id));
    if (!problem && lines.length === 0) problem = "nothing";
    if (problem) throw new WriteRefused("invalid");
    const vote = await tx.councilVote.create({ data: { wardId, periodId: write.periodId, openedAt: write.at, openedById: write.actor.memberId, lines: { create: lines.map((line) => ({ lineId: line.id })) } } });
    await recordAudit(tx, { wardId, actor: { memberId: write.actor.memberId, source: "chat" }, action: "council.vote.open", subject: `council-vote:${vote.id}`, detail: { periodId: write.periodId, lines: lines.map((line) => line.id) }, at: write.at });
    return vote.id;
  });
  const found = problem as "nothing" | "already_open" | null;
  if (!outcome.ok && outcome.reason === "invalid" && found) return { ok: false, reason: found };
  return outcome;
}

/** One council member's ballot on the whole list (lineId null) or one line; replaces the previous one on the same target. */
export async function castBallot(db: Db, write: { actor: Actor; voteId: number; lineId: number | null; agree: boolean; at: Date }): Promise<Guarded<void>> {
  return asActor(db, write.actor, async (tx) => {
    const vote = await tx.councilVote.findFirst({ where: { id: write.voteId, wardId: write.actor.wardId }, include: { lines: { select: { lineId: true } } } });
    if (!vote || vote.closedAt !== null) throw new WriteRefused("report_status");
    if (write.lineId !== null && !vote.lines.some((line) => line.lineId === write.lineId)) throw new WriteRefused("report_status");
    const target = write.lineId === null ? "list" : `line:${write.lineId}`;
    const choice = write.agree ? "agree" : "disagree";
    await tx.councilBallot.upsert({
      where: { voteId_memberId_target: { voteId: vote.id, memberId: write.actor.memberId, target } },
      create: { voteId: vote.id, memberId: write.actor.memberId, target, lineId: write.lineId, choice, castAt: write.at },
      update: { choice, castAt: write.at },
    });
    // A vote on the whole list replaces the member's earlier votes line by line.
    if (write.lineId === null) await tx.councilBallot.deleteMany({ where: { voteId: vote.id, memberId: write.actor.memberId, lineId: { not: null } } });
    await recordAudit(tx, { wardId: write.actor.wardId, actor: { memberId: write.actor.memberId, source: "chat" }, action: "council.ballot", subject: `council-vote:${vote.id}`, detail: { target, choice }, at: write.at });
  });
}

/** Closes the vote: each line's outcome under the ward's rule, written once. */
export async function closeVote(db: Db, write: { actor: Actor; voteId: number; at: Date }): Promise<Guarded<LineTally[]>> {
  return asActor(db, write.actor, async (tx) => {
    const { wardId } = write.actor;
    const closed = await tx.councilVote.updateMany({ where: { id: write.voteId, wardId, closedAt: null }, data: { closedAt: write.at, closedById: write.actor.memberId } });
    if (closed.count !== 1) throw new WriteRefused("report_status");
    const vote = await tx.councilVote.findUniqueOrThrow({ where: { id: write.voteId }, include: { lines: true, ballots: true } });
    const [members, setting] = await Promise.all([councilMembers(tx, wardId), passSetting(tx, wardId)]);
    const ballots = vote.ballots.map((ballot) => ({ memberId: ballot.memberId, lineId: ballot.lineId, agree: ballot.choice === "agree" }));
    const tally = tallyVotes(vote.lines.map((line) => line.lineId), members.map((member) => member.id), ballots, setting);
    for (const line of tally) await tx.councilVoteLine.update({ where: { voteId_lineId: { voteId: vote.id, lineId: line.lineId } }, data: { passed: line.passed } });
    await recordAudit(tx, { wardId, actor: { memberId: write.actor.memberId, source: "chat" }, action: "council.vote.close", subject: `council-vote:${vote.id}`, detail: { setting, tally }, at: write.at });
    return tally;
  });
}
