// Starts the bot: configuration, database (migrated), long polling, graceful shutdown.
import { clockStartingAt, systemClock } from "./clock.js";
import { ConfigError, loadBotConfig } from "./config.js";
import { openDatabase } from "./db/client.js";
import { createBot } from "./bot/index.js";
import { registerCommands } from "./bot/commands.js";
import { createLogger } from "./logger.js";
import { createReminderScheduler, reminderApi } from "./reminders/index.js";

async function main(): Promise<void> {
  let config;
  try {
    config = loadBotConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.LOG_LEVEL);
  // For demos and end-to-end tests only: start the clock at a given instant.
  const clock = process.env.THIDUA_CLOCK_START ? clockStartingAt(new Date(process.env.THIDUA_CLOCK_START)) : systemClock;
  const database = await openDatabase(config.DATABASE_URL);
  logger.info({ provider: database.provider }, "database ready");

  const bot = createBot({ token: config.BOT_TOKEN, apiRoot: config.BOT_API_ROOT, services: { db: database.db, clock, logger } });
  await bot.init();
  await registerCommands(bot.api, database.db).catch((error: unknown) => logger.warn({ err: error }, "setMyCommands failed"));
  const reminders = createReminderScheduler({ db: database.db, api: reminderApi(bot.api), clock, logger });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping");
    await reminders.stop();
    await bot.stop();
    await database.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));

  reminders.start();
  logger.info({ username: bot.botInfo.username }, "bot started (long polling)");
  // bot.start() confirms a batch only with the next getUpdates: a crash means redelivery,
  // and the processed-update table makes redelivery harmless.
  await bot.start({ drop_pending_updates: false, allowed_updates: ["message", "callback_query", "my_chat_member"] });
}

await main();
