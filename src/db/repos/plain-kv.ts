// Small JSON records in the key-value table (ConversationState), keyed by prefix and key. Unlike
// the conversation storage (kv-store.ts), a write here does not mark the update in hand as
// processed: a press killed after such a write is redelivered and finishes its replies.
import type { Db } from "../client.js";
import { databaseStorage, type KeyValueAdapter } from "./kv-store.js";

export type PlainStore<T> = KeyValueAdapter<T>;

export function plainStore<T>(db: Db, prefix: string): PlainStore<T> {
  return databaseStorage<T>(db, prefix, { marksUpdate: false });
}
