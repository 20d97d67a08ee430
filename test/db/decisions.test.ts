// Decisions from accepted nominations, on both databases: the amounts follow the base salary in
// force on the decision's date, signing locks the lines and numbers the decision, a vice-chairman
// signs "KT. CHỦ TỊCH", a correction is a new decision, another ward is refused, all audited.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo, type SeedResult } from "../../src/cli/demo/seed.js";
import { type Database, openDatabase } from "../../src/db/client.js";
import { auditEntries, CLI_ACTOR } from "../../src/db/repos/audit.js";
import { awardSettings, installAwardDefaults, listAwardForms, updateAwardSettings } from "../../src/db/repos/awards.js";
import {
  AwardError,
  awardFiguresBetween,
  createCorrection,
  createDecisionFromLines,
  decisionDocument,
  signDecision,
  updateDecisionLine,
} from "../../src/db/repos/decisions.js";
import { createGroups } from "../../src/db/repos/groups.js";
import { createMember } from "../../src/db/repos/members.js";
import { createWard } from "../../src/db/repos/wards.js";
import type { RecipientKind } from "../../src/domain/awards/types.js";
import { createTestDatabase, providersUnderTest, type TestDatabase } from "../support/databases.js";

const NOW = new Date("2026-06-20T01:00:00.000Z");

