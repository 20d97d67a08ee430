// Housekeeping runs whatever channels are on: invite-code attempts older than a day (a
// Telegram-only ward has them too: codes can be typed there) and expired download links go;
// recent ones stay, so the bounds on guessing still count them.
import { afterEach, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../../src/db/client.js";
import { startHousekeeping } from "../../src/db/housekeeping.js";
import { seedDemo } from "../../src/cli/demo/seed.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";

let database: Database | undefined;
let test: TestDatabase | undefined;

afterEach(async () => {
  await database?.close();
  await test?.drop();
});

const HOUR = 60 * 60 * 1000;

describe.each(["sqlite", "postgresql"] as const)("housekeeping on %s", (provider) => {
  it("prunes code attempts older than a day and expired download links, keeps the rest", async () => {
    test = await createTestDatabase(provider);
    database = await openDatabase(test.url);
    const { db } = database;
    const demo = await seedDemo(db);
    const member = await db.member.findFirstOrThrow({ where: { wardId: demo.wardId } });
    const now = new Date("2026-03-10T00:00:00Z");
    const ago = (hours: number) => new Date(now.getTime() - hours * HOUR);
    await db.inviteCodeAttempt.createMany({
      data: [
        { userKey: 5001n, outcome: "wrong", at: ago(25) },
        { userKey: 5001n, outcome: "wrong", at: ago(23) },
        { userKey: 5002n, outcome: "valid", at: ago(1) },
      ],
    });
    const link = { memberId: member.id, wardId: demo.wardId, fileName: "bao-cao.pdf", contentType: "application/pdf", bytes: Buffer.from("%PDF-"), createdAt: ago(30) };
    await db.downloadLink.createMany({
      data: [
        { ...link, token: "expired-token", expiresAt: ago(6) },
        { ...link, token: "valid-token", expiresAt: new Date(now.getTime() + HOUR) },
      ],
    });
    const logged: string[] = [];
    const logger = { info: (_: object, msg: string) => void logged.push(msg), warn: (_: object, msg: string) => void logged.push(msg) };
    const housekeeping = startHousekeeping(db, logger, () => now);
    try {
      await expect.poll(() => db.inviteCodeAttempt.count()).toBe(2);
      await expect.poll(() => db.downloadLink.count()).toBe(1);
    } finally {
      housekeeping.stop();
    }
    expect((await db.inviteCodeAttempt.findMany({ orderBy: { at: "asc" } })).map((row) => row.userKey)).toEqual([5001n, 5002n]);
    expect((await db.downloadLink.findFirstOrThrow()).token).toBe("valid-token");
    expect(logged).toContain("expired download links and code attempts pruned");
  });
});
