// How an invited person gets in, in the words sent to whoever made the invite: the Telegram link
// when the bot is on Telegram, the code to type on Zalo, and where the bot is on Zalo. A ward on
// Zalo only has no Telegram username, so it gets no link (it would open nothing).
import { inviteLink } from "../../../db/repos/member-invites.js";
import { formatShortCode } from "../../../domain/invite-code.js";

type Translate = (key: string, variables?: Record<string, string | number>) => string;

export interface IssuedInvite {
  code: string;
  shortCode: string | null;
}

/** The Telegram link, or null when the bot has no Telegram username. */
export function telegramLink(botUsername: string, invite: IssuedInvite): string | null {
  return botUsername ? inviteLink(botUsername, invite.code) : null;
}

/** The lines after the invite's first paragraph: the code to type, the bot's Zalo link. */
export function inviteTypedWays(t: Translate, invite: IssuedInvite, zaloBotLink: string | null | undefined): string[] {
  const typed = invite.shortCode ? [t("invite-create-code", { code: formatShortCode(invite.shortCode) })] : [];
  const zalo = zaloBotLink ? [t("invite-create-zalo", { link: zaloBotLink })] : [];
  return [...typed, ...zalo];
}
