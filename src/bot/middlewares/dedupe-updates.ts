// The same update delivered twice has no second effect: an update is marked as processed
// once its handling finished (together with the conversation state it wrote, see kv-store.ts);
// a redelivered one that is already marked is dropped.
//
// The duplicate check is the update's first statement, and it reads what the next steps would
// each have asked for (one round trip instead of four): the writer's memberships (for
// loadMember) and the chat's conversation state (for the conversations plugin, through
// kv-store's prefetched values). It runs under the chat's lock, so nothing changes them between.
import type { NextFunction } from "grammy";
import { conversationStateKey, handlingUpdate } from "../../db/repos/kv-store.js";
import { beginUpdate, markProcessed } from "../../db/repos/processed-updates.js";
import { wardChoiceKey } from "../../db/repos/ward-choice.js";
import type { BaseContext } from "../context.js";
import { prefetchMemberships } from "./load-member.js";

export async function dedupeUpdates(ctx: BaseContext, next: NextFunction): Promise<void> {
  const { db, logger } = ctx.services;
  const botId = ctx.me.id;
  const updateId = ctx.update.update_id;
  const telegramId = ctx.from && !ctx.from.is_bot ? BigInt(ctx.from.id) : undefined;
  const stateKey = ctx.chatId === undefined ? undefined : conversationStateKey(ctx.chatId);
  const choiceKey = telegramId === undefined ? undefined : wardChoiceKey(telegramId);
  const keys = [stateKey, choiceKey].filter((key): key is string => key !== undefined);
  const start = await beginUpdate(db, { botId, updateId, ...(telegramId === undefined ? {} : { telegramId }), keys });
  if (start.processed) {
    logger.info({ update_id: updateId }, "duplicate update dropped");
    return;
  }
  if (telegramId !== undefined) prefetchMemberships(ctx, start.memberships, choiceKey ? start.values.get(choiceKey) : null);
  const prefetched = new Map(stateKey === undefined ? [] : [[stateKey, start.values.get(stateKey) ?? null]]);
  const { marked } = await handlingUpdate({ botId, updateId, prefetched }, () => next());
  // Most steps wrote conversation state, which marked the update in the same transaction.
  if (!marked) await markProcessed(db, botId, updateId);
}
