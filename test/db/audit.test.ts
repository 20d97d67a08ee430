// The audit trail of actions that are not report values: an officer reading it later sees who
// did what, to what, when and with which before/after values; the command line shows as such;
// one ward's trail does not show another's. Real databases, the model ward.
import { describe, expect, it } from "vitest";
import { auditEntries, auditOf, CLI_ACTOR, recordAudit } from "../../src/db/repos/audit.js";
import { providersUnderTest } from "../support/databases.js";
import { seededDatabase } from "./support.js";

const NOW = new Date("2025-05-15T01:00:00.000Z");

describe.each(await providersUnderTest())("audit rows on %s", (provider) => {
  const seeded = seededDatabase(provider, NOW);


  it("keeps who did what to what, when, from what to what", async () => {
    const officer = await seeded.database.db.member.findFirstOrThrow({ where: { wardId: seeded.demo.wardId, role: "officer" } });
    const at = new Date("2025-05-16T02:30:00.000Z");
    await recordAudit(seeded.database.db, {
      wardId: seeded.demo.wardId,
      actor: { memberId: officer.id, source: "chat" },
      action: "period.extend",
      subject: "period:audit-test-1",
      detail: { from: "2025-05-20", to: "2025-05-27" },
      at,
    });
    const rows = await auditOf(seeded.database.db, "period:audit-test-1");
    expect(rows.map((row) => ({ ...row, detail: JSON.parse(row.detail) as unknown, id: undefined }))).toEqual([
      {
        id: undefined,
        wardId: seeded.demo.wardId,
        actorId: officer.id,
        source: "chat",
        action: "period.extend",
        subject: "period:audit-test-1",
        detail: { from: "2025-05-20", to: "2025-05-27" },
        at,
      },
    ]);
  });

  it("shows a change from the command line as nobody's, from the command line", async () => {
    await recordAudit(seeded.database.db, { wardId: seeded.demo.wardId, actor: CLI_ACTOR, action: "period.close", subject: "period:audit-test-2", detail: {}, at: NOW });
    expect(await auditOf(seeded.database.db, "period:audit-test-2")).toMatchObject([{ actorId: null, source: "cli", detail: "{}" }]);
  });

  it("lists a ward's rows oldest first, one kind of action when asked, and no other ward's", async () => {
    const other = await seeded.database.db.ward.create({ data: { slug: "audit-other-ward", name: "Phường khác", issuerName: "ỦY BAN NHÂN DÂN\nPHƯỜNG KHÁC", placeName: "Phường Khác", signerName: "Nguyễn Văn A" } });
    const write = (wardId: number, action: string, subject: string) =>
      recordAudit(seeded.database.db, { wardId, actor: CLI_ACTOR, action, subject, detail: {}, at: NOW });
    await write(seeded.demo.wardId, "audit.test.a", "x:1");
    await write(other.id, "audit.test.a", "x:2");
    await write(seeded.demo.wardId, "audit.test.b", "x:3");
    await write(seeded.demo.wardId, "audit.test.a", "x:4");

    const mine = (await auditEntries(seeded.database.db, seeded.demo.wardId)).filter((row) => row.action.startsWith("audit.test."));
    expect(mine.map((row) => row.subject)).toEqual(["x:1", "x:3", "x:4"]);
    expect((await auditEntries(seeded.database.db, seeded.demo.wardId, "audit.test.a")).map((row) => row.subject)).toEqual(["x:1", "x:4"]);
    expect((await auditEntries(seeded.database.db, other.id)).map((row) => row.subject)).toEqual(["x:2"]);
  });

  it("lists a ward's rows in the order they were recorded, even when a clock set back gave a later one an earlier time", async () => {
    const ward = await seeded.database.db.ward.create({ data: { slug: "audit-clock-ward", name: "Phường đồng hồ", issuerName: "ỦY BAN NHÂN DÂN\nPHƯỜNG ĐỒNG HỒ", placeName: "Phường Đồng Hồ", signerName: "Nguyễn Văn B" } });
    const write = (subject: string, at: string) =>
      recordAudit(seeded.database.db, { wardId: ward.id, actor: CLI_ACTOR, action: "period.extend", subject, detail: {}, at: new Date(at) });
    await write("period:first", "2025-05-16T09:00:00.000Z");
    await write("period:second", "2025-05-16T08:00:00.000Z");
    await write("period:third", "2025-05-16T08:30:00.000Z");
    const order = ["period:first", "period:second", "period:third"];
    expect((await auditEntries(seeded.database.db, ward.id)).map((row) => row.subject)).toEqual(order);
    expect((await auditEntries(seeded.database.db, ward.id, "period.extend")).map((row) => row.subject)).toEqual(order);
  });
});
