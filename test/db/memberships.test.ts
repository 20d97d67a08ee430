// Who is writing, read in one statement at the start of every update (beginUpdate) or alone
// (membershipsOf), on SQLite and PostgreSQL: the same memberships with ward and group as
// Prisma's own three-query `include` gives, in the same order; the ward choice puts the chosen
// one first; nobody matching still gives the duplicate check and the stored rows.
import { describe, expect, it } from "vitest";
import { createWard } from "../../src/db/repos/wards.js";
import { membershipsOf } from "../../src/db/repos/members.js";
import { beginUpdate, markProcessed } from "../../src/db/repos/processed-updates.js";
import { chooseMembership, inChosenOrder, wardChoiceKey } from "../../src/db/repos/ward-choice.js";
import { providersUnderTest } from "../support/databases.js";
import { seededDatabase } from "./support.js";

const NOW = new Date("2025-05-15T01:00:00.000Z");

describe.each(await providersUnderTest())("memberships on %s", (provider) => {
  const seeded = seededDatabase(provider, NOW);


  /** Prisma's own reading, as membershipsOf was written before it became one statement. */
  const byPrisma = (telegramId: bigint) =>
    seeded.database.db.member.findMany({
      where: { telegramId, active: true },
      include: { ward: true, group: true },
      orderBy: [{ registeredAt: "desc" }, { id: "asc" }],
    });

  it("a leader in two wards (one without a group, one with a blocked date): what Prisma's include reads, in its order", async () => {
    const { db } = seeded.database;
    const leader = await db.member.findFirstOrThrow({ where: { wardId: seeded.demo.wardId, role: "leader" } });
    await db.member.update({ where: { id: leader.id }, data: { telegramId: 8801n, registeredAt: new Date("2025-01-02T03:04:05.678Z"), salutation: "ba", viceChair: false } });
    const other = await createWard(db, { slug: "thu-hai", name: "Phường Thứ Hai", issuerNameLines: ["ỦY BAN NHÂN DÂN", "PHƯỜNG THỨ HAI"], placeName: "Phường Thứ Hai", signerName: "Lê Văn B" });
    await db.member.create({
      data: { wardId: other.id, fullName: "Nguyễn Thị Hai", role: "officer", telegramId: 8801n, registeredAt: new Date("2025-03-01T00:00:00.000Z"), blockedAt: new Date("2025-04-01T00:00:00.000Z"), viceChair: true },
    });
    const third = await createWard(db, { slug: "thu-ba", name: "Phường Thứ Ba", issuerNameLines: ["ỦY BAN NHÂN DÂN", "PHƯỜNG THỨ BA"], placeName: "Phường Thứ Ba", signerName: "Lê Văn C" });
    await db.member.create({ data: { wardId: third.id, fullName: "Đã nghỉ", role: "leader", telegramId: 8801n, active: false } });

    const expected = await byPrisma(8801n);
    expect(expected.map((member) => member.fullName)).toEqual(["Nguyễn Thị Hai", leader.fullName]);
    expect(await membershipsOf(db, 8801n)).toEqual(expected);
    const start = await beginUpdate(db, { botId: 42, updateId: 1, telegramId: 8801n, keys: [] });
    expect(start.memberships).toEqual(expected);
    expect(start.processed).toBe(false);
  });

  it("the start of an update reads the duplicate mark and the stored rows beside the memberships; the ward choice orders them", async () => {
    const { db } = seeded.database;
    const [newest, older] = await membershipsOf(db, 8801n);
    expect(await chooseMembership(db, 8801n, older!.id)).toBe(true);
    await markProcessed(db, 42, 2);
    await db.conversationState.create({ data: { key: "conversation:8801", value: '{"v":1}' } });

    const start = await beginUpdate(db, { botId: 42, updateId: 2, telegramId: 8801n, keys: ["conversation:8801", wardChoiceKey(8801n), "conversation:missing"] });
    expect(start.processed).toBe(true);
    expect(start.values.get("conversation:8801")).toBe('{"v":1}');
    expect(start.values.get("conversation:missing")).toBeNull();
    const choice = JSON.parse(start.values.get(wardChoiceKey(8801n))!) as { memberId: number };
    expect(inChosenOrder(start.memberships, choice).map((member) => member.id)).toEqual([older!.id, newest!.id]);
  });

  it("a stranger: no membership, the rest still read", async () => {
    const start = await beginUpdate(seeded.database.db, { botId: 42, updateId: 3, telegramId: 1n, keys: ["conversation:8801"] });
    expect(start).toEqual({ processed: false, memberships: [], values: new Map([["conversation:8801", '{"v":1}']]) });
    expect(await membershipsOf(seeded.database.db, 1n)).toEqual([]);
    const noUser = await beginUpdate(seeded.database.db, { botId: 42, updateId: 2 });
    expect(noUser).toEqual({ processed: true, memberships: [], values: new Map() });
  });
});
