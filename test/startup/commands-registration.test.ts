// The command menus at start: each registered member's chat gets its role's list once; a
// restart with nothing changed makes no setMyCommands call; a role change, one call for that chat.
import { Api } from "grammy";
import { afterEach, describe, expect, it } from "vitest";
import { registerCommands } from "../../src/bot/commands.js";
import { seedDemo } from "../../src/cli/demo/seed.js";
import { type Database, openDatabase } from "../../src/db/client.js";
import { type BotApiServer, startBotApiServer } from "../support/bot-api-server.js";
import { DEFAULT_CLOCK_START, TEST_TOKEN } from "../support/bot-harness.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";

let server: BotApiServer | undefined;
let database: Database | undefined;
let test: TestDatabase | undefined;

afterEach(async () => {
  await server?.close();
  await database?.close();
  await test?.drop();
});

describe("registering the command menus", () => {
  it("calls Telegram only for chats whose list changed since the last start", async () => {
    test = await createTestDatabase("sqlite");
    database = await openDatabase(test.url);
    await seedDemo(database.db, DEFAULT_CLOCK_START);
    const { db } = database;
    const leader = await db.member.findFirstOrThrow({ where: { role: "leader" } });
    const officer = await db.member.findFirstOrThrow({ where: { role: "officer" } });
    await db.member.update({ where: { id: leader.id }, data: { telegramId: 8101n } });
    await db.member.update({ where: { id: officer.id }, data: { telegramId: 8102n } });
    const members = await db.member.findMany({ where: { active: true, telegramId: { not: null } } });
    const registered = members.length;

    server = await startBotApiServer();
    for (const member of members) server.user({ id: Number(member.telegramId), firstName: member.fullName });
    const api = new Api(TEST_TOKEN, { apiRoot: server.apiRoot });
    const calls = () => server!.callsTo("setMyCommands").length;

    expect(await registerCommands(api, db)).toEqual({ calls: registered + 1, failed: 0 });
    expect(calls()).toBe(registered + 1);
    expect(server.commandsFor({ type: "chat", chat_id: 8101 }).map((c) => c.command)).toContain("dangky");
    expect(server.commandsFor({ type: "chat", chat_id: 8102 }).map((c) => c.command)).toContain("tiendo");
    expect(server.commandsFor({ type: "all_private_chats" }).map((c) => c.command)).toEqual(["start", "huongdan"]);

    // A restart with nothing changed: no call at all.
    expect(await registerCommands(api, db)).toEqual({ calls: 0, failed: 0 });
    expect(calls()).toBe(registered + 1);

    // The leader becomes an officer: one call, for that chat.
    await db.member.update({ where: { id: leader.id }, data: { role: "officer", groupId: null } });
    expect(await registerCommands(api, db)).toEqual({ calls: 1, failed: 0 });
    expect(calls()).toBe(registered + 2);
    expect(server.commandsFor({ type: "chat", chat_id: 8101 }).map((c) => c.command)).toContain("tiendo");
  });

  it("tries a chat again at the next start when its call failed", async () => {
    test = await createTestDatabase("sqlite");
    database = await openDatabase(test.url);
    await seedDemo(database.db, DEFAULT_CLOCK_START);
    const { db } = database;
    const leader = await db.member.findFirstOrThrow({ where: { role: "leader" } });
    await db.member.update({ where: { id: leader.id }, data: { telegramId: 8201n } });
    server = await startBotApiServer();
    for (const member of await db.member.findMany({ where: { telegramId: { not: null } } })) server.user({ id: Number(member.telegramId), firstName: member.fullName });
    const api = new Api(TEST_TOKEN, { apiRoot: server.apiRoot });

    server.failNext("setMyCommands", { error_code: 400, description: "Bad Request: chat not found" }, { when: (params) => JSON.stringify(params["scope"] ?? "").includes("8201") });
    const first = await registerCommands(api, db);
    expect(first.failed).toBe(1);
    expect(server.commandsFor({ type: "chat", chat_id: 8201 })).toEqual([]);
    expect(await registerCommands(api, db)).toEqual({ calls: 1, failed: 0 });
    expect(server.commandsFor({ type: "chat", chat_id: 8201 }).map((c) => c.command)).toContain("baocao");
  });
});
