// `npm run cli -- backup --out <file>` while the database is being written: the copy is one
// consistent moment (rows written together are there together, between the counts before
// and after), passes SQLite's integrity check and opens on its own, without -wal files.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Sqlite from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { seedDemo } from "../../src/cli/demo/seed.js";
import { openDatabase } from "../../src/db/client.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { runCli } from "./support.js";

const root = join(import.meta.dirname, "..", "..");

function cli(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, ["--import", "tsx", "src/cli/index.ts", ...args], { cwd: root, env: { ...process.env, ...env }, timeout: 60_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

let cleanup: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

describe("backup", () => {
  it("copies the SQLite database consistently while another process writes to it", { timeout: 90_000 }, async () => {
    const test: TestDatabase = await createTestDatabase("sqlite");
    cleanup.push(() => test.drop());
    const database = await openDatabase(test.url);
    cleanup.push(() => database.close());
    const { db } = database;
    await seedDemo(db);
    const dir = mkdtempSync(join(tmpdir(), "thidua-backup-"));
    cleanup.push(async () => rmSync(dir, { recursive: true, force: true }));
    const out = join(dir, "thidua-backup.db");

    // Each write puts one row into two tables in one transaction: a consistent copy has as many of each.
    let written = 0;
    const write = () => {
      const n = ++written;
      return db.$transaction([
        db.processedUpdate.create({ data: { botId: 1n, updateId: BigInt(n) } }),
        db.conversationState.create({ data: { key: `backup-test:${n}`, value: "{}" } }),
      ]);
    };
    for (let i = 0; i < 50; i++) await write();
    const before = written;
    let running = true;
    const writer = (async () => {
      while (running) {
        await write();
        // Prisma's SQLite driver answers in microtasks: let the event loop see the CLI exit.
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const result = await cli(["backup", "--out", out], { DATABASE_URL: test.url });
    running = false;
    await writer;
    const after = written;

    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("integrity ok");
    expect(existsSync(`${out}-wal`)).toBe(false);

    const copy = new Sqlite(out, { readonly: true, fileMustExist: true });
    try {
      expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(copy.pragma("journal_mode", { simple: true })).toBe("delete");
      const count = (table: string) => Number(copy.prepare(`SELECT count(*) FROM "${table}"`).pluck().get());
      const updates = count("ProcessedUpdate");
      expect(count("ConversationState")).toBe(updates);
      expect(updates).toBeGreaterThan(before);
      expect(updates).toBeLessThan(after);
      expect(result.stdout).toContain(`ProcessedUpdate: ${updates}`);
      for (const table of ["Ward", "Group", "Member", "GroupReport", "ReportValue", "ValueChange"] as const) {
        expect(count(table), table).toBe(Number(await db.$queryRawUnsafe<Array<{ n: bigint | number }>>(`SELECT count(*) AS n FROM "${table}"`).then((rows) => rows[0]!.n)));
      }
    } finally {
      copy.close();
    }

    // The copy is a working database: the bot's own client opens it.
    const restored = await openDatabase(`file:${out}`, { migrate: false });
    try {
      expect(await restored.db.group.count()).toBe(26);
    } finally {
      await restored.close();
    }

    // An existing file is kept unless --force.
    const again = await runCli(test.url, ["backup", "--out", out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("--force");
    expect((await runCli(test.url, ["backup", "--out", out, "--force"])).code).toBe(0);
  });

  it("on PostgreSQL prints the pg_dump command, with the URL from the environment, and makes no file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "thidua-backup-"));
    cleanup.push(async () => rmSync(dir, { recursive: true, force: true }));
    const out = join(dir, "thidua.dump");
    const result = await runCli("postgresql://thidua:secret@db.example:5432/thidua", ["backup", "--out", out]);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(`pg_dump --format=custom --no-owner --file '${out}' --dbname "$DATABASE_URL"`);
    expect(result.stdout).toContain("pg_restore");
    expect(result.stdout).not.toContain("secret");
    expect(existsSync(out)).toBe(false);
  });

  it("needs --out", async () => {
    const test = await createTestDatabase("sqlite");
    cleanup.push(() => test.drop());
    const result = await runCli(test.url, ["backup"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Missing --out");
  });
});
