import { createConversation } from "@grammyjs/conversations";
import { parseShortCode } from "../../../domain/invite-code.js";
import { Composer } from "grammy";
import type { BotContext, Services } from "../../context.js";
import { mainMenu } from "../../keyboards.js";
import { memberRoleText } from "../../roles.js";
import { REGISTER, registerConversation } from "./register-conversation.js";

export function registrationConversations(services: Services) {
  return createConversation(registerConversation(services), REGISTER);
}

/** `/start` with an invite code registers; without one, members get their menu and strangers one polite line. */
export function registrationFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.command("start", async (ctx) => {
    const code = ctx.match.trim();
    if (code) {
      await ctx.conversation.enter(REGISTER, code);
      return;
    }
    if (!ctx.member) {
      await ctx.reply(ctx.t("stranger"), { reply_markup: { remove_keyboard: true } });
      return;
    }
    await ctx.reply(ctx.t("already-registered", { name: ctx.member.fullName, role: memberRoleText(ctx, ctx.member) }), {
      reply_markup: mainMenu(ctx, ctx.member),
    });
  });
  // "Đúng, tôi là …" pressed again after the registration ended (or redelivered after a crash):
  // the registration is stored, so it says so instead of nothing.
  composer.callbackQuery(/^reg:/, async (ctx, next) => {
    if (!ctx.member) return next();
    await ctx.answerCallbackQuery();
    await ctx.reply(ctx.t("already-registered", { name: ctx.member.fullName, role: memberRoleText(ctx, ctx.member) }), {
      reply_markup: mainMenu(ctx, ctx.member),
    });
  });
  // A short invite code typed as a message (Zalo has no deep links; Telegram accepts it too),
  // outside any conversation: registers like /start <code>.
  composer.on("message:text", async (ctx, next) => {
    const code = parseShortCode(ctx.message.text);
    if (code === null) return next();
    await ctx.conversation.enter(REGISTER, code);
  });
  return composer;
}
