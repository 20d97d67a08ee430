// "Ghi niêm yết": the day the list was posted (typed as people type dates), how many days
// (10 by default), and the comments received; each answer stored as soon as it is given.
import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard } from "grammy";
import { besideTypedAnswer } from "../../keyboards.js";
import { addPostingComment, postingLines, recordPosting, updatePostingDays } from "../../../db/repos/nominations/office.js";
import { isoDay, parseIsoDay } from "../../../domain/awards/days.js";
import { type CalendarDate } from "../../../domain/types.js";
import { parseDate } from "../../../domain/dates/index.js";
import { toCalendarDate } from "../../../domain/format/dates.js";
import { postingLastDay, postingStartProblem } from "../../../domain/nominations/index.js";
import { capFreeText, normalizeMultilineText } from "../../../domain/text.js";
import type { BotContext, ConversationContext, Services } from "../../context.js";
import { endRefused } from "../../conversation-guard.js";
import { waitInput } from "../progress/conversation-input.js";
import { lineText } from "../nominations/render.js";
import { dayText } from "./render.js";

export const AWARD_POSTING = "award-posting";
const PREFIX = "kp:";
const MAX_COMMENT = 500;

export interface AwardPostingArgs {
  wardId: number;
  memberId: number;
  periodId: number;
  periodName: string;
  periodYear: number;
  timeZone: string;
  defaultDays: number;
  /** Only the comments, on this recorded posting (comments arrive during its days). */
  comments?: { postingId: number; startDate: string; days: number };
}

/**
 * "3: Nhà ông An…", "3. …", "dòng 3 - …", "dòng 3 …": a comment on line 3 of the posted list;
 * null: on the whole list ("10 hộ đồng tình", "3-4 hộ …" stay general).
 */
export function commentLine(text: string): { line: number; text: string } | null {
  const match = /^\s*(?:(?:dòng|dong)\s*(\d{1,3})\s*[:.)–-]?|(\d{1,3})\s*[:.)])\s*(\S[\s\S]*)$/iu.exec(text);
  return match ? { line: Number(match[1] ?? match[2]), text: match[3]!.trim() } : null;
}

