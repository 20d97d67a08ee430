// Officials follow the open period (/tiendo, "📊 Tiến độ các tổ"), open a group's report,
// and managers approve it, return it for completion, or reopen an approved one.
import { editPressed } from "../../edit-message.js";
import { createConversation } from "@grammyjs/conversations";
import { hears } from "@grammyjs/i18n";
import { Composer } from "grammy";
import { currentProgress, groupReportView, periodProgress } from "../../../db/repos/progress.js";
import { approveReport, leaderContacts, markMemberBlocked, reopenReport, type ReviewOutcome } from "../../../db/repos/review.js";
import type { BotContext, Membership, Services } from "../../context.js";
import { isManager, isOfficial } from "../../roles.js";
import { GROUP_PATTERN, ids, LIST_PATTERN, PICK_PREFIX, REVIEW_PATTERN } from "./callback-data.js";
import { STEP_TIMEOUT_MS } from "./conversation-input.js";
import { leaderMessage, notifyLeaders } from "./notify.js";
import { groupViewKeyboard, groupViewText, progressKeyboard, progressText, stateText } from "./render.js";
import { REVIEW_RETURN, type ReturnArgs, returnConversation } from "./return-conversation.js";

export { REVIEW_RETURN } from "./return-conversation.js";

export function reviewConversations(services: Pick<Services, "db" | "clock" | "logger">) {
  return createConversation(returnConversation(services), { id: REVIEW_RETURN, maxMillisecondsToWait: STEP_TIMEOUT_MS });
}

/** The member if they may read progress; otherwise says why not and returns null. */
async function official(ctx: BotContext): Promise<Membership | null> {
  const member = ctx.member;
  if (member && isOfficial(member)) return member;
  const text = ctx.t("progress-leader-refused");
  if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text, show_alert: true });
  else await ctx.reply(text);
  return null;
}


async function alert(ctx: BotContext, key: string, params?: Record<string, string | number>) {
  await ctx.answerCallbackQuery({ text: ctx.t(key, params), show_alert: true });
}

async function explainRefusal(ctx: BotContext, outcome: Extract<ReviewOutcome, { ok: false }>) {
  if (outcome.reviewer) return alert(ctx, "review-refused-member");
  if (!outcome.found) return alert(ctx, "progress-group-not-found");
  if (!outcome.periodOpen) return alert(ctx, "review-period-closed");
  return alert(ctx, "review-status-changed", { status: stateText(ctx, outcome.status ?? "none") });
}

/**
 * A press whose effect is stored already says so in a message, not only in a notice on the
 * button: a press redelivered after a crash can no longer be answered (Telegram's 15 seconds).
 */
async function alreadyDone(ctx: BotContext, key: string, view: { period: { name: string }; group: { name: string } }) {
  await ctx.answerCallbackQuery();
  await ctx.reply(ctx.t(key, { period: view.period.name, group: view.group.name }));
}

export function progressFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  const show = async (ctx: BotContext) => {
    const member = await official(ctx);
    if (!member) return;
    const progress = await currentProgress(ctx.services.db, member.wardId);
    if (!progress) {
      await ctx.reply(ctx.t("progress-no-open-period"));
      return;
    }
    await ctx.reply(progressText(ctx, progress), { reply_markup: progressKeyboard(ctx, progress, 0) });
  };
  composer.command("tiendo", show);
  composer.filter(hears("menu-progress"), show);

  composer.callbackQuery(LIST_PATTERN, async (ctx) => {
    const member = await official(ctx);
    if (!member) return;
    const [periodId = 0, page = 0] = ids(ctx.match, 1, 2);
    const progress = await periodProgress(ctx.services.db, member.wardId, periodId);
    if (!progress) return alert(ctx, "progress-group-not-found");
    await ctx.answerCallbackQuery();
    await editPressed(ctx, progressText(ctx, progress), progressKeyboard(ctx, progress, page));
  });

  composer.callbackQuery(GROUP_PATTERN, async (ctx) => {
    const member = await official(ctx);
    if (!member) return;
    const [periodId = 0, groupId = 0] = ids(ctx.match, 1, 2);
    const view = await groupReportView(ctx.services.db, member.wardId, periodId, groupId);
    if (!view) return alert(ctx, "progress-group-not-found");
    await ctx.answerCallbackQuery();
    await ctx.reply(groupViewText(ctx, view), { reply_markup: groupViewKeyboard(ctx, view, isManager(member)) });
  });

  composer.callbackQuery(REVIEW_PATTERN, async (ctx) => {
    const member = await official(ctx);
    if (!member) return;
    if (!isManager(member)) return alert(ctx, "review-not-allowed");
    const action = ctx.match[1];
    const [periodId = 0, groupId = 0] = ids(ctx.match, 2, 3);
    const { db, clock, logger } = ctx.services;
    const target = {
      wardId: member.wardId,
      periodId,
      groupId,
      reviewerId: member.id,
      at: clock.now(),
      reviewer: { memberId: member.id, wardId: member.wardId, roles: ["officer", "admin"] as const },
    };

    if (action === "ret") {
      const view = await groupReportView(db, member.wardId, periodId, groupId);
      if (!view) return alert(ctx, "progress-group-not-found");
      if (!view.period.open) return alert(ctx, "review-period-closed");
      if (view.state === "returned") return alreadyDone(ctx, "review-already-returned", view);
      if (view.state !== "submitted") return alert(ctx, "review-status-changed", { status: stateText(ctx, view.state) });
      await ctx.answerCallbackQuery();
      const args: ReturnArgs = {
        wardId: member.wardId,
        reviewerId: member.id,
        periodId,
        groupId,
        messageId: ctx.callbackQuery.message?.message_id ?? null,
      };
      await ctx.conversation.enter(REVIEW_RETURN, args);
      return;
    }

    const outcome = action === "ok" ? await approveReport(db, target) : await reopenReport(db, target);
    if (!outcome.ok && !outcome.reviewer && outcome.found && action === "ok" && outcome.status === "approved") {
      // A second press, or one redelivered after a crash: the approval is stored already.
      const done = await groupReportView(db, member.wardId, periodId, groupId);
      if (done) return alreadyDone(ctx, "review-already-approved", done);
    }
    if (!outcome.ok) {
      await explainRefusal(ctx, outcome);
    } else {
      await ctx.answerCallbackQuery({ text: ctx.t(action === "ok" ? "review-approved-toast" : "review-reopened-toast") });
    }
    const view = await groupReportView(db, member.wardId, periodId, groupId);
    if (view) await editPressed(ctx, groupViewText(ctx, view), groupViewKeyboard(ctx, view, true));
    if (outcome.ok && action === "ok" && view) {
      const leaders = await leaderContacts(db, member.wardId, groupId);
      const text = leaderMessage("review-leader-approved", { period: view.period.name, group: view.group.name });
      await notifyLeaders(ctx.api, leaders, text, {
        logger,
        onBlocked: (memberId) => markMemberBlocked(db, memberId, clock.now()),
      });
    }
  });

  // A button of a return that already ended.
  composer.callbackQuery(new RegExp(`^${PICK_PREFIX}`), (ctx) => alert(ctx, "review-pick-expired"));
  return composer;
}
