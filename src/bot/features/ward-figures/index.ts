// /solieu for officers: pick a period, then enter the ward-level figures of the report.
import { createConversation } from "@grammyjs/conversations";
import { Composer, InlineKeyboard } from "grammy";
import { listPeriods } from "../../../db/repos/periods.js";
import type { BotContext, Services } from "../../context.js";
import { isManager } from "../../roles.js";
import { WARD_FIGURES, wardFiguresConversation } from "./ward-figures-conversation.js";

export function wardFiguresConversations(services: Services) {
  return createConversation(wardFiguresConversation(services), WARD_FIGURES);
}

export function wardFiguresFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const managers = composer.filter((ctx) => isManager(ctx.member));
  managers.command("solieu", async (ctx) => {
    const periods = await listPeriods(ctx.services.db, ctx.member!.wardId);
    if (periods.length === 0) return void (await ctx.reply(ctx.t("reports-no-period")));
    const keyboard = new InlineKeyboard();
    for (const period of periods) keyboard.text(period.name, `wfp:${period.id}`).row();
    await ctx.reply(ctx.t("figures-choose-period"), { reply_markup: keyboard });
  });
  managers.callbackQuery(/^wfp:(\d+)$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const period = await ctx.services.db.period.findUnique({ where: { id: Number(ctx.match[1]) } });
    if (!period || period.wardId !== ctx.member!.wardId) return void (await ctx.reply(ctx.t("reports-not-allowed")));
    await ctx.conversation.enter(WARD_FIGURES, { periodId: period.id, periodName: period.name, memberId: ctx.member!.id, wardId: period.wardId });
  });
  composer.command("solieu", (ctx) => ctx.reply(ctx.t("figures-not-allowed")));
  return composer;
}
