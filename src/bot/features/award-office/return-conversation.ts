// "Trả lại một dòng": the officer types the reason; the line is returned and the group's
// leaders read the line and the reason, with how to correct it.
import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard } from "grammy";
import { lineText } from "../nominations/render.js";
import { returnLine } from "../../../db/repos/nominations/office.js";
import { leaderContacts, markMemberBlocked, MAX_REVIEW_COMMENT_LENGTH } from "../../../db/repos/review.js";
import { capFreeText, normalizeMultilineText } from "../../../domain/text.js";
import type { BotContext, ConversationContext, Services } from "../../context.js";
import { endRefused } from "../../conversation-guard.js";
import { waitInput } from "../progress/conversation-input.js";
import { leaderMessage, notifyLeaders } from "../progress/notify.js";

export const AWARD_RETURN = "award-return";
const PREFIX = "ko:";
const CANCEL = `${PREFIX}x`;

export interface AwardReturnArgs {
  wardId: number;
  memberId: number;
  lineId: number;
  periodName: string;
  groupName: string;
}

export function awardReturnConversation(services: Pick<Services, "db" | "clock" | "logger">) {
  const { db, clock, logger } = services;
  return async function awardReturn(conversation: Conversation<BotContext, ConversationContext>, ctx: ConversationContext, args: AwardReturnArgs) {
    const line = await conversation.external(() => db.nominationLine.findFirst({ where: { id: args.lineId, nomination: { wardId: args.wardId } }, include: { form: { select: { code: true } } } }));
    if (!line) return void (await ctx.reply(ctx.t("award-office-not-found")));
    const shown = lineText(ctx, { name: line.name, address: line.address, achievement: line.achievement, formCode: line.form.code });
    await ctx.reply(ctx.t("award-return-ask", { line: shown, max: MAX_REVIEW_COMMENT_LENGTH }), { reply_markup: new InlineKeyboard().text(ctx.t("award-return-cancel"), CANCEL) });
    let reason = "";
    while (!reason) {
      const input = await waitInput(conversation, { prefix: PREFIX, acceptText: true, hint: (other) => other.reply(ctx.t("award-return-ask-again")) });
      if (input.kind === "button") {
        await input.ctx.answerCallbackQuery();
        if (input.data === CANCEL) return void (await ctx.reply(ctx.t("award-return-cancelled")));
        continue;
      }
      reason = capFreeText(normalizeMultilineText(input.text), MAX_REVIEW_COMMENT_LENGTH).text;
      if (!reason) await ctx.reply(ctx.t("award-return-ask-again"));
    }
    const outcome = await conversation.external(() => returnLine(db, { actor: { memberId: args.memberId, wardId: args.wardId, roles: ["officer", "admin"] }, lineId: args.lineId, reason, at: clock.now() }));
    if (!outcome.ok) {
      if (outcome.reason === "report_status") return void (await ctx.reply(ctx.t("award-return-not-possible")));
      return endRefused(conversation, ctx, db, outcome);
    }
    const leaders = await conversation.external(() => leaderContacts(db, args.wardId, outcome.value.groupId));
    const sent = await notifyLeaders(
      ctx.api,
      leaders,
      leaderMessage("nomination-leader-returned", { period: args.periodName, group: args.groupName, line: shown, reason }),
      { logger, onBlocked: (memberId) => conversation.external(() => markMemberBlocked(db, memberId, clock.now())) },
    );
    await ctx.reply(ctx.t(sent.sent > 0 ? "award-return-done" : "award-return-done-no-leader", { line: shown, group: args.groupName }), {
      reply_markup: new InlineKeyboard().text(ctx.t("award-office-button-back-group"), `kt:g:${outcome.value.periodId}:${outcome.value.groupId}`),
    });
  };
}
