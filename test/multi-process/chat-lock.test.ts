// The chat lock: one task per chat at a time, in a process (a queue) and across processes
// (PostgreSQL advisory locks on separate connections, as two processes have). Then the
// reason it exists: the same update handled by two bots at once has one effect with the
// lock, and two without it.
import type { Update, UserFromGetMe } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBot } from "../../src/bot/index.js";
import { seedDemo } from "../../src/cli/demo/seed.js";
import { ManualClock } from "../../src/clock.js";
import { type Database, openDatabase } from "../../src/db/client.js";
import {
  type ChatLock,
  ChatLockUnavailableError,
  chatLockKey,
  localChatLock,
  postgresChatLock,
} from "../../src/db/repos/chat-lock.js";
import { createLogger } from "../../src/logger.js";
import { DEFAULT_CLOCK_START } from "../support/bot-harness.js";
import { createTestDatabase, postgresAvailable, type TestDatabase } from "../support/databases.js";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs tasks through `lock` and records which ran at the same time. */
async function overlaps(runs: Array<{ lock: ChatLock; chat: number }>, ms = 40) {
  let running = 0;
  let maxRunning = 0;
  const order: number[] = [];
  await Promise.all(
    runs.map(({ lock, chat }, index) =>
      lock.run(chat, async () => {
        running++;
        maxRunning = Math.max(maxRunning, running);
        order.push(index);
        await sleep(ms);
        running--;
      }),
    ),
  );
  return { maxRunning, order };
}

