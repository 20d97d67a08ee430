import type { NextFunction } from "grammy";
import type { BaseContext } from "../context.js";

/**
 * The bot works in private chats; in a group it answers commands with a one-line hint.
 * An update without a chat (an inline query, a poll's new state) has nothing for it to do.
 */
export async function privateOnly(ctx: BaseContext, next: NextFunction): Promise<void> {
  if (!ctx.chat) return;
  if (ctx.chat.type === "private") return next();
  const text = ctx.message?.text ?? "";
  const mentioned = text.startsWith("/") || text.includes(`@${ctx.me.username}`);
  if (mentioned) await ctx.reply(ctx.t("group-chat-hint"), { reply_parameters: { message_id: ctx.message!.message_id } });
}
