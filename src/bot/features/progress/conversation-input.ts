// Waiting for input inside a short conversation: a button of this conversation (callback
// data with its prefix) or, where allowed, a typed text. Anything else (a menu button, a
// button of another message) ends the conversation and goes on to the rest of the bot, so
// an officer who turns to something else is never stuck.
import type { Conversation } from "@grammyjs/conversations";
import type { BotContext, ConversationContext } from "../../context.js";

/** How long a step waits before the conversation quietly ends. */
export const STEP_TIMEOUT_MS = 60 * 60 * 1000;

const MENU_KEYS = [
  "menu-report",
  "menu-pledge",
  "menu-view-report",
  "menu-help",
  "menu-progress",
  "menu-reports",
  "menu-invite",
  "menu-nominate",
  "menu-awards",
  "button-cancel",
  "button-cancel-former",
];

/** Whether the text is one of the reply-keyboard menu buttons. */
export function isMenuText(ctx: ConversationContext, text: string): boolean {
  return MENU_KEYS.some((key) => ctx.t(key) === text);
}

export type StepInput =
  | { kind: "button"; data: string; ctx: ConversationContext }
  | { kind: "text"; text: string; ctx: ConversationContext };

export interface WaitInputOptions {
  /** Callback data prefix of this conversation's buttons, e.g. "rvi:". */
  prefix: string;
  acceptText: boolean;
  /** Said when the person sends something this step cannot use (a photo, or text where a button is expected). */
  hint(ctx: ConversationContext): Promise<unknown>;
}

export async function waitInput(
  conversation: Conversation<BotContext, ConversationContext>,
  options: WaitInputOptions,
): Promise<StepInput> {
  for (;;) {
    const next = await conversation.wait({ maxMilliseconds: STEP_TIMEOUT_MS });
    const data = next.callbackQuery?.data;
    if (next.callbackQuery) {
      if (data !== undefined && data.startsWith(options.prefix)) return { kind: "button", data, ctx: next };
      return conversation.halt({ next: true });
    }
    const text = next.message?.text;
    if (text !== undefined && isMenuText(next, text)) return conversation.halt({ next: true });
    if (text !== undefined && options.acceptText) return { kind: "text", text, ctx: next };
    await options.hint(next);
  }
}
