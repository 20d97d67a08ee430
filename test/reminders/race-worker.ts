// One reminder process for the multi-process tests: opens the database, says "ready", waits
// for "go" on stdin, runs one scheduler tick at CLOCK_AT, prints its results as JSON, exits.
// CRASH_AFTER_CLAIMS=n kills the process (SIGKILL) right after its n-th claim, before sending.
//   node --import tsx test/reminders/race-worker.ts
import { createInterface } from "node:readline";
import { Api } from "grammy";
import { ManualClock } from "../../src/clock.js";
import { openDatabase } from "../../src/db/client.js";
import { createLogger } from "../../src/logger.js";
import { reminderApi } from "../../src/reminders/api.js";
import { createReminderScheduler } from "../../src/reminders/scheduler.js";

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

const database = await openDatabase(env("DATABASE_URL"), { migrate: false });
const crashAfter = Number(process.env.CRASH_AFTER_CLAIMS ?? 0);
let claims = 0;
const scheduler = createReminderScheduler({
  db: database.db,
  api: reminderApi(new Api(env("BOT_TOKEN"), { apiRoot: env("BOT_API_ROOT") })),
  clock: new ManualClock(new Date(env("CLOCK_AT"))),
  logger: createLogger(process.env.LOG_LEVEL ?? "silent"),
  instanceId: `worker-${process.pid}`,
  afterClaim: () => {
    if (crashAfter > 0 && ++claims === crashAfter) process.kill(process.pid, "SIGKILL");
  },
});
await database.db.group.count(); // connect before the start signal

const lines = createInterface({ input: process.stdin });
process.stdout.write("ready\n");
for await (const line of lines) if (line.trim() === "go") break;
lines.close();

const results = await scheduler.tick();
process.stdout.write(`${JSON.stringify({ instanceId: `worker-${process.pid}`, results })}\n`);
await scheduler.stop();
await database.close();
