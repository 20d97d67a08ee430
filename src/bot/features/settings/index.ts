// /caidat for officers: the compiled report's number, signer and recipients.
import { createConversation } from "@grammyjs/conversations";
import { Composer } from "grammy";
import type { BotContext, Services } from "../../context.js";
import { isManager } from "../../roles.js";
import { REPORT_SETTINGS, settingsConversation } from "./settings-conversation.js";

export function settingsConversations(services: Services) {
  return createConversation(settingsConversation(services), REPORT_SETTINGS);
}

export function settingsFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.command("caidat", async (ctx) => {
    if (!isManager(ctx.member)) return void (await ctx.reply(ctx.t("figures-not-allowed")));
    await ctx.conversation.enter(REPORT_SETTINGS, { wardId: ctx.member!.wardId, memberId: ctx.member!.id });
  });
  return composer;
}
