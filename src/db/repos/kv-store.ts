// grammY storage adapter (read / write / delete) on the ConversationState table: conversation
// state lives in the database, so it survives a restart and is shared by every process.
//
// When the state is written while an update is being handled (see `handlingUpdate`), the
// update is marked as processed in the same transaction: a crash can no longer fall between
// the two, where a redelivered answer would be replayed against the state that already
// holds it and be taken as the answer to the next question.
//
// Rows the start of the update already read (the chat's conversation state, read together with
// the duplicate check under the chat's lock, see processed-updates.ts `beginUpdate`) are handed
// in with the update: the first read of such a key takes the value read then instead of asking
// the database again. Only once, and never after a write or delete of that key.
//
// Plain SQL (the same on both databases) rather than model queries: these statements run at
// every update, and a raw statement costs Prisma about a third of a model query's time
// (bench: `npm run bench -- conversation`).
import { AsyncLocalStorage } from "node:async_hooks";
import type { Db } from "../client.js";
import { processedMark } from "./processed-updates.js";

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
  /** Full keys (`prefix:key`) read at the start of the update, with their stored JSON (null: no row). */
  prefetched?: Map<string, string | null>;
}

const inHand = new AsyncLocalStorage<UpdateInHand>();

/**
 * Runs `work` (the handling of one update) so that state writes also mark the update
 * processed; resolves to whether one did.
 */
export async function handlingUpdate(
  update: { botId: number; updateId: number; prefetched?: Map<string, string | null> },
  work: () => Promise<unknown>,
): Promise<{ marked: boolean }> {
  const store: UpdateInHand = { ...update };
  await inHand.run(store, work);
  return { marked: store.marked === true };
}

/** The value read at the start of the update for this key, once; undefined if none was. */
function takePrefetched(key: string): { value: string | null } | undefined {
  const prefetched = inHand.getStore()?.prefetched;
  if (!prefetched?.has(key)) return undefined;
  const value = prefetched.get(key)!;
  prefetched.delete(key);
  return { value };
}

const forgetPrefetched = (key: string) => void inHand.getStore()?.prefetched?.delete(key);

/** After the transaction committed: the update in hand is marked processed. */
function markedInHand(): void {
  const update = inHand.getStore();
  if (update) update.marked = true;
}

/** The conversations plugin's storage prefix; a chat's state is stored at `conversationStateKey(chatId)`. */
export const CONVERSATION_PREFIX = "conversation";
export const conversationStateKey = (chatId: number): string => `${CONVERSATION_PREFIX}:${chatId}`;

/**
 * `marksUpdate: false` for small records that are not a conversation's state (plain-kv.ts): a
 * write there leaves the update unmarked, so a press killed after it is redelivered.
 */
export function databaseStorage<T>(db: Db, prefix: string, { marksUpdate = true }: { marksUpdate?: boolean } = {}): KeyValueAdapter<T> {
  const id = (key: string) => `${prefix}:${key}`;
  const markInHand = (now: Date) => {
    const update = marksUpdate ? inHand.getStore() : undefined;
    return update ? [processedMark(db, update.botId, update.updateId, now)] : [];
  };
  return {
    async read(key) {
      const prefetched = takePrefetched(id(key));
      const value = prefetched
        ? prefetched.value
        : (await db.$queryRaw<Array<{ value: string }>>`SELECT "value" FROM "ConversationState" WHERE "key" = ${id(key)}`)[0]?.value;
      return value === null || value === undefined ? undefined : (JSON.parse(value) as T);
    },
    async write(key, value) {
      forgetPrefetched(id(key));
      const json = JSON.stringify(value);
      const now = new Date();
      await db.$transaction([
        db.$executeRaw`INSERT INTO "ConversationState" ("key", "value", "updatedAt") VALUES (${id(key)}, ${json}, ${now})
          ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value", "updatedAt" = excluded."updatedAt"`,
        ...markInHand(now),
      ]);
      if (marksUpdate) markedInHand();
    },
    async delete(key) {
      forgetPrefetched(id(key));
      await db.$transaction([db.$executeRaw`DELETE FROM "ConversationState" WHERE "key" = ${id(key)}`, ...markInHand(new Date())]);
      if (marksUpdate) markedInHand();
    },
  };
}
