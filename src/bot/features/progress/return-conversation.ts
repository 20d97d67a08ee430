// "Trả lại để bổ sung": the officer ticks the items to fix (or all), types a comment; the
// report is returned and the group's leaders get the comment and the items.
import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard } from "grammy";
import { groupReportView } from "../../../db/repos/progress.js";
import { leaderContacts, MAX_REVIEW_COMMENT_LENGTH, markMemberBlocked, returnReport } from "../../../db/repos/review.js";
import { capFreeText, normalizeMultilineText } from "../../../domain/text.js";
import type { BotContext, ConversationContext, Services } from "../../context.js";
import { endRefused } from "../../conversation-guard.js";
import { PICK_PREFIX } from "./callback-data.js";
import { waitInput } from "./conversation-input.js";
import { leaderMessage, notifyLeaders } from "./notify.js";
import { groupViewKeyboard, groupViewText } from "./render.js";

export const REVIEW_RETURN = "review-return";

export interface ReturnArgs {
  wardId: number;
  reviewerId: number;
  periodId: number;
  groupId: number;
  /** The report view message to refresh when done. */
  messageId: number | null;
}

const TOGGLE = `${PICK_PREFIX}t:`;
const ALL = `${PICK_PREFIX}all`;
const NEXT = `${PICK_PREFIX}next`;
const CANCEL = `${PICK_PREFIX}x`;

function pickKeyboard(ctx: ConversationContext, items: Array<{ label: string }>, selected: boolean[]): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  items.forEach((item, index) => {
    keyboard.text(ctx.t(selected[index] ? "review-pick-on" : "review-pick-off", { label: item.label }), `${TOGGLE}${index}`).row();
  });
  keyboard.text(ctx.t("review-pick-all"), ALL).text(ctx.t("review-pick-next"), NEXT).row();
  keyboard.text(ctx.t("review-pick-cancel"), CANCEL);
  return keyboard;
}

