// Updates that carry no chat (an inline query, a poll's new state) reach the webhook of the
// real bot process: it answers 200, nobody gets a message, and the process keeps serving.
import { afterEach, describe, expect, it } from "vitest";
import { seedDemo } from "../../src/cli/demo/seed.js";
import { openDatabase } from "../../src/db/client.js";
import { startBotApiServer } from "../support/bot-api-server.js";
import { DEFAULT_CLOCK_START, TEST_BOT_USERNAME } from "../support/bot-harness.js";
import { startBotProcess } from "../support/bot-process.js";
import { createTestDatabase } from "../support/databases.js";
import { freePort, logLines, proxyTo, PUBLIC_WEBHOOK_URL, settledFor, TEST_WEBHOOK_SECRET } from "./support.js";

let cleanup: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step().catch(() => {});
  cleanup = [];
});

describe("a webhook update without a chat", () => {
  it("an inline query and a poll get HTTP 200 and the bot keeps answering", { timeout: 60_000 }, async () => {
    const test = await createTestDatabase("sqlite");
    cleanup.push(() => test.drop());
    const database = await openDatabase(test.url);
    cleanup.push(() => database.close());
    await seedDemo(database.db, DEFAULT_CLOCK_START);
    const port = await freePort();
    const server = await startBotApiServer({ bot: { username: TEST_BOT_USERNAME, firstName: "Thi đua" }, webhook: { forward: proxyTo(port) } });
    cleanup.push(() => server.close());
    const bot = startBotProcess({
      apiRoot: server.apiRoot,
      databaseUrl: test.url,
      clockStart: DEFAULT_CLOCK_START,
      env: { WEBHOOK_URL: PUBLIC_WEBHOOK_URL, WEBHOOK_SECRET: TEST_WEBHOOK_SECRET, PORT: String(port) },
    });
    cleanup.push(() => bot.kill("SIGKILL"));
    await bot.ready;

    const post = (update: object) =>
      fetch(`http://127.0.0.1:${port}/telegram/webhook`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": TEST_WEBHOOK_SECRET },
        body: JSON.stringify(update),
      });
    const from = { id: 9201, is_bot: false, first_name: "Khách" };
    const inline = await post({ update_id: 70001, inline_query: { id: "q1", from, query: "báo cáo", offset: "" } });
    expect(inline.status).toBe(200);
    const poll = await post({
      update_id: 70002,
      poll: {
        id: "p1",
        question: "Họp tổ?",
        options: [{ text: "Có", voter_count: 1 }, { text: "Không", voter_count: 0 }],
        total_voter_count: 1,
        is_closed: false,
        is_anonymous: true,
        type: "regular",
        allows_multiple_answers: false,
      },
    });
    expect(poll.status).toBe(200);
    expect(server.callsTo("sendMessage")).toHaveLength(0);
    expect(logLines(bot.output()).filter((line) => line.msg === "update failed")).toEqual([]);

    // The process still serves people.
    const stranger = server.user({ id: 9202, firstName: "Khách", languageCode: "vi" });
    stranger.sendText("/start");
    await settledFor(server, stranger.id);
    expect(stranger.lastMessage?.text).toContain("mời");
  });
});
