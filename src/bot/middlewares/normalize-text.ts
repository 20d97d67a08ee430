// All text is normalised to NFC before anything parses or stores it.
import type { NextFunction } from "grammy";
import type { BaseContext } from "../context.js";

export async function normalizeText(ctx: BaseContext, next: NextFunction): Promise<void> {
  const message = ctx.update.message ?? ctx.update.edited_message;
  if (message?.text) message.text = message.text.normalize("NFC");
  if (message?.caption) message.caption = message.caption.normalize("NFC");
  await next();
}
