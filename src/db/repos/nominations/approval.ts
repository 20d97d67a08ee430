// The chairman's approval of what the council passed: one decision per award form (Gia đình
// văn hóa, Giấy khen), drafted from the passed lines and signed at once through the decisions
// repo (i13-awards), which audits both. The signer is checked first, as they are now.
import { AwardError } from "../../../domain/awards/errors.js";
import type { Db } from "../../client.js";
import { createDecisionFromLines, signDecision } from "../decisions.js";
import { type Actor, asActor, type Guarded, WriteRefused } from "../write-guard.js";

export const SIGNER_ROLES = ["chair"] as const;

export interface SignedDecision {
  id: number;
  number: number;
  decisionDate: string;
  formCode: string;
  formName: string;
  symbol: string;
  lines: number;
  /** The groups whose lines it decides, with how many. */
  groups: Array<{ groupId: number; count: number }>;
}

/** Passed lines of a closed vote without a decision yet, by form code. */
export async function passedLinesToDecide(db: Db, wardId: number, voteId: number): Promise<Map<string, number[]>> {
  const rows = await db.councilVoteLine.findMany({
    where: { voteId, passed: true, vote: { wardId, closedAt: { not: null } }, line: { decisionLines: { none: {} } } },
    include: { line: { include: { form: { select: { code: true } } } } },
    orderBy: [{ line: { nominationId: "asc" } }, { line: { sortOrder: "asc" } }],
  });
  const byForm = new Map<string, number[]>();
  for (const row of rows) byForm.set(row.line.form.code, [...(byForm.get(row.line.form.code) ?? []), row.lineId]);
  return byForm;
}

export type ApprovalOutcome = Guarded<SignedDecision[]> | { ok: false; reason: "nothing" } | { ok: false; reason: "award"; code: string };

export async function approveVote(db: Db, input: { actor: Actor; voteId: number; decisionDate: string; at: Date }): Promise<ApprovalOutcome> {
  const { wardId } = input.actor;
  const checked = await asActor(db, input.actor, async (tx) => {
    const vote = await tx.councilVote.findFirst({ where: { id: input.voteId, wardId } });
    if (!vote || vote.closedAt === null) throw new WriteRefused("report_status");
    return vote;
  });
  if (!checked.ok) return checked;
  const byForm = await passedLinesToDecide(db, wardId, input.voteId);
  if (byForm.size === 0) return { ok: false, reason: "nothing" };
  const signed: SignedDecision[] = [];
  try {
    // Households (the title) first, then the Giấy khen: the order the decisions are numbered in.
    for (const formCode of [...byForm.keys()].sort((a, b) => (a === "gdvh" ? -1 : b === "gdvh" ? 1 : a.localeCompare(b)))) {
      const lineIds = byForm.get(formCode)!;
      const actor = { memberId: input.actor.memberId, source: "chat" as const };
      const draft = await createDecisionFromLines(db, { wardId, periodId: checked.value.periodId, formCode, lineIds, decisionDate: input.decisionDate, actor, at: input.at });
      const done = await signDecision(db, { wardId, decisionId: draft.id, signerMemberId: input.actor.memberId, actor, at: input.at });
      const form = await db.awardForm.findUniqueOrThrow({ where: { wardId_code: { wardId, code: formCode } }, select: { name: true } });
      const decision = await db.awardDecision.findUniqueOrThrow({ where: { id: done.id }, select: { symbol: true } });
      const rows = await db.nominationLine.findMany({ where: { id: { in: lineIds } }, select: { nomination: { select: { groupId: true } } } });
      const counts = new Map<number, number>();
      for (const row of rows) counts.set(row.nomination.groupId, (counts.get(row.nomination.groupId) ?? 0) + 1);
      signed.push({ ...done, formCode, formName: form.name, symbol: decision.symbol, lines: lineIds.length, groups: [...counts].map(([groupId, count]) => ({ groupId, count })) });
    }
  } catch (error) {
    if (error instanceof AwardError) return { ok: false, reason: "award", code: error.code };
    throw error;
  }
  return { ok: true, value: signed };
}

/** Decisions already made from a vote's lines (the chat shows them instead of asking again). */
export async function decisionsOfVote(db: Db, wardId: number, voteId: number) {
  return db.awardDecision.findMany({
    where: { wardId, lines: { some: { nominationLine: { voteLines: { some: { voteId } } } } } },
    orderBy: { id: "asc" },
    select: { id: true, number: true, symbol: true, decisionDate: true, status: true, signerName: true, signedForChair: true, form: { select: { code: true, name: true } }, _count: { select: { lines: true } } },
  });
}
