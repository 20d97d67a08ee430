// The real bot process killed at each point of an update's life, for a typed answer and for a
// button press: before handling, during it (its first Bot API call about to leave), after it
// (handled and marked, Telegram not told), and just before the getUpdates that confirms it.
// The process itself stops at the named point (THIDUA_TEST_CRASH_FILE, src/bot/api/crash-points.ts)
// and says which, so each test shows the point was hit. The Bot API test server is as strict
// as Telegram, with its times compressed: an answer to a press later than 1 s (Telegram: 15 s)
// fails, a press not fetched within 20 s of the outage (Telegram: 150 s) is dropped.
// What the person expects happens exactly once — the answer stored, the next question asked
// once — or, for a press Telegram dropped, the button is still there and works when pressed
// again; never "hệ thống đang gặp sự cố".
import { mkdtempSync, existsSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CrashPlan, CrashPoint } from "../../src/bot/api/crash-points.js";
import { seedDemo, type SeedResult } from "../../src/cli/demo/seed.js";
import { type Database, openDatabase } from "../../src/db/client.js";
import { periodIndicators } from "../../src/db/repos/catalogue.js";
import { createInvite } from "../../src/db/repos/invites.js";
import { reportAnswers, saveAnswer } from "../../src/db/repos/reports.js";
import { type BotApiServer, startBotApiServer } from "../support/bot-api-server.js";
import { DEFAULT_CLOCK_START, TEST_BOT_USERNAME } from "../support/bot-harness.js";
import { type BotProcess, startBotProcess } from "../support/bot-process.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import type { TelegramUser } from "../support/telegram-user.js";
import { waitUntil } from "../support/wait.js";

const TOO_OLD = "Bad Request: query is too old and response timeout expired or query ID is invalid";
const CRASH_FILE = join(mkdtempSync(join(tmpdir(), "thidua-crash-")), "plan.json");

let server: BotApiServer;
let database: Database;
let test: TestDatabase;
let bot: BotProcess;
let demo: SeedResult;

beforeAll(async () => {
  test = await createTestDatabase("sqlite");
  database = await openDatabase(test.url);
  demo = await seedDemo(database.db, DEFAULT_CLOCK_START);
  server = await startBotApiServer({
    bot: { username: TEST_BOT_USERNAME },
    expiry: { answerCallbackQueryMs: 1000, callbackQueryUpdateMs: 20_000 },
  });
  await launch();
}, 180_000);
afterAll(async () => {
  await bot?.kill();
  await server?.close();
  await database?.close();
  await test?.drop();
});

async function launch(): Promise<void> {
  bot = startBotProcess({
    apiRoot: server.apiRoot,
    databaseUrl: test.url,
    clockStart: DEFAULT_CLOCK_START,
    env: { THIDUA_TEST_CRASH_FILE: CRASH_FILE },
  });
  await bot.ready;
}
const settle = () => server.settled({ timeoutMs: 60_000 });

/** The leader of `group`, registered, with the six figures of the report stored except `leaveOut`, at the first open question. */
async function leaderAtQuestion(userId: number, group: string, leaveOut: string | null): Promise<TelegramUser> {
  const member = await database.db.member.findFirstOrThrow({ where: { wardId: demo.wardId, role: "leader", group: { name: group } } });
  // The model ward has drafts: this group starts its report afresh.
  await database.db.groupReport.deleteMany({ where: { periodId: demo.currentPeriodId, groupId: member.groupId! } });
  const invite = await createInvite(database.db, {
    wardId: member.wardId,
    role: "leader",
    memberId: member.id,
    groupId: member.groupId,
    fullName: member.fullName,
    now: DEFAULT_CLOCK_START,
  });
  const user = server.user({ id: userId, firstName: "Tổ trưởng", languageCode: "vi" });
  user.sendText(`/start ${invite.code}`);
  await settle();
  user.pressButton(/^Đúng, tôi là/);
  await settle();
  const values: Record<string, number> = {
    households_total: 226, households_registered: 224, households_cultural: 220,
    learning_families: 150, poverty_gift_money: 2_500_000, poverty_gift_count: 12,
  };
  const indicators = await periodIndicators(database.db, demo.currentPeriodId);
  for (const indicator of indicators.filter((candidate) => candidate.code in values && candidate.code !== leaveOut)) {
    const type = indicator.type === "money" ? "money" : "count";
    await saveAnswer(database.db, { periodId: demo.currentPeriodId, groupId: member.groupId!, indicatorId: indicator.id, value: { type, value: values[indicator.code]! }, memberId: member.id });
  }
  user.sendText("/baocao");
  await settle();
  user.pressButton("▶️ Làm tiếp");
  await settle();
  return user;
}

/** Arms the crash point, acts, waits for the process to stop itself there, and starts it again. */
async function crashAt(
  point: CrashPoint,
  plan: Omit<CrashPlan, "point">,
  act: () => void,
  outage: () => Promise<void> = async () => {},
): Promise<{ updateId: number; before: string; after: () => string }> {
  writeFileSync(CRASH_FILE, JSON.stringify({ point, ...plan }));
  act();
  await waitUntil(() => bot.child.signalCode === "SIGKILL", { timeoutMs: 60_000, intervalMs: 50, what: `the bot to stop at ${point}` });
  const before = bot.output();
  const hit = new RegExp(`crash point reached: ${point} \\(update (\\d+)\\)`).exec(before);
  expect(hit, `the process says it stopped at ${point}`).not.toBeNull();
  expect(existsSync(CRASH_FILE)).toBe(false);
  await outage();
  await launch();
  await settle();
  const restarted = bot;
  return { updateId: Number(hit![1]), before, after: () => restarted.output() };
}

