// An officer opens a reporting period: its kind, year, name (built naturally, changeable),
// start and end dates, the deadline, the indicators (those of the previous period of the
// kind, else the catalogue's), then a summary to confirm. Nothing is stored before the
// confirmation; then the leaders' announcement starts (under the reminders' rules).
import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard } from "grammy";
import { activeIndicatorsFor } from "../../../db/repos/catalogue.js";
import { defaultIndicators, openPeriod } from "../../../db/repos/periods.js";
import { checkPeriodName, deadlineInstant, defaultPeriodName, defaultSpan, localInstant, type PeriodType, PERIOD_TYPES, periodKindOf } from "../../../domain/dates/index.js";
import { formatDateLong, formatDateTime, toCalendarDate } from "../../../domain/format.js";
import { sendWindow } from "../../../domain/reminders.js";
import type { CalendarDate } from "../../../domain/types.js";
import type { BotContext, ConversationContext, Services } from "../../context.js";
import { besideTypedAnswer, mainMenu } from "../../keyboards.js";
import { waitInput } from "../progress/conversation-input.js";
import { askDate } from "./ask-date.js";
import { announceNow } from "./announce.js";
import { textOnlyLine } from "../../non-text.js";

export const OPEN_PERIOD = "open-period";

export interface OpenPeriodArgs {
  wardId: number;
  memberId: number;
  timeZone: string;
}

type Convo = Conversation<BotContext, ConversationContext>;

async function pick(conversation: Convo, ctx: ConversationContext, text: string, keyboard: InlineKeyboard, prefix: string, acceptText = false) {
  await ctx.reply(text, { reply_markup: keyboard });
  const input = await waitInput(conversation, { prefix, acceptText, hint: (other) => other.reply(ctx.t("report-press-button"), { reply_markup: keyboard }) });
  if (input.kind === "button") await input.ctx.answerCallbackQuery();
  return input;
}

export function openPeriodConversation(services: Services) {
  return async function openPeriodFlow(conversation: Convo, ctx: ConversationContext, args: OpenPeriodArgs) {
    const nowIso = await conversation.external(() => services.clock.now().toISOString());
    const today = toCalendarDate(new Date(nowIso), args.timeZone);

    const kinds = new InlineKeyboard();
    for (const type of PERIOD_TYPES) kinds.text(ctx.t(`period-type-${type}`), `po:k:${type}`).row();
    const kindInput = await pick(conversation, ctx, ctx.t("period-open-ask-kind"), kinds, "po:k:");
    const type = (kindInput.kind === "button" ? kindInput.data.slice(5) : "half_year") as PeriodType;

    const years = new InlineKeyboard().text(String(today.year), `po:y:${today.year}`).text(String(today.year + 1), `po:y:${today.year + 1}`);
    if (type === "full_year" || type === "thematic") years.text(String(today.year - 1), `po:y:${today.year - 1}`);
    const yearInput = await pick(conversation, ctx, ctx.t("period-open-ask-year"), years, "po:y:");
    const year = yearInput.kind === "button" ? Number(yearInput.data.slice(5)) : today.year;

    let quarter = 1;
    if (type === "quarter") {
      const quarters = new InlineKeyboard();
      for (const q of [1, 2, 3, 4]) quarters.text(ctx.t("period-quarter", { quarter: q }), `po:q:${q}`);
      const quarterInput = await pick(conversation, ctx, ctx.t("period-open-ask-quarter"), quarters, "po:q:");
      quarter = quarterInput.kind === "button" ? Number(quarterInput.data.slice(5)) : 1;
    }

    const suggested = defaultPeriodName(type, year, quarter);
    let name = await askName(conversation, ctx, suggested);
    const span = defaultSpan(type, year, quarter);
    const start = await askDate(conversation, ctx, { question: ctx.t("period-open-ask-start", { year: String(year) }), fallback: span?.start, today, defaultYear: year, prefix: "pos:" });
    const end = await askDate(conversation, ctx, {
      question: ctx.t("period-open-ask-end", { year: String(year) }),
      fallback: span?.end,
      today,
      defaultYear: year,
      prefix: "poe:",
      notBefore: { date: start, messageKey: "period-date-end-before-start" },
    });
    const latest: CalendarDate = [start, today].sort((a, b) => a.year - b.year || a.month - b.month || a.day - b.day)[1]!;
    const deadline = await askDate(conversation, ctx, {
      question: ctx.t("period-open-ask-deadline"),
      today,
      // A year-end period is often opened in the next January: "15/1" then means this year.
      defaultYear: Math.max(year, today.year),
      prefix: "pod:",
      notBefore: { date: latest, messageKey: latest === today ? "period-date-past" : "period-date-deadline-before-start" },
    });

    const kind = periodKindOf(type);
    const indicators = await conversation.external(() => defaultIndicators(services.db, args.wardId, kind));
    if (indicators.indicators.length === 0) return void (await ctx.reply(ctx.t("period-open-no-indicators"), { reply_markup: mainMenu(ctx, { role: "officer" }) }));
    // The officer may choose among the defaults and the catalogue's other indicators of the kind.
    const catalogue = await conversation.external(async () => (await activeIndicatorsFor(services.db, args.wardId, kind)).map((row) => ({ id: row.id, label: row.label })));
    const choices = [...indicators.indicators, ...catalogue.filter((row) => !indicators.indicators.some((chosen) => chosen.id === row.id))];
    let chosen = false;

    for (;;) {
      const summary = ctx.t("period-open-summary", {
        name,
        kind: ctx.t(`period-type-${type}`),
        start: formatDateLong(start),
        end: formatDateLong(end),
        deadline: formatDateTime(deadlineInstant(deadline, args.timeZone), args.timeZone),
        count: indicators.indicators.length,
        source: chosen
          ? ctx.t("period-indicators-chosen")
          : indicators.source === "previous"
            ? ctx.t("period-indicators-previous", { period: indicators.previousName ?? "" })
            : ctx.t("period-indicators-catalogue"),
        list: indicators.indicators.map((indicator, index) => `${index + 1}. ${indicator.label}`).join("\n"),
      });
      const confirm = new InlineKeyboard()
        .text(ctx.t("period-button-open"), "poc:yes")
        .row()
        .text(ctx.t("period-button-rename"), "poc:name")
        .text(ctx.t("period-button-indicators"), "poc:ind")
        .row()
        .text(ctx.t("period-button-cancel"), "poc:no");
      const choice = await pick(conversation, ctx, summary, confirm, "poc:");
      if (choice.kind !== "button" || choice.data === "poc:no") return void (await ctx.reply(ctx.t("period-open-cancelled")));
      if (choice.data === "poc:name") {
        name = await askName(conversation, ctx, null);
        continue;
      }
      if (choice.data === "poc:ind") {
        indicators.indicators = await chooseIndicators(conversation, ctx, choices, indicators.indicators.map((row) => row.id));
        chosen = true;
        continue;
      }
      const result = await conversation.external(() =>
        openPeriod(services.db, args.wardId, {
          name,
          kind,
          year,
          startDate: localInstant(start, 0, args.timeZone),
          endDate: localInstant(end, 0, args.timeZone),
          deadline: deadlineInstant(deadline, args.timeZone),
          indicatorIds: indicators.indicators.map((indicator) => indicator.id),
          actor: { memberId: args.memberId, source: "chat" },
          at: services.clock.now(),
        }),
      );
      if (!result.ok) {
        await ctx.reply(ctx.t("period-open-name-taken", { name }));
        name = await askName(conversation, ctx, null);
        continue;
      }
      const now = new Date(await conversation.external(() => services.clock.now().toISOString()));
      const sendable = sendWindow(now, deadlineInstant(deadline, args.timeZone), args.timeZone) === "open";
      await ctx.reply(ctx.t(sendable ? "period-opened" : "period-opened-later", { name }), { reply_markup: mainMenu(ctx, { role: "officer" }) });
      if (sendable) await conversation.external(() => announceNow(services, ctx.api, result.period.id));
      return;
    }
  };
}

