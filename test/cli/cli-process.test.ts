// The CLI as the office's IT person runs it: a fresh SQLite file (or PostgreSQL) is created,
// migrated and seeded by `npm run cli -- seed-demo`.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.js";
import { sqliteFilePath } from "../../src/db/provider.js";
import { createTestDatabase, providersUnderTest } from "../support/databases.js";

const run = promisify(execFile);

function cli(args: string[], env: Record<string, string>) {
  return run(process.execPath, ["--import", "tsx", "src/cli/index.ts", ...args], {
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
}

describe.each(await providersUnderTest())("cli on %s", (provider) => {
  it("seed-demo creates the database and loads the model ward", async () => {
    const test = await createTestDatabase(provider);
    try {
      const { stdout } = await cli(["seed-demo"], { DATABASE_URL: test.url });
      expect(stdout).toContain("26 groups");
      if (provider === "sqlite") expect(existsSync(sqliteFilePath(test.url))).toBe(true);
      const database = await openDatabase(test.url, { migrate: false });
      try {
        expect(await database.db.group.count()).toBe(26);
        expect(await database.db.groupReport.count({ where: { status: "submitted", period: { name: "Năm 2024" } } })).toBe(26);
      } finally {
        await database.close();
      }
      const again = await cli(["migrate"], { DATABASE_URL: test.url });
      expect(again.stdout).toContain("up to date");
    } finally {
      await test.drop();
    }
  });
});

describe("cli configuration", () => {
  it("stops with one line naming a malformed DATABASE_URL", async () => {
    const error = await cli(["migrate"], { DATABASE_URL: "mysql://x" }).catch((e: { stderr: string; code: number }) => e);
    expect(error).toMatchObject({ code: 2 });
    const stderr = (error as { stderr: string }).stderr.trim();
    expect(stderr.split("\n")).toHaveLength(1);
    expect(stderr).toContain("DATABASE_URL");
    expect(stderr).toContain(".env.example");
  });
});
