// Everything /khenthuong shows for a period, loaded in one place.
import { decisionsOfVote, passedLinesToDecide } from "../../../db/repos/nominations/approval.js";
import { latestVote, linesToVote } from "../../../db/repos/nominations/council.js";
import { latestPosting, periodNominations } from "../../../db/repos/nominations/office.js";
import { currentOpenPeriod, findPeriod, latestPeriod } from "../../../db/repos/periods.js";
import type { Db } from "../../../db/client.js";
import type { AwardOverview } from "./render.js";

/** The period /khenthuong is about: the one asked for, else the open one, else the latest. */
export async function overviewPeriod(db: Db, wardId: number, periodId?: number) {
  if (periodId !== undefined) return findPeriod(db, wardId, periodId);
  return (await currentOpenPeriod(db, wardId)) ?? (await latestPeriod(db, wardId));
}

export async function loadOverview(db: Db, wardId: number, period: { id: number; name: string }): Promise<AwardOverview> {
  const [groups, posting, vote, toVote] = await Promise.all([
    periodNominations(db, wardId, period.id),
    latestPosting(db, wardId, period.id),
    latestVote(db, wardId, period.id),
    linesToVote(db, wardId, period.id),
  ]);
  // A period may have had more than one vote (Giấy khen before the posting of the households ended).
  const votes = await db.councilVote.findMany({ where: { wardId, periodId: period.id }, orderBy: { id: "asc" }, select: { id: true, closedAt: true } });
  const decisions = [];
  let toDecide = 0;
  let decideVoteId: number | null = null;
  for (const each of votes) {
    decisions.push(...(await decisionsOfVote(db, wardId, each.id)));
    if (each.closedAt === null || decideVoteId !== null) continue;
    const waiting = [...(await passedLinesToDecide(db, wardId, each.id)).values()].reduce((sum, ids) => sum + ids.length, 0);
    if (waiting > 0) [toDecide, decideVoteId] = [waiting, each.id];
  }
  return {
    period: { id: period.id, name: period.name },
    groups,
    posting: posting ? { id: posting.id, startDate: posting.startDate, days: posting.days, comments: posting.comments.map((comment) => ({ text: comment.text, line: comment.line ? comment.line.name : null })) } : null,
    vote,
    toVote: toVote.length,
    decisions: decisions.map((decision) => ({ number: decision.number, symbol: decision.symbol, decisionDate: decision.decisionDate, formName: decision.form.name, lines: decision._count.lines })),
    toDecide,
    decideVoteId,
  };
}
