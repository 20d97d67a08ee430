// The demo ward with every leader and the officer registered on the Bot API test server, the
// real bot polling (so buttons work), and a reminder scheduler driven by the test's clock.
import { ManualClock } from "../../src/clock.js";
import { createLogger } from "../../src/logger.js";
import { reminderApi } from "../../src/reminders/api.js";
import { createReminderScheduler, type ReminderScheduler } from "../../src/reminders/scheduler.js";
import type { ReminderTarget } from "../../src/db/repos/reminders.js";
import { startTestBot, type TestBot } from "../support/bot-harness.js";
import type { TelegramUser } from "../support/telegram-user.js";

/** A local time in Hà Nội (UTC+7) as an instant: local("2025-06-17T08:00"). */
export const local = (time: string): Date => new Date(`${time}:00+07:00`);

/** The first slot of the demo's open period "6 tháng đầu năm 2025" (deadline 17:00 on 20 June). */
export const FIRST_SLOT = local("2025-06-17T08:00");
export const DEADLINE = local("2025-06-20T17:00");

/** Groups of the demo's open period without a handed-in report: 3 drafts and 5 not started. */
export const DRAFTS = ["Tổ 20", "Tổ 21", "Tổ 22"];
export const NOT_STARTED = ["Tổ 1", "Tổ 23", "Tổ 24", "Tổ 25", "Tổ 26"];
export const MISSING = ["Tổ 1", ...DRAFTS, "Tổ 23", "Tổ 24", "Tổ 25", "Tổ 26"];

export const OFFICER_ID = 9001;
export const leaderId = (groupName: string): number => 7000 + Number(groupName.replace(/\D/g, ""));

export interface ReminderWorld {
  harness: TestBot;
  clock: ManualClock;
  scheduler: ReminderScheduler;
  /** The leader of each group, by group name ("Tổ 1" … "Tổ 26"). */
  leaders: Map<string, TelegramUser>;
  officer: TelegramUser;
  /** Replace to act between a claim and its message (a crash, a submission). */
  hooks: { afterClaim?: (target: ReminderTarget, deliveryId: number) => Promise<void> | void };
  leader(groupName: string): TelegramUser;
  /** How many messages the bot sent to each leader, by group name (only those with any). */
  counts(): Record<string, number>;
  /** A new scheduler on the same database and server: what a restarted process has. */
  newScheduler(): ReminderScheduler;
  stop(): Promise<void>;
}

export async function startReminderWorld(clockStart: Date = local("2025-06-16T08:00"), options: { databaseUrl?: string } = {}): Promise<ReminderWorld> {
  const harness = await startTestBot({ clockStart, databaseUrl: options.databaseUrl });
  const { db, server, clock } = harness;
  const wardId = harness.demo!.wardId;
  const leaders = new Map<string, TelegramUser>();
  const rows = await db.member.findMany({ where: { wardId, role: "leader" }, include: { group: true } });
  for (const row of rows) {
    const name = row.group!.name;
    await db.member.update({ where: { id: row.id }, data: { telegramId: BigInt(leaderId(name)), registeredAt: clock.now() } });
    leaders.set(name, server.user({ id: leaderId(name), firstName: row.fullName, languageCode: "vi", startedBot: true }));
  }
  const officerRow = await db.member.findFirstOrThrow({ where: { wardId, role: "officer" } });
  await db.member.update({ where: { id: officerRow.id }, data: { telegramId: BigInt(OFFICER_ID), registeredAt: clock.now() } });
  const officer = server.user({ id: OFFICER_ID, firstName: "Thanh", languageCode: "vi", startedBot: true });

  const hooks: ReminderWorld["hooks"] = {};
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? "silent");
  const newScheduler = () =>
    createReminderScheduler({
      db,
      api: reminderApi(harness.bot.api),
      clock,
      logger,
      afterClaim: (target, id) => hooks.afterClaim?.(target, id),
    });
  const scheduler = newScheduler();
  return {
    harness,
    clock,
    scheduler,
    leaders,
    officer,
    hooks,
    newScheduler,
    leader(groupName) {
      const user = leaders.get(groupName);
      if (!user) throw new Error(`no leader for ${groupName}`);
      return user;
    },
    counts() {
      const counts: Record<string, number> = {};
      for (const [name, user] of leaders) if (user.messages.length > 0) counts[name] = user.messages.length;
      return counts;
    },
    async stop() {
      await scheduler.stop();
      await harness.stop();
    },
  };
}

/** { "Tổ 1": 1, … } for the given groups. */
export const once = (groups: string[]): Record<string, number> => Object.fromEntries(groups.map((group) => [group, 1]));
