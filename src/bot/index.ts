// The bot: middleware order in one place.
// errors → rate limit → one /baocao per chat at a time → chat lock (one update per chat at a time, across processes)
// → NFC → duplicates → private chats only → i18n → who is writing → conversations
// → commands that leave a conversation → registration → (strangers stop here) → features → fallback.
import { conversations } from "@grammyjs/conversations";
import { Bot, type BotConfig as GrammyBotConfig } from "grammy";
import { CONVERSATION_PREFIX, databaseStorage } from "../db/repos/kv-store.js";
import { type ChatLock, localChatLock } from "../db/repos/chat-lock.js";
import { apiRetry } from "./api-retry.js";
import type { BaseContext, BotContext, ConversationContext, Services } from "./context.js";
import { conversationTimeout, DEFAULT_CONVERSATION_TIMEOUT_MS } from "./conversation-guard.js";
import { awardOfficeConversations, awardOfficeFeature } from "./features/award-office/index.js";
import { catalogueFeature } from "./features/catalogue/index.js";
import { templateFeature } from "./features/template/index.js";
import { cityFeature } from "./features/city/index.js";
import { fallbackFeature } from "./features/fallback.js";
import { groupsFeature } from "./features/groups/index.js";
import { helpFeature } from "./features/help.js";
import { inviteConversations, invitesFeature } from "./features/invites/index.js";
import { nominationConversations, nominationsFeature } from "./features/nominations/index.js";
import { progressFeature, reviewConversations } from "./features/progress/index.js";
import { registrationConversations, registrationFeature } from "./features/registration/index.js";
import { remindersFeature } from "./features/reminders/index.js";
import { periodsConversations, periodsFeature } from "./features/periods/index.js";
import { pledgeConversations, pledgeFeature } from "./features/pledge/index.js";
import { reportConversations, reportFeature } from "./features/report/index.js";
import { reportsFeature } from "./features/reports/index.js";
import { oneReportAtATime } from "./features/reports/one-at-a-time.js";
import { settingsConversations, settingsFeature } from "./features/settings/index.js";
import { wardFiguresConversations, wardFiguresFeature } from "./features/ward-figures/index.js";
import { crashPointFetch, crashPointMiddleware, crashPointsEnabled } from "./api/crash-points.js";
import { wardsFeature } from "./features/wards/index.js";
import { lateCallbackAnswers } from "./api/late-callback-answers.js";
import { longMessages } from "./api/long-messages.js";
import { type SendLimits, SendThrottle, throttledFetch } from "./api/send-throttle.js";
import { createI18n } from "./i18n.js";
import { channelWords } from "../channels/words.js";
import { chatLock } from "./middlewares/chat-lock.js";
import { dedupeUpdates } from "./middlewares/dedupe-updates.js";
import { leaveConversationOnCommand } from "./middlewares/leave-conversation.js";
import { loadMember } from "./middlewares/load-member.js";
import { normalizeText } from "./middlewares/normalize-text.js";
import { privateOnly } from "./middlewares/private-only.js";
import { rateLimit, type RateLimitOptions } from "./middlewares/rate-limit.js";
import { turnAwayStrangers } from "./middlewares/strangers.js";

/** Bump when a conversation's code changes so stored replays are not run against new code. */
export const CONVERSATION_VERSION = 4;

export interface CreateBotOptions {
  token: string;
  services: Omit<Services, "botUsername">;
  apiRoot?: string;
  botInfo?: GrammyBotConfig<BotContext>["botInfo"];
  /** Replaces HTTP to Telegram (benchmarks). */
  fetch?: typeof fetch;
  /** Serialises each chat's updates; default a per-process queue (main.ts: advisory locks on PostgreSQL). */
  chatLock?: ChatLock;
  /** Updates per user and window; default none (main.ts passes RATE_LIMIT). */
  rateLimit?: RateLimitOptions | null;
  /** How long a conversation waits for the next answer before it ends (default 24 h). */
  conversationTimeoutMs?: number;
  /** Flood limits the bot's own sends keep to (default Telegram's); false = none (a fake Telegram in a benchmark). */
  sendLimits?: Partial<SendLimits> | false;
}

