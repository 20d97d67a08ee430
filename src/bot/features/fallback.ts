import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { mainMenu } from "../keyboards.js";
import { nonTextKind } from "../non-text.js";

/** What nothing else handled: a clear message and the menu, never silence. */
export function fallbackFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.on("callback_query", (ctx) => ctx.answerCallbackQuery());
  composer.on("message:text", (ctx) => ctx.reply(ctx.t("unknown-input"), { reply_markup: mainMenu(ctx, ctx.member!) }));
  composer.on("message", (ctx) => ctx.reply(ctx.t("unsupported-message", { kind: nonTextKind(ctx.message) }), { reply_markup: mainMenu(ctx, ctx.member!) }));
  return composer;
}
