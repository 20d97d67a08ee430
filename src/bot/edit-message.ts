// Edits the pressed message in place; "message is not modified" (the same content) is no error.
import { GrammyError, type InlineKeyboard } from "grammy";
import type { BotContext } from "./context.js";

export async function editPressed(ctx: BotContext, text: string, reply_markup: InlineKeyboard): Promise<void> {
  try {
    await ctx.editMessageText(text, { reply_markup });
  } catch (error) {
    if (!(error instanceof GrammyError && error.description.includes("message is not modified"))) throw error;
  }
}