describe.each(await providersUnderTest())("award decisions on %s", (provider) => {
  let test: TestDatabase;
  let database: Database;
  let demo: SeedResult;
  let officerId: number;
  let chairId: number;
  let viceChairId: number;

  beforeAll(async () => {
    test = await createTestDatabase(provider);
    database = await openDatabase(test.url);
    demo = await seedDemo(database.db, NOW);
    const { db } = database;
    officerId = (await db.member.findFirstOrThrow({ where: { wardId: demo.wardId, role: "officer" } })).id;
    chairId = (await db.member.findFirstOrThrow({ where: { wardId: demo.wardId, role: "chair" } })).id;
    const vice = await createMember(db, demo.wardId, { fullName: "Nguyễn Văn Phó", role: "chair" });
    viceChairId = (await db.member.update({ where: { id: vice.id }, data: { viceChair: true } })).id;
  }, 60_000);
  afterAll(async () => {
    await database?.close();
    await test?.drop();
  });

  const actor = () => ({ memberId: officerId, source: "chat" as const });

  /** A group's nomination with lines of `formCode`, in the state given. */
  async function nominate(formCode: string, lines: Array<{ kind: RecipientKind; name: string; status?: "accepted" | "submitted" }>, groupName = "Tổ 1") {
    const { db } = database;
    const group = await db.group.findFirstOrThrow({ where: { wardId: demo.wardId, name: groupName } });
    const form = await db.awardForm.findUniqueOrThrow({ where: { wardId_code: { wardId: demo.wardId, code: formCode } } });
    const nomination = await db.nomination.upsert({
      where: { periodId_groupId: { periodId: demo.currentPeriodId, groupId: group.id } },
      create: { wardId: demo.wardId, periodId: demo.currentPeriodId, groupId: group.id, status: "submitted" },
      update: {},
    });
    const ids: number[] = [];
    for (const [index, line] of lines.entries()) {
      const row = await db.nominationLine.create({
        data: {
          nominationId: nomination.id,
          formId: form.id,
          recipientKind: line.kind,
          name: line.name,
          achievement: "Đã có thành tích xuất sắc trong phong trào thi đua năm 2026",
          sortOrder: index,
          status: line.status ?? "accepted",
        },
      });
      ids.push(row.id);
    }
    return ids;
  }

  it("installs the default forms once: Giấy khen, Gia đình văn hóa, Tổ dân phố văn hóa, Lao động tiên tiến", async () => {
    await installAwardDefaults(database.db, demo.wardId);
    const forms = await listAwardForms(database.db, demo.wardId);
    expect(forms.map((form) => form.code)).toEqual(["giay_khen", "gdvh", "tdpvh", "ldtt"]);
    expect(forms[0]!.rates.filter((rate) => rate.validTo === null).map((rate) => [rate.recipientKind, rate.coefficientMilli])).toEqual([
      ["ca_nhan", 300],
      ["ho_gia_dinh", 450],
      ["tap_the", 600],
    ]);
    expect(await database.db.baseSalary.count()).toBe(3);
  });

  it("prices lines on the base salary of the decision's date: 30/6/2026 and 01/7/2026", async () => {
    const before = await nominate("giay_khen", [
      { kind: "ca_nhan", name: "Nguyễn Văn An" },
      { kind: "tap_the", name: "Chi hội Phụ nữ Tổ 1" },
    ]);
    const after = await nominate("giay_khen", [
      { kind: "ca_nhan", name: "Trần Thị Bình" },
      { kind: "ho_gia_dinh", name: "Hộ ông Lê Văn Cường" },
    ]);
    const june = await createDecisionFromLines(database.db, { wardId: demo.wardId, periodId: demo.currentPeriodId, formCode: "giay_khen", lineIds: before, decisionDate: "2026-06-30", actor: actor(), at: NOW });
    const july = await createDecisionFromLines(database.db, { wardId: demo.wardId, periodId: demo.currentPeriodId, formCode: "giay_khen", lineIds: after, decisionDate: "2026-07-01", actor: actor(), at: NOW });
    const juneDoc = await decisionDocument(database.db, demo.wardId, june.id);
    const julyDoc = await decisionDocument(database.db, demo.wardId, july.id);
    // The annex's order: the collective first, whatever order the lines were chosen in.
    expect(juneDoc.lines.map((line) => [line.stt, line.amount])).toEqual([[1, 1_410_000], [2, 710_000]]);
    expect(julyDoc.lines.map((line) => line.amount)).toEqual([760_000, 1_140_000]);
    expect(juneDoc.totals.amount).toBe(2_120_000);
    expect(juneDoc.decision.subject).toBe("tặng Giấy khen cho tập thể và cá nhân có thành tích xuất sắc trong phong trào thi đua năm 2026");
    expect(juneDoc.decision.legalBasis.at(-1)).toBe("Theo đề nghị của Hội đồng Thi đua - Khen thưởng phường");
    expect((await auditEntries(database.db, demo.wardId, "decision.create")).length).toBe(2);
  });

  it("follows the ward's rounding setting (audited)", async () => {
    await updateAwardSettings(database.db, demo.wardId, { rounding: { mode: "down", step: 10_000 } }, actor(), NOW);
    const ids = await nominate("giay_khen", [{ kind: "ca_nhan", name: "Phạm Văn Dũng" }]);
    const draft = await createDecisionFromLines(database.db, { wardId: demo.wardId, periodId: null, formCode: "giay_khen", lineIds: ids, decisionDate: "2026-07-01", actor: actor(), at: NOW });
    expect((await decisionDocument(database.db, demo.wardId, draft.id)).lines[0]!.amount).toBe(750_000);
    await updateAwardSettings(database.db, demo.wardId, { rounding: { mode: "up", step: 10_000 } }, actor(), NOW);
    expect((await awardSettings(database.db, demo.wardId)).rounding.mode).toBe("up");
    expect((await auditEntries(database.db, demo.wardId, "awards.settings")).length).toBe(2);
  });

  it("refuses lines not accepted, of another form, already decided, or of another ward", async () => {
    const submitted = await nominate("giay_khen", [{ kind: "ca_nhan", name: "Chưa Duyệt", status: "submitted" }]);
    const households = await nominate("gdvh", [{ kind: "ho_gia_dinh", name: "Hộ bà Hoa" }]);
    const base = { wardId: demo.wardId, periodId: null, formCode: "giay_khen", decisionDate: "2026-07-01", actor: actor(), at: NOW };
    await expect(createDecisionFromLines(database.db, { ...base, lineIds: submitted })).rejects.toMatchObject({ code: "line-not-accepted" });
    await expect(createDecisionFromLines(database.db, { ...base, lineIds: households })).rejects.toMatchObject({ code: "wrong-form" });
    await createDecisionFromLines(database.db, { ...base, formCode: "gdvh", lineIds: households });
    await expect(createDecisionFromLines(database.db, { ...base, formCode: "gdvh", lineIds: households })).rejects.toMatchObject({ code: "line-already-decided" });

    const other = await createWard(database.db, { slug: `khac-${provider}`, name: "Phường Khác", issuerNameLines: ["ỦY BAN NHÂN DÂN", "PHƯỜNG KHÁC"], placeName: "Phường Khác", signerName: "Người Khác" });
    await installAwardDefaults(database.db, other.id);
    await createGroups(database.db, other.id, [{ name: "Tổ Khác", households: 10 }]);
    const accepted = await nominate("giay_khen", [{ kind: "ca_nhan", name: "Người Của Phường Mẫu" }]);
    await expect(createDecisionFromLines(database.db, { ...base, wardId: other.id, lineIds: accepted })).rejects.toMatchObject({ code: "other-ward" });
    const draft = await createDecisionFromLines(database.db, { ...base, lineIds: accepted });
    const otherChair = await createMember(database.db, other.id, { fullName: "Chủ Tịch Khác", role: "chair" });
    await expect(signDecision(database.db, { wardId: other.id, decisionId: draft.id, signerMemberId: otherChair.id, actor: CLI_ACTOR, at: NOW })).rejects.toMatchObject({ code: "other-ward" });
    await expect(decisionDocument(database.db, other.id, draft.id)).rejects.toBeInstanceOf(AwardError);
    await expect(signDecision(database.db, { wardId: demo.wardId, decisionId: draft.id, signerMemberId: otherChair.id, actor: CLI_ACTOR, at: NOW })).rejects.toMatchObject({ code: "not-a-signer" });
    await expect(signDecision(database.db, { wardId: demo.wardId, decisionId: draft.id, signerMemberId: officerId, actor: CLI_ACTOR, at: NOW })).rejects.toMatchObject({ code: "not-a-signer" });
  });

  it("signs: numbered in the year, the chairman's name and title, lines locked; edits refused afterwards", async () => {
    const ids = await nominate("giay_khen", [{ kind: "ca_nhan", name: "Hoàng Văn Em" }]);
    const draft = await createDecisionFromLines(database.db, { wardId: demo.wardId, periodId: demo.currentPeriodId, formCode: "giay_khen", lineIds: ids, decisionDate: "2026-06-30", actor: actor(), at: NOW });
    const line = await database.db.decisionLine.findFirstOrThrow({ where: { decisionId: draft.id } });
    await updateDecisionLine(database.db, { wardId: demo.wardId, lineId: line.id, patch: { name: "Hoàng Văn Êm" }, actor: actor(), at: NOW });
    const signed = await signDecision(database.db, { wardId: demo.wardId, decisionId: draft.id, signerMemberId: chairId, actor: { memberId: chairId, source: "chat" }, at: NOW });
    expect(signed.number).toBe(1);
    const doc = await decisionDocument(database.db, demo.wardId, draft.id);
    expect(doc.decision).toMatchObject({ status: "signed", number: 1, signerTitle: "CHỦ TỊCH", signedForChair: false });
    expect(doc.lines[0]!.name).toBe("Hoàng Văn Êm");
    await expect(updateDecisionLine(database.db, { wardId: demo.wardId, lineId: line.id, patch: { name: "Khác" }, actor: actor(), at: NOW })).rejects.toMatchObject({ code: "locked" });
    await expect(signDecision(database.db, { wardId: demo.wardId, decisionId: draft.id, signerMemberId: chairId, actor: actor(), at: NOW })).rejects.toMatchObject({ code: "already-signed" });
    expect((await database.db.decisionLine.findFirstOrThrow({ where: { id: line.id } })).lockedAt).not.toBeNull();
    expect((await auditEntries(database.db, demo.wardId, "decision.sign")).map((row) => row.subject)).toContain(`decision:${draft.id}`);
    expect((await auditEntries(database.db, demo.wardId, "decision.line.update")).length).toBe(1);
  });

  it("a vice-chairman signs KT. CHỦ TỊCH / PHÓ CHỦ TỊCH; signing on another day reprices on that day's base salary", async () => {
    const ids = await nominate("giay_khen", [{ kind: "ca_nhan", name: "Vũ Thị Giang" }]);
    const draft = await createDecisionFromLines(database.db, { wardId: demo.wardId, periodId: demo.currentPeriodId, formCode: "giay_khen", lineIds: ids, decisionDate: "2026-06-30", actor: actor(), at: NOW });
    const signed = await signDecision(database.db, { wardId: demo.wardId, decisionId: draft.id, signerMemberId: viceChairId, actor: actor(), at: NOW, decisionDate: "2026-07-02" });
    expect(signed.number).toBe(2);
    const doc = await decisionDocument(database.db, demo.wardId, draft.id);
    expect(doc.decision).toMatchObject({ signerName: "Nguyễn Văn Phó", signerTitle: "PHÓ CHỦ TỊCH", signedForChair: true, decisionDate: "2026-07-02" });
    expect(doc.lines[0]!.amount).toBe(760_000);
  });

  it("a correction is a new decision naming the old; the report's figures count the correction, not the old", async () => {
    const ids = await nominate("giay_khen", [
      { kind: "ca_nhan", name: "Sai Tên" },
      { kind: "tap_the", name: "Chi đoàn Tổ 1" },
    ], "Tổ 2");
    const first = await createDecisionFromLines(database.db, { wardId: demo.wardId, periodId: demo.currentPeriodId, formCode: "giay_khen", lineIds: ids, decisionDate: "2026-08-01", actor: actor(), at: NOW });
    await signDecision(database.db, { wardId: demo.wardId, decisionId: first.id, signerMemberId: chairId, actor: actor(), at: NOW });
    const before = await awardFiguresBetween(database.db, demo.wardId, "2026-08-01", "2026-08-31");
    expect(before).toMatchObject({ decisions: 1, individuals: 1, collectives: 1, amount: 760_000 + 1_520_000 });
    const oldLines = await database.db.decisionLine.findMany({ where: { decisionId: first.id }, orderBy: { sortOrder: "asc" } });
    const fix = await createCorrection(database.db, {
      wardId: demo.wardId,
      correctsId: first.id,
      decisionDate: "2026-08-05",
      lines: [{ fromLineId: oldLines.find((line) => line.name === "Sai Tên")!.id, name: "Đúng Tên" }],
      actor: actor(),
      at: NOW,
    });
    await signDecision(database.db, { wardId: demo.wardId, decisionId: fix.id, signerMemberId: chairId, actor: actor(), at: NOW });
    const doc = await decisionDocument(database.db, demo.wardId, fix.id);
    expect(doc.decision.corrects).toMatchObject({ number: 3, decisionDate: "2026-08-01" });
    expect(doc.lines.map((line) => [line.name, line.amount])).toEqual([["Đúng Tên", 760_000]]);
    expect(await awardFiguresBetween(database.db, demo.wardId, "2026-08-01", "2026-08-31")).toMatchObject({ decisions: 1, individuals: 1, collectives: 0, amount: 760_000 });
    const old = await decisionDocument(database.db, demo.wardId, first.id);
    expect(old.lines.map((line) => line.name)).toEqual(["Chi đoàn Tổ 1", "Sai Tên"]);
    expect((await auditEntries(database.db, demo.wardId, "decision.correct")).length).toBe(1);
  });

  it("stores the lines in the annex's order; a draft stored otherwise is renumbered so when signed, then never again", async () => {
    const ids = await nominate("giay_khen", [
      { kind: "ca_nhan", name: "Cá Nhân Một" },
      { kind: "ho_gia_dinh", name: "Hộ ông Hai" },
      { kind: "tap_the", name: "Tập Thể Ba" },
      { kind: "ca_nhan", name: "Cá Nhân Bốn" },
    ], "Tổ 3");
    const base = { wardId: demo.wardId, periodId: demo.currentPeriodId, formCode: "giay_khen", decisionDate: "2026-09-01", actor: actor(), at: NOW };
    const draft = await createDecisionFromLines(database.db, { ...base, lineIds: ids });
    const stored = async (decisionId: number) =>
      (await database.db.decisionLine.findMany({ where: { decisionId }, orderBy: { sortOrder: "asc" } })).map((line) => [line.sortOrder, line.name]);
    const expected = [[1, "Tập Thể Ba"], [2, "Cá Nhân Một"], [3, "Cá Nhân Bốn"], [4, "Hộ ông Hai"]];
    expect(await stored(draft.id)).toEqual(expected);
    // A draft made before the order was decided at drafting: stored in the order chosen.
    const chosen = ["Cá Nhân Một", "Hộ ông Hai", "Tập Thể Ba", "Cá Nhân Bốn"];
    for (const [index, name] of chosen.entries()) await database.db.decisionLine.updateMany({ where: { decisionId: draft.id, name }, data: { sortOrder: index + 1 } });
    expect((await decisionDocument(database.db, demo.wardId, draft.id)).lines.map((line) => [line.stt, line.name])).toEqual(expected);
    await signDecision(database.db, { wardId: demo.wardId, decisionId: draft.id, signerMemberId: chairId, actor: actor(), at: NOW });
    expect(await stored(draft.id)).toEqual(expected);
    expect((await decisionDocument(database.db, demo.wardId, draft.id)).lines.map((line) => [line.stt, line.name])).toEqual(expected);
  });

  it("two decisions signed at the same moment get two different numbers", async () => {
    const year = "2027-03-0";
    const drafts = [];
    for (const day of [1, 2]) {
      const ids = await nominate("giay_khen", [{ kind: "ca_nhan", name: `Cùng Lúc ${day}` }]);
      drafts.push(await createDecisionFromLines(database.db, { wardId: demo.wardId, periodId: null, formCode: "giay_khen", lineIds: ids, decisionDate: `${year}${day}`, actor: actor(), at: NOW }));
    }
    const signed = await Promise.all(drafts.map((draft) => signDecision(database.db, { wardId: demo.wardId, decisionId: draft.id, signerMemberId: chairId, actor: actor(), at: NOW })));
    expect(signed.map((row) => row.number).sort()).toEqual([1, 2]);
  });

  it("the demo ward can still be reseeded (its nominations and decisions go with it)", async () => {
    await expect(seedDemo(database.db, NOW)).resolves.toMatchObject({ replaced: true });
  });
});
