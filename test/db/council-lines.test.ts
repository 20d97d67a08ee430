// Issue 13 items 3-4 on both databases: which accepted lines may go to the council before the
// posting has run (a Giấy khen may, the households may not), comments recorded against one line
// and shown beside it in the vote, per-line ballots deciding a line under the ward's rule, and
// the officer's correction of a line: audited with its author and old and new text, refused to
// another role, to another ward, and once the line's decision is signed.
import { describe, expect, it } from "vitest";
import { DEMO_WARD } from "../../src/cli/demo/phan-dinh-phung.js";
import { auditEntries } from "../../src/db/repos/audit.js";
import { updateAwardSettings } from "../../src/db/repos/awards.js";
import { approveVote } from "../../src/db/repos/nominations/approval.js";
import { castBallot, closeVote, openVote, voteReadiness, voteView } from "../../src/db/repos/nominations/council.js";
import { addHouseholds, startCommendation, submitNomination, updateLineField } from "../../src/db/repos/nominations/leader.js";
import { acceptGroupLines, addPostingComment, editLineByOffice, postingLines, recordPosting } from "../../src/db/repos/nominations/office.js";
import { createMember } from "../../src/db/repos/members.js";
import { createWard } from "../../src/db/repos/wards.js";
import { providersUnderTest } from "../support/databases.js";
import { seededDatabase } from "./support.js";

const NOW = new Date("2025-05-15T01:00:00.000Z");
const TODAY = { year: 2025, month: 5, day: 15 };

