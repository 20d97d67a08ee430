// The bot keeps its own sends within Telegram's flood limits: a round of reminders and the
// replies to everyone at once all arrive, none refused with 429, one chat's messages in the
// order they were written; a group gets at most 20 a minute. Over the Bot API test server with
// its flood limits on (Telegram's rates), through the real createBot and reminderApi.
import { Api, InputFile } from "grammy";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SendThrottle } from "../../src/bot/api/send-throttle.js";
import { createBot, type CreateBotOptions } from "../../src/bot/index.js";
import { ManualClock } from "../../src/clock.js";
import { createLogger } from "../../src/logger.js";
import { reminderApi } from "../../src/reminders/api.js";
import { type BotApiServer, startBotApiServer, TELEGRAM_RATE_LIMITS } from "../support/bot-api-server.js";
import { DEFAULT_CLOCK_START, TEST_BOT_USERNAME, TEST_TOKEN } from "../support/bot-harness.js";

let server: BotApiServer | undefined;
afterEach(async () => {
  vi.useRealTimers();
  await server?.close();
  server = undefined;
});

/** The bot as main.ts makes it (no updates are handled here: only its Api is used). */
function bot(apiRoot: string, extra: Partial<CreateBotOptions> = {}) {
  const services = { db: {} as CreateBotOptions["services"]["db"], clock: new ManualClock(DEFAULT_CLOCK_START), logger: createLogger("silent") };
  return createBot({ token: TEST_TOKEN, apiRoot, services, ...extra });
}

const refused = (s: BotApiServer) => s.calls.filter((call) => !call.ok && call.error?.error_code === 429).length;

describe("the bot's sends within Telegram's flood limits", () => {
  it("a round to 45 leaders and the replies to 20 others, all at once: every message arrives, none refused", async () => {
    server = await startBotApiServer({ bot: { username: TEST_BOT_USERNAME }, rateLimit: true });
    const b = bot(server.apiRoot);
    const users = Array.from({ length: 65 }, (_, i) => server!.user({ id: 5000 + i, firstName: `Tổ trưởng ${i}`, startedBot: true }));
    const reminders = reminderApi(b.api);
    await Promise.all([
      ...users.slice(0, 45).map((user) => reminders.sendMessage(user.id, `Nhắc hạn nộp báo cáo cho tổ ${user.id}`)),
      ...users.slice(45).map((user) => b.api.sendMessage(user.id, `Đã ghi câu trả lời của tổ ${user.id}`)),
    ]);
    expect(users.map((user) => user.messages.length)).toEqual(users.map(() => 1));
    expect(refused(server)).toBe(0);
  });

  it("a long answer in eight parts to one person: all arrive, in order, none refused", async () => {
    // Telegram allows "short bursts" to one chat; the test server's burst is set to the bot's here.
    server = await startBotApiServer({ bot: { username: TEST_BOT_USERNAME }, rateLimit: { ...TELEGRAM_RATE_LIMITS, perChatBurst: 5 } });
    const b = bot(server.apiRoot);
    const lan = server.user({ id: 6001, firstName: "Lan", startedBot: true });
    const parts = Array.from({ length: 8 }, (_, i) => `Phần ${i + 1}/8 của bảng tổng hợp`);
    await Promise.all(parts.map((text) => b.api.sendMessage(lan.id, text)));
    expect(lan.messages.map((message) => message.text)).toEqual(parts);
    expect(refused(server)).toBe(0);
  });

  it("a file goes out whole through the throttle", async () => {
    server = await startBotApiServer({ bot: { username: TEST_BOT_USERNAME }, rateLimit: true });
    const b = bot(server.apiRoot);
    const officer = server.user({ id: 6003, firstName: "Thanh", startedBot: true });
    const bytes = Buffer.from("%PDF-1.4 báo cáo tổng hợp ".repeat(2000));
    await b.api.sendDocument(officer.id, new InputFile(bytes, "tong-hop.pdf"), { caption: "Tổng hợp kết quả" });
    const sent = officer.lastMessage!;
    expect(sent.document?.file_name).toBe("tong-hop.pdf");
    expect(server.file(sent.document!.file_id)?.data.equals(bytes)).toBe(true);
  });

  it("without the throttle, the same eight parts are refused by Telegram (what the test above guards against)", async () => {
    server = await startBotApiServer({ bot: { username: TEST_BOT_USERNAME }, rateLimit: { ...TELEGRAM_RATE_LIMITS, perChatBurst: 5 } });
    // No throttle and no auto-retry: what the bot would meet without its throttle.
    const raw = new Api(TEST_TOKEN, { apiRoot: server.apiRoot });
    server.user({ id: 6002, firstName: "Hà", startedBot: true });
    const results = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => raw.sendMessage(6002, `Phần ${i + 1}`)));
    expect(results.filter((r) => r.status === "rejected").length).toBeGreaterThan(0);
    expect(refused(server)).toBeGreaterThan(0);
  });
});

