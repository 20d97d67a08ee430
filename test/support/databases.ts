// Real databases for tests: a fresh SQLite file, or a PostgreSQL database created on the
// machine's server and dropped afterwards. Under CI=true an unreachable server is a failure.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { Provider } from "../../src/db/provider.js";
import { onCI } from "./ci.js";

export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export interface TestDatabase {
  provider: Provider;
  url: string;
  drop(): Promise<void>;
}

let reachable: Promise<boolean> | undefined;

/** Whether PostgreSQL tests run: always under CI (and fail if the server is down), else if reachable. */
export async function postgresAvailable(): Promise<boolean> {
  if (onCI()) return true;
  reachable ??= (async () => {
    const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      return true;
    } catch {
      return false;
    } finally {
      await client.end().catch(() => {});
    }
  })();
  return reachable;
}

export async function createTestDatabase(provider: Provider): Promise<TestDatabase> {
  if (provider === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "thidua-test-"));
    return {
      provider,
      url: `file:${join(dir, "test.db")}`,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `thidua_test_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  await adminQuery(`CREATE DATABASE "${name}"`);
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    provider,
    url: url.toString(),
    drop: async () => {
      await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * The providers a test file should cover: SQLite always, PostgreSQL when available.
 * TEST_DATABASES=sqlite narrows it on purpose (mutation testing, where every mutant re-runs
 * the file and the second database adds time, not information about the mutant).
 */
export async function providersUnderTest(): Promise<Provider[]> {
  if (process.env.TEST_DATABASES === "sqlite") return ["sqlite"];
  if (await postgresAvailable()) return ["sqlite", "postgresql"];
  // Not silently gone: the PostgreSQL variant shows in the report as skipped, with the reason.
  const { describe, it } = await import("vitest");
  const where = new URL(POSTGRES_ADMIN_URL).host;
  describe.skip(`on postgresql: skipped, no PostgreSQL server reachable at ${where} (TEST_POSTGRES_URL; on CI this fails)`, () => {
    it("runs this file's tests on PostgreSQL too", () => {});
  });
  return ["sqlite"];
}
