// A chat's updates one at a time, across processes: everything after this middleware
// (duplicate check, conversation state read and write, the handlers) runs under the chat's
// lock. Updates without a chat (none of the allowed kinds today) fall back to the user.
import type { NextFunction } from "grammy";
import type { ChatLock } from "../../db/repos/chat-lock.js";
import type { BaseContext } from "../context.js";

export function chatLock(lock: ChatLock) {
  return async (ctx: BaseContext, next: NextFunction): Promise<void> => {
    const key = ctx.chatId ?? ctx.from?.id;
    if (key === undefined) return next();
    await lock.run(key, () => next());
  };
}
