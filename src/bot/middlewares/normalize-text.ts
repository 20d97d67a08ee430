// All text is cleaned before anything parses or stores it: NFC, without the characters that
// break XML files or PostgreSQL text and without bidirectional overrides (see cleanText).
import type { NextFunction } from "grammy";
import { cleanText } from "../../domain/text.js";
import type { BaseContext } from "../context.js";

export async function normalizeText(ctx: BaseContext, next: NextFunction): Promise<void> {
  const message = ctx.update.message ?? ctx.update.edited_message;
  if (message?.text) message.text = cleanText(message.text);
  if (message?.caption) message.caption = cleanText(message.caption);
  await next();
}
