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
}

const inHand = new AsyncLocalStorage<UpdateInHand>();

/** Runs `work` (the handling of one update) so that state writes also mark the update processed. */
export function handlingUpdate<T>(update: UpdateInHand, work: () => Promise<T>): Promise<T> {
  return inHand.run(update, work);
}

export function databaseStorage<T>(db: Db, prefix: string): KeyValueAdapter<T> {
  const id = (key: string) => `${prefix}:${key}`;
  const markInHand = () => {
    const update = inHand.getStore();
    if (!update) return [];
    const key = { botId: BigInt(update.botId), updateId: BigInt(update.updateId) };
    return [db.processedUpdate.upsert({ where: { botId_updateId: key }, create: key, update: {} })];
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
    },
    async delete(key) {
      await db.$transaction([db.conversationState.deleteMany({ where: { key: id(key) } }), ...markInHand()]);
    },
  };
}
