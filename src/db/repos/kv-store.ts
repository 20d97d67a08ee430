// grammY storage adapter (read / write / delete) on the ConversationState table: conversation
// state lives in the database, so it survives a restart and is shared by every process.
import type { Db } from "../client.js";

export interface KeyValueAdapter<T> {
  read(key: string): Promise<T | undefined>;
  write(key: string, value: T): Promise<void>;
  delete(key: string): Promise<void>;
}

export function databaseStorage<T>(db: Db, prefix: string): KeyValueAdapter<T> {
  const id = (key: string) => `${prefix}:${key}`;
  return {
    async read(key) {
      const row = await db.conversationState.findUnique({ where: { key: id(key) } });
      return row ? (JSON.parse(row.value) as T) : undefined;
    },
    async write(key, value) {
      const json = JSON.stringify(value);
      await db.conversationState.upsert({
        where: { key: id(key) },
        create: { key: id(key), value: json },
        update: { value: json },
      });
    },
    async delete(key) {
      await db.conversationState.deleteMany({ where: { key: id(key) } });
    },
  };
}
