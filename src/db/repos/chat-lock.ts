// One chat's updates are handled one at a time, across every process on the database.
// In a process: a promise queue per chat. On PostgreSQL, also a session advisory lock per
// chat, held on a dedicated connection (not Prisma's pool) for the whole handling of an
// update. See docs/decisions/002-serialising-chats-across-processes.md.
import { createRequire } from "node:module";
import type pg from "pg";
import type { Logger } from "../../logger.js";
import type { Provider } from "../provider.js";

export interface ChatLock {
  readonly kind: "local" | "postgresql";
  /** Runs `task` while holding the lock of `chatId`; later callers for the same chat wait. */
  run<T>(chatId: number, task: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The lock could not be taken (database down, or held longer than the wait limit): try the update later. */
export class ChatLockUnavailableError extends Error {
  constructor(
    readonly chatId: number,
    readonly reason: "timeout" | "database",
    options?: { cause?: unknown },
  ) {
    super(reason === "timeout" ? "chat lock wait timed out" : "chat lock unavailable: database error", options);
    this.name = "ChatLockUnavailableError";
  }
}

// pg is loaded only when a PostgreSQL lock is made: a ward on SQLite never loads it.
const loadPg = () => createRequire(import.meta.url)("pg") as typeof pg;

/** Per-process queue: one task per chat at a time, in arrival order. */
export function localChatLock(): ChatLock {
  const tails = new Map<number, Promise<void>>();
  return {
    kind: "local",
    async run(chatId, task) {
      const previous = tails.get(chatId) ?? Promise.resolve();
      let release!: () => void;
      const tail = previous.then(() => new Promise<void>((resolve) => (release = resolve)));
      tails.set(chatId, tail);
      await previous;
      try {
        return await task();
      } finally {
        release();
        if (tails.get(chatId) === tail) tails.delete(chatId);
      }
    },
    async close() {},
  };
}

/** Advisory locks of this application: the two-int4 form, this constant as the first key ("thid"). */
export const CHAT_LOCK_NAMESPACE = 0x74686964;

/** A chat id (up to 52 bits, negative for groups) folded into the second int4 key; a collision only serialises two chats. */
export function chatLockKey(chatId: number): number {
  const bits = BigInt.asUintN(64, BigInt(chatId));
  return Number(BigInt.asIntN(32, (bits >> 32n) ^ bits));
}

/** Keeps a busy chat's webhook answer under a minute (Telegram does not document how long it waits). */
export const DEFAULT_LOCK_WAIT_MS = 50_000;

export interface PostgresChatLockOptions {
  /** Connections for locks: at most this many chats are handled at once by this process. */
  poolSize?: number;
  /** How long an update waits for its chat's lock before it is handed back to Telegram. */
  waitMs?: number;
  logger?: Pick<Logger, "warn">;
}

export function postgresChatLock(databaseUrl: string, options: PostgresChatLockOptions = {}): ChatLock {
  const local = localChatLock();
  const pool = new (loadPg().Pool)({
    connectionString: databaseUrl,
    max: options.poolSize ?? 20,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 10_000,
    lock_timeout: options.waitMs ?? DEFAULT_LOCK_WAIT_MS,
    application_name: "thidua-bot chat-lock",
  });
  // An idle connection that dies (server restart) must not crash the process.
  pool.on("error", (error) => options.logger?.warn({ err: error }, "chat-lock connection lost"));
  const keys = (chatId: number) => [CHAT_LOCK_NAMESPACE, chatLockKey(chatId)];

  return {
    kind: "postgresql",
    // The local queue first: a process never spends two connections on one chat.
    run: (chatId, task) =>
      local.run(chatId, async () => {
        let client: pg.PoolClient;
        try {
          client = await pool.connect();
        } catch (error) {
          throw new ChatLockUnavailableError(chatId, "database", { cause: error });
        }
        try {
          await client.query("SELECT pg_advisory_lock($1::int4, $2::int4)", keys(chatId));
        } catch (error) {
          client.release(error as Error);
          const timeout = (error as { code?: string }).code === "55P03";
          throw new ChatLockUnavailableError(chatId, timeout ? "timeout" : "database", { cause: error });
        }
        try {
          return await task();
        } finally {
          try {
            await client.query("SELECT pg_advisory_unlock($1::int4, $2::int4)", keys(chatId));
            client.release();
          } catch (error) {
            // Dropping the connection ends its session, and the session's locks with it.
            client.release(error as Error);
          }
        }
      }),
    close: () => pool.end(),
  };
}

/** PostgreSQL: advisory locks shared by every process; SQLite (one process): the local queue. */
export function createChatLock(database: { provider: Provider; url: string }, options: PostgresChatLockOptions = {}): ChatLock {
  return database.provider === "postgresql" ? postgresChatLock(database.url, options) : localChatLock();
}
