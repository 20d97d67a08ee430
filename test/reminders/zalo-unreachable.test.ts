// A refused send on Zalo marks the member unreachable there (src/channels/zalo/outbound.ts
// answers the bot as Telegram's 403; the round marks the member), and the officer's digest
// names those leaders on a line of its own, apart from those who blocked the bot on Telegram.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { zaloKey } from "../../src/channels/ids.js";
import { noticeDigestText } from "../../src/bot/features/periods/notices.js";
import { digestText } from "../../src/bot/features/reminders/render.js";
import { seedDemo } from "../../src/cli/demo/seed.js";
import { type Database, openDatabase } from "../../src/db/client.js";
import { channelAccount } from "../../src/db/repos/channels.js";
import { roundFacts } from "../../src/db/repos/reminders.js";
import { DEFAULT_CLOCK_START } from "../support/bot-harness.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";

let test: TestDatabase;
let database: Database;
beforeEach(async () => {
  test = await createTestDatabase("sqlite");
  database = await openDatabase(test.url);
});
afterEach(async () => {
  await database?.close();
  await test?.drop();
});

describe("the digest and leaders Zalo could not reach", () => {
  it("lists them on their own line, apart from those who blocked the bot on Telegram", async () => {
    const demo = await seedDemo(database.db, DEFAULT_CLOCK_START);
    const { db } = database;
    const leaderOf = (group: string) => db.member.findFirstOrThrow({ where: { wardId: demo.wardId, role: "leader", group: { name: group } } });
    const onZalo = await leaderOf("Tổ 1");
    const account = await channelAccount(db, "zalo", "6ede9afa66b88fe6d6a9", "Hùng");
    await db.member.update({ where: { id: onZalo.id }, data: { telegramId: BigInt(zaloKey(account.id)), blockedAt: DEFAULT_CLOCK_START } });
    const onTelegram = await leaderOf("Tổ 20");
    await db.member.update({ where: { id: onTelegram.id }, data: { telegramId: 7020n, blockedAt: DEFAULT_CLOCK_START } });

    const period = await db.period.findFirstOrThrow({ where: { wardId: demo.wardId, name: "6 tháng đầu năm 2025" } });
    const facts = await roundFacts(db, period.id, "2025-06-17T08:00", new Date(0));
    expect(facts.unreachableOnZalo).toEqual([{ name: onZalo.fullName, group: "Tổ 1" }]);
    expect(facts.blocked).toEqual([{ name: onTelegram.fullName, group: "Tổ 20" }]);

    const digest = digestText(facts, false, "ba");
    expect(digest).toContain(`Zalo không chuyển được tin nhắc tới các tổ trưởng sau (1): Tổ 1 (${onZalo.fullName}). Đề nghị bà liên hệ trực tiếp.`);
    expect(digest).toContain(`Tổ trưởng đã chặn tin của trợ lý nên không nhận được tin nhắc (1): Tổ 20 (${onTelegram.fullName})`);
    expect(noticeDigestText("announce", facts, "ong")).toContain(`Zalo không chuyển được thông báo tới các tổ trưởng sau (1): Tổ 1 (${onZalo.fullName}). Đề nghị ông liên hệ trực tiếp.`);
  });
});
