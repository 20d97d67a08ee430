// Which migrations a database has applied, read straight from `_prisma_migrations`, so a
// start with nothing to apply never wakes the schema engine (which would need exclusive access).
import { type Provider, providerOf, sqliteFilePath } from "../provider.js";

export async function appliedMigrationNames(databaseUrl: string): Promise<Set<string>> {
  const provider: Provider = providerOf(databaseUrl);
  const sql = `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  if (provider === "sqlite") {
    const path = sqliteFilePath(databaseUrl);
    const { default: Sqlite } = await import("better-sqlite3");
    const db = new Sqlite(path, { fileMustExist: false, timeout: 10_000 });
    try {
      const table = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'`).get();
      if (!table) return new Set();
      return new Set((db.prepare(sql).all() as Array<{ migration_name: string }>).map((row) => row.migration_name));
    } finally {
      db.close();
    }
  }
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const table = await client.query(`SELECT to_regclass('_prisma_migrations') AS name`);
    if (!table.rows[0]?.name) return new Set();
    return new Set((await client.query<{ migration_name: string }>(sql)).rows.map((row) => row.migration_name));
  } finally {
    await client.end();
  }
}
