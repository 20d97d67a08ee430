// /kybaocao for officers and admins: the ward's periods; open a new one, extend a deadline,
// close (after seeing who has not handed in), reopen (admin only). Every change audited.
import { createConversation } from "@grammyjs/conversations";
import { Composer, InlineKeyboard } from "grammy";
import { closePeriodAudited, findPeriod, groupsNotHandedIn, listPeriods, reopenPeriod } from "../../../db/repos/periods.js";
import { formatDateTime } from "../../../domain/format.js";
import type { BotContext, Services } from "../../context.js";
import { mainMenu } from "../../keyboards.js";
import { isManager } from "../../roles.js";
import { listText } from "../reminders/render.js";
import { EXTEND_PERIOD, extendPeriodConversation } from "./extend-conversation.js";
import { OPEN_PERIOD, openPeriodConversation } from "./open-conversation.js";
import { RENAME_PERIOD, renamePeriodConversation } from "./rename-conversation.js";

export function periodsConversations(services: Services) {
  const composer = new Composer<BotContext>();
  composer.use(createConversation(openPeriodConversation(services), OPEN_PERIOD));
  composer.use(createConversation(extendPeriodConversation(services), EXTEND_PERIOD));
  composer.use(createConversation(renamePeriodConversation(services), RENAME_PERIOD));
  return composer;
}

async function wardTimeZone(ctx: BotContext): Promise<string> {
  const ward = await ctx.services.db.ward.findUniqueOrThrow({ where: { id: ctx.member!.wardId }, select: { timeZone: true } });
  return ward.timeZone;
}

export function periodsFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const managers = composer.filter((ctx) => isManager(ctx.member));

  managers.command("kybaocao", async (ctx) => {
    const member = ctx.member!;
    const { db } = ctx.services;
    const timeZone = await wardTimeZone(ctx);
    const periods = await listPeriods(db, member.wardId);
    const lines = [ctx.t(periods.length ? "period-list-title" : "period-list-empty")];
    const keyboard = new InlineKeyboard().text(ctx.t("period-button-new"), "pd:new").row();
    for (const period of periods.slice(0, 10)) {
      const open = period.status === "open";
      const { total, pending } = await groupsNotHandedIn(db, member.wardId, period.id);
      lines.push(ctx.t(open ? "period-list-open" : "period-list-closed", { period: period.name, deadline: formatDateTime(period.deadline, timeZone), done: total - pending.length, total }));
      if (open) keyboard.text(ctx.t("period-button-extend-of", { period: period.name }), `pd:ext:${period.id}`).text(ctx.t("period-button-close-of", { period: period.name }), `pd:close:${period.id}`).row();
      else if (member.role === "admin") keyboard.text(ctx.t("period-button-reopen-of", { period: period.name }), `pd:reopen:${period.id}`).row();
      keyboard.text(ctx.t("period-button-rename-of", { period: period.name }), `pd:ren:${period.id}`).row();
    }
    await ctx.reply(lines.join("\n"), { reply_markup: keyboard });
  });

  managers.callbackQuery("pd:new", async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.conversation.enter(OPEN_PERIOD, { wardId: ctx.member!.wardId, memberId: ctx.member!.id, timeZone: await wardTimeZone(ctx) });
  });

  managers.callbackQuery(/^pd:ext:(\d+)$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.conversation.enter(EXTEND_PERIOD, { wardId: ctx.member!.wardId, memberId: ctx.member!.id, periodId: Number(ctx.match[1]), timeZone: await wardTimeZone(ctx) });
  });

  managers.callbackQuery(/^pd:ren:(\d+)$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.conversation.enter(RENAME_PERIOD, { wardId: ctx.member!.wardId, memberId: ctx.member!.id, periodId: Number(ctx.match[1]) });
  });

  // Close: first who has not handed in, then a confirmation.
  managers.callbackQuery(/^pd:close:(\d+)$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const member = ctx.member!;
    const period = await findPeriod(ctx.services.db, member.wardId, Number(ctx.match[1]));
    if (!period) return;
    if (period.status !== "open") return void (await ctx.reply(ctx.t("period-already-closed", { period: period.name })));
    const { total, pending } = await groupsNotHandedIn(ctx.services.db, member.wardId, period.id);
    const text = pending.length
      ? ctx.t("period-close-ask-missing", { period: period.name, done: total - pending.length, total, count: pending.length, groups: listText(pending.map((group) => group.name)) })
      : ctx.t("period-close-ask-all", { period: period.name, total });
    const confirm = new InlineKeyboard().text(ctx.t("period-button-close"), `pd:closeyes:${period.id}`).text(ctx.t("period-button-cancel"), "pd:no");
    await ctx.reply(text, { reply_markup: confirm });
  });
  managers.callbackQuery(/^pd:closeyes:(\d+)$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const member = ctx.member!;
    const period = await findPeriod(ctx.services.db, member.wardId, Number(ctx.match[1]));
    if (!period) return;
    const result = await closePeriodAudited(ctx.services.db, member.wardId, period.id, { memberId: member.id, source: "chat" }, ctx.services.clock.now());
    await ctx.reply(ctx.t(result.ok ? "period-closed" : "period-already-closed", { period: period.name }), { reply_markup: mainMenu(ctx, member) });
  });
  managers.callbackQuery("pd:no", async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.reply(ctx.t("period-nothing-changed"), { reply_markup: mainMenu(ctx, ctx.member!) });
  });

  managers.callbackQuery(/^pd:reopen:(\d+)$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const member = ctx.member!;
    if (member.role !== "admin") return void (await ctx.reply(ctx.t("period-reopen-admin-only")));
    const period = await findPeriod(ctx.services.db, member.wardId, Number(ctx.match[1]));
    if (!period) return;
    const result = await reopenPeriod(ctx.services.db, member.wardId, period.id, { memberId: member.id, source: "chat" }, ctx.services.clock.now());
    const timeZone = await wardTimeZone(ctx);
    await ctx.reply(ctx.t(result.ok ? "period-reopened" : "period-already-open", { period: period.name, deadline: formatDateTime(period.deadline, timeZone) }), { reply_markup: mainMenu(ctx, member) });
  });

  composer.command("kybaocao", (ctx) => ctx.reply(ctx.t("period-not-allowed")));
  return composer;
}
