// Button presses across a crash of the real bot process (SIGKILL), against a Bot API test
// server as strict as Telegram: an answer to a press more than 15 s after it (compressed to
// 1 s here) is refused with "query is too old", and a press not fetched within 150 s of an
// outage (compressed) is dropped. What a person expects from a press happens, or the button
// is still there to press again; nothing ends in "hệ thống đang gặp sự cố".
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { seedDemo, type SeedResult } from "../../src/cli/demo/seed.js";
import { type Database, openDatabase } from "../../src/db/client.js";
import { periodIndicators } from "../../src/db/repos/catalogue.js";
import { createInvite } from "../../src/db/repos/invites.js";
import { reportAnswers, saveAnswer } from "../../src/db/repos/reports.js";
import type { Role } from "../../src/domain/types.js";
import { type BotApiServer, startBotApiServer } from "../support/bot-api-server.js";
import { DEFAULT_CLOCK_START, TEST_BOT_USERNAME } from "../support/bot-harness.js";
import { type BotProcess, startBotProcess } from "../support/bot-process.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import type { TelegramUser } from "../support/telegram-user.js";
import { waitUntil } from "../support/wait.js";

let server: BotApiServer;
let database: Database;
let test: TestDatabase;
let bot: BotProcess;
let demo: SeedResult;

const ANSWER_WINDOW_MS = 1000; // Telegram: about 15 s

beforeEach(async () => {
  test = await createTestDatabase("sqlite");
  database = await openDatabase(test.url);
  demo = await seedDemo(database.db, DEFAULT_CLOCK_START);
  server = await startBotApiServer({ bot: { username: TEST_BOT_USERNAME }, expiry: { answerCallbackQueryMs: ANSWER_WINDOW_MS } });
  bot = launch();
  await bot.ready;
}, 120_000);
afterEach(async () => {
  await bot?.kill();
  await server?.close();
  await database?.close();
  await test?.drop();
});

function launch(): BotProcess {
  return startBotProcess({ apiRoot: server.apiRoot, databaseUrl: test.url, clockStart: DEFAULT_CLOCK_START });
}
async function restart(): Promise<void> {
  bot = launch();
  await bot.ready;
}
const settle = () => server.settled({ timeoutMs: 30_000 });

async function registered(userId: number, role: Role, group?: string): Promise<TelegramUser> {
  const member = await database.db.member.findFirstOrThrow({ where: { wardId: demo.wardId, role, ...(group ? { group: { name: group } } : {}) } });
  const invite = await createInvite(database.db, {
    wardId: member.wardId,
    role,
    memberId: member.id,
    groupId: member.groupId,
    fullName: member.fullName,
    now: DEFAULT_CLOCK_START,
  });
  const user = server.user({ id: userId, firstName: "Người dùng", languageCode: "vi" });
  user.sendText(`/start ${invite.code}`);
  await settle();
  user.pressButton(/^Đúng, tôi là/);
  await settle();
  return user;
}

/** Holds the next call of `method` (the process dies inside it), acts, and SIGKILLs the bot once the call arrived. */
async function killDuring(method: string, act: () => void): Promise<void> {
  const before = server.callsTo(method).length;
  server.delayNext(method, 600_000);
  act();
  await waitUntil(() => server.callsTo(method).length > before, { timeoutMs: 30_000, what: `a ${method} call` });
  await bot.kill("SIGKILL");
  server.clearFaults();
}

const failedAnswers = () => server.callsTo("answerCallbackQuery").filter((call) => !call.ok).map((call) => call.error?.description);
const noGenericError = (user: TelegramUser) => expect(user.messages.map((m) => m.text ?? "").filter((text) => text.includes("đang gặp sự cố"))).toEqual([]);

