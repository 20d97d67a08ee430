// The reminder scheduler: croner runs a tick every minute (and one at start, so slots missed
// while the bot was down go out as soon as it is back); each tick asks the pure dueSlot()
// which slot of each open period is due by the injected clock, and runs that
// slot's round. Every process may run a scheduler on one database: claims keep each
// reminder to one message.
import { Cron } from "croner";
import type { Api } from "grammy";
import type { Clock } from "../clock.js";
import type { Db } from "../db/client.js";
import { allOpenPeriods, noticePeriods } from "../db/repos/reminders.js";
import { dueSlot, reminderSchedule, sendWindow } from "../domain/reminders.js";
import type { Logger } from "../logger.js";
import { stopManualRounds } from "./manual.js";
import { INSTANCE_ID } from "./instance.js";
import { noticePurpose, type RoundDeps, type RoundResult, runRound } from "./round.js";

export interface ReminderSchedulerOptions {
  db: Db;
  /** An Api with auto-retry: reminderApi(bot.api). */
  api: Api;
  clock: Clock;
  logger: Logger;
  instanceId?: string;
  /** Croner pattern of the tick; default every minute. */
  pattern?: string;
  /** For tests (see RoundDeps.afterClaim). */
  afterClaim?: RoundDeps["afterClaim"];
}

export interface ReminderScheduler {
  /** Runs the due rounds now (what each scheduled tick does). */
  tick(): Promise<RoundResult[]>;
  /** Schedules the ticks and runs one at once. */
  start(): void;
  /** Stops ticking; a round in progress ends after its current message; waits for it and for /nhacnho rounds. */
  stop(): Promise<void>;
}

export function createReminderScheduler(options: ReminderSchedulerOptions): ReminderScheduler {
  const controller = new AbortController();
  const deps: RoundDeps = {
    db: options.db,
    api: options.api,
    clock: options.clock,
    logger: options.logger,
    instanceId: options.instanceId ?? INSTANCE_ID,
    signal: controller.signal,
    afterClaim: options.afterClaim,
  };
  let job: Cron | null = null;
  let current: Promise<RoundResult[]> | null = null;

  async function dueRounds(): Promise<RoundResult[]> {
    const now = deps.clock.now();
    const results: RoundResult[] = [];
    // A period's notice (opened, deadline extended) first: leaders it has not reached yet get it.
    for (const period of await noticePeriods(deps.db)) {
      if (controller.signal.aborted) break;
      if (sendWindow(now, period.deadline, period.timeZone) !== "open") continue;
      results.push(await runRound(deps, { period, slot: period.notice, manual: false, purpose: noticePurpose(period.notice) }));
    }
    // Every open period has its own slots (a thematic period beside the half-year).
    for (const period of await allOpenPeriods(deps.db)) {
      if (controller.signal.aborted) break;
      const slot = dueSlot(period.deadline, reminderSchedule(period), now);
      if (slot) results.push(await runRound(deps, { period, slot: slot.key, manual: false }));
    }
    return results;
  }

  /** One tick at a time: a tick that comes while one runs waits for it and then runs. */
  async function tick(): Promise<RoundResult[]> {
    while (current) await current.catch(() => {});
    const running = dueRounds();
    current = running;
    try {
      return await running;
    } finally {
      current = null;
    }
  }

  const safeTick = async () => {
    if (controller.signal.aborted) return;
    await tick().catch((error: unknown) => deps.logger.error({ err: error }, "reminder tick failed"));
  };

  return {
    tick,
    start() {
      if (job) return;
      job = new Cron(options.pattern ?? "* * * * *", { protect: true }, safeTick);
      void safeTick();
    },
    async stop() {
      job?.stop();
      job = null;
      controller.abort();
      await current?.catch(() => {});
      await stopManualRounds();
    },
  };
}