export async function askName(conversation: Convo, ctx: ConversationContext, suggested: string | null): Promise<string> {
  let note: string | null = null;
  for (;;) {
    const keyboard = besideTypedAnswer(new InlineKeyboard());
    if (suggested) keyboard.text(ctx.t("period-button-keep-name", { name: suggested }), "pon:keep");
    const question = suggested ? ctx.t("period-open-ask-name", { name: suggested }) : ctx.t("period-open-type-name");
    await ctx.reply([note, question].filter(Boolean).join("\n\n"), suggested ? { reply_markup: keyboard } : {});
    const input = await waitInput(conversation, { prefix: "pon:", acceptText: true, hint: (other) => other.reply(textOnlyLine(ctx, other.message)) });
    if (input.kind === "button") {
      await input.ctx.answerCallbackQuery();
      if (suggested) return suggested;
      continue;
    }
    const check = checkPeriodName(input.text);
    if (check.ok) return check.name;
    note = ctx.t(check.reason === "empty" ? "period-name-empty" : "period-name-too-long");
  }
}

/** Toggles among the choices (the period's questions, in this order); at least one stays. */
async function chooseIndicators(conversation: Convo, ctx: ConversationContext, choices: Array<{ id: number; label: string }>, selected: number[]): Promise<Array<{ id: number; label: string }>> {
  const picked = new Set(selected);
  const keyboard = () => {
    const board = new InlineKeyboard();
    choices.forEach((row, index) => board.text(`${picked.has(row.id) ? "✅" : "⬜"} ${index + 1}. ${row.label}`, `poi:${row.id}`).row());
    return board.text(ctx.t("period-button-indicators-done"), "poi:done");
  };
  await ctx.reply(ctx.t("period-open-choose-indicators"), { reply_markup: keyboard() });
  for (;;) {
    const input = await waitInput(conversation, { prefix: "poi:", acceptText: false, hint: (other) => other.reply(ctx.t("report-press-button"), { reply_markup: keyboard() }) });
    if (input.kind !== "button") continue;
    await input.ctx.answerCallbackQuery();
    if (input.data === "poi:done") {
      if (picked.size > 0) return choices.filter((row) => picked.has(row.id));
      await ctx.reply(ctx.t("period-open-choose-none"), { reply_markup: keyboard() });
      continue;
    }
    const id = Number(input.data.slice(4));
    if (picked.has(id)) picked.delete(id);
    else if (choices.some((row) => row.id === id)) picked.add(id);
    await input.ctx.editMessageReplyMarkup({ reply_markup: keyboard() }).catch(() => ctx.reply(ctx.t("period-open-choose-indicators"), { reply_markup: keyboard() }));
  }
}
