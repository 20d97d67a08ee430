// The nomination repos on both databases: households checked against the group's handed-in
// figure inside the write, a deactivated leader refused, a line returned and corrected, the
// council's ballots replaced by a later press, the close under the ward's rule, a line on the
// vote no longer returnable, and every change audited.
import { describe, expect, it } from "vitest";
import { auditEntries } from "../../src/db/repos/audit.js";
import { updateAwardSettings } from "../../src/db/repos/awards.js";
import { castBallot, closeVote, openVote } from "../../src/db/repos/nominations/council.js";
import { addHouseholds, loadNominationState, markCorrected, submitNomination, updateLineField } from "../../src/db/repos/nominations/leader.js";
import { acceptGroupLines, returnLine } from "../../src/db/repos/nominations/office.js";
import { createMember } from "../../src/db/repos/members.js";
import { providersUnderTest } from "../support/databases.js";
import { seededDatabase } from "./support.js";

const NOW = new Date("2025-05-15T01:00:00.000Z");

describe.each(await providersUnderTest())("nominations on %s", (provider) => {
  const seeded = seededDatabase(provider, NOW);


  it("runs from the leader's households to the council's outcome", async () => {
    const { db } = seeded.database;
    const wardId = seeded.demo.wardId;
    const periodId = seeded.demo.currentPeriodId;
    const group = await db.group.findFirstOrThrow({ where: { wardId, name: "Tổ 5" } });
    const leader = await db.member.findFirstOrThrow({ where: { wardId, groupId: group.id, role: "leader" } });
    const officer = await db.member.findFirstOrThrow({ where: { wardId, role: "officer" } });
    const actor = { memberId: leader.id, wardId, roles: ["leader" as const], groupId: group.id };
    const office = { memberId: officer.id, wardId, roles: ["officer" as const] };

    const state = await loadNominationState(db, periodId, group.id);
    expect(state.achievedHouseholds).toBe(187);
    const many = Array.from({ length: 188 }, (_, i) => ({ name: `Hộ ${i + 1}`, address: `số ${i + 1}` }));
    const over = await addHouseholds(db, { actor, periodId, at: NOW, lines: many });
    expect(over).toMatchObject({ ok: false, reason: "quota", quota: { reason: "over", achieved: 187, remaining: 187 } });
    expect(await db.nominationLine.count()).toBe(0);
    expect(await addHouseholds(db, { actor, periodId, at: NOW, lines: many.slice(0, 186) })).toMatchObject({ ok: true, value: { added: 186, remaining: 1 } });
    expect(await addHouseholds(db, { actor, periodId, at: NOW, lines: many.slice(186, 188) })).toMatchObject({ ok: false, reason: "quota" });
    expect(await addHouseholds(db, { actor, periodId, at: NOW, lines: many.slice(186, 187) })).toMatchObject({ ok: true });
    expect(await submitNomination(db, { actor, periodId, at: NOW })).toMatchObject({ ok: true, value: { sent: 187 } });

    // The office returns one, the leader corrects it (the quota counts it once), it is sent again.
    const first = await db.nominationLine.findFirstOrThrow({ where: { name: "Hộ 1" } });
    expect(await returnLine(db, { actor: office, lineId: first.id, reason: "Sai địa chỉ", at: NOW })).toMatchObject({ ok: true });
    expect(await updateLineField(db, { actor, periodId, at: NOW, lineId: first.id, field: "address", value: "số 1A" })).toMatchObject({ ok: true });
    expect(await markCorrected(db, { actor, periodId, at: NOW, lineId: first.id })).toMatchObject({ ok: true });
    expect(await submitNomination(db, { actor, periodId, at: NOW })).toMatchObject({ ok: true, value: { sent: 1 } });
    expect(await acceptGroupLines(db, { actor: office, periodId, groupId: group.id, at: NOW })).toMatchObject({ ok: true, value: 187 });

    // A deactivated leader cannot write any more.
    await db.member.update({ where: { id: leader.id }, data: { active: false } });
    expect(await addHouseholds(db, { actor, periodId, at: NOW, lines: [{ name: "X", address: "Y" }] })).toMatchObject({ ok: false });
    await db.member.update({ where: { id: leader.id }, data: { active: true } });

    // The council: three members, a rule of "more than 50 % of all members".
    const council = [];
    for (const name of ["A", "B", "C"]) council.push(await createMember(db, wardId, { fullName: `Thành viên ${name}`, role: "council" }));
    await updateAwardSettings(db, wardId, { votePassRule: "of_members", votePassPercent: 50 }, { memberId: officer.id, source: "chat" }, NOW);
    const opened = await openVote(db, { actor: office, periodId, at: NOW });
    expect(opened.ok).toBe(true);
    const voteId = opened.ok ? opened.value : 0;
    expect(await openVote(db, { actor: office, periodId, at: NOW })).toMatchObject({ ok: false, reason: "already_open" });
    expect(await returnLine(db, { actor: office, lineId: first.id, reason: "muộn", at: NOW })).toMatchObject({ ok: false, reason: "report_status" });
    const ballot = (memberId: number, lineId: number | null, agree: boolean) => castBallot(db, { actor: { memberId, wardId, roles: ["council"] }, voteId, lineId, agree, at: NOW });
    await ballot(council[0]!.id, null, false);
    await ballot(council[0]!.id, null, true); // a later press replaces the earlier one
    await ballot(council[1]!.id, null, true);
    await ballot(council[1]!.id, first.id, false);
    await ballot(council[2]!.id, first.id, false);
    expect(await castBallot(db, { actor: { memberId: officer.id, wardId, roles: ["council"] }, voteId, lineId: null, agree: true, at: NOW })).toMatchObject({ ok: false, reason: "member_changed" });
    const closed = await closeVote(db, { actor: office, voteId, at: NOW });
    expect(closed.ok).toBe(true);
    const tally = closed.ok ? closed.value : [];
    expect(tally.find((line) => line.lineId === first.id)).toMatchObject({ agree: 1, disagree: 2, passed: false });
    expect(tally.filter((line) => line.passed)).toHaveLength(186); // 2 of 3 agree elsewhere
    expect(await ballot(council[2]!.id, null, true)).toMatchObject({ ok: false, reason: "report_status" });
    expect(await db.councilVoteLine.count({ where: { voteId, passed: true } })).toBe(186);

    const actions = (await auditEntries(db, wardId)).map((entry) => entry.action);
    for (const action of ["nomination.households.add", "nomination.submit", "nomination.line.return", "nomination.line.edit", "nomination.line.corrected", "nomination.accept", "council.vote.open", "council.ballot", "council.vote.close"]) {
      expect(actions).toContain(action);
    }
  });
});
