// The real bot process, SIGKILLed in the middle of a leader's report, started again: the next
// message continues at the same question and nothing typed is lost.
import { afterEach, describe, expect, it } from "vitest";
import { seedDemo } from "../../src/cli/demo/seed.js";
import { openDatabase, type Database } from "../../src/db/client.js";
import { periodIndicators } from "../../src/db/repos/catalogue.js";
import { createInvite } from "../../src/db/repos/invites.js";
import { reportAnswers } from "../../src/db/repos/reports.js";
import { type BotApiServer, startBotApiServer } from "../support/bot-api-server.js";
import { DEFAULT_CLOCK_START, TEST_BOT_USERNAME } from "../support/bot-harness.js";
import { type BotProcess, startBotProcess } from "../support/bot-process.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";

let server: BotApiServer | undefined;
let database: Database | undefined;
let test: TestDatabase | undefined;
let bot: BotProcess | undefined;

afterEach(async () => {
  await bot?.kill();
  await server?.close();
  await database?.close();
  await test?.drop();
});

describe("a crash in the middle of a report", () => {
  it("loses nothing: SIGKILL, restart, and the leader goes on at the same question", { timeout: 90_000 }, async () => {
    test = await createTestDatabase("sqlite");
    database = await openDatabase(test.url);
    const { currentPeriodId } = await seedDemo(database.db, DEFAULT_CLOCK_START);
    const member = await database.db.member.findFirstOrThrow({ where: { role: "leader", group: { name: "Tổ 1" } } });
    const invite = await createInvite(database.db, {
      wardId: member.wardId,
      role: "leader",
      memberId: member.id,
      groupId: member.groupId,
      fullName: member.fullName,
      now: DEFAULT_CLOCK_START,
    });
    server = await startBotApiServer({ bot: { username: TEST_BOT_USERNAME } });
    const start = () => startBotProcess({ apiRoot: server!.apiRoot, databaseUrl: test!.url, clockStart: DEFAULT_CLOCK_START });
    bot = start();
    await bot.ready;

    const user = server.user({ id: 7101, firstName: "Hùng" });
    const step = async (act: () => unknown, expected: string) => {
      act();
      await server!.settled({ timeoutMs: 15_000 });
      expect(user.lastMessage?.text).toContain(expected);
    };
    await step(() => user.sendText(`/start ${invite.code}`), "Nguyễn Văn Hùng");
    await step(() => user.pressButton(/^Đúng, tôi là/), "đăng ký thành công");
    await step(() => user.pressButton("📝 Báo cáo kết quả"), "Câu 1/9");
    await step(() => user.sendText("226"), "Câu 2/9");
    await step(() => user.sendText("224"), "Câu 3/9");

    // The answer to question 3 arrives and the process dies at once, before confirming it.
    user.sendText("220");
    await bot.kill("SIGKILL");
    bot = start();
    await bot.ready;
    await server.settled({ timeoutMs: 15_000 });
    expect(user.lastMessage?.text).toContain("Câu 4/9");

    // And once more, killed while idle between two answers.
    await bot.kill("SIGKILL");
    bot = start();
    await bot.ready;
    await step(() => user.sendText("150"), "Câu 5/9");

    const indicators = await periodIndicators(database.db, currentPeriodId);
    const stored = await reportAnswers(database.db, currentPeriodId, member.groupId!, indicators);
    expect(Object.fromEntries([...stored].map(([code, answer]) => [code, answer.value]))).toEqual({
      households_total: 226,
      households_registered: 224,
      households_cultural: 220,
      learning_families: 150,
    });
    // Every answer stored exactly once in the audit trail, even the redelivered one.
    const report = await database.db.groupReport.findFirstOrThrow({ where: { periodId: currentPeriodId, groupId: member.groupId! } });
    expect(await database.db.valueChange.count({ where: { reportId: report.id } })).toBe(4);
    expect(report.status).toBe("draft");
  });
});
