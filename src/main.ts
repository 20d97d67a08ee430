// Starts the bot: configuration, database (migrated), long polling or a webhook (src/server),
// graceful shutdown.
import { clockStartingAt, systemClock } from "./clock.js";
import { ConfigError, loadBotConfig } from "./config.js";
import { openDatabase } from "./db/client.js";
import { createBot } from "./bot/index.js";
import { registerCommands } from "./bot/commands.js";
import { createLogger } from "./logger.js";
import { createChatLock } from "./db/repos/chat-lock.js";
import { createUpdateSource } from "./server/index.js";
import { databaseReachable } from "./server/health.js";
import { createReminderScheduler, reminderApi } from "./reminders/index.js";
import { NO_TELEGRAM_BOT_INFO, NO_TELEGRAM_TOKEN, setUpChannels } from "./channels/index.js";

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

  const chatLock = createChatLock(database, { logger });
  const channels = setUpChannels({ config, db: database.db, logger }); // Telegram, Zalo or both
  const bot = createBot({
    token: config.BOT_TOKEN ?? NO_TELEGRAM_TOKEN,
    ...(config.BOT_TOKEN ? {} : { botInfo: NO_TELEGRAM_BOT_INFO }),
    fetch: channels.fetch,
    apiRoot: config.BOT_API_ROOT,
    services: { db: database.db, clock, logger },
    chatLock,
    rateLimit: config.RATE_LIMIT,
  });
  channels.attach(bot);
  await bot.init();
  await registerCommands(bot.api, database.db).catch((error: unknown) => logger.warn({ err: error }, "setMyCommands failed"));
  const reminders = createReminderScheduler({ db: database.db, api: reminderApi(bot.api), clock, logger });

  const updates = createUpdateSource({ bot, config, logger, databaseReady: () => databaseReachable(database.db), routes: channels.routes, telegram: channels.telegram });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping");
    await updates.stop(); // no new updates; the ones in flight finish
    await channels.stop();
    await reminders.stop();
    await chatLock.close();
    await database.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));

  reminders.start();
  await updates.start();
  await channels.start();
  await updates.done;
}

await main();
