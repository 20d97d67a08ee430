// Messages to a group's leaders about their report. A leader who blocked the bot is marked
// (Telegram answers 403); any other failure is logged and counted, never thrown.
import { type Api, GrammyError } from "grammy";
import { keyForChat } from "../../../channels/words.js";
import type { LeaderContact } from "../../../db/repos/review.js";
import type { Logger } from "../../../logger.js";
import { addressing } from "../../addressing.js";
import { t as translate } from "../reminders/render.js";

export interface NotifyResult {
  sent: number;
  failed: number;
  /** The full names of the leaders reached, each once (one person may have two accounts). */
  reached: string[];
}

/**
 * A message to each leader in the words of the leader's own channel (a Zalo leader reads the
 * `zalo--` variant whatever the sender's channel; ctx.t would follow the sender's) and in the
 * leader's own "ông"/"bà".
 */
export function leaderMessage(key: string, vars: Record<string, string | number>): (leader: LeaderContact) => string {
  return (leader) => translate(keyForChat(key, leader.chatId), { ...vars, ...addressing(leader.salutation) });
}

export async function notifyLeaders(
  api: Api,
  leaders: LeaderContact[],
  /** The message, in each leader's own channel words and addressing: leaderMessage(key, vars). */
  text: (leader: LeaderContact) => string,
  options: { logger: Logger; onBlocked(memberId: number): Promise<unknown> },
): Promise<NotifyResult> {
  const result: NotifyResult = { sent: 0, failed: 0, reached: [] };
  for (const leader of leaders) {
    try {
      await api.sendMessage(leader.chatId, text(leader));
      result.sent += 1;
      if (!result.reached.includes(leader.fullName)) result.reached.push(leader.fullName);
    } catch (error) {
      result.failed += 1;
      if (error instanceof GrammyError && error.error_code === 403) await options.onBlocked(leader.memberId);
      else options.logger.warn({ err: error, memberId: leader.memberId }, "leader notification failed");
    }
  }
  return result;
}
