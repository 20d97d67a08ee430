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
