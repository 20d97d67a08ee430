// One date asked in a period conversation: typed as people type dates, or a default kept with
// one tap; a month-first date is confirmed, a day that does not exist or a past deadline is
// asked again with the reason.
import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard } from "grammy";
import { besideTypedAnswer } from "../../keyboards.js";
import { compareDates, parseDate } from "../../../domain/dates/index.js";
import { formatDateLong } from "../../../domain/format.js";
import type { CalendarDate } from "../../../domain/types.js";
import type { BotContext, ConversationContext } from "../../context.js";
import { waitInput } from "../progress/conversation-input.js";
import { textOnlyLine } from "../../non-text.js";

type Convo = Conversation<BotContext, ConversationContext>;

export interface AskDate {
  question: string;
  /** Kept with one tap. */
  fallback?: CalendarDate;
  today: CalendarDate;
  defaultYear: number;
  /** The answer may not be before this day (with the message that says so). */
  notBefore?: { date: CalendarDate; messageKey: string };
  /** Callback prefix of the conversation, e.g. "po:". */
  prefix: string;
}

export async function askDate(conversation: Convo, ctx: ConversationContext, ask: AskDate): Promise<CalendarDate> {
  let note: string | null = null;
  for (;;) {
    const keyboard = besideTypedAnswer(new InlineKeyboard());
    if (ask.fallback) keyboard.text(ctx.t("period-button-keep-date", { date: formatDateLong(ask.fallback) }), `${ask.prefix}keep`);
    await ctx.reply([note, ask.question].filter(Boolean).join("\n\n"), ask.fallback ? { reply_markup: keyboard } : {});
    note = null;
    const input = await waitInput(conversation, { prefix: ask.prefix, acceptText: true, hint: (other) => other.reply(textOnlyLine(ctx, other.message)) });
    let date: CalendarDate | null = null;
    if (input.kind === "button") {
      await input.ctx.answerCallbackQuery();
      if (input.data === `${ask.prefix}keep` && ask.fallback) date = ask.fallback;
      else continue;
    } else {
      const result = parseDate(input.text, { today: ask.today, defaultYear: ask.defaultYear });
      if (result.kind === "unreadable") {
        note = ctx.t("period-date-unreadable");
        continue;
      }
      if (result.kind === "no-such-day") {
        note = ctx.t("period-date-no-such-day", { day: result.day, month: result.month, year: String(result.year) });
        continue;
      }
      if (result.kind === "swapped") {
        const confirm = new InlineKeyboard()
          .text(ctx.t("period-button-date-yes", { date: formatDateLong(result.date) }), `${ask.prefix}swap:yes`)
          .row()
          .text(ctx.t("period-button-date-retype"), `${ask.prefix}swap:no`);
        await ctx.reply(ctx.t("period-date-swapped", { text: input.text, date: formatDateLong(result.date) }), { reply_markup: confirm });
        const answer = await waitInput(conversation, { prefix: `${ask.prefix}swap:`, acceptText: false, hint: (other) => other.reply(ctx.t("report-press-button"), { reply_markup: confirm }) });
        await answer.ctx.answerCallbackQuery();
        if (answer.kind !== "button" || answer.data !== `${ask.prefix}swap:yes`) continue;
        date = result.date;
      } else {
        date = result.date;
      }
    }
    if (ask.notBefore && compareDates(date, ask.notBefore.date) < 0) {
      note = ctx.t(ask.notBefore.messageKey, { date: formatDateLong(date), limit: formatDateLong(ask.notBefore.date) });
      continue;
    }
    return date;
  }
}
