// A reply that may be longer than one Telegram message: sent as several, cut at line breaks
// (see domain/split-message.ts); the keyboard, if any, goes with the last part.
import type { Context } from "grammy";
import { splitMessage, TELEGRAM_MESSAGE_LIMIT } from "../domain/split-message.js";

type ReplyOther = Parameters<Context["reply"]>[1];

export async function replyInParts(ctx: Pick<Context, "reply">, text: string, other?: ReplyOther): Promise<void> {
  const parts = splitMessage(text, TELEGRAM_MESSAGE_LIMIT);
  for (const [index, part] of parts.entries()) await ctx.reply(part, index === parts.length - 1 ? other : undefined);
}
