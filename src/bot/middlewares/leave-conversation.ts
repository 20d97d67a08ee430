// Commands mid-conversation behave predictably: /huy (or the Hủy button) stops the current
// conversation and says the draft is kept; any other command stops it and then runs.
import type { NextFunction } from "grammy";
import type { BotContext } from "../context.js";
import { mainMenu } from "../keyboards.js";

export async function leaveConversationOnCommand(ctx: BotContext, next: NextFunction): Promise<void> {
  const text = ctx.message?.text;
  if (!text || Object.keys(ctx.conversation.active()).length === 0) return next();
  const isCancel = /^\/huy(@\w+)?$/i.test(text.trim()) || text.trim() === ctx.t("button-cancel");
  if (isCancel) {
    await ctx.conversation.exitAll();
    await ctx.reply(ctx.t("cancelled"), ctx.member ? { reply_markup: mainMenu(ctx, ctx.member) } : {});
    return;
  }
  if (text.startsWith("/")) await ctx.conversation.exitAll();
  await next();
}
