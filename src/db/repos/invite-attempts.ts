// Short invite codes typed to the bot: guessing is bounded in the database (so the bound holds
// across every process and every restart). Each typed code is written first ("checking"), then
// the rows of the last hour are counted, this one included: two processes trying at once both
// see each other's rows. Only codes that were checked and wrong (or are still being checked)
// count; a valid code and a refused attempt do not.
//
// Figures (src/domain/invite-code.ts for the space): 3.992.977.408 codes; at most 5 wrong codes
// per account per hour and 30 for all accounts together per hour; an invite lives 14 days (the
// sheet's 30). Over 14 days all accounts together can try 30 × 24 × 14 = 10.080 codes: with N
// live codes the chance that any try hits one is at most 10.080 × N / 3.992.977.408, i.e.
// 0,0066 % for a ward's 26 leaders, 0,25 % for 1.000 live codes; one account alone (5 an hour)
// reaches 1.680 tries, 0,0011 % for 26 codes.
import type { Db } from "../client.js";

export const CODE_ATTEMPT_LIMITS = { perAccountPerHour: 5, allAccountsPerHour: 30 } as const;
const HOUR_MS = 3_600_000;
const COUNTED = ["checking", "wrong"];

export type AttemptOutcome = "valid" | "wrong";

export interface AttemptStart {
  id: number;
  /** False: over a bound; the code must not be checked. */
  allowed: boolean;
}

/** Records a typed code before it is checked, and whether checking it is still allowed. */
export async function beginCodeAttempt(db: Db, userKey: bigint, now: Date, limits = CODE_ATTEMPT_LIMITS): Promise<AttemptStart> {
  const row = await db.inviteCodeAttempt.create({ data: { userKey, outcome: "checking", at: now }, select: { id: true } });
  const since = new Date(now.getTime() - HOUR_MS);
  const [mine, all] = await Promise.all([
    db.inviteCodeAttempt.count({ where: { userKey, outcome: { in: COUNTED }, at: { gt: since } } }),
    db.inviteCodeAttempt.count({ where: { outcome: { in: COUNTED }, at: { gt: since } } }),
  ]);
  const allowed = mine <= limits.perAccountPerHour && all <= limits.allAccountsPerHour;
  if (!allowed) await db.inviteCodeAttempt.update({ where: { id: row.id }, data: { outcome: "refused" } });
  return { id: row.id, allowed };
}

export async function finishCodeAttempt(db: Db, id: number, outcome: AttemptOutcome): Promise<void> {
  await db.inviteCodeAttempt.update({ where: { id }, data: { outcome } });
}

/** Rows older than a day serve no bound. */
export async function pruneCodeAttempts(db: Db, now: Date): Promise<number> {
  const result = await db.inviteCodeAttempt.deleteMany({ where: { at: { lt: new Date(now.getTime() - 24 * HOUR_MS) } } });
  return result.count;
}
