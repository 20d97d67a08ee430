// Commands mid-conversation behave predictably: /tamdung or /huy (or the "⏸ Tạm dừng" button,
// or its former label "Hủy") pauses the current
// conversation and says the draft is kept; any other command stops it and then runs.
import type { NextFunction } from "grammy";
import type { BotContext } from "../context.js";
import { mainMenu } from "../keyboards.js";

export async function leaveConversationOnCommand(ctx: BotContext, next: NextFunction): Promise<void> {
  const text = ctx.message?.text;
  if (!text || Object.keys(ctx.conversation.active()).length === 0) return next();
  const typed = text.trim();
  const isCancel =
    /^\/(tamdung|huy)(@\w+)?$/i.test(typed) || typed === ctx.t("button-cancel") || typed === ctx.t("button-cancel-former");
  if (isCancel) {
    await ctx.conversation.exitAll();
    await ctx.reply(ctx.member ? ctx.t("cancelled-menu") : ctx.t("cancelled"), ctx.member ? { reply_markup: mainMenu(ctx, ctx.member) } : {});
    return;
  }
  if (text.startsWith("/")) await ctx.conversation.exitAll();
  await next();
}
