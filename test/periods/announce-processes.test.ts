// A period's announcement under the reminders' rules, across crashes and processes: the real
// bot process SIGKILLed in the middle of the announcement and started again, and two processes
// racing on one PostgreSQL database: every registered leader gets it at most once, and all
// but the one in flight at the kill get it exactly once; the officer gets one digest.
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Db } from "../../src/db/client.js";
import { CLI_ACTOR } from "../../src/db/repos/audit.js";
import { createGroups } from "../../src/db/repos/groups.js";
import { createMember } from "../../src/db/repos/members.js";
import { defaultIndicators, openPeriod } from "../../src/db/repos/periods.js";
import type { RoundResult } from "../../src/reminders/round.js";
import { TEST_TOKEN } from "../support/bot-harness.js";
import { postgresAvailable, createTestDatabase, type TestDatabase } from "../support/databases.js";
import { type E2E, startE2E } from "../support/e2e.js";
import { local, type ReminderWorld, startReminderWorld } from "../reminders/support.js";
import type { TelegramUser } from "../support/telegram-user.js";

const root = join(import.meta.dirname, "..", "..");
const ANNOUNCEMENT = "📣 Thông báo mở kỳ báo cáo";

async function openQuarter(db: Db, wardId: number) {
  const indicators = await defaultIndicators(db, wardId, "other");
  const result = await openPeriod(db, wardId, {
    name: "Quý III năm 2025",
    kind: "other",
    year: 2025,
    startDate: local("2025-07-01T00:00"),
    endDate: local("2025-09-30T00:00"),
    deadline: local("2025-10-10T17:00"),
    indicatorIds: indicators.indicators.map((indicator) => indicator.id),
    actor: CLI_ACTOR,
    at: local("2025-05-15T08:00"),
  });
  if (!result.ok) throw new Error(result.reason);
  return result.period;
}

