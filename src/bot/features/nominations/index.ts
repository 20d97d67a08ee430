// A tổ trưởng's nominations for khen thưởng (/dexuat): the group's open period (or the one
// picked when several are open), then the conversation in nominate-conversation.ts.
import { createConversation } from "@grammyjs/conversations";
import { hears } from "@grammyjs/i18n";
import { Composer, InlineKeyboard } from "grammy";
import { findPeriod, openPeriods } from "../../../db/repos/periods.js";
import { formatDateLong } from "../../../domain/format.js";
import type { BotContext, Services } from "../../context.js";
import { mainMenu } from "../../keyboards.js";
import { type FileAccess, NOMINATE, nominateConversation } from "./nominate-conversation.js";

export const OPEN_NOMINATION_PATTERN = /^nm:open(?::(\d{1,9}))?$/;
export const openNominationCallback = (periodId?: number) => (periodId === undefined ? "nm:open" : `nm:open:${periodId}`);

export function nominationConversations(services: Services, files: FileAccess) {
  return createConversation(nominateConversation(services, files), NOMINATE);
}

export function nominationsFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const start = async (ctx: BotContext, periodId?: number) => {
    const member = ctx.member;
    if (!member || member.role !== "leader") return void (await ctx.reply(ctx.t("nomination-leaders-only")));
    if (!member.groupId) return void (await ctx.reply(ctx.t("report-no-group")));
    const { db } = ctx.services;
    const enter = (id: number) => ctx.conversation.enter(NOMINATE, { periodId: id, groupId: member.groupId!, memberId: member.id, wardId: member.wardId });
    if (periodId !== undefined) {
      const period = await findPeriod(db, member.wardId, periodId);
      if (!period || period.status !== "open") return void (await ctx.reply(ctx.t("nomination-no-open-period"), { reply_markup: mainMenu(ctx, member) }));
      return void (await enter(period.id));
    }
    const open = await openPeriods(db, member.wardId);
    if (open.length === 0) return void (await ctx.reply(ctx.t("nomination-no-open-period"), { reply_markup: mainMenu(ctx, member) }));
    if (open.length === 1) return void (await enter(open[0]!.id));
    const choice = new InlineKeyboard();
    for (const period of open) choice.text(ctx.t("period-choose-button", { period: period.name, deadline: formatDateLong(period.deadline) }), openNominationCallback(period.id)).row();
    await ctx.reply(ctx.t("nomination-choose-period", { count: open.length }), { reply_markup: choice });
  };
  composer.command("dexuat", (ctx) => start(ctx));
  composer.filter(hears("menu-nominate"), (ctx) => start(ctx));
  composer.callbackQuery(OPEN_NOMINATION_PATTERN, async (ctx) => {
    await ctx.answerCallbackQuery();
    const id = ctx.match[1];
    await start(ctx, id === undefined ? undefined : Number(id));
  });
  return composer;
}
