// "Sửa một dòng": the officer corrects a line's name, address or achievement text before the
// decision (what the group sent had a typo, the posting brought a correction). The old and the
// new text go to the audit; a line in a signed decision is not edited (a correction is a new decision).
import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard } from "grammy";
import { HOUSEHOLD_FORM } from "../../../db/repos/nominations/leader.js";
import { editLineByOffice, type OfficeLineField } from "../../../db/repos/nominations/office.js";
import { MAX_ACHIEVEMENT_LENGTH, MAX_ADDRESS_LENGTH, MAX_NAME_LENGTH } from "../../../domain/nominations/index.js";
import type { Refusal } from "../../../db/repos/write-guard.js";
import { capFreeText, normalizeMultilineText, normalizeText } from "../../../domain/text.js";
import type { BotContext, ConversationContext, Services } from "../../context.js";
import { endRefused } from "../../conversation-guard.js";
import { lineText } from "../nominations/render.js";
import { waitInput } from "../progress/conversation-input.js";

export const AWARD_EDIT = "award-edit";
const PREFIX = "ke:";
const CANCEL = `${PREFIX}x`;

export interface AwardEditArgs {
  wardId: number;
  memberId: number;
  lineId: number;
}

const MAX: Record<OfficeLineField, number> = { name: MAX_NAME_LENGTH, address: MAX_ADDRESS_LENGTH, achievement: MAX_ACHIEVEMENT_LENGTH };

export function awardEditConversation(services: Pick<Services, "db" | "clock">) {
  const { db, clock } = services;
  return async function awardEdit(conversation: Conversation<BotContext, ConversationContext>, ctx: ConversationContext, args: AwardEditArgs) {
    const line = await conversation.external(() =>
      db.nominationLine.findFirst({
        where: { id: args.lineId, nomination: { wardId: args.wardId } },
        include: { form: { select: { code: true } }, decisionLines: { select: { decision: { select: { status: true } } } } },
      }),
    );
    if (!line) return void (await ctx.reply(ctx.t("award-office-not-found")));
    const shown = lineText(ctx, { name: line.name, address: line.address, achievement: line.achievement, formCode: line.form.code });
    if (line.decisionLines.some((row) => row.decision.status === "signed")) return void (await ctx.reply(ctx.t("award-edit-signed", { line: shown })));
    const household = line.form.code === HOUSEHOLD_FORM;
    const fields: OfficeLineField[] = household ? ["name", "address"] : ["name", "address", "achievement"];
    const keyboard = new InlineKeyboard();
    for (const field of fields) keyboard.text(ctx.t(`award-edit-field-${field}`), `${PREFIX}f:${field}`).row();
    keyboard.text(ctx.t("award-edit-cancel"), CANCEL);
    await ctx.reply(ctx.t("award-edit-ask-field", { line: shown }), { reply_markup: keyboard });
    let field: OfficeLineField | null = null;
    while (!field) {
      const input = await waitInput(conversation, { prefix: PREFIX, acceptText: false, hint: (other) => other.reply(ctx.t("award-edit-ask-field-again")) });
      if (input.kind !== "button") continue;
      await input.ctx.answerCallbackQuery();
      if (input.data === CANCEL) return void (await ctx.reply(ctx.t("award-edit-cancelled")));
      const picked = input.data.slice(`${PREFIX}f:`.length) as OfficeLineField;
      if (fields.includes(picked)) field = picked;
    }
    const chosen = field;
    await ctx.reply(ctx.t("award-edit-ask-value", { field: ctx.t(`award-edit-field-${chosen}`), current: line[chosen] || ctx.t("award-edit-empty"), max: MAX[chosen] }), {
      reply_markup: new InlineKeyboard().text(ctx.t("award-edit-cancel"), CANCEL),
    });
    let value = "";
    while (!value) {
      const input = await waitInput(conversation, { prefix: PREFIX, acceptText: true, hint: (other) => other.reply(ctx.t("award-edit-ask-value-again")) });
      if (input.kind === "button") {
        await input.ctx.answerCallbackQuery();
        if (input.data === CANCEL) return void (await ctx.reply(ctx.t("award-edit-cancelled")));
        continue;
      }
      const clean = chosen === "achievement" ? normalizeMultilineText(input.text) : normalizeText(input.text);
      const capped = capFreeText(clean, MAX[chosen]);
      if (capped.cut) {
        await ctx.reply(ctx.t("award-edit-too-long", { max: MAX[chosen] }));
        continue;
      }
      value = capped.text;
      if (!value) await ctx.reply(ctx.t("award-edit-ask-value-again"));
    }
    const typed = value;
    const outcome = await conversation.external(() => editLineByOffice(db, { actor: { memberId: args.memberId, wardId: args.wardId, roles: ["officer", "admin"] }, lineId: args.lineId, field: chosen, value: typed, at: clock.now() }));
    if (!outcome.ok) {
      if (outcome.reason === "signed") return void (await ctx.reply(ctx.t("award-edit-signed", { line: shown })));
      if (outcome.reason === "not_editable" || outcome.reason === "report_status") return void (await ctx.reply(ctx.t("award-edit-not-editable")));
      if (outcome.reason === "unchanged") return void (await ctx.reply(ctx.t("award-edit-unchanged")));
      return endRefused(conversation, ctx, db, outcome as Refusal);
    }
    await ctx.reply(ctx.t("award-edit-done", { field: ctx.t(`award-edit-field-${chosen}`), from: outcome.value.from || ctx.t("award-edit-empty"), to: outcome.value.to }), {
      reply_markup: new InlineKeyboard().text(ctx.t("award-office-button-back-group"), `kt:g:${outcome.value.periodId}:${outcome.value.groupId}`),
    });
  };
}
