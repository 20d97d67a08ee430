// Messages to a group's leaders about their report. A leader who blocked the bot is marked
// (Telegram answers 403); any other failure is logged and counted, never thrown.
import { type Api, GrammyError } from "grammy";
import type { LeaderContact } from "../../../db/repos/review.js";
import type { Logger } from "../../../logger.js";

export interface NotifyResult {
  sent: number;
  failed: number;
}

export async function notifyLeaders(
  api: Api,
  leaders: LeaderContact[],
  /** The message, in each leader's own addressing: (leader) => ctx.t(key, { ...vars, ...addressing(leader.salutation) }). */
  text: (leader: LeaderContact) => string,
  options: { logger: Logger; onBlocked(memberId: number): Promise<unknown> },
): Promise<NotifyResult> {
  const result: NotifyResult = { sent: 0, failed: 0 };
  for (const leader of leaders) {
    try {
      await api.sendMessage(leader.chatId, text(leader));
      result.sent += 1;
    } catch (error) {
      result.failed += 1;
      if (error instanceof GrammyError && error.error_code === 403) await options.onBlocked(leader.memberId);
      else options.logger.warn({ err: error, memberId: leader.memberId }, "leader notification failed");
    }
  }
  return result;
}
