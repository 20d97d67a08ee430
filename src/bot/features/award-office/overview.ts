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
  const decisions = vote ? await decisionsOfVote(db, wardId, vote.id) : [];
  const toDecide = vote && !vote.open ? [...(await passedLinesToDecide(db, wardId, vote.id)).values()].reduce((sum, ids) => sum + ids.length, 0) : 0;
  return {
    period: { id: period.id, name: period.name },
    groups,
    posting: posting ? { startDate: posting.startDate, days: posting.days, comments: posting.comments.map((comment) => comment.text) } : null,
    vote,
    toVote: toVote.length,
    decisions: decisions.map((decision) => ({ number: decision.number, symbol: decision.symbol, decisionDate: decision.decisionDate, formName: decision.form.name, lines: decision._count.lines })),
    toDecide,
  };
}
