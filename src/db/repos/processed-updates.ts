// Update ids already handled: a redelivered update (a crash before Telegram saw the
// confirmation, or a webhook retry) has no second effect.
import type { Db } from "../client.js";
import { isUniqueViolation } from "../errors.js";

export async function wasProcessed(db: Db, botId: number, updateId: number): Promise<boolean> {
  const row = await db.processedUpdate.findUnique({
    where: { botId_updateId: { botId: BigInt(botId), updateId: BigInt(updateId) } },
  });
  return row !== null;
}

export async function markProcessed(db: Db, botId: number, updateId: number): Promise<void> {
  try {
    await db.processedUpdate.create({ data: { botId: BigInt(botId), updateId: BigInt(updateId) } });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
}

export async function pruneProcessed(db: Db, olderThan: Date): Promise<number> {
  const result = await db.processedUpdate.deleteMany({ where: { processedAt: { lt: olderThan } } });
  return result.count;
}

/**
 * How long handled update ids are kept. Telegram keeps an unconfirmed update for 24 hours
 * and retries a webhook for less; a week is safely past any redelivery.
 */
export const PROCESSED_UPDATE_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;
export const PRUNE_EVERY_MS = 6 * 60 * 60 * 1000;

/** Prunes once now and then every few hours (idempotent: several processes may do it). */
export function startPruningProcessedUpdates(
  db: Db,
  logger: { info(obj: object, msg: string): void; warn(obj: object, msg: string): void },
  now: () => number = Date.now,
): { stop(): void } {
  const prune = () =>
    pruneProcessed(db, new Date(now() - PROCESSED_UPDATE_RETENTION_MS)).then(
      (count) => count > 0 && logger.info({ count }, "old processed update ids pruned"),
      (error: unknown) => logger.warn({ err: error }, "pruning processed update ids failed"),
    );
  void prune();
  const timer = setInterval(() => void prune(), PRUNE_EVERY_MS).unref();
  return { stop: () => clearInterval(timer) };
}
