// Under load: the bot process's memory with 1.000 conversations open (their state lives in
// the database, not in memory), and conversation steps per second on PostgreSQL.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import type { Update } from "grammy/types";
import { createBot } from "../../src/bot/index.js";
import { ManualClock } from "../../src/clock.js";
import { type Database, openDatabase } from "../../src/db/client.js";
import { installCatalogue } from "../../src/db/repos/catalogue.js";
import { createPeriod } from "../../src/db/repos/periods.js";
import { createWard } from "../../src/db/repos/wards.js";
import { DEFAULT_INDICATORS, DEFAULT_MOVEMENTS, DEFAULT_PLEDGE_ITEMS } from "../../src/domain/catalogue.js";
import { createLogger } from "../../src/logger.js";
import { createTestDatabase, postgresAvailable, type TestDatabase } from "../../test/support/databases.js";
import type { Result } from "../harness.js";
import { ensureBuild, productionStart } from "../support/build.js";
import { botInfo, instantTelegram } from "../support/instant-telegram.js";
import { textUpdate } from "../support/updates.js";

const run = promisify(execFile);
export const LEADERS = 1000;
export const FIRST_USER = 700_000;

/** A ward of `count` groups whose leaders are registered (Telegram ids from `firstUser`), with an open period. */
export async function wardWithLeaders(database: Database, count: number, firstUser = FIRST_USER, slug = `load-${count}`): Promise<void> {
  const { db } = database;
  const ward = await createWard(db, { slug, name: "Phường Tải", issuerNameLines: ["ỦY BAN NHÂN DÂN", "PHƯỜNG TẢI"], placeName: "Phường Tải", signerName: "Nguyễn Văn A" });
  await installCatalogue(db, ward.id, { movements: DEFAULT_MOVEMENTS, indicators: DEFAULT_INDICATORS, pledgeItems: DEFAULT_PLEDGE_ITEMS });
  // One statement for the groups: createGroups' transaction of 1.000 inserts outlives Prisma's 5 s limit on a busy machine.
  await db.group.createMany({ data: Array.from({ length: count }, (_, i) => ({ wardId: ward.id, name: `Tổ ${i + 1}`, sortOrder: i + 1 })) });
  const groups = await db.group.findMany({ where: { wardId: ward.id }, orderBy: { sortOrder: "asc" } });
  await db.member.createMany({
    data: groups.map((group, i) => ({ wardId: ward.id, fullName: `Tổ trưởng ${i + 1}`, role: "leader" as const, groupId: group.id, telegramId: BigInt(firstUser + i) })),
  });
  await createPeriod(db, ward.id, {
    name: "6 tháng đầu năm 2025", kind: "so_ket", year: 2025,
    startDate: new Date("2024-12-31T17:00:00Z"), endDate: new Date("2025-06-30T16:59:59Z"), deadline: new Date("2025-06-20T10:00:00Z"),
  });
}

export function botOn(database: Database) {
  return createBot({
    token: "1:bench",
    botInfo,
    fetch: instantTelegram,
    // The fake Telegram answers at once: the bot's own flood-limit waits (30 messages a second) are not measured.
    sendLimits: false,
    services: { db: database.db, clock: new ManualClock(new Date("2025-05-15T01:00:00Z")), logger: createLogger("silent") },
  });
}

export async function withWard<T>(provider: "sqlite" | "postgresql", work: (database: Database) => Promise<T>): Promise<T> {
  const test: TestDatabase = await createTestDatabase(provider);
  const database = await openDatabase(test.url);
  try {
    await wardWithLeaders(database, LEADERS);
    return await work(database);
  } finally {
    await database.close();
    await test.drop();
  }
}

export async function loadSuite(): Promise<Result[]> {
  const results: Result[] = [];

  // In a process of its own running the production build with the production start's settings
  // and node flags: earlier suites and tsx must not inflate the figure. Once more without them, to see what they do.
  await ensureBuild();
  const start = productionStart();
  const rssOf = async (env: Record<string, string>, nodeFlags: string[]) => {
    const { stdout } = await run(process.execPath, ["--expose-gc", ...nodeFlags, join(import.meta.dirname, "rss-worker.mjs")], { maxBuffer: 1 << 20, env: { ...process.env, ...env } });
    return JSON.parse(stdout.trim().split("\n").at(-1)!) as { before: number; after: number; open: number };
  };
  const rss = await rssOf(start.env, start.nodeFlags);
  results.push({
    suite: "load",
    name: `RSS with ${rss.open.toLocaleString("vi-VN")} open conversations (SQLite, production build, own process)`,
    value: rss.after / 2 ** 20,
    unit: "MiB",
    baseline: { name: "same process with 20 open", value: rss.before / 2 ** 20 },
    note: `${start.shown}; goal ≤ 200 MiB`,
  });
  if (start.nodeFlags.length > 0 || Object.keys(start.env).length > 0) {
    const plain = await rssOf({}, []);
    results.push({
      suite: "load",
      name: `RSS with ${plain.open.toLocaleString("vi-VN")} open conversations, plain node (without the start's settings and flags)`,
      value: plain.after / 2 ** 20,
      unit: "MiB",
      baseline: { name: "with them", value: rss.after / 2 ** 20 },
    });
  }

  if (await postgresAvailable()) {
    await withWard("postgresql", async (database) => {
      const bot = botOn(database);
      const updates: Update[] = [];
      for (let i = 0; i < 200; i++) updates.push(textUpdate(FIRST_USER + i, "/baocao"));
      for (const answer of ["226", "224", "220", "150"]) for (let i = 0; i < 200; i++) updates.push(textUpdate(FIRST_USER + i, answer));
      const start = performance.now();
      for (const update of updates) await bot.handleUpdate(update);
      const seconds = (performance.now() - start) / 1000;
      results.push({
        suite: "load",
        name: "conversation steps per second, 1 process, PostgreSQL",
        value: updates.length / seconds,
        unit: "steps/s",
        note: `${updates.length} updates of 200 leaders, handled one after another`,
      });
    });
  }
  return results;
}
