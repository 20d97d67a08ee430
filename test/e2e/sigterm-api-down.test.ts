// SIGTERM while the Bot API is unreachable: the bot was in the middle of answering (its reply
// failing on the network), then Telegram disappears entirely. The process still stops within a
// few seconds with exit 0, and the unanswered update is not marked handled (it comes again).
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.js";
import { type BotApiServer, startBotApiServer } from "../support/bot-api-server.js";
import { TEST_BOT_USERNAME } from "../support/bot-harness.js";
import { type BotProcess, startBotProcess } from "../support/bot-process.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";

let server: BotApiServer | undefined;
let test: TestDatabase | undefined;
let bot: BotProcess | undefined;

afterEach(async () => {
  await bot?.kill();
  await server?.close();
  await test?.drop();
});

async function until(condition: () => boolean, timeoutMs = 15_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("stopping with the Bot API down", () => {
  it("SIGTERM exits 0 within 10 s while a reply is failing and the server is gone", { timeout: 60_000 }, async () => {
    test = await createTestDatabase("sqlite");
    server = await startBotApiServer({ bot: { username: TEST_BOT_USERNAME } });
    bot = startBotProcess({ apiRoot: server.apiRoot, databaseUrl: test.url });
    await bot.ready;

    server.failNext("sendMessage", "network", { times: 1000 });
    const stranger = server.user({ id: 9401, firstName: "Minh" });
    stranger.sendText("xin chào");
    await until(() => server!.callsTo("sendMessage").length > 0);
    await server.close(); // nothing answers any more: not the reply, not getUpdates

    const started = Date.now();
    const code = await bot.kill("SIGTERM");
    const elapsed = Date.now() - started;
    expect(code).toBe(0);
    expect(elapsed).toBeLessThan(10_000);
    expect(bot.output()).toContain("stopped");

    const database = await openDatabase(test.url, { migrate: false });
    try {
      expect(await database.db.processedUpdate.count()).toBe(0);
    } finally {
      await database.close();
    }
  });
});
