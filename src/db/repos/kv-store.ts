// grammY storage adapter (read / write / delete) on the ConversationState table: conversation
// state lives in the database, so it survives a restart and is shared by every process.
//
// When the state is written while an update is being handled (see `handlingUpdate`), the
// update is marked as processed in the same transaction: a crash can no longer fall between
// the two, where a redelivered answer would be replayed against the state that already
// holds it and be taken as the answer to the next question.
import { AsyncLocalStorage } from "node:async_hooks";
import type { Db } from "../client.js";

export interface KeyValueAdapter<T> {
  read(key: string): Promise<T | undefined>;
  write(key: string, value: T): Promise<void>;
  delete(key: string): Promise<void>;
}

interface UpdateInHand {
  botId: number;
  updateId: number;
  /** Set once a state write marked the update processed: the dedupe middleware need not. */
  marked?: boolean;
}

const inHand = new AsyncLocalStorage<UpdateInHand>();

/**
 * Runs `work` (the handling of one update) so that state writes also mark the update
 * processed; resolves to whether one did.
 */
export async function handlingUpdate(update: { botId: number; updateId: number }, work: () => Promise<unknown>): Promise<{ marked: boolean }> {
  const store: UpdateInHand = { ...update };
  await inHand.run(store, work);
  return { marked: store.marked === true };
}

/** After the transaction committed: the update in hand is marked processed. */
function markedInHand(): void {
  const update = inHand.getStore();
  if (update) update.marked = true;
}

/**
 * `marksUpdate: false` for small records that are not a conversation's state (plain-kv.ts): a
 * write there leaves the update unmarked, so a press killed after it is redelivered.
 */
export function databaseStorage<T>(db: Db, prefix: string, { marksUpdate = true }: { marksUpdate?: boolean } = {}): KeyValueAdapter<T> {
  const id = (key: string) => `${prefix}:${key}`;
  const markInHand = () => {
    const update = marksUpdate ? inHand.getStore() : undefined;
    if (!update) return [];
    const key = { botId: BigInt(update.botId), updateId: BigInt(update.updateId) };
    // A non-empty update makes Prisma use the database's own upsert: one statement.
    return [db.processedUpdate.upsert({ where: { botId_updateId: key }, create: key, update: { updateId: key.updateId } })];
  };
  return {
    async read(key) {
      const row = await db.conversationState.findUnique({ where: { key: id(key) } });
      return row ? (JSON.parse(row.value) as T) : undefined;
    },
    async write(key, value) {
      const json = JSON.stringify(value);
      await db.$transaction([
        db.conversationState.upsert({ where: { key: id(key) }, create: { key: id(key), value: json }, update: { value: json } }),
        ...markInHand(),
      ]);
      if (marksUpdate) markedInHand();
    },
    async delete(key) {
      await db.$transaction([db.conversationState.deleteMany({ where: { key: id(key) } }), ...markInHand()]);
      if (marksUpdate) markedInHand();
    },
  };
}