describe("a button press across a crash", () => {
  it("a leader's 'Gửi báo cáo' killed during the press is done after the restart, answered late or not", { timeout: 180_000 }, async () => {
    const user = await registered(7201, "leader", "Tổ 1");
    const member = await database.db.member.findFirstOrThrow({ where: { telegramId: BigInt(user.id) } });
    const indicators = await periodIndicators(database.db, demo.currentPeriodId);
    const values: Record<string, number> = {
      households_total: 226, households_registered: 224, households_cultural: 220,
      learning_families: 150, poverty_gift_money: 2_500_000, poverty_gift_count: 12,
    };
    for (const indicator of indicators.filter((candidate) => candidate.code in values)) {
      const type = indicator.type === "money" ? "money" : "count";
      await saveAnswer(database.db, { periodId: demo.currentPeriodId, groupId: member.groupId!, indicatorId: indicator.id, value: { type, value: values[indicator.code]! }, memberId: member.id });
    }
    user.sendText("/baocao");
    await settle();
    user.pressButton("▶️ Làm tiếp");
    await settle();
    expect(user.lastMessage?.text).toContain("Câu 7/9");

    // "Có" pressed and a text typed at the same moment: the text was sent before the next
    // question existed, so it is not taken as the answer to it.
    user.pressButton("Có");
    user.sendText("Không có gì");
    await settle();
    expect(user.lastMessage?.text).toContain("Trợ lý chưa lưu “Không có gì”");
    expect(user.lastMessage?.text).toContain("Câu 8/9");
    user.pressButton("Bỏ qua");
    await settle();
    user.sendText("Đề nghị phường hỗ trợ sửa chữa nhà văn hóa.");
    await settle();
    expect(user.lastMessage?.text).toContain("xem lại các số liệu trên");

    // Killed while answering the press, before the report is sent; Telegram redelivers the
    // press after the restart, now too late to answer.
    await killDuring("answerCallbackQuery", () => user.pressButton("✅ Gửi báo cáo"));
    await restart();
    await settle();
    expect(failedAnswers()).toContain("Bad Request: query is too old and response timeout expired or query ID is invalid");
    expect(user.lastMessage?.text).toContain("Đã gửi báo cáo");
    noGenericError(user);
    const report = await database.db.groupReport.findFirstOrThrow({ where: { periodId: demo.currentPeriodId, groupId: member.groupId! } });
    expect(report.status).toBe("submitted");
    const stored = await reportAnswers(database.db, demo.currentPeriodId, member.groupId!, indicators);
    expect(stored.get("pccc_model")).toEqual({ type: "yes_no", value: true });
    expect(stored.get("good_deeds")).toEqual({ type: "text", value: "" });
  });

  it("/baocao: killed while the files go out, the redelivered press still sends all four", { timeout: 180_000 }, async () => {
    const officer = await registered(8201, "officer");
    officer.sendText("/baocao");
    await settle();
    await killDuring("sendDocument", () => officer.pressButton("Năm 2024"));
    await restart();
    await settle();
    const files = officer.messages.filter((message) => message.document).map((message) => message.document!.file_name);
    expect(files).toEqual([
      "tong-hop-ket-qua-nam-2024-phan-dinh-phung.pdf",
      "bao-cao-tong-ket-2024-phan-dinh-phung.pdf",
      "bao-cao-tong-ket-2024-phan-dinh-phung.docx",
      "so-lieu-nam-2024-phan-dinh-phung.xlsx",
    ]);
    expect(failedAnswers()).toContain("Bad Request: query is too old and response timeout expired or query ID is invalid");
    noGenericError(officer);
  });

  it("a press during an outage longer than 150 s (compressed) is dropped by Telegram; the button still works", { timeout: 180_000 }, async () => {
    const officer = await registered(8202, "officer");
    officer.sendText("/baocao");
    await settle();
    await bot.kill("SIGKILL");
    server.setExpiry({ callbackQueryUpdateMs: 300 });
    officer.pressButton("Năm 2024");
    await new Promise((resolve) => setTimeout(resolve, 400)); // the outage outlasts the press's lifetime
    await restart();
    await settle();
    server.setExpiry({ callbackQueryUpdateMs: 150_000 });
    expect(server.expiredUpdates.map((update) => update.callback_query?.data)).toEqual([expect.stringMatching(/^rp:/)]);
    // Nothing was half done: no file, no error; the period buttons are still under the message.
    expect(officer.messages.some((message) => message.document)).toBe(false);
    expect(officer.lastMessage?.buttons.flat()).toContain("Năm 2024");
    officer.pressButton("Năm 2024");
    await settle();
    expect(officer.messages.filter((message) => message.document)).toHaveLength(4);
    noGenericError(officer);
  });
});