const answersOf = async (userId: number) => {
  const member = await database.db.member.findFirstOrThrow({ where: { telegramId: BigInt(userId) } });
  return reportAnswers(database.db, demo.currentPeriodId, member.groupId!, await periodIndicators(database.db, demo.currentPeriodId));
};
const asked = (user: TelegramUser, question: string) => user.messages.filter((message) => (message.text ?? "").includes(question)).length;
const noGenericError = (user: TelegramUser) => expect(user.messages.map((m) => m.text ?? "").filter((text) => text.includes("đang gặp sự cố"))).toEqual([]);
const lateAnswers = () => server.callsTo("answerCallbackQuery").filter((call) => !call.ok && call.error?.description === TOO_OLD).length;
/** Whether the restarted process met the update again and dropped it as already handled. */
const droppedAsDuplicate = (log: string, updateId: number) =>
  log.split("\n").some((line) => line.includes("duplicate update dropped") && line.includes(`"update_id":${updateId}`));

const TYPED_GROUPS = ["Tổ 1", "Tổ 23", "Tổ 24", "Tổ 25"];
const PRESS_GROUPS = ["Tổ 26", "Tổ 20", "Tổ 21", "Tổ 22"];

/** The log line may reach this process a moment after the server saw the confirmation. */
const waitForDuplicate = (log: () => string, updateId: number) =>
  waitUntil(() => droppedAsDuplicate(log(), updateId), { timeoutMs: 30_000, what: `update ${updateId} dropped as already handled` });

const POINTS: Array<{ point: CrashPoint; handledBefore: boolean }> = [
  { point: "before-handling", handledBefore: false },
  { point: "during-handling", handledBefore: false },
  { point: "after-handling", handledBefore: true },
  { point: "before-confirmation", handledBefore: true },
];

describe.each(POINTS.map((p, i) => ({ ...p, i })))("killed at $point", ({ point, handledBefore, i }) => {
  it("a typed figure is stored once and the next question asked once", { timeout: 240_000 }, async () => {
    const userId = 7300 + i;
    const user = await leaderAtQuestion(userId, TYPED_GROUPS[i]!, "poverty_gift_count");
    expect(user.lastMessage?.text).toContain("Câu 6/9");
    const { updateId, after } = await crashAt(point, { from: userId, kind: "text" }, () => user.sendText("15"));

    expect((await answersOf(userId)).get("poverty_gift_count")).toEqual({ type: "count", value: 15 });
    expect(asked(user, "Câu 7/9")).toBe(1);
    expect(user.lastMessage?.text).toContain("Câu 7/9");
    // Handled before the crash: Telegram delivered it again and the new process knew it.
    if (handledBefore) await waitForDuplicate(after, updateId);
    else expect(droppedAsDuplicate(after(), updateId)).toBe(false);
    noGenericError(user);
  });

  it("a pressed 'Có' is stored once and the next question asked once, or the button is still there", { timeout: 240_000 }, async () => {
    const userId = 7400 + i;
    const user = await leaderAtQuestion(userId, PRESS_GROUPS[i]!, null);
    expect(user.lastMessage?.text).toContain("Câu 7/9");
    const late = lateAnswers();
    const { updateId, after } = await crashAt(point, { from: userId, kind: "press" }, () => user.pressButton("Có"));

    const expired = server.expiredUpdates.some((update) => update.update_id === updateId);
    if (expired) {
      // The outage outlasted the press (Telegram dropped it): nothing half done, the button works.
      if (!handledBefore) {
        expect((await answersOf(userId)).get("pccc_model")).toBeUndefined();
        expect(user.lastMessage?.buttons.flat()).toContain("Có");
        user.pressButton("Có");
        await settle();
      }
    } else if (!handledBefore) {
      // Redelivered after the restart, long after the press: its answer fails, the action does not.
      expect(lateAnswers()).toBeGreaterThan(late);
    } else {
      await waitForDuplicate(after, updateId);
    }
    expect((await answersOf(userId)).get("pccc_model")).toEqual({ type: "yes_no", value: true });
    expect(asked(user, "Câu 8/9")).toBe(1);
    expect(user.lastMessage?.text).toContain("Câu 8/9");
    noGenericError(user);
  });
});

describe("an outage longer than a press lives", () => {
  it("a press Telegram dropped did nothing half, and its button still works", { timeout: 240_000 }, async () => {
    const userId = 7500;
    const user = await leaderAtQuestion(userId, "Tổ 19", null);
    expect(user.lastMessage?.text).toContain("Câu 7/9");
    let down = 0;
    const { updateId } = await crashAt(
      "during-handling",
      { from: userId, kind: "press" },
      () => user.pressButton("Có"),
      async () => {
        // 150 s compressed to 300 ms: the outage outlasts it.
        server.setExpiry({ callbackQueryUpdateMs: 300 });
        down = performance.now();
        await waitUntil(() => performance.now() - down > 400, { timeoutMs: 5_000, what: "the outage to outlast the press" });
      },
    );
    server.setExpiry({ callbackQueryUpdateMs: 20_000 });
    expect(server.expiredUpdates.map((update) => update.update_id)).toContain(updateId);
    expect((await answersOf(userId)).get("pccc_model")).toBeUndefined();
    expect(asked(user, "Câu 8/9")).toBe(0);
    expect(user.lastMessage?.buttons.flat()).toContain("Có");
    user.pressButton("Có");
    await settle();
    expect((await answersOf(userId)).get("pccc_model")).toEqual({ type: "yes_no", value: true });
    expect(asked(user, "Câu 8/9")).toBe(1);
    noGenericError(user);
  });
});