export function awardPostingConversation(services: Pick<Services, "db" | "clock">) {
  const { db, clock } = services;
  return async function awardPosting(conversation: Conversation<BotContext, ConversationContext>, ctx: ConversationContext, args: AwardPostingArgs) {
    const actor = { memberId: args.memberId, wardId: args.wardId, roles: ["officer", "admin"] as const };
    const now = await conversation.external(() => clock.now().getTime());
    const today = toCalendarDate(new Date(now), args.timeZone);
    const wait = (acceptText: boolean, hint: string) => waitInput(conversation, { prefix: PREFIX, acceptText, hint: (other) => other.reply(hint) });
    const stop = `${PREFIX}x`;

    let postingId: number;
    let chosen: CalendarDate;
    let chosenDays: number;
    if (args.comments) {
      postingId = args.comments.postingId;
      chosen = parseIsoDay(args.comments.startDate);
      chosenDays = args.comments.days;
    } else {
      // 1. The start.
      const startKeys = besideTypedAnswer(new InlineKeyboard()).text(ctx.t("award-posting-today"), `${PREFIX}today`).row().text(ctx.t("award-posting-cancel"), stop);
      await ctx.reply(ctx.t("award-posting-ask-start", { period: args.periodName }), { reply_markup: startKeys });
      let start: CalendarDate | null = null;
      while (!start) {
        const input = await wait(true, ctx.t("award-posting-ask-start-again"));
        if (input.kind === "button") {
          await input.ctx.answerCallbackQuery();
          if (input.data === stop) return void (await ctx.reply(ctx.t("award-posting-cancelled")));
          if (input.data === `${PREFIX}today`) start = today;
          continue;
        }
        const parsed = parseDate(input.text, { today, defaultYear: args.periodYear });
        if (parsed.kind === "swapped") {
          await ctx.reply(ctx.t("award-posting-swapped", { date: dayText(isoDay(parsed.date)) }));
          continue;
        }
        if (parsed.kind === "no-such-day") {
          await ctx.reply(ctx.t("award-posting-no-such-day", { day: parsed.day, month: parsed.month, year: parsed.year }));
          continue;
        }
        if (parsed.kind !== "date") {
          await ctx.reply(ctx.t("award-posting-unreadable"));
          continue;
        }
        const problem = postingStartProblem(parsed.date, today);
        if (problem) {
          await ctx.reply(ctx.t(`award-posting-${problem}`, { date: dayText(isoDay(parsed.date)) }));
          continue;
        }
        start = parsed.date;
      }
      chosen = start;
      const recorded = await conversation.external(() => recordPosting(db, { actor: { ...actor, roles: [...actor.roles] }, periodId: args.periodId, startDate: isoDay(chosen), days: args.defaultDays, at: clock.now() }));
      if (!recorded.ok) return endRefused(conversation, ctx, db, recorded);
      postingId = recorded.value;

      // 2. The days (the ward's default unless typed).
      const dayKeys = besideTypedAnswer(new InlineKeyboard()).text(ctx.t("award-posting-days-default", { days: args.defaultDays }), `${PREFIX}d`);
      await ctx.reply(ctx.t("award-posting-ask-days", { start: dayText(isoDay(chosen)), days: args.defaultDays }), { reply_markup: dayKeys });
      let days: number | null = null;
      while (days === null) {
        const input = await wait(true, ctx.t("award-posting-ask-days-again"));
        if (input.kind === "button") {
          await input.ctx.answerCallbackQuery();
          if (input.data === `${PREFIX}d`) days = args.defaultDays;
          continue;
        }
        const match = /^(\d{1,3})(?:\s*ngày)?$/u.exec(input.text.trim().toLowerCase());
        const typed = match ? Number(match[1]) : NaN;
        if (!Number.isInteger(typed) || typed < 1 || typed > 90) {
          await ctx.reply(ctx.t("award-posting-ask-days-again"));
          continue;
        }
        days = typed;
      }
      chosenDays = days;
      if (chosenDays !== args.defaultDays) {
        const id = postingId;
        const daysNow = chosenDays;
        const changed = await conversation.external(() => updatePostingDays(db, { actor: { ...actor, roles: [...actor.roles] }, postingId: id, days: daysNow, at: clock.now() }));
        if (!changed.ok) return endRefused(conversation, ctx, db, changed);
      }
    }

    // 3. Comments received, one per message, until "no more"; "3: …" is on line 3 of the list.
    const end = postingLastDay(chosen, chosenDays);
    const lines = await conversation.external(() => postingLines(db, args.wardId, args.periodId));
    const numbered = lines.map((line, index) => ctx.t("award-posting-line", { number: index + 1, line: lineText(ctx, line), group: line.groupName })).join("\n");
    const doneKeys = besideTypedAnswer(new InlineKeyboard()).text(ctx.t(args.comments ? "award-posting-comments-done" : "award-posting-no-comments"), `${PREFIX}none`);
    const askVars = { start: dayText(isoDay(chosen)), end: dayText(isoDay(end)), days: chosenDays, lines: numbered };
    await ctx.reply(ctx.t(lines.length === 0 ? (args.comments ? "award-posting-ask-more-comments-nolines" : "award-posting-ask-comments") : args.comments ? "award-posting-ask-more-comments" : "award-posting-ask-comments-lines", askVars), { reply_markup: doneKeys });
    let count = 0;
    for (;;) {
      const input = await wait(true, ctx.t("award-posting-ask-comments-again"));
      if (input.kind === "button") {
        await input.ctx.answerCallbackQuery();
        if (input.data === `${PREFIX}none`) break;
        continue;
      }
      const typed = capFreeText(normalizeMultilineText(input.text), MAX_COMMENT).text;
      if (!typed) continue;
      const onLine = lines.length > 0 ? commentLine(typed) : null;
      if (onLine && (onLine.line < 1 || onLine.line > lines.length)) {
        await ctx.reply(ctx.t("award-posting-comment-no-line", { line: onLine.line, count: lines.length }));
        continue;
      }
      const target = onLine ? lines[onLine.line - 1]! : null;
      const text = onLine ? onLine.text : typed;
      const id = postingId;
      const saved = await conversation.external(() => addPostingComment(db, { actor: { ...actor, roles: [...actor.roles] }, postingId: id, text, lineId: target?.id ?? null, at: clock.now() }));
      if (!saved.ok) {
        if (saved.reason === "report_status") {
          await ctx.reply(ctx.t("award-posting-comment-line-gone"));
          continue;
        }
        return endRefused(conversation, ctx, db, saved);
      }
      count += 1;
      const savedText = target ? ctx.t("award-posting-comment-saved-line", { count, number: onLine!.line, line: lineText(ctx, target) }) : ctx.t("award-posting-comment-saved", { count });
      await ctx.reply(savedText, { reply_markup: besideTypedAnswer(new InlineKeyboard()).text(ctx.t("award-posting-comments-done"), `${PREFIX}none`) });
    }
    await ctx.reply(ctx.t(args.comments ? "award-posting-comments-added" : "award-posting-done", { start: dayText(isoDay(chosen)), end: dayText(isoDay(end)), days: chosenDays, count }), {
      reply_markup: new InlineKeyboard().text(ctx.t("award-office-button-home"), `kt:h:${args.periodId}`),
    });
  };
}
