import { createConversation } from "@grammyjs/conversations";
import { hears } from "@grammyjs/i18n";
import { Composer } from "grammy";
import { toCalendarDate } from "../../../domain/format.js";
import type { BotContext, Services } from "../../context.js";
import { PLEDGE, pledgeConversation } from "./pledge-conversation.js";

export function pledgeConversations(services: Services) {
  return createConversation(pledgeConversation(services), PLEDGE);
}

/** "✍️ Đăng ký thi đua" or /dangky: the group's pledge for the current year. */
export function pledgeFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const leaders = composer.filter((ctx) => ctx.member?.role === "leader");
  const start = async (ctx: BotContext) => {
    const member = ctx.member!;
    if (!member.groupId) return void (await ctx.reply(ctx.t("report-no-group")));
    const year = toCalendarDate(ctx.services.clock.now()).year;
    await ctx.conversation.enter(PLEDGE, { groupId: member.groupId, memberId: member.id, year });
  };
  leaders.command("dangky", start);
  leaders.filter(hears("menu-pledge"), start);
  return composer;
}
