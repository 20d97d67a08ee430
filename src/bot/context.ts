import type { ConversationFlavor } from "@grammyjs/conversations";
import type { I18nFlavor } from "@grammyjs/i18n";
import type { Context } from "grammy";
import type { Clock } from "../clock.js";
import type { Db } from "../db/client.js";
import type { membershipsOf } from "../db/repos/members.js";
import type { Logger } from "../logger.js";

export interface Services {
  db: Db;
  clock: Clock;
  logger: Logger;
  /** The bot's username, for invite links. */
  botUsername: string;
  /** The link that opens the bot on Zalo (ZALO_BOT_LINK), for invites; undefined: not configured. */
  zaloBotLink?: string;
}

export type Membership = Awaited<ReturnType<typeof membershipsOf>>[number];

/** What every handler sees. `member` is null for strangers. */
export type BaseContext = Context &
  I18nFlavor & {
    services: Services;
    member: Membership | null;
  };

export type BotContext = ConversationFlavor<BaseContext>;

/** Inside a conversation: the same, minus the conversation controls. */
export type ConversationContext = BaseContext;
