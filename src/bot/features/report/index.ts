// The leader's report: "📝 Báo cáo kết quả" or /baocao opens the conversation for the
// group's open period (when several are open, the leader picks one); "📄 Xem báo cáo đã gửi"
// or /xem shows what was sent.
import { createConversation } from "@grammyjs/conversations";
import { hears } from "@grammyjs/i18n";
import { Composer, InlineKeyboard, type MiddlewareFn } from "grammy";
import { findPeriod, latestPeriod, openPeriods, wardContacts } from "../../../db/repos/periods.js";
import { loadReportState } from "../../../db/repos/report-state.js";
import { formatDateLong, formatDateTime } from "../../../domain/format.js";
import type { BotContext, Services } from "../../context.js";
import { mainMenu } from "../../keyboards.js";
import { OPEN_REPORT_PATTERN, openReportCallback } from "./callback-data.js";
import { summaryText } from "./render.js";
import { REPORT, reportConversation, reportHandoffs } from "./report-conversation.js";

export { OPEN_REPORT_CALLBACK } from "./callback-data.js";

/**
 * The report conversation, and its hand-over: when a conversation ended after saving an
 * answer, the next one is entered in the same update (one state write at its end, together
 * with the update's processed mark), starting from the state the write left.
 */
export function reportConversations(services: Services): MiddlewareFn<BotContext> {
  const conversation = createConversation(reportConversation(services), REPORT);
  return async (ctx, next) => {
    await conversation(ctx, next);
    const handoff = reportHandoffs.get(ctx);
    if (!handoff) return;
    reportHandoffs.delete(ctx);
    await ctx.conversation.enter(REPORT, handoff);
  };
}

/** "Kỳ … đã khóa sổ … gọi cho bà Trần Thị Thanh (số điện thoại 0912345678)": whom a late leader calls ("liên hệ" when a phone is missing). */
async function closedLine(ctx: BotContext, periodName: string): Promise<string> {
  const contacts = await wardContacts(ctx.services.db, ctx.member!.wardId);
  const list = contacts
    .map((contact) => ctx.t(contact.phone ? "period-contact-phone" : "period-contact", { name: contact.name, phone: contact.phone ?? "", salutation: contact.salutation ?? "unknown" }))
    .join(", ");
  const call = contacts.length > 0 && contacts.every((contact) => contact.phone) ? "phone" : "other";
  return ctx.t(list ? "period-closed-call" : "period-closed-call-office", { period: periodName, contacts: list, call });
}

export function reportFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const leaders = composer.filter((ctx) => ctx.member?.role === "leader");

  const start = async (ctx: BotContext, periodId?: number) => {
    const member = ctx.member!;
    if (!member.groupId || !member.group) return void (await ctx.reply(ctx.t("report-no-group")));
    const { db } = ctx.services;
    const menu = { reply_markup: mainMenu(ctx, member) };
    if (periodId !== undefined) {
      const period = await findPeriod(db, member.wardId, periodId);
      if (!period) return void (await ctx.reply(ctx.t("report-no-open-period"), menu));
      if (period.status !== "open") return void (await ctx.reply(await closedLine(ctx, period.name), menu));
      return void (await ctx.conversation.enter(REPORT, { periodId: period.id, groupId: member.groupId, memberId: member.id }));
    }
    const open = await openPeriods(db, member.wardId);
    if (open.length === 0) return void (await ctx.reply(ctx.t("report-no-open-period"), menu));
    if (open.length === 1) return void (await ctx.conversation.enter(REPORT, { periodId: open[0]!.id, groupId: member.groupId, memberId: member.id }));
    const choice = new InlineKeyboard();
    for (const period of open) choice.text(ctx.t("period-choose-button", { period: period.name, deadline: formatDateLong(period.deadline) }), openReportCallback(period.id)).row();
    await ctx.reply(ctx.t("period-choose-report", { count: open.length }), { reply_markup: choice });
  };
  leaders.command("baocao", (ctx) => start(ctx));
  leaders.filter(hears("menu-report"), (ctx) => start(ctx));
  // The button under a reminder, a notice or the period choice: opens the report where it was left.
  leaders.callbackQuery(OPEN_REPORT_PATTERN, async (ctx) => {
    await ctx.answerCallbackQuery();
    const id = ctx.match[1];
    await start(ctx, id === undefined ? undefined : Number(id));
  });

  // "✅ Gửi báo cáo" pressed after its conversation ended: a second press on the same summary, or
  // one redelivered after a crash. What is stored decides the line: already sent (or approved),
  // or not sent, and how to send it. Never silence.
  leaders.callbackQuery("s:submit", async (ctx) => {
    await ctx.answerCallbackQuery();
    const member = ctx.member!;
    if (!member.groupId) return void (await ctx.reply(ctx.t("report-no-group")));
    const { db } = ctx.services;
    const menu = { reply_markup: mainMenu(ctx, member) };
    const candidates = (await openPeriods(db, member.wardId)).map((period) => period.id);
    const latest = candidates.length === 0 ? await latestPeriod(db, member.wardId) : null;
    if (latest) candidates.push(latest.id);
    const states = await Promise.all(candidates.map((periodId) => loadReportState(db, periodId, member.groupId!)));
    // The report this press most likely belongs to: the one sent last, else the first open period's.
    const sent = states.filter((state) => state.submittedAt).sort((a, b) => Date.parse(b.submittedAt!) - Date.parse(a.submittedAt!));
    const state = sent[0] ?? states[0];
    if (!state) return void (await ctx.reply(ctx.t("report-no-open-period"), menu));
    const vars = { period: state.period.name, group: state.group.name };
    if (state.status === "approved") return void (await ctx.reply(ctx.t("report-already-approved", vars), menu));
    if (state.status === "submitted" && state.submittedAt) {
      return void (await ctx.reply(ctx.t("report-already-submitted", { ...vars, time: formatDateTime(new Date(state.submittedAt)) }), menu));
    }
    await ctx.reply(ctx.t("report-stale-submit", vars), menu);
  });

  const view = async (ctx: BotContext) => {
    const member = ctx.member!;
    if (!member.groupId) return void (await ctx.reply(ctx.t("report-no-group")));
    const { db } = ctx.services;
    const period = (await openPeriods(db, member.wardId))[0] ?? (await latestPeriod(db, member.wardId));
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