export function returnConversation(services: Pick<Services, "db" | "clock" | "logger">) {
  const { db, clock, logger } = services;
  return async function reviewReturn(conversation: Conversation<BotContext, ConversationContext>, ctx: ConversationContext, args: ReturnArgs) {
    const view = await conversation.external(() => groupReportView(db, args.wardId, args.periodId, args.groupId));
    if (!view) {
      await ctx.reply(ctx.t("progress-group-not-found"));
      return;
    }
    if (view.state === "returned" && view.period.open) {
      await ctx.reply(ctx.t("review-already-returned", { period: view.period.name, group: view.group.name }));
      return;
    }
    if (view.state !== "submitted" || !view.period.open) {
      await ctx.reply(ctx.t("review-cannot-return", { group: view.group.name }));
      return;
    }
    const items = view.answers.map((answer) => ({ code: answer.code, label: answer.label }));
    const selected = items.map(() => false);
    let prompt = await ctx.reply(ctx.t("review-pick-items", { group: view.group.name }), {
      reply_markup: pickKeyboard(ctx, items, selected),
    });

    // 1. The items to fix.
    let picking = true;
    while (picking) {
      const input = await waitInput(conversation, {
        prefix: PICK_PREFIX,
        acceptText: false,
        // The hint shows the items again (a chat that cannot press an older message types from
        // the newest list); the older list is retired, so ticks show on the list in view.
        hint: async (other) => {
          const old = prompt;
          prompt = await other.reply(ctx.t("review-pick-hint"), { reply_markup: pickKeyboard(ctx, items, selected) });
          await ctx.api.editMessageReplyMarkup(old.chat.id, old.message_id).catch(() => {});
        },
      });
      if (input.kind !== "button") continue;
      const data = input.data;
      if (data === CANCEL) {
        await input.ctx.answerCallbackQuery();
        await ctx.api.editMessageText(prompt.chat.id, prompt.message_id, ctx.t("review-return-cancelled")).catch(() => {});
        return;
      }
      if (data === ALL) {
        selected.fill(true);
        picking = false;
      } else if (data === NEXT) {
        if (!selected.includes(true)) {
          await input.ctx.answerCallbackQuery({ text: ctx.t("review-pick-none"), show_alert: true });
          continue;
        }
        picking = false;
      } else if (data.startsWith(TOGGLE)) {
        const index = Number(data.slice(TOGGLE.length));
        if (Number.isInteger(index) && index >= 0 && index < selected.length) {
          selected[index] = !selected[index];
          await ctx.api
            .editMessageReplyMarkup(prompt.chat.id, prompt.message_id, { reply_markup: pickKeyboard(ctx, items, selected) })
            .catch(() => {});
        }
      }
      await input.ctx.answerCallbackQuery();
    }
    const chosen = items.filter((_, index) => selected[index]);
    const chosenLabels = chosen.map((item) => ctx.t("review-item-line", { label: item.label })).join("\n");
    await ctx.api
      .editMessageText(prompt.chat.id, prompt.message_id, ctx.t("review-picked", { group: view.group.name, items: chosenLabels }))
      .catch(() => {});

    // 2. The comment.
    const cancelKeyboard = new InlineKeyboard().text(ctx.t("review-pick-cancel"), CANCEL);
    await ctx.reply(ctx.t("review-ask-comment", { max: MAX_REVIEW_COMMENT_LENGTH }), { reply_markup: cancelKeyboard });
    let comment = "";
    let cut = false;
    while (!comment) {
      const input = await waitInput(conversation, {
        prefix: PICK_PREFIX,
        acceptText: true,
        hint: (other) => other.reply(ctx.t("review-ask-comment-again")),
      });
      if (input.kind === "button") {
        await input.ctx.answerCallbackQuery();
        if (input.data === CANCEL) {
          await ctx.reply(ctx.t("review-return-cancelled"));
          return;
        }
        continue;
      }
      const capped = capFreeText(normalizeMultilineText(input.text), MAX_REVIEW_COMMENT_LENGTH);
      if (!capped.text) await ctx.reply(ctx.t("review-ask-comment-again"));
      comment = capped.text;
      cut = capped.cut;
    }

    // 3. Store, tell the leaders, refresh the view.
    const outcome = await conversation.external(() =>
      returnReport(db, {
        wardId: args.wardId,
        periodId: args.periodId,
        groupId: args.groupId,
        reviewerId: args.reviewerId,
        at: clock.now(),
        comment,
        items: chosen.map((item) => item.code),
        // The officer as they are now: a deactivated officer cannot complete a return.
        reviewer: { memberId: args.reviewerId, wardId: args.wardId, roles: ["officer", "admin"] },
      }),
    );
    if (!outcome.ok && outcome.reviewer) return endRefused(conversation, ctx, db, { ok: false, reason: outcome.reviewer, conflicts: [] });
    if (!outcome.ok && outcome.status === "returned") {
      await ctx.reply(ctx.t("review-already-returned", { period: view.period.name, group: view.group.name }));
      return;
    }
    if (!outcome.ok) {
      await ctx.reply(ctx.t("review-cannot-return", { group: view.group.name }));
      return;
    }
    const leaders = await conversation.external(() => leaderContacts(db, args.wardId, args.groupId));
    const notified = await notifyLeaders(
      ctx.api,
      leaders,
      leaderMessage("review-leader-returned", { period: view.period.name, group: view.group.name, comment, items: chosenLabels }),
      { logger, onBlocked: (memberId) => conversation.external(() => markMemberBlocked(db, memberId, clock.now())) },
    );
    if (cut) await ctx.reply(ctx.t("review-comment-cut", { max: MAX_REVIEW_COMMENT_LENGTH }));
    await ctx.reply(
      notified.sent > 0
        ? ctx.t("review-returned-done", { group: view.group.name, count: notified.reached.length, names: notified.reached.join(", ") })
        : ctx.t("review-returned-no-leader", { group: view.group.name }),
    );
    if (args.messageId !== null) {
      const fresh = await conversation.external(() => groupReportView(db, args.wardId, args.periodId, args.groupId));
      if (fresh) {
        await ctx.api
          .editMessageText(ctx.chatId!, args.messageId, groupViewText(ctx, fresh), { reply_markup: groupViewKeyboard(ctx, fresh, true) })
          .catch(() => {});
      }
    }
  };
}