describe.each(await providersUnderTest())("council lines on %s", (provider) => {
  const seeded = seededDatabase(provider, NOW);


  it("holds the households back until the posting has run, comments per line, votes per line, corrects a line until it is signed", async () => {
    const { db } = seeded.database;
    const wardId = seeded.demo.wardId;
    const periodId = seeded.demo.currentPeriodId;
    const group = await db.group.findFirstOrThrow({ where: { wardId, name: "Tổ 5" } });
    const leader = await db.member.findFirstOrThrow({ where: { wardId, groupId: group.id, role: "leader" } });
    const officer = await db.member.findFirstOrThrow({ where: { wardId, role: "officer" } });
    const actor = { memberId: leader.id, wardId, roles: ["leader" as const], groupId: group.id };
    const office = { memberId: officer.id, wardId, roles: ["officer" as const, "admin" as const] };

    await addHouseholds(db, { actor, periodId, at: NOW, lines: [{ name: "Nguyễn Văn An", address: "số 12 ngõ 5" }, { name: "Trần Thị Bình", address: "số 34 ngõ 5" }] });
    const started = await startCommendation(db, { actor, periodId, at: NOW, recipientKind: "ca_nhan", name: "Hoàng Văn Tâm" });
    const tamId = started.ok ? started.value : 0;
    await updateLineField(db, { actor, periodId, at: NOW, lineId: tamId, field: "address", value: "Tổ 5" });
    await updateLineField(db, { actor, periodId, at: NOW, lineId: tamId, field: "achievement", value: "Vận động hiến đất mở rộng ngõ 5." });
    expect(await submitNomination(db, { actor, periodId, at: NOW })).toMatchObject({ ok: true, value: { sent: 3 } });
    expect(await acceptGroupLines(db, { actor: office, periodId, groupId: group.id, at: NOW })).toMatchObject({ ok: true, value: 3 });
    const [an, binh] = [await db.nominationLine.findFirstOrThrow({ where: { name: "Nguyễn Văn An" } }), await db.nominationLine.findFirstOrThrow({ where: { name: "Trần Thị Bình" } })];

    // No posting yet: only the Giấy khen may go to the council.
    expect(await voteReadiness(db, wardId, periodId, TODAY)).toEqual({ ready: [tamId], waiting: { count: 2, forms: ["Gia đình văn hóa"], reason: "no_posting", end: null } });
    // A posting still running holds them too, until the day after its last day.
    const postingId = await recordPosting(db, { actor: office, periodId, startDate: "2025-05-10", days: 10, at: NOW }).then((r) => (r.ok ? r.value : 0));
    expect((await voteReadiness(db, wardId, periodId, TODAY)).waiting).toEqual({ count: 2, forms: ["Gia đình văn hóa"], reason: "running", end: { year: 2025, month: 5, day: 19 } });
    expect((await voteReadiness(db, wardId, periodId, { year: 2025, month: 5, day: 20 })).ready.sort()).toEqual([an.id, binh.id, tamId].sort());

    // Comments: one on the list, one on line 2 (as the posting numbers it); another ward's line is refused.
    expect((await postingLines(db, wardId, periodId)).map((line) => line.name)).toEqual(["Nguyễn Văn An", "Trần Thị Bình", "Hoàng Văn Tâm"]);
    expect(await addPostingComment(db, { actor: office, postingId, text: "Bà con đồng tình.", at: NOW })).toMatchObject({ ok: true });
    expect(await addPostingComment(db, { actor: office, postingId, lineId: binh.id, text: "Nhà bà Bình là số 36.", at: NOW })).toMatchObject({ ok: true });
    const other = await createWard(db, { ...DEMO_WARD, slug: "phuong-khac-2", name: "Phường Khác", issuerNameLines: ["ỦY BAN NHÂN DÂN", "PHƯỜNG KHÁC"], placeName: "Phường Khác" });
    const stranger = await createMember(db, other.id, { fullName: "Phạm Văn Khác", role: "officer" });
    const foreign = { memberId: stranger.id, wardId: other.id, roles: ["officer" as const] };
    expect(await addPostingComment(db, { actor: foreign, postingId, lineId: binh.id, text: "x", at: NOW })).toMatchObject({ ok: false, reason: "report_status" });
    const commentAudit = (await auditEntries(db, wardId, "award.posting.comment")).at(-1)!;
    expect(commentAudit.actorId).toBe(officer.id);
    expect(commentAudit.subject).toBe(`nomination-line:${binh.id}`);
    expect(JSON.parse(commentAudit.detail)).toMatchObject({ lineId: binh.id, text: "Nhà bà Bình là số 36." });

    // The officer corrects line 2 as the comment said: audited old → new, author the officer.
    expect(await editLineByOffice(db, { actor: office, lineId: binh.id, field: "address", value: "số 36 ngõ 5", at: NOW })).toMatchObject({ ok: true, value: { from: "số 34 ngõ 5", to: "số 36 ngõ 5" } });
    const [edit] = await auditEntries(db, wardId, "nomination.line.office-edit");
    expect(edit!.actorId).toBe(officer.id);
    expect(JSON.parse(edit!.detail)).toEqual({ field: "address", from: "số 34 ngõ 5", to: "số 36 ngõ 5" });
    expect(await editLineByOffice(db, { actor: office, lineId: binh.id, field: "address", value: "số 36 ngõ 5", at: NOW })).toEqual({ ok: false, reason: "unchanged" });
    // Not the leader (the officer's write), not another ward's officer.
    expect(await editLineByOffice(db, { actor: { ...actor, roles: ["officer"] }, lineId: binh.id, field: "name", value: "X", at: NOW })).toMatchObject({ ok: false, reason: "member_changed" });
    expect(await editLineByOffice(db, { actor: foreign, lineId: binh.id, field: "name", value: "X", at: NOW })).toMatchObject({ ok: false, reason: "report_status" });
    expect((await db.nominationLine.findUniqueOrThrow({ where: { id: binh.id } })).name).toBe("Trần Thị Bình");
    expect(await auditEntries(db, wardId, "nomination.line.office-edit")).toHaveLength(1);

    // The vote, once the posting has run: comments beside their line; per-line ballots decide line 2.
    const council = [];
    for (const name of ["A", "B", "C"]) council.push(await createMember(db, wardId, { fullName: `Thành viên ${name}`, role: "council" }));
    await updateAwardSettings(db, wardId, { votePassRule: "of_cast", votePassPercent: 50 }, { memberId: officer.id, source: "chat" }, NOW);
    const readiness = await voteReadiness(db, wardId, periodId, { year: 2025, month: 5, day: 20 });
    const opened = await openVote(db, { actor: office, periodId, lineIds: readiness.ready, at: NOW });
    const voteId = opened.ok ? opened.value : 0;
    const view = (await voteView(db, wardId, voteId))!;
    expect(view.lines.map((line) => [line.name, line.address, line.comments])).toEqual([
      ["Nguyễn Văn An", "số 12 ngõ 5", []],
      ["Trần Thị Bình", "số 36 ngõ 5", ["Nhà bà Bình là số 36."]],
      ["Hoàng Văn Tâm", "Tổ 5", []],
    ]);
    expect(view.listComments).toEqual(["Bà con đồng tình."]);
    const ballot = (memberId: number, lineId: number | null, agree: boolean) => castBallot(db, { actor: { memberId, wardId, roles: ["council"] }, voteId, lineId, agree, at: NOW });
    await ballot(council[0]!.id, null, true);
    await ballot(council[1]!.id, null, true);
    await ballot(council[1]!.id, binh.id, false);
    await ballot(council[2]!.id, binh.id, false); // only line 2: silent on the others
    const closed = await closeVote(db, { actor: office, voteId, at: NOW });
    const tally = closed.ok ? closed.value : [];
    // of_cast, more than 50 %: line 2 has 1 of 3 ballots agreeing; the others 2 of 2.
    expect(tally.map((line) => [line.lineId, line.agree, line.disagree, line.silent, line.passed])).toEqual([
      [an.id, 2, 0, 1, true],
      [binh.id, 1, 2, 0, false],
      [tamId, 2, 0, 1, true],
    ]);

    // Signed: the decided lines are locked against the officer's correction.
    const chair = await db.member.findFirstOrThrow({ where: { wardId, role: "chair" } });
    expect(await approveVote(db, { actor: { memberId: chair.id, wardId, roles: ["chair"] }, voteId, decisionDate: "2025-05-20", at: NOW })).toMatchObject({ ok: true });
    expect(await editLineByOffice(db, { actor: office, lineId: an.id, field: "name", value: "Nguyễn Văn Ân", at: NOW })).toEqual({ ok: false, reason: "signed" });
    expect((await db.nominationLine.findUniqueOrThrow({ where: { id: an.id } })).name).toBe("Nguyễn Văn An");
    // The line the council did not pass is in no decision: still correctable by the office.
    expect(await editLineByOffice(db, { actor: office, lineId: binh.id, field: "name", value: "Trần Thị Bình (chủ hộ)", at: NOW })).toMatchObject({ ok: true });
  });
});
