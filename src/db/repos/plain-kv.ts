// Small JSON records in the key-value table (ConversationState), keyed by prefix and key. Unlike
// the conversation storage (kv-store.ts), a write here does not mark the update in hand as
// processed: a press killed after such a write is redelivered and finishes its replies.
import type { Db } from "../client.js";

export interface PlainStore<T> {
  read(key: string): Promise<T | undefined>;
  write(key: string, value: T): Promise<void>;
  delete(key: string): Promise<void>;
}

export function plainStore<T>(db: Db, prefix: string): PlainStore<T> {
  const id = (key: string) => `${prefix}:${key}`;
  return {
    async read(key) {
      const row = await db.conversationState.findUnique({ where: { key: id(key) } });
      return row ? (JSON.parse(row.value) as T) : undefined;
    },
    async write(key, value) {
      const json = JSON.stringify(value);
      await db.conversationState.upsert({ where: { key: id(key) }, create: { key: id(key), value: json }, update: { value: json } });
    },
    async delete(key) {
      await db.conversationState.deleteMany({ where: { key: id(key) } });
    },
  };
}
