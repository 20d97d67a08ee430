// Messages to other members (council members, the chairman, the officers): each in the
// person's own addressing; a member who blocked the bot is marked, nothing is thrown.
import { type Api, GrammyError, type InlineKeyboard } from "grammy";
import type { Db } from "../../../db/client.js";
import { markMemberBlocked } from "../../../db/repos/review.js";
import type { Salutation } from "../../../domain/types.js";
import type { Logger } from "../../../logger.js";
import { addressing, type Addressing } from "../../addressing.js";

export interface Recipient {
  id: number;
  telegramId: bigint | null;
  salutation: Salutation | null;
}

export async function notifyMembers(
  api: Api,
  recipients: Recipient[],
  text: (you: Addressing) => string,
  /** markBlocked: inside a conversation, wrap the write in conversation.external. */
  options: { db: Db; logger: Logger; at: Date; keyboard?: (recipient: Recipient) => InlineKeyboard; markBlocked?: (memberId: number, at: Date) => Promise<unknown> },
): Promise<number> {
  let sent = 0;
  for (const recipient of recipients) {
    if (recipient.telegramId === null) continue;
    try {
      await api.sendMessage(Number(recipient.telegramId), text(addressing(recipient.salutation)), options.keyboard ? { reply_markup: options.keyboard(recipient) } : {});
      sent += 1;
    } catch (error) {
      if (error instanceof GrammyError && error.error_code === 403) await (options.markBlocked ?? ((memberId: number, at: Date) => markMemberBlocked(options.db, memberId, at)))(recipient.id, options.at);
      else options.logger.warn({ err: error, memberId: recipient.id }, "award notification failed");
    }
  }
  return sent;
}

export async function membersWithRole(db: Db, wardId: number, roles: Array<"officer" | "admin" | "chair" | "council">) {
  return db.member.findMany({ where: { wardId, role: { in: roles }, active: true }, orderBy: { id: "asc" }, select: { id: true, telegramId: true, salutation: true, fullName: true, role: true } });
}
