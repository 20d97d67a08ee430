// The leader's report: "📝 Báo cáo kết quả" or /baocao opens the conversation for the
// group's open period; "📄 Xem báo cáo đã gửi" or /xem shows what was sent.
import { createConversation } from "@grammyjs/conversations";
import { hears } from "@grammyjs/i18n";
import { Composer } from "grammy";
import { currentOpenPeriod, latestPeriod } from "../../../db/repos/periods.js";
import { loadReportState } from "../../../db/repos/report-state.js";
import { formatDateTime } from "../../../domain/format.js";
import type { BotContext, Services } from "../../context.js";
import { mainMenu } from "../../keyboards.js";
import { summaryText } from "./render.js";
import { REPORT, reportConversation } from "./report-conversation.js";

/** Callback data of a button that opens the leader's report (reminders, notices). */
export const OPEN_REPORT_CALLBACK = "report:open";

export function reportConversations(services: Services) {
  return createConversation(reportConversation(services), REPORT);
}

export function reportFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const leaders = composer.filter((ctx) => ctx.member?.role === "leader");

  const start = async (ctx: BotContext) => {
    const member = ctx.member!;
    if (!member.groupId || !member.group) return void (await ctx.reply(ctx.t("report-no-group")));
    const period = await currentOpenPeriod(ctx.services.db, member.wardId);
    if (!period) return void (await ctx.reply(ctx.t("report-no-open-period"), { reply_markup: mainMenu(ctx, member) }));
    await ctx.conversation.enter(REPORT, { periodId: period.id, groupId: member.groupId, memberId: member.id });
  };
  leaders.command("baocao", start);
  leaders.filter(hears("menu-report"), start);
  // The button under a reminder or a returned-report notice: opens the report where it was left.
  leaders.callbackQuery(OPEN_REPORT_CALLBACK, async (ctx) => {
    await ctx.answerCallbackQuery();
    await start(ctx);
  });

  const view = async (ctx: BotContext) => {
    const member = ctx.member!;
    if (!member.groupId) return void (await ctx.reply(ctx.t("report-no-group")));
    const { db } = ctx.services;
    const period = (await currentOpenPeriod(db, member.wardId)) ?? (await latestPeriod(db, member.wardId));
    if (!period) return void (await ctx.reply(ctx.t("report-no-open-period"), { reply_markup: mainMenu(ctx, member) }));
    const state = await loadReportState(db, period.id, member.groupId);
    const status = state.submittedAt
      ? ctx.t(`report-status-${state.status}`, { time: formatDateTime(new Date(state.submittedAt)) })
      : ctx.t("report-status-not-sent");
    await ctx.reply(`${summaryText(ctx, state)}\n\n${status}`, { reply_markup: mainMenu(ctx, member) });
  };
  leaders.command("xem", view);
  leaders.filter(hears("menu-view-report"), view);
  return composer;
}
