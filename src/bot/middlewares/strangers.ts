import type { NextFunction } from "grammy";
import type { BotContext } from "../context.js";

/** Anyone not registered gets one polite line on how to get an invite, and nothing else. */
export async function turnAwayStrangers(ctx: BotContext, next: NextFunction): Promise<void> {
  if (ctx.member) return next();
  if (ctx.callbackQuery) {
    await ctx.answerCallbackQuery();
  }
  await ctx.reply(ctx.t("stranger"), { reply_markup: { remove_keyboard: true } });
}
