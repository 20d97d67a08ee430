// The channel layer, wired for main.ts: Telegram, Zalo or both in one process, one bot.
// Installs the router on the bot's API (calls for Zalo chats go to Zalo), and runs the Zalo
// transport (long polling, or the webhook route on the bot's HTTP server).
import type { Bot } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { BotContext } from "../bot/context.js";
import { createI18n } from "../bot/i18n.js";
import type { BotConfig } from "../config.js";
import type { Db } from "../db/client.js";
import type { Logger } from "../logger.js";
import { DOWNLOAD_PATH, createFileLinks, downloadRoute } from "../server/downloads.js";
import { updateHandler } from "../server/handle-update.js";
import { channelFetch } from "./router.js";
import { createZaloApi } from "./zalo/api.js";
import { createZaloChannel } from "./zalo/channel.js";
import { zaloOutbound } from "./zalo/outbound.js";
import { type RouteHandler, zaloWebhook } from "./zalo/webhook.js";

/** The bot's identity when there is no Telegram (a Zalo-only ward): never sent anywhere. */
export const NO_TELEGRAM_TOKEN = "0:no-telegram";
export const NO_TELEGRAM_BOT_INFO: UserFromGetMe = {
  id: 1,
  is_bot: true,
  first_name: "thidua-bot",
  username: "",
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
} as UserFromGetMe;

export interface Channels {
  telegram: boolean;
  /** The bot's HTTP (createBot's `fetch`): routes each call to Telegram or Zalo. */
  fetch: typeof fetch;
  /** Connects the Zalo transport to the bot, once it exists. */
  attach(bot: Bot<BotContext>): void;
  /** Extra routes for the HTTP server (the Zalo webhook). */
  routes?: Record<string, RouteHandler>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

type ChannelConfig = Pick<BotConfig, "BOT_TOKEN" | "ZALO_BOT_TOKEN" | "ZALO_API_ROOT" | "ZALO_WEBHOOK_URL" | "ZALO_WEBHOOK_SECRET" | "PUBLIC_URL">;

export function setUpChannels(options: { config: ChannelConfig; db: Db; logger: Logger; pollSeconds?: number; now?: () => Date }): Channels {
  const { config, db, logger } = options;
  const telegram = config.BOT_TOKEN !== undefined;
  if (!config.ZALO_BOT_TOKEN) {
    // Telegram alone still goes through the router: it drops the keyboards' Zalo mark (TYPED_ANSWER).
    return { telegram, fetch: channelFetch({ zalo: null, telegram }), attach: () => {}, start: async () => {}, stop: async () => {} };
  }
  const i18n = createI18n();
  const api = createZaloApi({ token: config.ZALO_BOT_TOKEN, apiRoot: config.ZALO_API_ROOT, logger });
  const now = options.now ?? (() => new Date());
  const t = (key: string, vars?: Record<string, string | number>) => i18n.t("vi", key, vars);
  // Files as download links on the bot's HTTP server, when it has a public address.
  const publicUrl = config.PUBLIC_URL;
  const files = publicUrl ? createFileLinks({ db, publicUrl, now, logger }) : undefined;
  const outbound = zaloOutbound({ db, api, logger, t, now, files });
  let bot: Bot<BotContext> | null = null;
  const channel = createZaloChannel({
    db,
    api,
    logger,
    handle: (update) => {
      if (!bot) throw new Error("the Zalo channel is not attached to the bot");
      return updateHandler(bot, logger)(update);
    },
    offerAgain: (chatKey) => outbound.offerAgain(chatKey),
    pollSeconds: options.pollSeconds,
  });
  const webhookUrl = config.ZALO_WEBHOOK_URL;
  const routes: Record<string, RouteHandler> = {
    ...(webhookUrl ? { [new URL(webhookUrl).pathname]: zaloWebhook({ channel, secret: config.ZALO_WEBHOOK_SECRET!, logger }) } : {}),
    ...(publicUrl ? { [DOWNLOAD_PATH]: downloadRoute({ db, logger, now, t }) } : {}),
  };
  return {
    telegram,
    fetch: channelFetch({ zalo: outbound, telegram }),
    attach(attached) {
      bot = attached;
    },
    routes: Object.keys(routes).length > 0 ? routes : undefined,
    async start() {
      if (webhookUrl) {
        await api.call("setWebhook", { url: webhookUrl, secret_token: config.ZALO_WEBHOOK_SECRET });
        const recovered = await channel.recover();
        logger.info({ path: new URL(webhookUrl).pathname, recovered }, "Zalo started (webhook)");
      } else {
        // getUpdates does not work while a webhook is set.
        await api.call("deleteWebhook").catch((error: unknown) => logger.warn({ err: error }, "Zalo deleteWebhook failed"));
        await channel.startPolling();
        logger.info("Zalo started (long polling)");
      }
    },
    async stop() {
      await channel.stop();
    },
  };
}
