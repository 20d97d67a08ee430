// Managers invite people: /moi or "➕ Mời thành viên".
import { createConversation } from "@grammyjs/conversations";
import { hears } from "@grammyjs/i18n";
import { Composer } from "grammy";
import type { BotContext, Services } from "../../context.js";
import { isManager } from "../../roles.js";
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
  // A button of an invite conversation that already ended.
  composer.callbackQuery(new RegExp(`^${INVITE_PREFIX}`), (ctx) =>
    ctx.answerCallbackQuery({ text: ctx.t("invite-create-expired"), show_alert: true }),
  );
  return composer;
}
