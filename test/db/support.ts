// The database tests' common set-up: per describe block, a fresh database of the provider with
// the model ward seeded at `now`, closed and dropped after the block.
import { afterAll, beforeAll } from "vitest";
import { seedDemo, type SeedResult } from "../../src/cli/demo/seed.js";
import { type Database, openDatabase } from "../../src/db/client.js";
import type { Provider } from "../../src/db/provider.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";

export interface SeededDatabase {
  readonly database: Database;
  readonly demo: SeedResult;
}

export function seededDatabase(provider: Provider, now: Date): SeededDatabase {
  let test: TestDatabase | undefined;
  let database: Database | undefined;
  let demo: SeedResult | undefined;
  beforeAll(async () => {
    test = await createTestDatabase(provider);
    database = await openDatabase(test.url);
    demo = await seedDemo(database.db, now);
  });
  afterAll(async () => {
    await database?.close();
    await test?.drop();
  });
  return {
    get database() {
      return database!;
    },
    get demo() {
      return demo!;
    },
  };
}
