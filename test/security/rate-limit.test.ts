// Rate limiting per user: past the limit, one polite line from vi.ftl, then silence until
// the user's window ends; other users are not affected.
import { afterEach, describe, expect, it } from "vitest";
import { createBot } from "../../src/bot/index.js";
import { createI18n } from "../../src/bot/i18n.js";
import { ManualClock } from "../../src/clock.js";
import { loadBotConfig } from "../../src/config.js";
import { type Database, openDatabase } from "../../src/db/client.js";
import { createLogger } from "../../src/logger.js";
import { type BotApiServer, startBotApiServer } from "../support/bot-api-server.js";
import { DEFAULT_CLOCK_START, TEST_BOT_USERNAME, TEST_TOKEN } from "../support/bot-harness.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { runBot, type RunningBot } from "../support/run-bot.js";

const limited = createI18n().t("vi", "security-rate-limited");
const stranger = createI18n().t("vi", "stranger");

let cleanup: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

async function start() {
  const test: TestDatabase = await createTestDatabase("sqlite");
  cleanup.push(() => test.drop());
  const database: Database = await openDatabase(test.url);
  cleanup.push(() => database.close());
  const server: BotApiServer = await startBotApiServer({ bot: { username: TEST_BOT_USERNAME } });
  cleanup.push(() => server.close());
  let now = 1_000_000;
  // The default of RATE_LIMIT: 20 updates per 10 s.
  const { limit, windowMs } = loadBotConfig({ BOT_TOKEN: TEST_TOKEN }).RATE_LIMIT!;
  const bot = createBot({
    token: TEST_TOKEN,
    apiRoot: server.apiRoot,
    services: { db: database.db, clock: new ManualClock(DEFAULT_CLOCK_START), logger: createLogger("silent") },
    rateLimit: { limit, windowMs, now: () => now },
  });
  const running: RunningBot = await runBot(bot);
  cleanup.push(() => running.stop());
  return { server, advance: (ms: number) => (now += ms) };
}

describe("rate limiting", () => {
  it("answers 20 updates in 10 s, then says once why it stops, then is silent until the window ends", { timeout: 120_000 }, async () => {
    const { server, advance } = await start();
    const flooder = server.user({ id: 9301, firstName: "Spam", languageCode: "vi" });
    const other = server.user({ id: 9302, firstName: "Lan", languageCode: "vi" });
    for (let i = 0; i < 30; i++) flooder.sendText(`tin ${i}`);
    // 21 replies to one chat: a short burst, then about one a second (the bot's send throttle).
    await server.settled({ timeoutMs: 60_000 });
    expect(flooder.messages.map((m) => m.text)).toEqual([...Array<string>(20).fill(stranger), limited]);
    expect(limited).toMatch(/chờ/);

    // Still inside the window: silence, while another user is served.
    advance(5_000);
    flooder.sendText("còn đó không?");
    other.sendText("xin chào");
    await server.settled({ timeoutMs: 5_000 });
    expect(flooder.messages).toHaveLength(21);
    expect(other.messages.map((m) => m.text)).toEqual([stranger]);

    // The window is over: served again.
    advance(5_001);
    flooder.sendText("xin chào");
    await server.settled({ timeoutMs: 5_000 });
    expect(flooder.messages.map((m) => m.text).slice(21)).toEqual([stranger]);
  });
});
