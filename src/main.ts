// Starts the bot: `.env`, configuration, database (migrated), long polling or a webhook
// (src/server), graceful shutdown bounded in time.
import { clockStartingAt, systemClock } from "./clock.js";
import { ConfigError, loadBotConfig } from "./config.js";
import { loadEnvFile } from "./env-file.js";
import { openDatabase } from "./db/client.js";
import { createBot } from "./bot/index.js";
import { stopApiRetries } from "./bot/api-retry.js";
import { registerCommands } from "./bot/commands.js";
import { createLogger } from "./logger.js";
import { createChatLock } from "./db/repos/chat-lock.js";
import { startHousekeeping } from "./db/housekeeping.js";
import { createUpdateSource } from "./server/index.js";
import { databaseReachable } from "./server/health.js";
import { createReminderScheduler, reminderApi } from "./reminders/index.js";
import { NO_TELEGRAM_BOT_INFO, NO_TELEGRAM_TOKEN, setUpChannels } from "./channels/index.js";

/** How long a stop waits for updates in flight; what is unfinished then is redelivered (and deduplicated). */
const STOP_DRAIN_MS = 5_000;
/** Each close (chat-lock pool, database) gets this long. */
const CLOSE_MS = 1_500;

function within(ms: number, work: Promise<unknown>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  return Promise.race([work.then(() => true, () => true), timeout]).finally(() => clearTimeout(timer));
}

async function main(): Promise<void> {
  loadEnvFile();
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
  const channels = setUpChannels({ config, db: database.db, logger, now: () => clock.now() }); // Telegram, Zalo or both
  const bot = createBot({
    token: config.BOT_TOKEN ?? NO_TELEGRAM_TOKEN,
    ...(config.BOT_TOKEN ? {} : { botInfo: NO_TELEGRAM_BOT_INFO }),
    fetch: channels.fetch,
    apiRoot: config.BOT_API_ROOT,
    services: { db: database.db, clock, logger, zaloBotLink: config.ZALO_BOT_LINK },
    chatLock,
    rateLimit: config.RATE_LIMIT,
    conversationTimeoutMs: config.CONVERSATION_TIMEOUT,
  });
  channels.attach(bot);
  await bot.init();
  // In the background: only chats whose list changed since the last start are called.
  void registerCommands(bot.api, database.db, logger).catch((error: unknown) => logger.warn({ err: error }, "setMyCommands failed"));
  const pruning = startHousekeeping(database.db, logger);
  const reminders = createReminderScheduler({ db: database.db, api: reminderApi(bot.api), clock, logger });

  const updates = createUpdateSource({ bot, config, logger, databaseReady: () => databaseReachable(database.db), routes: channels.routes, telegram: channels.telegram });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping");
    stopApiRetries(); // with the Bot API down, calls in flight fail now instead of retrying
    pruning.stop();
    const drained = await within(STOP_DRAIN_MS, Promise.all([updates.stop(), channels.stop(), reminders.stop()]));
    if (!drained) logger.warn({ waitedMs: STOP_DRAIN_MS }, "updates still in flight at stop; Telegram delivers them again");
    await within(CLOSE_MS, chatLock.close());
    await within(CLOSE_MS, database.close());
    logger.info("stopped");
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