describe("local chat lock", () => {
  it("runs one chat's tasks one at a time, in arrival order; other chats in parallel", async () => {
    const lock = localChatLock();
    expect(await overlaps([0, 1, 2, 3].map(() => ({ lock, chat: 7 })), 10)).toEqual({ maxRunning: 1, order: [0, 1, 2, 3] });
    expect((await overlaps([7, 8, 9].map((chat) => ({ lock, chat })))).maxRunning).toBe(3);
  });

  it("releases the chat when a task fails", async () => {
    const lock = localChatLock();
    await expect(lock.run(1, async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await lock.run(1, async () => "next")).toBe("next");
  });

  it("folds chat ids into int4 keys: users as they are, groups and large ids too", () => {
    expect(chatLockKey(123_456_789)).toBe(123_456_789);
    for (const id of [-1001234567890, 7_000_000_001, 2 ** 52, -5]) {
      const key = chatLockKey(id);
      expect(Number.isInteger(key) && key >= -(2 ** 31) && key < 2 ** 31).toBe(true);
    }
    expect(chatLockKey(-1001234567890)).not.toBe(chatLockKey(-1001234567891));
  });
});

const withPostgres = await postgresAvailable();

describe.skipIf(!withPostgres)("PostgreSQL chat lock", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase("postgresql");
  });
  afterAll(async () => {
    await test?.drop();
  });

  it("serialises one chat across two connections pools (two processes), not different chats", async () => {
    const a = postgresChatLock(test.url);
    const b = postgresChatLock(test.url);
    try {
      const same = await overlaps([a, b, a, b, a, b].map((lock) => ({ lock, chat: 4242 })));
      expect(same.maxRunning).toBe(1);
      const different = await overlaps([a, b, a, b].map((lock, index) => ({ lock, chat: 5000 + index })), 150);
      expect(different.maxRunning).toBeGreaterThan(1);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it("releases the lock when the task fails, and a waiter past the wait limit is told to retry", async () => {
    const a = postgresChatLock(test.url);
    const b = postgresChatLock(test.url, { waitMs: 200 });
    try {
      await expect(a.run(77, async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
      expect(await b.run(77, async () => "free again")).toBe("free again");

      let release!: () => void;
      const held = a.run(78, () => new Promise<void>((resolve) => (release = resolve)));
      await sleep(50);
      const error = await b.run(78, async () => "never").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ChatLockUnavailableError);
      expect((error as ChatLockUnavailableError).reason).toBe("timeout");
      release();
      await held;
    } finally {
      await a.close();
      await b.close();
    }
  });

  it("reports an unreachable database as unavailable, not as a handler error", async () => {
    const lock = postgresChatLock("postgresql://nobody@127.0.0.1:1/none");
    const error = await lock.run(1, async () => "never").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChatLockUnavailableError);
    expect((error as ChatLockUnavailableError).reason).toBe("database");
    await lock.close();
  });
});

const botInfo = {
  id: 42, is_bot: true, first_name: "Thi đua", username: "thidua_lock_bot",
  can_join_groups: false, can_read_all_group_messages: false, supports_inline_queries: false,
  can_connect_to_business: false, has_main_web_app: false, has_topics_enabled: false, allows_users_to_create_topics: false,
} as UserFromGetMe;

describe.skipIf(!withPostgres)("two bots, one PostgreSQL database, every update delivered to both at once", () => {
  let test: TestDatabase;
  let database: Database;
  let leaderIds: number[] = [];
  beforeAll(async () => {
    test = await createTestDatabase("postgresql");
    database = await openDatabase(test.url);
    await seedDemo(database.db, DEFAULT_CLOCK_START);
  });
  afterAll(async () => {
    await database?.close();
    await test?.drop();
  });

  /** Registers the leaders of two groups that have not reported yet, under fresh Telegram ids. */
  async function leaders(base: number): Promise<number[]> {
    const members = await database.db.member.findMany({
      where: { role: "leader", group: { name: { in: base === 1 ? ["Tổ 1", "Tổ 23"] : ["Tổ 24", "Tổ 25"] } } },
    });
    const ids = members.map((_, index) => 810_000 + base * 100 + index);
    for (const [index, member] of members.entries()) {
      await database.db.member.update({ where: { id: member.id }, data: { telegramId: BigInt(ids[index]!), registeredAt: DEFAULT_CLOCK_START } });
    }
    return ids;
  }

  async function run(lockFor: () => ChatLock, base: number) {
    leaderIds = await leaders(base);
    let messageId = 1;
    let sent = 0;
    // Telegram, answering after 20 ms: wide enough for two bots to race.
    const slowTelegram: typeof fetch = async (_input, init) => {
      await sleep(20);
      const body = typeof init?.body === "string" ? (JSON.parse(init.body) as Record<string, unknown>) : {};
      if (String(_input).endsWith("/sendMessage")) sent++;
      const result = { message_id: messageId++, date: 0, chat: { id: body["chat_id"] ?? 0, type: "private" }, text: body["text"] ?? "" };
      return new Response(JSON.stringify({ ok: true, result }), { headers: { "content-type": "application/json" } });
    };
    const clock = new ManualClock(DEFAULT_CLOCK_START);
    const locks = [lockFor(), lockFor()];
    const bots = locks.map((chatLock) =>
      createBot({ token: "1:lock", botInfo, fetch: slowTelegram, chatLock, services: { db: database.db, clock, logger: createLogger("silent") } }),
    );
    let updateId = base * 10_000;
    const deliverToBoth = async (userId: number, text: string) => {
      const update: Update = {
        update_id: updateId++,
        message: {
          message_id: updateId,
          date: 0,
          text,
          chat: { id: userId, type: "private", first_name: "Tổ trưởng" },
          from: { id: userId, is_bot: false, first_name: "Tổ trưởng" },
          ...(text.startsWith("/") ? { entities: [{ type: "bot_command" as const, offset: 0, length: text.length }] } : {}),
        },
      };
      await Promise.all(bots.map((bot) => bot.handleUpdate(update).catch(() => {})));
    };
    const answers = ["/baocao", "226", "224", "220", "150", "1500000", "12", "có"];
    try {
      await Promise.all(
        leaderIds.map(async (userId) => {
          for (const answer of answers) await deliverToBoth(userId, answer);
        }),
      );
    } finally {
      for (const lock of locks) await lock.close();
    }
    const reports = await database.db.groupReport.findMany({
      where: { period: { status: "open" }, group: { members: { some: { telegramId: { in: leaderIds.map(BigInt) } } } } },
      include: { _count: { select: { changes: true } } },
    });
    return { sent, changes: reports.map((report) => report._count.changes) };
  }

  it("with the advisory lock: one reply per update and one audit row per answer", { timeout: 60_000 }, async () => {
    const { sent, changes } = await run(() => postgresChatLock(test.url), 1);
    // Per leader: the intro and question 1, then one reply to each of the 7 answers.
    expect(changes).toEqual([7, 7]);
    expect(sent).toBe(2 * 9);
  });

  it("without it (each bot its own local queue): the same updates are handled twice", { timeout: 60_000 }, async () => {
    const { sent, changes } = await run(() => localChatLock(), 2);
    // Seen here: 34 replies instead of 18. The audit rows may stay at 7: the write guard makes an
    // answer written twice with the same value a no-op, so the duplicates show in the replies.
    expect(sent).toBeGreaterThan(2 * 9);
    expect(Math.max(...changes)).toBeGreaterThanOrEqual(7);
  });
});
