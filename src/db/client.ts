// The one database client: an SQLite file by default, PostgreSQL when DATABASE_URL says so.
// Both generated clients share one model; the PostgreSQL one is typed as the SQLite one
// (their types differ only in $transaction options and aggregate result shapes).
// Only the configured provider's client and driver are loaded (dynamic imports): a ward on
// SQLite never loads pg, a city on PostgreSQL never loads better-sqlite3.
import type { PrismaClient as SqliteClient } from "./generated/sqlite/client.js";
import { applyMigrations } from "./migrate/migrations.js";
import { type Provider, providerOf, sqliteFilePath } from "./provider.js";

export type Db = SqliteClient;

export interface Database {
  db: Db;
  provider: Provider;
  url: string;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Apply pending migrations first (the default: a fresh start creates the file and its tables). */
  migrate?: boolean;
  /** Called with every SQL statement sent (tests count the round trips of an update). */
  onQuery?: (sql: string) => void;
}

/**
 * SQLite's durability: FULL (the default) syncs the WAL at every commit, so a power cut loses
 * no confirmed answer; `file:…?synchronous=normal` syncs only at checkpoints — safe against a
 * crash of the process, much faster on slow disks (a sync took 13 ms on the CI machine), but a
 * power cut or OS crash may roll back the last transactions.
 */
export function sqliteSynchronous(url: string): "FULL" | "NORMAL" {
  const query = url.split("?")[1] ?? "";
  return new URLSearchParams(query).get("synchronous")?.toLowerCase() === "normal" ? "NORMAL" : "FULL";
}

async function createClient(provider: Provider, url: string, onQuery?: (sql: string) => void): Promise<Db> {
  // Query events only when asked for: Prisma does no logging work otherwise.
  const log = onQuery ? { log: [{ emit: "event" as const, level: "query" as const }] } : {};
  let db: Db;
  if (provider === "postgresql") {
    const [{ PrismaClient }, { PrismaPg }] = await Promise.all([import("./generated/postgresql/client.js"), import("@prisma/adapter-pg")]);
    db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }), ...log }) as unknown as Db;
  } else {
    const [{ PrismaClient }, { PrismaBetterSqlite3 }] = await Promise.all([import("./generated/sqlite/client.js"), import("@prisma/adapter-better-sqlite3")]);
    const { withStatementCache } = await import("./statement-cache.js");
    db = new PrismaClient({ adapter: withStatementCache(new PrismaBetterSqlite3({ url: sqliteFilePath(url), timeout: 10_000 })), ...log }) as unknown as Db;
  }
  if (onQuery) (db as unknown as { $on(event: "query", listener: (event: { query: string }) => void): void }).$on("query", (event) => onQuery(event.query));
  return db;
}

export async function openDatabase(url: string, options: OpenOptions = {}): Promise<Database> {
  const provider = providerOf(url);
  if (options.migrate ?? true) await applyMigrations(url);
  const db = await createClient(provider, url, options.onQuery);
  if (provider === "sqlite") {
    // WAL lets the CLI read (reports, backups) while the bot writes.
    await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    await db.$queryRawUnsafe("PRAGMA foreign_keys = ON");
    await db.$queryRawUnsafe(`PRAGMA synchronous = ${sqliteSynchronous(url)}`);
  }
  return { db, provider, url, close: () => db.$disconnect() };
}
