// The command menus at start: each registered member's chat gets its role's list once; a
// restart with nothing changed makes no setMyCommands call; a role change, one call for that chat.
import { Api } from "grammy";
import { afterEach, describe, expect, it } from "vitest";
import { registerCommands, setMemberCommands } from "../../src/bot/commands.js";
import { DEMO_WARD } from "../../src/cli/demo/phan-dinh-phung.js";
import { createMember } from "../../src/db/repos/members.js";
import { chooseMembership } from "../../src/db/repos/ward-choice.js";
import { createWard } from "../../src/db/repos/wards.js";
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

  it("gives each role its khen thưởng command, and /phuong (with the chosen ward's list) to a person in two wards", async () => {
    test = await createTestDatabase("sqlite");
    database = await openDatabase(test.url);
    await seedDemo(database.db, DEFAULT_CLOCK_START);
    const { db } = database;
    const leader = await db.member.findFirstOrThrow({ where: { role: "leader" } });
    const officer = await db.member.findFirstOrThrow({ where: { role: "officer" } });
    const chair = await db.member.findFirstOrThrow({ where: { role: "chair" } });
    const council = await createMember(db, leader.wardId, { fullName: "Nguyễn Thị Hạnh", role: "council" });
    const other = await createWard(db, { ...DEMO_WARD, slug: "phuong-khac", name: "Phường Khác", issuerNameLines: ["ỦY BAN NHÂN DÂN", "PHƯỜNG KHÁC"], placeName: "Phường Khác" });
    const elsewhere = await createMember(db, other.id, { fullName: officer.fullName, role: "leader" });
    const ids: Array<[number, bigint, Date]> = [
      [leader.id, 8301n, new Date("2025-01-01")],
      [officer.id, 8302n, new Date("2025-01-01")],
      [chair.id, 8303n, new Date("2025-01-01")],
      [council.id, 8304n, new Date("2025-01-01")],
      // The officer also leads a group in another ward, registered there later.
      [elsewhere.id, 8302n, new Date("2025-02-01")],
    ];
    for (const [id, telegramId, registeredAt] of ids) await db.member.update({ where: { id }, data: { telegramId, registeredAt } });
    server = await startBotApiServer();
    for (const member of await db.member.findMany({ where: { telegramId: { not: null } } })) server.user({ id: Number(member.telegramId), firstName: member.fullName });
    const api = new Api(TEST_TOKEN, { apiRoot: server.apiRoot });
    const commands = (chatId: number) => server!.commandsFor({ type: "chat", chat_id: chatId }).map((c) => c.command);

    await registerCommands(api, db);
    expect(commands(8301)).toContain("dexuat");
    expect(commands(8301)).not.toContain("khenthuong");
    expect(commands(8303)).toContain("khenthuong");
    expect(commands(8304)).toContain("khenthuong");
    for (const chat of [8301, 8303, 8304]) expect(commands(chat)).not.toContain("phuong");
    // Two wards: the latest registration's list (a leader's) and /phuong before /huongdan.
    expect(commands(8302)).toContain("dexuat");
    expect(commands(8302).slice(-3)).toEqual(["phuong", "huongdan", "tamdung"]);

    // After choosing the officer's ward with /phuong: that ward's list, still with /phuong.
    await chooseMembership(db, 8302n, officer.id);
    await setMemberCommands(api, 8302, "leader", { db });
    expect(commands(8302)).toContain("khenthuong");
    expect(commands(8302)).not.toContain("dexuat");
    expect(commands(8302)).toContain("phuong");
    // And at the next start the same: the chosen ward's list.
    await setMemberCommands(api, 8302, "leader");
    expect(commands(8302)).toContain("dexuat");
    expect((await registerCommands(api, db)).failed).toBe(0);
    expect(commands(8302)).toContain("khenthuong");
    expect(commands(8302)).toContain("phuong");
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
