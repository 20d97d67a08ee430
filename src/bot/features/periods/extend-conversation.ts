// An officer extends a period's deadline (gia hạn): the new date typed, checked (later than
// the old one, not past), confirmed; the groups that have not handed in get a notice, and the
// reminder slots follow the new deadline.
import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard } from "grammy";
import { extendDeadline, findPeriod, groupsNotHandedIn } from "../../../db/repos/periods.js";
import { addDays, compareDates, deadlineInstant } from "../../../domain/dates/index.js";
import { formatDateTime, toCalendarDate } from "../../../domain/format.js";
import { sendWindow } from "../../../domain/reminders.js";
import type { BotContext, ConversationContext, Services } from "../../context.js";
import { mainMenu } from "../../keyboards.js";
import { waitInput } from "../progress/conversation-input.js";
import { announceNow } from "./announce.js";
import { askDate } from "./ask-date.js";

export const EXTEND_PERIOD = "extend-period";

export interface ExtendPeriodArgs {
  wardId: number;
  memberId: number;
  periodId: number;
  timeZone: string;
}

type Convo = Conversation<BotContext, ConversationContext>;

export function extendPeriodConversation(services: Services) {
  return async function extendPeriodFlow(conversation: Convo, ctx: ConversationContext, args: ExtendPeriodArgs) {
    const menu = { reply_markup: mainMenu(ctx, { role: "officer" }) };
    const facts = await conversation.external(async () => {
      const period = await findPeriod(services.db, args.wardId, args.periodId);
      if (!period) return null;
      const { pending } = await groupsNotHandedIn(services.db, args.wardId, args.periodId);
      return { name: period.name, year: period.year, open: period.status === "open", deadline: period.deadline.toISOString(), pending: pending.length, now: services.clock.now().toISOString() };
    });
    if (!facts) return;
    if (!facts.open) return void (await ctx.reply(ctx.t("period-already-closed", { period: facts.name }), menu));
    const today = toCalendarDate(new Date(facts.now), args.timeZone);
    const current = toCalendarDate(new Date(facts.deadline), args.timeZone);
    const earliest = addDays(compareDates(current, today) > 0 ? current : today, compareDates(current, today) >= 0 ? 1 : 0);
    const date = await askDate(conversation, ctx, {
      question: ctx.t("period-extend-ask", { period: facts.name, deadline: formatDateTime(new Date(facts.deadline), args.timeZone), pending: facts.pending }),
      today,
      defaultYear: Math.max(facts.year, today.year),
      prefix: "pxd:",
      notBefore: { date: earliest, messageKey: "period-extend-too-early" },
    });
    const deadline = deadlineInstant(date, args.timeZone);
    const confirm = new InlineKeyboard().text(ctx.t("period-button-extend"), "pxc:yes").text(ctx.t("period-button-cancel"), "pxc:no");
    await ctx.reply(ctx.t("period-extend-confirm", { period: facts.name, deadline: formatDateTime(deadline, args.timeZone), pending: facts.pending }), { reply_markup: confirm });
    const choice = await waitInput(conversation, { prefix: "pxc:", acceptText: false, hint: (other) => other.reply(ctx.t("report-press-button"), { reply_markup: confirm }) });
    await choice.ctx.answerCallbackQuery();
    if (choice.kind !== "button" || choice.data !== "pxc:yes") return void (await ctx.reply(ctx.t("period-extend-cancelled"), menu));
    const result = await conversation.external(() => extendDeadline(services.db, args.wardId, args.periodId, deadline, { memberId: args.memberId, source: "chat" }, services.clock.now()));
    if (!result.ok) return void (await ctx.reply(ctx.t(result.reason === "not-later" ? "period-extend-too-early" : "period-already-closed", { period: facts.name, date: "", limit: formatDateTime(new Date(facts.deadline), args.timeZone) }), menu));
    const now = new Date(await conversation.external(() => services.clock.now().toISOString()));
    const sendable = sendWindow(now, deadline, args.timeZone) === "open";
    await ctx.reply(ctx.t(sendable ? "period-extended" : "period-extended-later", { period: facts.name, deadline: formatDateTime(deadline, args.timeZone), pending: facts.pending }), menu);
    if (sendable) await conversation.external(() => announceNow(services, ctx.api, args.periodId));
  };
}
