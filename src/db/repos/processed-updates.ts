// Update ids already handled: a redelivered update (a crash before Telegram saw the
// confirmation, or a webhook retry) has no second effect.
import type { Db } from "../client.js";
import { Prisma } from "../generated/sqlite/client.js";
import { MEMBERSHIP_COLUMNS, MEMBERSHIP_ORDER, type Membership, membershipFromRow, membershipsFrom } from "./members.js";

export async function wasProcessed(db: Db, botId: number, updateId: number): Promise<boolean> {
  const row = await db.processedUpdate.findUnique({
    where: { botId_updateId: { botId: BigInt(botId), updateId: BigInt(updateId) } },
  });
  return row !== null;
}

export interface UpdateStart {
  /** The update was handled before (a redelivery): drop it. */
  processed: boolean;
  /** Who wrote it (membershipsOf), when asked for. */
  memberships: Membership[];
  /** The stored values of the keys asked for (null: no row). */
  values: Map<string, string | null>;
}

/**
 * What the start of every update reads, in one statement instead of one each: whether it was
 * handled before, the writer's memberships with ward and group, and stored key-value rows (the
 * chat's conversation state, the writer's ward choice). Run under the chat's lock, so what it
 * reads is what the handling would have read a moment later.
 */
export async function beginUpdate(
  db: Db,
  update: { botId: number; updateId: number; telegramId?: bigint; keys?: readonly string[] },
): Promise<UpdateStart> {
  const keys = update.keys ?? [];
  const processed = Prisma.sql`(SELECT 1 FROM "ProcessedUpdate" WHERE "botId" = ${BigInt(update.botId)} AND "updateId" = ${BigInt(update.updateId)}) AS "processed"`;
  const values = keys.map((key, i) => Prisma.sql`(SELECT "value" FROM "ConversationState" WHERE "key" = ${key}) AS ${Prisma.raw(`"value_${i}"`)}`);
  const head = Prisma.join([processed, ...values], ", ");
  // One row at least (no member: the member columns are null), one per membership otherwise.
  const rows = await db.$queryRaw<Array<Record<string, unknown>>>(
    update.telegramId === undefined
      ? Prisma.sql`SELECT ${head}`
      : Prisma.sql`SELECT ${head}, ${MEMBERSHIP_COLUMNS} FROM ${membershipsFrom(update.telegramId)} ${MEMBERSHIP_ORDER}`,
  );
  const first = rows[0] ?? {};
  return {
    processed: first["processed"] !== null && first["processed"] !== undefined,
    memberships: rows.map(membershipFromRow).filter((member): member is Membership => member !== null),
    values: new Map(keys.map((key, i) => [key, (first[`value_${i}`] as string | null | undefined) ?? null])),
  };
}

/** The statement that marks an update handled (nothing if it already is), to run alone or in a batch. */
export const processedMark = (db: Db, botId: number, updateId: number, now = new Date()) =>
  db.$executeRaw`INSERT INTO "ProcessedUpdate" ("botId", "updateId", "processedAt") VALUES (${BigInt(botId)}, ${BigInt(updateId)}, ${now})
    ON CONFLICT ("botId", "updateId") DO NOTHING`;

export async function markProcessed(db: Db, botId: number, updateId: number): Promise<void> {
  await processedMark(db, botId, updateId);
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
