// How updates reach the bot. Long polling (one process, the default) or, when WEBHOOK_URL is
// set, a webhook on the bot's HTTP server; /healthz and /readyz in both modes (in long
// polling only when PORT is set). stop() stops taking updates and finishes those in flight.
import type { Bot } from "grammy";
import type { BotContext } from "../bot/context.js";
import type { BotConfig } from "../config.js";
import type { Logger } from "../logger.js";
import { updateHandler } from "./handle-update.js";
import { createHttpServer, type HttpServer, type HttpServerOptions } from "./http-server.js";

export const ALLOWED_UPDATES = ["message", "callback_query", "my_chat_member"] as const;
export const DEFAULT_WEBHOOK_PORT = 8080;

export interface UpdateSourceOptions {
  bot: Bot<BotContext>;
  config: Pick<BotConfig, "WEBHOOK_URL" | "WEBHOOK_SECRET" | "PORT" | "HOST">;
  logger: Logger;
  /** Readiness besides an initialised bot: the database answers. */
  databaseReady(): Promise<boolean>;
  /** How long stop() waits for updates in flight. */
  drainMs?: number;
  /** More routes on the HTTP server (the Zalo webhook); the server then runs in every mode. */
  routes?: HttpServerOptions["routes"];
  /** False: no Telegram (a Zalo-only ward); only the HTTP server runs, if any. */
  telegram?: boolean;
}

export interface UpdateSource {
  readonly mode: "webhook" | "polling";
  /** The HTTP server's port, null when there is none. */
  readonly port: number | null;
  /** Starts taking updates; resolves once they flow. */
  start(): Promise<void>;
  /** Settles when taking updates ended: after stop(), or rejects if long polling failed (e.g. 401). */
  readonly done: Promise<void>;
  /** Stops taking updates and waits for the ones in flight. */
  stop(): Promise<void>;
}

export function createUpdateSource(options: UpdateSourceOptions): UpdateSource {
  if (options.telegram === false) return withoutTelegram(options);
  return options.config.WEBHOOK_URL ? webhookSource(options, options.config.WEBHOOK_URL) : pollingSource(options);
}

/** No Telegram: the HTTP server alone (health, the Zalo webhook), when there is one. */
function withoutTelegram(options: UpdateSourceOptions): UpdateSource {
  const { bot, config, logger } = options;
  const wanted = config.PORT !== undefined || options.routes !== undefined;
  const server = wanted ? healthServer(options) : null;
  let port: number | null = null;
  let markDone!: () => void;
  const done = new Promise<void>((resolve) => (markDone = resolve));
  return {
    mode: "polling",
    get port() {
      return port;
    },
    done,
    async start() {
      await bot.init();
      if (server) port = await server.listen(config.PORT ?? DEFAULT_WEBHOOK_PORT, config.HOST);
      logger.info({ ...(port === null ? {} : { port }) }, "bot started (no Telegram)");
    },
    async stop() {
      await server?.close(options.drainMs);
      markDone();
    },
  };
}

function healthServer(options: UpdateSourceOptions, webhook?: { path: string; secret: string }): HttpServer {
  const { bot, logger } = options;
  return createHttpServer({
    logger,
    ready: async () => bot.isInited() && (await options.databaseReady()),
    webhook: webhook && { ...webhook, handle: updateHandler(bot, logger) },
    routes: options.routes,
  });
}

function webhookSource(options: UpdateSourceOptions, url: string): UpdateSource {
  const { bot, config, logger } = options;
  const secret = config.WEBHOOK_SECRET!;
  const server = healthServer(options, { path: new URL(url).pathname, secret });
  let port: number | null = null;
  let markDone!: () => void;
  const done = new Promise<void>((resolve) => (markDone = resolve));
  return {
    mode: "webhook",
    get port() {
      return port;
    },
    done,
    async start() {
      await bot.init();
      port = await server.listen(config.PORT ?? DEFAULT_WEBHOOK_PORT, config.HOST);
      // Every process sets the same webhook; Telegram answers "Webhook is already set".
      await bot.api.setWebhook(url, { secret_token: secret, allowed_updates: [...ALLOWED_UPDATES], drop_pending_updates: false });
      logger.info({ username: bot.botInfo.username, port, path: new URL(url).pathname }, "bot started (webhook)");
    },
    async stop() {
      // The webhook stays set: the other processes (or this one, restarted) keep receiving.
      await server.close(options.drainMs);
      markDone();
    },
  };
}

function pollingSource(options: UpdateSourceOptions): UpdateSource {
  const { bot, config, logger } = options;
  const server = config.PORT === undefined && !options.routes ? null : healthServer(options);
  let port: number | null = null;
  let polling: Promise<void> | null = null;
  let markDone!: (error?: unknown) => void;
  const done = new Promise<void>((resolve, reject) => (markDone = (error) => (error === undefined ? resolve() : reject(error))));
  return {
    mode: "polling",
    get port() {
      return port;
    },
    done,
    async start() {
      if (server) port = await server.listen(config.PORT ?? DEFAULT_WEBHOOK_PORT, config.HOST);
      let started!: () => void;
      const running = new Promise<void>((resolve) => (started = resolve));
      // bot.start() confirms a batch only with the next getUpdates: a crash means redelivery,
      // and the processed-update table makes redelivery harmless.
      polling = bot.start({ drop_pending_updates: false, allowed_updates: [...ALLOWED_UPDATES], onStart: () => started() });
      polling.then(
        () => markDone(),
        (error: unknown) => markDone(error ?? new Error("long polling failed")),
      );
      await Promise.race([running, polling]);
      logger.info({ username: bot.botInfo.username, ...(port === null ? {} : { port }) }, "bot started (long polling)");
    },
    async stop() {
      // bot.stop() does not wait for the batch being handled; bot.start()'s promise does.
      if (bot.isRunning()) await bot.stop().catch((error: unknown) => logger.warn({ err: error }, "confirming the last updates failed"));
      await polling?.catch(() => {});
      await server?.close(options.drainMs);
      markDone();
    },
  };
}