async function waitUntil(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

let e2e: E2E | undefined;
let world: ReminderWorld | undefined;
let database: TestDatabase | undefined;
afterEach(async () => {
  await e2e?.stop();
  await world?.stop();
  await database?.drop();
  e2e = world = database = undefined;
});

describe("the announcement across a SIGKILL of the real bot process", () => {
  it("no leader gets it twice; all but the one in flight get it once", { timeout: 180_000 }, async () => {
    e2e = await startE2E();
    const { db } = e2e.database;
    const wardId = e2e.demo.wardId;
    const leaders = await db.member.findMany({ where: { wardId, role: "leader" }, orderBy: { id: "asc" } });
    const users: TelegramUser[] = [];
    for (const [index, leader] of leaders.entries()) {
      const chatId = 70_000 + index;
      await db.member.update({ where: { id: leader.id }, data: { telegramId: BigInt(chatId), registeredAt: new Date() } });
      users.push(e2e.server.user({ id: chatId, firstName: leader.fullName, languageCode: "vi", startedBot: true }));
    }
    const officerRow = await db.member.findFirstOrThrow({ where: { wardId, role: "officer" } });
    await db.member.update({ where: { id: officerRow.id }, data: { telegramId: 90_001n, registeredAt: new Date() } });
    const officer = e2e.server.user({ id: 90_001, firstName: "Thanh", languageCode: "vi", startedBot: true });
    await openQuarter(db, wardId);

    e2e.server.delayNext("sendMessage", 120, { times: 100_000 });
    const got = () => users.map((user) => user.messages.filter((message) => message.text?.startsWith(ANNOUNCEMENT)).length);
    await e2e.restartBot("SIGKILL"); // the new process's first tick starts the announcement
    await waitUntil("a third of the leaders announced", () => got().filter((count) => count > 0).length >= 9);
    await e2e.restartBot("SIGKILL"); // killed in the middle; the next process sends the rest
    const rows = () => db.reminderDelivery.findMany({ where: { slot: "announce" } });
    await waitUntil("every leader's delivery finished but the one in flight", async () => {
      const all = await rows();
      return all.length === leaders.length && all.filter((row) => row.status === "sent").length >= leaders.length - 1;
    });
    await e2e.server.settled();

    const counts = got();
    expect(counts.filter((count) => count > 1)).toEqual([]);
    const all = await rows();
    const orphans = all.filter((row) => row.status !== "sent");
    expect(orphans.length).toBeLessThanOrEqual(1);
    expect(counts.filter((count) => count === 1).length).toBeGreaterThanOrEqual(leaders.length - 1);
    expect(new Set(all.map((row) => row.claimedBy)).size).toBe(2); // two processes sent
    // The claim the kill left is never sent again; the digest waits until it is stale (5 minutes),
    // then names that leader as not confirmed (the reminders' rule).
    for (const orphan of orphans) expect(orphan).toMatchObject({ status: "claimed", sentAt: null });
    if (orphans.length === 1) expect(officer.messages.filter((message) => message.text?.includes("Kết quả gửi thông báo mở kỳ"))).toHaveLength(0);
  });
});

interface Worker {
  ready: Promise<void>;
  go(): void;
  done: Promise<{ code: number | null; output: { results: RoundResult[] } | null; log: string }>;
}

function startWorker(w: ReminderWorld, url: string): Worker {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", join(root, "test/reminders/race-worker.ts")], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, BOT_API_ROOT: w.harness.server.apiRoot, BOT_TOKEN: TEST_TOKEN, CLOCK_AT: w.clock.now().toISOString() },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let log = "";
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  child.stdout!.on("data", (chunk: Buffer) => {
    log += chunk.toString();
    if (log.includes("ready\n")) markReady();
  });
  child.stderr!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const done = new Promise<Awaited<Worker["done"]>>((resolve) =>
    child.once("exit", (code) => {
      const line = log.split("\n").find((text) => text.startsWith("{"));
      resolve({ code, output: line ? JSON.parse(line) : null, log });
    }),
  );
  return { ready, done, go: () => child.stdin!.write("go\n") };
}

describe.skipIf(!(await postgresAvailable()))("two processes on one PostgreSQL database", () => {
  it("race for the announcement: every leader gets it exactly once, the officer one digest", { timeout: 180_000 }, async () => {
    database = await createTestDatabase("postgresql");
    world = await startReminderWorld(local("2025-05-20T09:00"), { databaseUrl: database.url });
    const { db, server } = world.harness;
    const wardId = world.harness.demo!.wardId;
    const groups = await createGroups(db, wardId, Array.from({ length: 150 }, (_, index) => ({ name: `Tổ mới ${index + 1}`, sortOrder: 100 + index })));
    const chats = [...world.leaders.values()].map((user) => user.id);
    for (const [index, group] of groups.entries()) {
      const chatId = 100_000 + index;
      await createMember(db, wardId, { fullName: `Tổ trưởng ${index + 1}`, role: "leader", groupId: group.id, telegramId: BigInt(chatId) });
      server.user({ id: chatId, firstName: `Leader ${index + 1}`, startedBot: true });
      chats.push(chatId);
    }
    const period = await openQuarter(db, wardId);
    server.delayNext("sendMessage", 2, { times: 100_000 });
    const workers = [startWorker(world, database.url), startWorker(world, database.url)];
    await Promise.all(workers.map((worker) => worker.ready));
    for (const worker of workers) worker.go();
    const finished = await Promise.all(workers.map((worker) => worker.done));
    for (const end of finished) expect(end.code, end.log).toBe(0);

    const rounds = finished.map((end) => end.output!.results.find((round) => round.slot === "announce")!);
    for (const round of rounds) expect(round.sent).toBeGreaterThan(0); // both really sent some
    expect(rounds[0]!.sent + rounds[1]!.sent).toBe(chats.length);
    const counts = chats.map((chatId) => server.botMessages(chatId).filter((message) => message.text?.startsWith(ANNOUNCEMENT)).length);
    expect(counts.filter((count) => count !== 1)).toEqual([]);
    const digests = world.officer.messages.filter((message) => message.text?.includes("Kết quả gửi thông báo mở kỳ"));
    expect(digests).toHaveLength(1);
    expect(digests[0]!.text).toContain(`Đã gửi tới ${chats.length} tổ trưởng.`);
    const rows = await db.reminderDelivery.findMany({ where: { periodId: period.id, slot: "announce" } });
    expect(rows).toHaveLength(chats.length);
    expect(rows.every((row) => row.status === "sent")).toBe(true);
  });
});