export function createBot(options: CreateBotOptions): Bot<BotContext> {
  // Below every transformer, so every Api built from these options shares it (see send-throttle.ts).
  const throttled = options.sendLimits === false ? options.fetch : throttledFetch(new SendThrottle({ limits: options.sendLimits }), options.fetch);
  const fetch = crashPointsEnabled ? crashPointFetch(throttled ?? globalThis.fetch) : throttled;
  const bot = new Bot<BotContext>(options.token, {
    botInfo: options.botInfo,
    client: { ...(options.apiRoot ? { apiRoot: options.apiRoot } : {}), ...(fetch ? { fetch } : {}) },
  });
  const i18n = createI18n();
  const servicesFor = (ctx: BaseContext): Services => ({ ...options.services, botUsername: ctx.me.username });
  bot.api.config.use(apiRetry());
  bot.api.config.use(lateCallbackAnswers(options.services.logger));
  bot.api.config.use(longMessages()); // outermost: each part is retried on its own

  bot.catch(async ({ ctx, error }) => {
    options.services.logger.error({ err: error, update_id: ctx.update.update_id }, "update failed");
    // An update without a chat (inline query, poll) has nobody to tell; the reply must never throw.
    if (ctx.chatId === undefined) return;
    try {
      await ctx.reply(ctx.t ? ctx.t("error-generic") : "Error");
    } catch {
      // The error is logged above; a failed apology changes nothing.
    }
  });

  if (crashPointsEnabled) bot.use(crashPointMiddleware); // the crash test's kill points (tests only)
  bot.use(async (ctx, next) => {
    ctx.services = servicesFor(ctx);
    await next();
  });
  if (options.rateLimit) bot.use(rateLimit(options.rateLimit, (key) => i18n.t("vi", key)));
  bot.use(oneReportAtATime((key) => i18n.t("vi", key)));
  bot.use(chatLock(options.chatLock ?? localChatLock()));
  bot.use(normalizeText);
  bot.use(dedupeUpdates);
  bot.use(i18n);
  bot.use(channelWords); // a Zalo chat reads the Zalo variant of a message where there is one
  bot.use(privateOnly);
  bot.use(loadMember);

  const services = { ...options.services, botUsername: "" };
  bot.use(
    conversations<BotContext, ConversationContext>({
      storage: {
        type: "key",
        version: CONVERSATION_VERSION,
        adapter: databaseStorage(options.services.db, CONVERSATION_PREFIX),
        // The dedupe middleware reads this key with the duplicate check (conversationStateKey).
        getStorageKey: (ctx) => ctx.chatId?.toString(),
      },
      plugins: async (conversation) => [
        i18n,
        channelWords,
        async (ctx, next) => {
          // An API error must not end a conversation: retry inside it too.
          ctx.api.config.use(apiRetry());
          // A late answer to a button press must not end a conversation either.
          ctx.api.config.use(lateCallbackAnswers(options.services.logger));
          ctx.api.config.use(longMessages());
          ctx.services = servicesFor(ctx);
          await next();
        },
        await conversationTimeout(options.services.db, options.conversationTimeoutMs ?? DEFAULT_CONVERSATION_TIMEOUT_MS)(conversation),
      ],
    }),
  );
  bot.use(leaveConversationOnCommand);
  // Every conversation before any feature: one in progress gets its chat's updates first.
  bot.use(
    registrationConversations(services),
    reportConversations(services),
    pledgeConversations(services),
    wardFiguresConversations(services),
    settingsConversations(services),
    reviewConversations(services),
    inviteConversations(services),
    periodsConversations(services),
    ...awardOfficeConversations(services),
    nominationConversations(services, { apiRoot: options.apiRoot ?? "https://api.telegram.org", ...(options.fetch ? { fetch: options.fetch } : {}) }),
  );
  bot.use(registrationFeature());
  bot.use(turnAwayStrangers);
  bot.use(wardsFeature());
  bot.use(remindersFeature());
  bot.use(reportFeature());
  bot.use(pledgeFeature());
  bot.use(cityFeature());
  bot.use(reportsFeature());
  bot.use(wardFiguresFeature());
  bot.use(settingsFeature());
  bot.use(progressFeature());
  bot.use(invitesFeature());
  bot.use(periodsFeature());
  bot.use(nominationsFeature());
  bot.use(awardOfficeFeature());
  // Before the catalogue: a text file from the office is the báo cáo template, any other document goes on.
  bot.use(templateFeature({ apiRoot: options.apiRoot ?? "https://api.telegram.org", ...(options.fetch ? { fetch: options.fetch } : {}) }));
  bot.use(catalogueFeature({ apiRoot: options.apiRoot ?? "https://api.telegram.org", ...(options.fetch ? { fetch: options.fetch } : {}) }));
  bot.use(groupsFeature());
  bot.use(helpFeature());
  bot.use(fallbackFeature());
  return bot;
}
