// What every conversation does when a write is refused because the world changed under it
// (the member deactivated or moved, the period closed, the report approved), and when the
// person comes back after the conversation waited too long: one clear line, the menu of
// who they are now, and the conversation ends. What was saved stays saved.
import type { Conversation, ConversationFlavor } from "@grammyjs/conversations";
import type { Middleware } from "grammy";
import { membershipsInOrder } from "../db/repos/ward-choice.js";
import type { Refusal, RefusalReason } from "../db/repos/write-guard.js";
import type { Role } from "../domain/types.js";
import type { BaseContext, ConversationContext, Services } from "./context.js";
import { mainMenu } from "./keyboards.js";

type Convo = Conversation<ConversationFlavor<BaseContext>, ConversationContext>;

const DEFAULT_KEYS: Record<RefusalReason, string> = {
  member_inactive: "write-refused-member-inactive",
  member_changed: "write-refused-member-changed",
  period_closed: "write-refused-period-closed",
  report_approved: "write-refused-member-changed",
  report_status: "write-refused-member-changed",
  invalid: "write-refused-member-changed",
};

/** The reply keyboard of who the person is now (none if no longer a member). */
async function currentMenu(conversation: Convo, ctx: ConversationContext, db: Services["db"]) {
  const userId = ctx.from?.id;
  const role: Role | null = userId === undefined ? null : await conversation.external(() => membershipsInOrder(db, BigInt(userId)).then((rows) => rows[0]?.role ?? null));
  return role ? mainMenu(ctx, { role }) : { remove_keyboard: true as const };
}

/** Says why the write was refused (`texts` overrides the line per reason) and ends the conversation. */
export async function endRefused(
  conversation: Convo,
  ctx: ConversationContext,
  db: Services["db"],
  refusal: Refusal,
  texts: Partial<Record<RefusalReason, string>> = {},
): Promise<never> {
  const text = texts[refusal.reason] ?? ctx.t(DEFAULT_KEYS[refusal.reason]);
  await ctx.reply(text, { reply_markup: await currentMenu(conversation, ctx, db) });
  return conversation.halt();
}

/** Default bound on how long a conversation waits for the next answer. */
export const DEFAULT_CONVERSATION_TIMEOUT_MS = 24 * 60 * 60 * 1000;

const lastSeen = new WeakMap<object, number>();

/**
 * A conversation plugin: an update that arrives more than `timeoutMs` after the previous
 * one of the same conversation ends it, with one line and the person's menu. The time is
 * the conversation's own (`conversation.now()`, replayed), so replays decide the same way.
 */
export function conversationTimeout(db: Services["db"], timeoutMs: number) {
  return async (conversation: Convo): Promise<Middleware<ConversationContext>> => {
    const now = await conversation.now();
    const previous = lastSeen.get(conversation);
    lastSeen.set(conversation, now);
    const expired = previous !== undefined && now - previous > timeoutMs;
    return async (ctx, next) => {
      if (!expired) return next();
      if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => {});
      await ctx.reply(ctx.t("conversation-expired"), { reply_markup: await currentMenu(conversation, ctx, db) });
      await conversation.halt();
    };
  };
}
