import type { NextFunction } from "grammy";
import type { BaseContext } from "../context.js";

/** The bot works in private chats; in a group it answers commands with a one-line hint. */
export async function privateOnly(ctx: BaseContext, next: NextFunction): Promise<void> {
  if (!ctx.chat || ctx.chat.type === "private") return next();
  const text = ctx.message?.text ?? "";
  const mentioned = text.startsWith("/") || text.includes(`@${ctx.me.username}`);
  if (mentioned) await ctx.reply(ctx.t("group-chat-hint"), { reply_parameters: { message_id: ctx.message!.message_id } });
}
