// Managers invite people: /moi or "➕ Mời thành viên".
import { createConversation } from "@grammyjs/conversations";
import { hears } from "@grammyjs/i18n";
import { Composer } from "grammy";
import { decideClaim } from "../../../db/repos/invite-claims.js";
import { forgetChoice } from "../../../db/repos/ward-choice.js";
import { addressing } from "../../addressing.js";
import { setMemberCommands } from "../../commands.js";
import type { BotContext, Services } from "../../context.js";
import { mainMenu } from "../../keyboards.js";
import { isManager, roleText } from "../../roles.js";
import { CLAIM_PATTERN } from "./claim-callback.js";
import { STEP_TIMEOUT_MS } from "../progress/conversation-input.js";
import { INVITE_CREATE, INVITE_PREFIX, type InviteArgs, inviteConversation } from "./invite-conversation.js";

export { INVITE_CREATE } from "./invite-conversation.js";

export function inviteConversations(services: Pick<Services, "db" | "clock" | "zaloBotLink">) {
  return createConversation(inviteConversation(services), { id: INVITE_CREATE, maxMillisecondsToWait: STEP_TIMEOUT_MS });
}

export function invitesFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const start = async (ctx: BotContext) => {
    const member = ctx.member;
    if (!member || !isManager(member)) {
      await ctx.reply(ctx.t("invite-create-not-allowed"));
      return;
    }
    const args: InviteArgs = { wardId: member.wardId, creatorId: member.id, timeZone: member.ward.timeZone };
    await ctx.conversation.enter(INVITE_CREATE, args);
  };
  composer.command("moi", start);
  composer.filter(hears("menu-invite"), start);
  // The inviter confirms or refuses an officer-level invite someone opened. Applied once: a
  // second press, or one redelivered after a crash, says it is done already.
  composer.callbackQuery(CLAIM_PATTERN, async (ctx) => {
    const member = ctx.member;
    if (!member || !isManager(member)) return void (await ctx.answerCallbackQuery({ text: ctx.t("invite-confirm-not-yours"), show_alert: true }));
    const confirm = ctx.match[1] === "ok";
    const { db, clock, logger } = ctx.services;
    const decision = await decideClaim(db, { inviteId: Number(ctx.match[2]), telegramId: ctx.match[3]!, deciderId: member.id, confirm, now: clock.now() });
    if (decision.kind === "not_yours") return void (await ctx.answerCallbackQuery({ text: ctx.t("invite-confirm-not-yours"), show_alert: true }));
    await ctx.answerCallbackQuery();
    await ctx.editMessageReplyMarkup().catch(() => {});
    if (decision.kind === "gone") return void (await ctx.reply(ctx.t("invite-confirm-gone")));
    if (decision.kind === "already") return void (await ctx.reply(ctx.t(decision.confirmed ? "invite-confirm-already" : "invite-refuse-already", { name: decision.fullName })));
    const claimant = Number(decision.claim.telegramId);
    const them = addressing(decision.claim.salutation);
    if (decision.kind === "refused") {
      await ctx.reply(ctx.t("invite-refuse-done", { name: decision.claim.fullName }));
      await ctx.api.sendMessage(claimant, ctx.t("invite-claim-refused", { ...them, role: roleText(ctx, decision.role, decision.groupName), ward: decision.wardName })).catch((error: unknown) => logger.warn({ err: error }, "refusal not delivered"));
      return;
    }
    const role = roleText(ctx, decision.role, decision.groupName);
    await ctx.reply(ctx.t("invite-confirm-done", { name: decision.claim.fullName, role, ward: decision.wardName }));
    await forgetChoice(db, BigInt(decision.claim.telegramId));
    await setMemberCommands(ctx.api, claimant, decision.role, { db }).catch((error: unknown) => logger.warn({ err: error }, "setMyCommands failed"));
    await ctx.api
      .sendMessage(claimant, ctx.t("registered", { ...them, name: decision.claim.fullName, role }), {
        reply_markup: { keyboard: mainMenu(ctx, { role: decision.role }).build(), resize_keyboard: true, is_persistent: true },
      })
      .catch((error: unknown) => logger.warn({ err: error }, "confirmation not delivered"));
  });

  // A button of an invite conversation that already ended.
  composer.callbackQuery(new RegExp(`^${INVITE_PREFIX}`), (ctx) =>
    ctx.answerCallbackQuery({ text: ctx.t("invite-create-expired"), show_alert: true }),
  );
  return composer;
}
