// Handled update ids are kept for the retention window (a week, far past Telegram's 24 h of
// redelivery) and pruned after it; one still inside the window is still dropped as a duplicate.
import { afterEach, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../../src/db/client.js";
import { PROCESSED_UPDATE_RETENTION_MS, startPruningProcessedUpdates, wasProcessed } from "../../src/db/repos/processed-updates.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";

let database: Database | undefined;
let test: TestDatabase | undefined;

afterEach(async () => {
  await database?.close();
  await test?.drop();
});

const DAY = 24 * 60 * 60 * 1000;

describe.each(["sqlite", "postgresql"] as const)("pruning processed update ids on %s", (provider) => {
  it("removes ids older than the window and keeps the rest", async () => {
    test = await createTestDatabase(provider);
    database = await openDatabase(test.url);
    const { db } = database;
    expect(PROCESSED_UPDATE_RETENTION_MS).toBeGreaterThanOrEqual(2 * DAY);
    const now = Date.parse("2026-03-10T00:00:00Z");
    await db.processedUpdate.createMany({
      data: [
        { botId: 42n, updateId: 1n, processedAt: new Date(now - PROCESSED_UPDATE_RETENTION_MS - DAY) },
        { botId: 42n, updateId: 2n, processedAt: new Date(now - PROCESSED_UPDATE_RETENTION_MS + DAY) },
        { botId: 42n, updateId: 3n, processedAt: new Date(now - DAY) },
      ],
    });
    const logged: string[] = [];
    const logger = { info: (_: object, msg: string) => void logged.push(msg), warn: (_: object, msg: string) => void logged.push(msg) };
    const pruning = startPruningProcessedUpdates(db, logger, () => now);
    try {
      await expect.poll(() => db.processedUpdate.count()).toBe(2);
    } finally {
      pruning.stop();
    }
    expect(await wasProcessed(db, 42, 1)).toBe(false);
    expect(await wasProcessed(db, 42, 2)).toBe(true);
    expect(await wasProcessed(db, 42, 3)).toBe(true);
    expect(logged).toEqual(["old processed update ids pruned"]);
  });
});
