// A round an officer starts now (/nhacnho): the same rules as a scheduled one (not at night,
// only before the deadline, only groups that have not handed in, claimed before sending),
// under a slot key of its own per minute. It runs in the background so the bot keeps
// answering other people meanwhile; stopping the process waits for it.
import type { Api } from "grammy";
import type { Clock } from "../clock.js";
import type { Db } from "../db/client.js";
import { currentOpenPeriods, noticePeriods, type ReminderPeriod, reminderTargets, roundFacts } from "../db/repos/reminders.js";
import { manualSlotKey, sendWindow } from "../domain/reminders.js";
import type { Logger } from "../logger.js";
import { INSTANCE_ID } from "./instance.js";
import { noticePurpose, type RoundResult, runRound } from "./round.js";

export interface ManualRoundDeps {
  db: Db;
  api: Api;
  clock: Clock;
  logger: Logger;
  instanceId?: string;
}

export type ManualRoundPlan =
  | { kind: "no-open-period" }
  | { kind: "quiet" | "after-deadline" | "all-handed-in"; period: ReminderPeriod; totalGroups: number }
  | {
      kind: "ready";
      period: ReminderPeriod;
      /** Leaders the round will message. */
      targets: number;
      /** Starts the round; never rejects (a failure is logged: null). settleManualRounds() awaits it too. */
      run(): Promise<RoundResult | null>;
    };

const running = new Set<Promise<unknown>>();
/** Aborted by stopManualRounds(): rounds in progress end after their current message. */
let stopping = new AbortController();

/** Checks what a round now would do, without sending anything yet. */
export async function planManualRound(deps: ManualRoundDeps, wardId: number): Promise<ManualRoundPlan> {
  const [period] = await currentOpenPeriods(deps.db, wardId);
  if (!period) return { kind: "no-open-period" };
  const now = deps.clock.now();
  const slot = manualSlotKey(now);
  const facts = await roundFacts(deps.db, period.periodId, slot, now);
  const window = sendWindow(now, period.deadline, period.timeZone);
  if (window !== "open") return { kind: window, period, totalGroups: facts.totalGroups };
  if (facts.missing.length === 0) return { kind: "all-handed-in", period, totalGroups: facts.totalGroups };
  const targets = await reminderTargets(deps.db, wardId, period.periodId, slot);
  return {
    kind: "ready",
    period,
    targets: targets.length,
    run() {
      const round = runRound(
        { db: deps.db, api: deps.api, clock: deps.clock, logger: deps.logger, instanceId: deps.instanceId ?? INSTANCE_ID, signal: stopping.signal },
        { period, slot, manual: true },
      );
      const tracked = round.catch((error: unknown) => {
        deps.logger.error({ err: error, wardId }, "manual reminder round failed");
        return null;
      });
      running.add(tracked);
      void tracked.finally(() => running.delete(tracked));
      return tracked;
    },
  };
}

/**
 * Sends a period's notice now (just opened, or its deadline extended), in the background, under
 * the reminders' rules; the scheduler's ticks send whatever this does not (at night: from 07:00).
 * Resolves to null when there is nothing to send now.
 */
export async function startNoticeRound(deps: ManualRoundDeps, periodId: number): Promise<Promise<RoundResult | null> | null> {
  const [period] = await noticePeriods(deps.db, { periodId });
  if (!period || sendWindow(deps.clock.now(), period.deadline, period.timeZone) !== "open") return null;
  const round = runRound(
    { db: deps.db, api: deps.api, clock: deps.clock, logger: deps.logger, instanceId: deps.instanceId ?? INSTANCE_ID, signal: stopping.signal },
    { period, slot: period.notice, manual: false, purpose: noticePurpose(period.notice) },
  );
  const tracked = round.catch((error: unknown) => {
    deps.logger.error({ err: error, periodId }, "period notice round failed");
    return null;
  });
  running.add(tracked);
  void tracked.finally(() => running.delete(tracked));
  return tracked;
}

/** Resolves when every manual round started in this process has ended. */
export async function settleManualRounds(): Promise<void> {
  while (running.size > 0) await Promise.all([...running]);
}

/** At shutdown: ends the manual rounds in progress after their current message, and waits for them. */
export async function stopManualRounds(): Promise<void> {
  stopping.abort();
  await settleManualRounds();
  stopping = new AbortController();
}
