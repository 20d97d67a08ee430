// The audit trail of a group's answers: for every change an officer can later read who
// changed which figure, from what to what, and when. Real databases, the model ward.
import { describe, expect, it } from "vitest";
import { periodIndicators } from "../../src/db/repos/catalogue.js";
import { reportAnswers, saveAnswer } from "../../src/db/repos/reports.js";
import { providersUnderTest } from "../support/databases.js";
import { seededDatabase } from "./support.js";

const NOW = new Date("2025-05-15T01:00:00.000Z");

describe.each(await providersUnderTest())("answers and their audit rows on %s", (provider) => {
  const seeded = seededDatabase(provider, NOW);


  /** A group of the model ward with no report yet in the open period, and its leader. */
  async function untouchedGroup() {
    const groups = await seeded.database.db.group.findMany({
      where: { wardId: seeded.demo.wardId, reports: { none: { periodId: seeded.demo.currentPeriodId } } },
      include: { members: { where: { role: "leader" } } },
      orderBy: { id: "asc" },
    });
    const group = groups.find((candidate) => candidate.members.length > 0);
    if (!group) throw new Error("the model ward has no group without a report");
    return { groupId: group.id, leaderId: group.members[0]!.id };
  }

  it("records who changed a figure, from what to what, and when", async () => {
    const { groupId, leaderId } = await untouchedGroup();
    const officer = await seeded.database.db.member.findFirstOrThrow({ where: { wardId: seeded.demo.wardId, role: "officer" } });
    const indicators = await periodIndicators(seeded.database.db, seeded.demo.currentPeriodId);
    const households = indicators.find((indicator) => indicator.type === "count")!;
    const base = { periodId: seeded.demo.currentPeriodId, groupId, indicatorId: households.id };

    const before = Date.now();
    expect(await saveAnswer(seeded.database.db, { ...base, value: { type: "count", value: 226 }, memberId: leaderId })).toEqual({ changed: true });
    // The same figure typed again is no change and leaves no row.
    expect(await saveAnswer(seeded.database.db, { ...base, value: { type: "count", value: 226 }, memberId: leaderId })).toEqual({ changed: false });
    expect(
      await saveAnswer(seeded.database.db, { ...base, value: { type: "count", value: 230 }, memberId: officer.id, source: "officer" }),
    ).toEqual({ changed: true });
    const after = Date.now();

    const report = await seeded.database.db.groupReport.findFirstOrThrow({ where: { periodId: seeded.demo.currentPeriodId, groupId } });
    const rows = await seeded.database.db.valueChange.findMany({ where: { reportId: report.id }, orderBy: { id: "asc" } });
    expect(
      rows.map((row) => ({
        indicatorId: row.indicatorId,
        from: row.oldValue === null ? null : JSON.parse(row.oldValue),
        to: row.newValue === null ? null : JSON.parse(row.newValue),
        by: row.changedById,
        source: row.source,
      })),
    ).toEqual([
      { indicatorId: households.id, from: null, to: { type: "count", value: 226 }, by: leaderId, source: "chat" },
      { indicatorId: households.id, from: { type: "count", value: 226 }, to: { type: "count", value: 230 }, by: officer.id, source: "officer" },
    ]);
    for (const row of rows) {
      // Stored at the moment of the change (1 s slack for databases that keep whole seconds).
      expect(row.changedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
      expect(row.changedAt.getTime()).toBeLessThanOrEqual(after + 1000);
    }
    // The report itself holds the latest figure and its author.
    expect((await reportAnswers(seeded.database.db, seeded.demo.currentPeriodId, groupId, indicators)).get(households.code)).toEqual({ type: "count", value: 230 });
    const value = await seeded.database.db.reportValue.findFirstOrThrow({ where: { reportId: report.id, indicatorId: households.id } });
    expect(value.updatedById).toBe(officer.id);
  });

  it("keeps the old value of every kind of answer (money, yes/no, text)", async () => {
    const { groupId, leaderId } = await untouchedGroup();
    const indicators = await periodIndicators(seeded.database.db, seeded.demo.currentPeriodId);
    const samples: Record<string, [unknown, unknown]> = {
      money: [{ type: "money", value: 2_500_000 }, { type: "money", value: 261_700_000 }],
      yes_no: [{ type: "yes_no", value: false }, { type: "yes_no", value: true }],
      text: [{ type: "text", value: "Đã tổ chức họp tổ" }, { type: "text", value: "Đã tổ chức họp tổ hai lần" }],
    };
    const report = async () => seeded.database.db.groupReport.findFirst({ where: { periodId: seeded.demo.currentPeriodId, groupId } });
    for (const [type, [first, second]] of Object.entries(samples)) {
      const indicator = indicators.find((candidate) => candidate.type === type);
      if (!indicator) continue;
      const base = { periodId: seeded.demo.currentPeriodId, groupId, indicatorId: indicator.id, memberId: leaderId };
      await saveAnswer(seeded.database.db, { ...base, value: first as never });
      await saveAnswer(seeded.database.db, { ...base, value: second as never });
      const rows = await seeded.database.db.valueChange.findMany({ where: { reportId: (await report())!.id, indicatorId: indicator.id }, orderBy: { id: "asc" } });
      expect(rows.map((row) => [row.oldValue && JSON.parse(row.oldValue), row.newValue && JSON.parse(row.newValue)]), type).toEqual([
        [null, first],
        [first, second],
      ]);
    }
  });
});
