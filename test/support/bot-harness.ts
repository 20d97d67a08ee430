// The real createBot, in this process, talking HTTP to the Bot API test server, on a real
// database (a fresh SQLite file unless told otherwise), with a clock the test moves.
import type { Bot } from "grammy";
import { createBot } from "../../src/bot/index.js";
import type { BotContext } from "../../src/bot/context.js";
import { seedDemo, type SeedResult } from "../../src/cli/demo/seed.js";
import { ManualClock } from "../../src/clock.js";
import { type Database, openDatabase } from "../../src/db/client.js";
import type { Db } from "../../src/db/client.js";
import { createLogger } from "../../src/logger.js";
import { type BotApiServer, startBotApiServer } from "./bot-api-server.js";
import { createTestDatabase, type TestDatabase } from "./databases.js";
import { runBot } from "./run-bot.js";

export const TEST_TOKEN = "123456:TEST-token-for-the-bot-api-test-server";
export const TEST_BOT_USERNAME = "thidua_test_bot";
/** 08:00 on 15 May 2025 in Hà Nội: the model period "Năm 2024" is open, its deadline ahead. */
export const DEFAULT_CLOCK_START = new Date("2025-05-15T01:00:00.000Z");

export interface TestBot {
  server: BotApiServer;
  database: Database;
  db: Db;
  clock: ManualClock;
  bot: Bot<BotContext>;
  demo: SeedResult | null;
  /** Stops polling (the bot can be started again with restart()). */
  stopBot(): Promise<void>;
  /** A new Bot object on the same database and server: what a process restart does. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export interface TestBotOptions {
  databaseUrl?: string;
  clockStart?: Date;
  /** Load the model ward first (default true). */
  seed?: boolean;
  /** Called with every SQL statement the bot's database client sends. */
  onQuery?: (sql: string) => void;
  /** The bot's own send throttle (default: Telegram's limits; false: none, the server's flood limits still apply). */
  sendLimits?: false;
}

export async function startTestBot(options: TestBotOptions = {}): Promise<TestBot> {
  const clock = new ManualClock(options.clockStart ?? DEFAULT_CLOCK_START);
  const server = await startBotApiServer({
    bot: { username: TEST_BOT_USERNAME, firstName: "Thi đua" },
    clock: () => Math.floor(clock.now().getTime() / 1000),
  });
  const owned: TestDatabase | null = options.databaseUrl ? null : await createTestDatabase("sqlite");
  const database = await openDatabase(options.databaseUrl ?? owned!.url, options.onQuery ? { onQuery: options.onQuery } : {});
  const demo = options.seed === false ? null : await seedDemo(database.db, clock.now());
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? "silent");

  const make = () => createBot({ token: TEST_TOKEN, apiRoot: server.apiRoot, services: { db: database.db, clock, logger }, ...(options.sendLimits === false ? { sendLimits: false as const } : {}) });
  let bot = make();
  let running = await runBot(bot);

  const harness: TestBot = {
    server,
    database,
    db: database.db,
    clock,
    get bot() {
      return bot;
    },
    demo,
    async stopBot() {
      await running.stop();
    },
    async restart() {
      await running.stop();
      bot = make();
      running = await runBot(bot);
    },
    async stop() {
      await running.stop();
      await server.close();
      await database.close();
      await owned?.drop();
    },
  };
  return harness;
}
