// How an invited person gets in, in the words sent to whoever made the invite: the Telegram link
// when the bot is on Telegram, the code to type on Zalo, and where the bot is on Zalo. A ward on
// Zalo only has no Telegram username, so it gets no link (it would open nothing).
import { inviteLink } from "../../../db/repos/member-invites.js";
import { formatShortCode } from "../../../domain/invite-code.js";

/** Anything that translates: an update's context or a conversation's. */
interface Words {
  t(key: string, variables?: Record<string, string | number>): string;
}

export interface IssuedInvite {
  code: string;
  shortCode: string | null;
}

/** The Telegram link, or null when the bot has no Telegram username. */
export function telegramLink(botUsername: string, invite: IssuedInvite): string | null {
  return botUsername ? inviteLink(botUsername, invite.code) : null;
}

/** The code to type on Zalo, as a line after a paragraph that gave the Telegram link. */
export function codeLine(ctx: Words, invite: IssuedInvite): string[] {
  return invite.shortCode ? [ctx.t("invite-create-code", { code: formatShortCode(invite.shortCode) })] : [];
}

/** Where the bot is on Zalo, when configured. */
export function zaloLine(ctx: Words, zaloBotLink: string | null | undefined): string[] {
  return zaloBotLink ? [ctx.t("invite-create-zalo", { link: zaloBotLink })] : [];
}
