// One webhook update through the bot, with long polling's error handling: an error in a
// handler goes to bot.catch (logged, the user gets the generic error line) and the update
// counts as delivered; an update that could not get its chat's lock is handed back to
// Telegram, which delivers it again later, to this process or another: "busy" (the chat's
// lock is held past the wait limit) or "unavailable" (the database cannot be reached).
import { type Bot, BotError, type Context } from "grammy";
import type { Update } from "grammy/types";
import { ChatLockUnavailableError } from "../db/repos/chat-lock.js";
import type { Logger } from "../logger.js";

export type UpdateOutcome = "done" | "busy" | "unavailable";

export function updateHandler<C extends Context>(bot: Bot<C>, logger: Logger) {
  return async (update: Update): Promise<UpdateOutcome> => {
    try {
      await bot.handleUpdate(update);
      return "done";
    } catch (error) {
      if (!(error instanceof BotError)) throw error;
      if (error.error instanceof ChatLockUnavailableError) {
        const reason = error.error.reason;
        logger.warn({ update_id: update.update_id, reason }, "chat lock not taken: update handed back to Telegram");
        return reason === "timeout" ? "busy" : "unavailable";
      }
      await bot.errorHandler(error);
      return "done";
    }
  };
}

/** The minimum an update must have before it reaches grammY. */
export function isUpdate(value: unknown): value is Update {
  return typeof value === "object" && value !== null && Number.isSafeInteger((value as { update_id?: unknown }).update_id);
}
