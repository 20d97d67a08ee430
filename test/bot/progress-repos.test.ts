// The data behind /tiendo and the review buttons, on a real database seeded with the model
// ward: who is where, one group's answers, and the review transitions with their guards.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo, type SeedResult } from "../../src/cli/demo/seed.js";
import { type Database, openDatabase } from "../../src/db/client.js";
import { createGroups } from "../../src/db/repos/groups.js";
import { createMember } from "../../src/db/repos/members.js";
import { currentProgress, groupReportView, periodProgress } from "../../src/db/repos/progress.js";
import { approveReport, leaderContacts, reopenReport, returnReport } from "../../src/db/repos/review.js";
import { createWard } from "../../src/db/repos/wards.js";
import { createTestDatabase, providersUnderTest, type TestDatabase } from "../support/databases.js";

const NOW = new Date("2025-05-15T01:00:00.000Z");

describe.each(await providersUnderTest())("progress and review repos on %s", (provider) => {
  let test: TestDatabase;
  let database: Database;
  let demo: SeedResult;
  let otherWardId: number;
  const groupId = async (name: string) =>
    (await database.db.group.findFirstOrThrow({ where: { wardId: demo.wardId, name } })).id;
  const status = async (name: string) =>
    (await database.db.groupReport.findFirst({ where: { periodId: demo.currentPeriodId, groupId: await groupId(name) } }))?.status;

  beforeAll(async () => {
    test = await createTestDatabase(provider);
    database = await openDatabase(test.url);
    demo = await seedDemo(database.db, NOW);
    const other = await createWard(database.db, {
      slug: "khac",
      name: "Phường Khác",
      issuerNameLines: ["ỦY BAN NHÂN DÂN", "PHƯỜNG KHÁC"],
      placeName: "Phường Khác",
      signerName: "Người Ký",
    });
    otherWardId = other.id;
    await createGroups(database.db, other.id, [{ name: "Tổ 1" }]);
  });
  afterAll(async () => {
    await database?.close();
    await test?.drop();
  });

  it("counts the open period's groups by state and lists them in the ward's order", async () => {
    const progress = await currentProgress(database.db, demo.wardId);
    expect(progress?.period).toMatchObject({ id: demo.currentPeriodId, name: "6 tháng đầu năm 2025", open: true });
    expect(progress?.total).toBe(26);
    expect(progress?.counts).toEqual({ none: 5, draft: 3, submitted: 18, returned: 0, approved: 0 });
    expect(progress?.handedIn).toBe(18);
    const names = (state: string) => progress!.groups.filter((group) => group.state === state).map((group) => group.name);
    expect(names("none")).toEqual(["Tổ 1", "Tổ 23", "Tổ 24", "Tổ 25", "Tổ 26"]);
    expect(names("draft")).toEqual(["Tổ 20", "Tổ 21", "Tổ 22"]);
    expect(progress!.groups.map((group) => group.name).slice(0, 3)).toEqual(["Tổ 1", "Tổ 2", "Tổ 3"]);
    expect(await currentProgress(database.db, otherWardId)).toBeNull();
    expect(await periodProgress(database.db, otherWardId, demo.currentPeriodId)).toBeNull();
  });

  it("shows a group's answers in the period's order, missing ones as null, and never another ward's group", async () => {
    const view = await groupReportView(database.db, demo.wardId, demo.currentPeriodId, await groupId("Tổ 20"));
    expect(view?.state).toBe("draft");
    expect(view?.answers.map((answer) => answer.code).slice(0, 4)).toEqual([
      "households_total",
      "households_registered",
      "households_cultural",
      "learning_families",
    ]);
    expect(view?.answers[0]).toMatchObject({ label: "Tổng số hộ", unit: "hộ", value: { type: "count", value: 196 } });
    expect(view?.answers[3]?.value).toBeNull();
    expect(JSON.parse(JSON.stringify(view))).toEqual(view); // JSON-safe: no BigInt, no Date

    const otherGroup = await database.db.group.findFirstOrThrow({ where: { wardId: otherWardId } });
    expect(await groupReportView(database.db, demo.wardId, demo.currentPeriodId, otherGroup.id)).toBeNull();
    expect(await groupReportView(database.db, otherWardId, demo.currentPeriodId, otherGroup.id)).toBeNull();
    expect(await groupReportView(database.db, otherWardId, demo.currentPeriodId, await groupId("Tổ 2"))).toBeNull();
  });

  it("approves a submitted report once, locks it, and reopens it", async () => {
    const target = { wardId: demo.wardId, periodId: demo.currentPeriodId, groupId: await groupId("Tổ 2"), reviewerId: null, at: NOW };
    expect(await approveReport(database.db, target)).toEqual({ ok: true, status: "approved" });
    expect(await approveReport(database.db, target)).toMatchObject({ ok: false, found: true, status: "approved" });
    expect(await returnReport(database.db, { ...target, comment: "x", items: ["households_total"] })).toMatchObject({ ok: false });
    const approved = await database.db.groupReport.findFirstOrThrow({ where: { periodId: target.periodId, groupId: target.groupId } });
    expect(approved.reviewedAt?.toISOString()).toBe(NOW.toISOString());
    expect(await reopenReport(database.db, target)).toEqual({ ok: true, status: "submitted" });
    expect(await status("Tổ 2")).toBe("submitted");
  });

  it("returns a submitted report with the comment and the items to fix", async () => {
    const target = { wardId: demo.wardId, periodId: demo.currentPeriodId, groupId: await groupId("Tổ 3"), reviewerId: 1, at: NOW };
    const outcome = await returnReport(database.db, { ...target, comment: "Kiểm tra lại số hộ.", items: ["households_total", "households_total", "poverty_gift_money"] });
    expect(outcome).toEqual({ ok: true, status: "returned" });
    const report = await database.db.groupReport.findFirstOrThrow({ where: { periodId: target.periodId, groupId: target.groupId } });
    expect(report).toMatchObject({ status: "returned", reviewComment: "Kiểm tra lại số hộ.", returnedItems: "households_total,poverty_gift_money", reviewedById: 1 });
    const progress = await currentProgress(database.db, demo.wardId);
    expect(progress?.counts.returned).toBe(1);
    expect(progress?.handedIn).toBe(17);
  });

  it("refuses drafts, another ward's ids and closed periods", async () => {
    const draft = { wardId: demo.wardId, periodId: demo.currentPeriodId, groupId: await groupId("Tổ 21"), reviewerId: null, at: NOW };
    expect(await approveReport(database.db, draft)).toEqual({ ok: false, found: true, periodOpen: true, status: "draft" });
    const notStarted = { ...draft, groupId: await groupId("Tổ 1") };
    expect(await approveReport(database.db, notStarted)).toEqual({ ok: false, found: true, periodOpen: true, status: null });
    const foreign = { ...draft, wardId: otherWardId, groupId: await groupId("Tổ 4") };
    expect(await approveReport(database.db, foreign)).toEqual({ ok: false, found: false, periodOpen: false, status: null });
    expect(await status("Tổ 4")).toBe("submitted");
    const closed = { ...draft, periodId: demo.periodId, groupId: await groupId("Tổ 5") };
    expect(await approveReport(database.db, closed)).toEqual({ ok: false, found: true, periodOpen: false, status: "submitted" });
  });

  it("notifies only registered, active leaders of the group", async () => {
    const id = await groupId("Tổ 6");
    expect(await leaderContacts(database.db, demo.wardId, id)).toEqual([]);
    const member = await database.db.member.findFirstOrThrow({ where: { groupId: id, role: "leader" } });
    await database.db.member.update({ where: { id: member.id }, data: { telegramId: 9_007_199_254_740_000n } });
    await createMember(database.db, demo.wardId, { fullName: "Tổ Phó", role: "leader", groupId: id });
    expect(await leaderContacts(database.db, demo.wardId, id)).toEqual([{ memberId: member.id, fullName: member.fullName, chatId: 9_007_199_254_740_000, salutation: null }]);
    expect(await leaderContacts(database.db, otherWardId, id)).toEqual([]);
  });
});
