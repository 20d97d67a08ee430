// The same update delivered twice has no second effect: an update is marked as processed
// once its handling finished (together with the conversation state it wrote, see kv-store.ts);
// a redelivered one that is already marked is dropped.
import type { NextFunction } from "grammy";
import { handlingUpdate } from "../../db/repos/kv-store.js";
import { markProcessed, wasProcessed } from "../../db/repos/processed-updates.js";
import type { BaseContext } from "../context.js";

export async function dedupeUpdates(ctx: BaseContext, next: NextFunction): Promise<void> {
  const { db, logger } = ctx.services;
  if (await wasProcessed(db, ctx.me.id, ctx.update.update_id)) {
    logger.info({ update_id: ctx.update.update_id }, "duplicate update dropped");
    return;
  }
  const { marked } = await handlingUpdate({ botId: ctx.me.id, updateId: ctx.update.update_id }, () => next());
  // Most steps wrote conversation state, which marked the update in the same transaction.
  if (!marked) await markProcessed(db, ctx.me.id, ctx.update.update_id);
}
