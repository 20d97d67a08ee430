// `backup --out <file>`: a consistent copy of the SQLite database while the bot runs, through
// SQLite's online backup API (better-sqlite3's .backup()), checked and then renamed into
// place. PostgreSQL is dumped with pg_dump: the command prints how.
import { existsSync, renameSync, rmSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Sqlite from "better-sqlite3";
import { providerOf, sqliteFilePath } from "../../db/provider.js";
import { guarded, parseOptions, UsageError } from "./cli-args.js";
import type { Command } from "./index.js";

const USAGE = `Usage:
  npm run cli -- backup --out <file> [--force]

SQLite: writes a consistent copy of DATABASE_URL's file to <file>, also while the bot runs,
checks it (integrity_check) and prints its row counts. --force replaces an existing <file>.
PostgreSQL: prints the pg_dump command to use, and makes no file.`;

export interface BackupResult {
  file: string;
  pages: number;
  counts: Record<string, number>;
}

/** Copies the SQLite database at `source` to `target` (one self-contained file, no -wal). */
export async function backupSqlite(source: string, target: string): Promise<BackupResult> {
  const partial = `${target}.partial-${process.pid}`;
  rmSync(partial, { force: true });
  try {
    const database = new Sqlite(source, { fileMustExist: true, timeout: 10_000 });
    let pages = 0;
    try {
      // Everything in one step: one read snapshot, so writes by the bot cannot restart the copy.
      const progress = await database.backup(partial, { progress: () => 0x7fffffff });
      pages = progress.totalPages;
    } finally {
      database.close();
    }
    const copy = new Sqlite(partial, { fileMustExist: true });
    let counts: Record<string, number>;
    try {
      copy.pragma("journal_mode = DELETE");
      const integrity = copy.pragma("integrity_check", { simple: true });
      if (integrity !== "ok") throw new Error(`The copy failed its integrity check: ${String(integrity)}`);
      const tables = copy
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .pluck()
        .all() as string[];
      counts = Object.fromEntries(
        tables.map((table) => [table, Number(copy.prepare(`SELECT count(*) FROM "${table.replaceAll('"', '""')}"`).pluck().get())]),
      );
    } finally {
      copy.close();
    }
    renameSync(partial, target);
    return { file: target, pages, counts };
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

export const backupCommand: Command = {
  name: "backup",
  summary: "Consistent copy of the SQLite database while the bot runs (--out <file>); for PostgreSQL, the pg_dump command",
  run: (args, config) =>
    guarded(USAGE, async () => {
      const { values } = parseOptions(args, { out: { type: "string" }, force: { type: "boolean", default: false } });
      if (!values.out) throw new UsageError("Missing --out <file>.");
      const out = resolve(values.out);
      if (providerOf(config.DATABASE_URL) === "postgresql") {
        console.log(
          [
            "thidua-bot does not dump PostgreSQL itself. pg_dump makes a consistent backup while the bots run:",
            `  pg_dump --format=custom --no-owner --file '${out}' --dbname "$DATABASE_URL"`,
            "Restore into a new, empty database (then point DATABASE_URL at it):",
            `  pg_restore --no-owner --exit-on-error --dbname "$NEW_DATABASE_URL" '${out}'`,
          ].join("\n"),
        );
        return 2;
      }
      const source = sqliteFilePath(config.DATABASE_URL);
      if (source === ":memory:") throw new UsageError("DATABASE_URL is an in-memory database: there is nothing to back up.");
      if (!existsSync(source)) throw new UsageError(`No database at ${source} (DATABASE_URL).`);
      if (resolve(source) === out) throw new UsageError("--out must not be the database itself.");
      if (!existsSync(dirname(out))) throw new UsageError(`The folder ${dirname(out)} does not exist.`);
      if (existsSync(out) && !values.force) throw new UsageError(`${out} exists; pass --force to replace it.`);
      const started = performance.now();
      const result = await backupSqlite(source, out);
      const rows = Object.entries(result.counts).map(([table, count]) => `  ${table}: ${count}`);
      console.log(
        [`Backup written to ${result.file} (${result.pages} pages, ${Math.round(performance.now() - started)} ms, integrity ok).`, "Rows:", ...rows].join(
          "\n",
        ),
      );
      return 0;
    }),
};
