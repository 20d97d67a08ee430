// The real bot process in webhook mode (and in long polling with PORT): it sets the webhook
// with the secret token, serves updates, /healthz and /readyz, refuses a wrong secret, and on
// SIGTERM finishes the update in flight before it exits; the webhook stays set.
import { afterEach, describe, expect, it } from "vitest";
import { seedDemo } from "../../src/cli/demo/seed.js";
import { type Database, openDatabase } from "../../src/db/client.js";
import { type BotApiServer, startBotApiServer } from "../support/bot-api-server.js";
import { DEFAULT_CLOCK_START, TEST_BOT_USERNAME } from "../support/bot-harness.js";
import { type BotProcess, startBotProcess } from "../support/bot-process.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { freePort, logLines, proxyTo, PUBLIC_WEBHOOK_URL, settledFor, TEST_WEBHOOK_SECRET } from "./support.js";

let cleanup: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step().catch(() => {});
  cleanup = [];
});

async function setup(env: (port: number) => Record<string, string>) {
  const test: TestDatabase = await createTestDatabase("sqlite");
  cleanup.push(() => test.drop());
  const database: Database = await openDatabase(test.url);
  cleanup.push(() => database.close());
  await seedDemo(database.db, DEFAULT_CLOCK_START);
  const port = await freePort();
  const server: BotApiServer = await startBotApiServer({ bot: { username: TEST_BOT_USERNAME, firstName: "Thi đua" }, webhook: { forward: proxyTo(port) } });
  cleanup.push(() => server.close());
  const bot: BotProcess = startBotProcess({ apiRoot: server.apiRoot, databaseUrl: test.url, clockStart: DEFAULT_CLOCK_START, env: env(port) });
  cleanup.push(() => bot.kill("SIGKILL"));
  await bot.ready;
  return { server, bot, port, base: `http://127.0.0.1:${port}` };
}

describe("webhook mode", () => {
  it("serves updates through the webhook, health and readiness, and drains on SIGTERM", { timeout: 60_000 }, async () => {
    const { server, bot, base } = await setup((p) => ({
      WEBHOOK_URL: PUBLIC_WEBHOOK_URL,
      WEBHOOK_SECRET: TEST_WEBHOOK_SECRET,
      PORT: String(p),
    }));
    expect(server.webhookUrl).toBe(PUBLIC_WEBHOOK_URL);
    expect(server.callsTo("setWebhook").at(-1)?.params).toMatchObject({ secret_token: TEST_WEBHOOK_SECRET });
    expect(logLines(bot.output()).some((line) => line.msg === "bot started (webhook)")).toBe(true);

    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);

    // Delivered by the Bot API server to the webhook, with the secret token.
    const stranger = server.user({ id: 9101, firstName: "Khách", languageCode: "vi" });
    stranger.sendText("/start");
    await settledFor(server, stranger.id);
    expect(stranger.lastMessage?.text).toContain("mời");

    // Someone who found the URL but not the secret.
    const forged = await fetch(`${base}/telegram/webhook`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": "guessed-secret-guessed-secret" },
      body: JSON.stringify({ update_id: 999, message: { message_id: 1, date: 0, chat: { id: 9101, type: "private" }, from: { id: 9101, is_bot: false, first_name: "X" }, text: "/start" } }),
    });
    expect(forged.status).toBe(401);

    // SIGTERM while an update is being handled: its reply still goes out, then the process exits 0.
    const before = stranger.messages.length;
    const sends = server.callsTo("sendMessage").length;
    server.delayNext("sendMessage", 1500);
    stranger.sendText("xin chào");
    // The bot's reply is on its way (held 1.5 s by the server) when SIGTERM arrives.
    while (server.callsTo("sendMessage").length === sends) await new Promise((resolve) => setTimeout(resolve, 5));
    const code = await bot.kill("SIGTERM");
    expect(code).toBe(0);
    expect(stranger.messages.length).toBe(before + 1);
    expect(server.pendingUpdates).toEqual([]);
    expect(server.webhookUrl).toBeDefined();
    const messages = logLines(bot.output()).map((line) => line.msg);
    expect(messages).toContain("stopping");
  });
});

describe("long polling with PORT", () => {
  it("serves /healthz and /readyz beside long polling", { timeout: 60_000 }, async () => {
    const { server, bot, base } = await setup((p) => ({ PORT: String(p) }));
    expect(logLines(bot.output()).some((line) => line.msg === "bot started (long polling)")).toBe(true);
    expect(server.webhookUrl).toBeUndefined();
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    const stranger = server.user({ id: 9102, firstName: "Khách", languageCode: "vi" });
    stranger.sendText("/start");
    await server.settled({ timeoutMs: 15_000 });
    expect(stranger.lastMessage?.text).toContain("mời");
    expect(await bot.kill("SIGTERM")).toBe(0);
  });
});