describe("SendThrottle, on a clock the test moves", () => {
  it("lets at most 20 messages a minute go to one group, the 21st a minute after the first", async () => {
    vi.useFakeTimers({ now: 0 });
    const throttle = new SendThrottle({ now: () => Date.now() });
    const granted: number[] = [];
    for (let i = 0; i < 21; i++) void throttle.acquire(-1001234, undefined).then((done) => (granted.push(Date.now()), done()));
    await vi.advanceTimersByTimeAsync(59_000);
    expect(granted).toHaveLength(20);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(granted).toHaveLength(21);
    expect(granted[20]! - granted[0]!).toBeGreaterThanOrEqual(60_000);
  });

  it("lets one person get a short burst, then about one message a second", async () => {
    vi.useFakeTimers({ now: 0 });
    const throttle = new SendThrottle({ now: () => Date.now() });
    const granted: number[] = [];
    for (let i = 0; i < 8; i++) void throttle.acquire(42).then((done) => (granted.push(Date.now()), done()));
    await vi.advanceTimersByTimeAsync(0);
    expect(granted).toHaveLength(throttle.limits.perChatBurst);
    await vi.advanceTimersByTimeAsync(3_500);
    expect(granted).toHaveLength(8);
    for (let i = throttle.limits.perChatBurst + 1; i < 8; i++) expect(granted[i]! - granted[i - 1]!).toBeGreaterThanOrEqual(1000);
  });

  it("keeps to 30 a second over many chats, and a person waiting for a slot does not hold up another", async () => {
    vi.useFakeTimers({ now: 0 });
    const throttle = new SendThrottle({ now: () => Date.now() });
    const granted: number[] = [];
    for (let i = 0; i < 45; i++) void throttle.acquire(1000 + i).then((done) => (granted.push(Date.now()), done()));
    await vi.advanceTimersByTimeAsync(0);
    expect(granted).toHaveLength(30);
    await vi.advanceTimersByTimeAsync(1_200);
    expect(granted).toHaveLength(45);
    for (let i = 30; i < 45; i++) expect(granted[i]! - granted[i - 30]!).toBeGreaterThanOrEqual(1000);

    // One person's sixth message waits for the bucket; another person's first goes at once.
    const later: string[] = [];
    for (let i = 0; i < 6; i++) void throttle.acquire(77).then((done) => (later.push(`a${i}`), done()));
    await vi.advanceTimersByTimeAsync(10);
    void throttle.acquire(78).then((done) => (later.push("b0"), done()));
    await vi.advanceTimersByTimeAsync(10);
    expect(later).toEqual(["a0", "a1", "a2", "a3", "a4", "b0"]);
  });

  it("a send given up while it waits takes no slot", async () => {
    vi.useFakeTimers({ now: 0 });
    const throttle = new SendThrottle({ now: () => Date.now(), limits: { perChatBurst: 1 } });
    (await throttle.acquire(42))();
    const controller = new AbortController();
    const given = throttle.acquire(42, controller.signal);
    controller.abort();
    await expect(given).rejects.toBeDefined();
    let next = false;
    void throttle.acquire(42).then((done) => ((next = true), done()));
    await vi.advanceTimersByTimeAsync(1_150);
    expect(next).toBe(true);
  });
});
