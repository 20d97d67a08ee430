// Several bot processes on one database: real OS processes (race-worker.ts), started at the
// same instant on one PostgreSQL database, never send a reminder twice and never both skip
// it; a process killed right after a claim leaves that one reminder unsent, never doubled.
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createGroups } from "../../src/db/repos/groups.js";
import { createMember } from "../../src/db/repos/members.js";
import type { RoundResult } from "../../src/reminders/round.js";
import { TEST_TOKEN } from "../support/bot-harness.js";
import { createTestDatabase, postgresAvailable, providersUnderTest, type TestDatabase } from "../support/databases.js";
import { FIRST_SLOT, MISSING, type ReminderWorld, startReminderWorld } from "./support.js";

const root = join(import.meta.dirname, "..", "..");
const EXTRA_GROUPS = 200;

interface Worker {
  child: ChildProcess;
  ready: Promise<void>;
  go(): void;
  /** The worker's output once it exits: its results, or null when it was killed. */
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; output: { instanceId: string; results: RoundResult[] } | null; log: string }>;
}

function startWorker(world: ReminderWorld, databaseUrl: string, env: Record<string, string> = {}): Worker {
  const child = spawn(process.execPath, ["--import", "tsx", join(root, "test/reminders/race-worker.ts")], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, BOT_API_ROOT: world.harness.server.apiRoot, BOT_TOKEN: TEST_TOKEN, CLOCK_AT: world.clock.now().toISOString(), ...env },
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
    child.once("exit", (code, signal) => {
      const line = log.split("\n").find((text) => text.startsWith("{"));
      resolve({ code, signal, output: line ? JSON.parse(line) : null, log });
    }),
  );
  return { child, ready, done, go: () => child.stdin!.write("go\n") };
}

const providers = await providersUnderTest();
const withPostgres = await postgresAvailable();

let world: ReminderWorld | undefined;
let database: TestDatabase | undefined;
afterEach(async () => {
  await world?.stop();
  await database?.drop();
  world = undefined;
  database = undefined;
});

/** The demo ward (8 groups missing) plus `extra` new groups, each with a registered leader who has reported nothing. */
async function setUp(provider: "sqlite" | "postgresql", extra: number): Promise<{ world: ReminderWorld; url: string; chats: number[] }> {
  database = await createTestDatabase(provider);
  world = await startReminderWorld(FIRST_SLOT, { databaseUrl: database.url });
  const { db, server } = world.harness;
  const wardId = world.harness.demo!.wardId;
  const groups = await createGroups(db, wardId, Array.from({ length: extra }, (_, index) => ({ name: `Tổ mới ${index + 1}`, sortOrder: 100 + index })));
  const chats = MISSING.map((name) => world!.leader(name).id);
  for (const [index, group] of groups.entries()) {
    const chatId = 100_000 + index;
    await createMember(db, wardId, { fullName: `Tổ trưởng ${index + 1}`, role: "leader", groupId: group.id, telegramId: BigInt(chatId) });
    server.user({ id: chatId, firstName: `Leader ${index + 1}`, startedBot: true });
    chats.push(chatId);
  }
  return { world, url: database.url, chats };
}

const reminderCount = (w: ReminderWorld, chatId: number) => w.harness.server.botMessages(chatId).length;

describe.skipIf(!withPostgres)("two processes on one PostgreSQL database", () => {
  it("race for one slot: every leader gets exactly one reminder, the officer one digest", { timeout: 120_000 }, async () => {
    const { world: w, url, chats } = await setUp("postgresql", EXTRA_GROUPS);
    w.harness.server.delayNext("sendMessage", 2, { times: 100_000 }); // each send takes a little time, as over the internet
    const workers = [startWorker(w, url), startWorker(w, url)];
    await Promise.all(workers.map((worker) => worker.ready));
    for (const worker of workers) worker.go();
    const finished = await Promise.all(workers.map((worker) => worker.done));
    for (const end of finished) expect(end.code, end.log).toBe(0);

    const rounds = finished.map((end) => end.output!.results[0]!);
    // Both processes really raced: each sent some, and each found claims the other had made.
    for (const round of rounds) {
      expect(round.sent).toBeGreaterThan(0);
      expect(round.taken).toBeGreaterThan(0);
    }
    expect(rounds[0]!.sent + rounds[1]!.sent).toBe(chats.length);
    expect(rounds[0]!.claimed + rounds[1]!.claimed).toBe(chats.length);

    const counts = chats.map((chatId) => reminderCount(w, chatId));
    expect(counts.filter((count) => count !== 1)).toEqual([]); // none twice, none skipped
    expect(w.officer.messages).toHaveLength(1);
    expect(w.officer.lastMessage!.text).toContain(`Đã gửi tin nhắc cho ${chats.length} tổ trưởng.`);

    const rows = await w.harness.db.reminderDelivery.findMany({ where: { slot: FIRST_SLOT.toISOString() } });
    expect(rows).toHaveLength(chats.length);
    expect(new Set(rows.map((row) => row.claimedBy)).size).toBe(2);
    expect(rows.every((row) => row.status === "sent")).toBe(true);
  });
});

describe("a process killed right after a claim", () => {
  it.each(providers)("%s: that reminder is never sent, the others are sent once by the next process", { timeout: 120_000 }, async (provider) => {
    const { world: w, url, chats } = await setUp(provider, 0);
    const crashing = startWorker(w, url, { CRASH_AFTER_CLAIMS: "3" });
    await crashing.ready;
    crashing.go();
    const crash = await crashing.done;
    expect(crash.signal, crash.log).toBe("SIGKILL");
    expect(chats.map((chatId) => reminderCount(w, chatId))).toEqual([1, 1, 0, 0, 0, 0, 0, 0]);

    const next = startWorker(w, url);
    await next.ready;
    next.go();
    const end = await next.done;
    expect(end.code, end.log).toBe(0);
    expect(end.output!.results[0]).toMatchObject({ targets: 5, sent: 5 });
    expect(chats.map((chatId) => reminderCount(w, chatId))).toEqual([1, 1, 0, 1, 1, 1, 1, 1]);
    const orphan = await w.harness.db.reminderDelivery.findFirstOrThrow({ where: { slot: FIRST_SLOT.toISOString(), status: "claimed" } });
    expect(orphan.sentAt).toBeNull();
  });
});
