// An officer-level invite's claim and its maker's decision, on SQLite and PostgreSQL: only the
// maker decides; two confirming presses at once register the person once and the other press
// reads "already"; a refusal registers nobody and stays refused; /phuong's choice orders the
// memberships.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo, type SeedResult } from "../../src/cli/demo/seed.js";
import { type Database, openDatabase } from "../../src/db/client.js";
import { decideClaim, findClaim, saveClaim } from "../../src/db/repos/invite-claims.js";
import { createInvite } from "../../src/db/repos/invites.js";
import { chooseMembership, membershipsInOrder } from "../../src/db/repos/ward-choice.js";
import { createTestDatabase, providersUnderTest, type TestDatabase } from "../support/databases.js";

const NOW = new Date("2025-05-15T01:00:00.000Z");

describe.each(await providersUnderTest())("invite claims on %s", (provider) => {
  let test: TestDatabase;
  let database: Database;
  let demo: SeedResult;
  let makerId: number;

  beforeAll(async () => {
    test = await createTestDatabase(provider);
    database = await openDatabase(test.url);
    demo = await seedDemo(database.db, NOW);
    const maker = await database.db.member.findFirstOrThrow({ where: { wardId: demo.wardId, role: "officer" } });
    await database.db.member.update({ where: { id: maker.id }, data: { telegramId: 5001n } });
    makerId = maker.id;
  });
  afterAll(async () => {
    await database?.close();
    await test?.drop();
  });

  const claimFor = async (inviteId: number, telegramId: string, fullName: string) =>
    saveClaim(database.db, { inviteId, telegramId, account: fullName, fullName, salutation: "ba", claimedAt: NOW.toISOString(), status: "pending" });

  it("two confirms at once register the person once; the other reads already; a stranger cannot decide", async () => {
    const { db } = database;
    const invite = await createInvite(db, { wardId: demo.wardId, role: "officer", createdById: makerId, now: NOW });
    await claimFor(invite.id, "6001", "Đặng Thị Yến");
    const other = await db.member.findFirstOrThrow({ where: { wardId: demo.wardId, role: "leader" } });
    expect(await decideClaim(db, { inviteId: invite.id, telegramId: "6001", deciderId: other.id, confirm: true, now: NOW })).toEqual({ kind: "not_yours" });

    const decide = () => decideClaim(db, { inviteId: invite.id, telegramId: "6001", deciderId: makerId, confirm: true, now: NOW });
    const kinds = (await Promise.all([decide(), decide()])).map((decision) => decision.kind).sort();
    expect(kinds).toEqual(["already", "confirmed"]);
    expect(await db.member.count({ where: { telegramId: 6001n, role: "officer", active: true } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "invite.confirm", actorId: makerId } })).toBe(1);
    expect((await decide()).kind).toBe("already");
  });

  it("a refusal registers nobody, stays refused, and leaves the invite for the right person", async () => {
    const { db } = database;
    const invite = await createInvite(db, { wardId: demo.wardId, role: "admin", createdById: makerId, now: NOW });
    await claimFor(invite.id, "6002", "Kẻ Mạo Danh");
    const refuse = () => decideClaim(db, { inviteId: invite.id, telegramId: "6002", deciderId: makerId, confirm: false, now: NOW });
    expect((await refuse()).kind).toBe("refused");
    expect(await refuse()).toEqual({ kind: "already", confirmed: false, fullName: "Kẻ Mạo Danh" });
    expect((await findClaim(db, invite.id, 6002n))?.status).toBe("refused");
    expect(await db.member.count({ where: { telegramId: 6002n } })).toBe(0);
    expect((await db.invite.findUniqueOrThrow({ where: { id: invite.id } })).usedAt).toBeNull();
  });

  it("the chosen membership comes first; another person's member id is refused", async () => {
    const { db } = database;
    const ward = await db.ward.create({ data: { slug: `khac-${provider}`, name: "Phường Khác", issuerName: "PHƯỜNG KHÁC", placeName: "Phường Khác", signerName: "Lê Văn Ký" } });
    const older = await db.member.create({ data: { wardId: demo.wardId, role: "chair", fullName: "Hai Phường", telegramId: 6003n, registeredAt: new Date(NOW.getTime() - 1000) } });
    const newer = await db.member.create({ data: { wardId: ward.id, role: "officer", fullName: "Hai Phường", telegramId: 6003n, registeredAt: NOW } });
    expect((await membershipsInOrder(db, 6003n)).map((m) => m.id)).toEqual([newer.id, older.id]);
    expect(await chooseMembership(db, 6003n, makerId)).toBe(false);
    expect(await chooseMembership(db, 6003n, older.id)).toBe(true);
    expect((await membershipsInOrder(db, 6003n)).map((m) => m.id)).toEqual([older.id, newer.id]);
  });
});
