// A leader's answers and "Gửi báo cáo" from the chat, as the report stores them: what the
// officer later reads (the figure, who typed it, from what to what, the report's status and
// its history), and what is refused — a closed period, an approved report, a leader who was
// deactivated or moved, a figure that breaks a rule against what is stored now — with nothing
// written. Real databases, the model ward; each test has a group of its own.
import { beforeAll, describe, expect, it } from "vitest";
import { periodIndicators } from "../../src/db/repos/catalogue.js";
import {
  getOrCreateReport,
  reportAnswers,
  saveAnswer,
  saveReportAnswer,
  submitReport,
  submitReportAs,
} from "../../src/db/repos/reports.js";
import type { Actor } from "../../src/db/repos/write-guard.js";
import type { AnswerValue, IndicatorDef } from "../../src/domain/types.js";
import { validateAnswer, validateReport } from "../../src/domain/validate.js";
import { providersUnderTest } from "../support/databases.js";
import { seededDatabase } from "./support.js";

const NOW = new Date("2025-05-15T01:00:00.000Z");
const count = (value: number): AnswerValue => ({ type: "count", value });

describe.each(await providersUnderTest())("a leader's answers and submission from the chat on %s", (provider) => {
  const seeded = seededDatabase(provider, NOW);
  let indicators: Array<IndicatorDef & { id: number }>;
  let closedIndicators: Array<IndicatorDef & { id: number }>;
  let groups = 0;

  beforeAll(async () => {
    indicators = await periodIndicators(seeded.database.db, seeded.demo.currentPeriodId);
    closedIndicators = await periodIndicators(seeded.database.db, seeded.demo.periodId);
  });

  const indicator = (code: string, list = indicators) => {
    const found = list.find((candidate) => candidate.code === code);
    if (!found) throw new Error(`the model ward's period has no indicator ${code}`);
    return found;
  };

  /** A new group of the model ward with its leader, and the leader as a conversation knows them. */
  async function newGroup() {
    groups += 1;
    const group = await seeded.database.db.group.create({ data: { wardId: seeded.demo.wardId, name: `Tổ thử ${groups}`, sortOrder: 1000 + groups } });
    const leader = await seeded.database.db.member.create({
      data: { wardId: seeded.demo.wardId, fullName: `Trần Văn Thử ${groups}`, role: "leader", groupId: group.id },
    });
    const actor: Actor = { memberId: leader.id, wardId: seeded.demo.wardId, roles: ["leader"], groupId: group.id };
    return { groupId: group.id, leaderId: leader.id, actor };
  }

  /** What the conversation sends for one typed answer, checked like the chat checks it. */
  function answer(groupId: number, actor: Actor, code: string, value: AnswerValue, periodId = seeded.demo.currentPeriodId, list = indicators) {
    const target = indicator(code, list);
    return saveReportAnswer(seeded.database.db, {
      periodId,
      groupId,
      actor,
      indicators: list,
      at: NOW,
      indicatorId: target.id,
      value,
      validate: (stored) => validateAnswer(target, value, stored, list),
    });
  }

  function submit(groupId: number, actor: Actor, at: Date, periodId = seeded.demo.currentPeriodId, list = indicators) {
    return submitReportAs(seeded.database.db, {
      periodId,
      groupId,
      actor,
      indicators: list,
      at,
      validate: (stored) => validateReport(list, stored, { requireComplete: true }),
    });
  }

  async function reportOf(groupId: number, periodId = seeded.demo.currentPeriodId) {
    return seeded.database.db.groupReport.findUnique({ where: { periodId_groupId: { periodId, groupId } } });
  }

  async function changesOf(groupId: number) {
    const report = await reportOf(groupId);
    if (!report) return [];
    const rows = await seeded.database.db.valueChange.findMany({ where: { reportId: report.id }, orderBy: { id: "asc" } });
    return rows.map((row) => ({
      indicatorId: row.indicatorId,
      from: row.oldValue === null ? null : (JSON.parse(row.oldValue) as unknown),
      to: row.newValue === null ? null : (JSON.parse(row.newValue) as unknown),
      by: row.changedById,
      source: row.source,
    }));
  }

  it("stores a first answer in a new draft report, with who typed it, and returns every stored answer", async () => {
    const { groupId, leaderId, actor } = await newGroup();
    const total = indicator("households_total");
    const registered = indicator("households_registered");

    const first = await answer(groupId, actor, "households_total", count(226));
    expect(first).toEqual({
      ok: true,
      value: { changed: true, answers: new Map([["households_total", count(226)]]), report: { status: "draft", submittedAt: null } },
    });
    const second = await answer(groupId, actor, "households_registered", count(220));
    expect(second.ok && second.value.answers).toEqual(new Map([["households_total", count(226)], ["households_registered", count(220)]]));

    expect(await changesOf(groupId)).toEqual([
      { indicatorId: total.id, from: null, to: count(226), by: leaderId, source: "chat" },
      { indicatorId: registered.id, from: null, to: count(220), by: leaderId, source: "chat" },
    ]);
    expect(await reportAnswers(seeded.database.db, seeded.demo.currentPeriodId, groupId, indicators)).toEqual(
      new Map([["households_total", count(226)], ["households_registered", count(220)]]),
    );
  });

  it("records a corrected figure from the old one to the new one, and the same figure again as no change", async () => {
    const { groupId, leaderId, actor } = await newGroup();
    const total = indicator("households_total");
    await answer(groupId, actor, "households_total", count(226));
    const again = await answer(groupId, actor, "households_total", count(226));
    expect(again.ok && again.value.changed).toBe(false);
    const corrected = await answer(groupId, actor, "households_total", count(230));
    expect(corrected.ok && corrected.value).toMatchObject({ changed: true, answers: new Map([["households_total", count(230)]]) });

    expect(await changesOf(groupId)).toEqual([
      { indicatorId: total.id, from: null, to: count(226), by: leaderId, source: "chat" },
      { indicatorId: total.id, from: count(226), to: count(230), by: leaderId, source: "chat" },
    ]);
    const stored = await seeded.database.db.reportValue.findFirstOrThrow({ where: { report: { groupId }, indicatorId: total.id } });
    expect(stored.updatedById).toBe(leaderId);
  });

  it("marks an answer an officer entered on the leader's behalf as such", async () => {
    const { groupId } = await newGroup();
    const officer = await seeded.database.db.member.findFirstOrThrow({ where: { wardId: seeded.demo.wardId, role: "officer", active: true } });
    const target = indicator("households_total");
    const result = await saveReportAnswer(seeded.database.db, {
      periodId: seeded.demo.currentPeriodId,
      groupId,
      actor: { memberId: officer.id, wardId: seeded.demo.wardId, roles: ["officer", "admin"] },
      indicators,
      at: NOW,
      indicatorId: target.id,
      value: count(150),
      source: "officer_on_behalf",
      validate: (stored) => validateAnswer(target, count(150), stored, indicators),
    });
    expect(result.ok).toBe(true);
    expect(await changesOf(groupId)).toEqual([{ indicatorId: target.id, from: null, to: count(150), by: officer.id, source: "officer_on_behalf" }]);
  });

  it("checks a figure against the answers stored now, not those the conversation started with, and stores nothing when it breaks a rule", async () => {
    const { groupId, leaderId, actor } = await newGroup();
    await answer(groupId, actor, "households_total", count(226));
    // Meanwhile (another device, an officer) the total is corrected down.
    await saveAnswer(seeded.database.db, { periodId: seeded.demo.currentPeriodId, groupId, indicatorId: indicator("households_total").id, value: count(200), memberId: leaderId });

    const refused = await answer(groupId, actor, "households_registered", count(210));
    expect(refused).toMatchObject({
      ok: false,
      reason: "invalid",
      conflicts: [{ indicatorCode: "households_registered", reason: "exceeds_other", params: { other: "households_total", otherValue: 200 } }],
    });
    expect(await reportAnswers(seeded.database.db, seeded.demo.currentPeriodId, groupId, indicators)).toEqual(new Map([["households_total", count(200)]]));
    expect((await changesOf(groupId)).map((change) => change.to)).toEqual([count(226), count(200)]);
  });

  it("refuses an answer for a closed period, and opens no report in it", async () => {
    const { groupId, actor } = await newGroup();
    expect(await answer(groupId, actor, "households_total", count(226), seeded.demo.periodId, closedIndicators)).toEqual({
      ok: false,
      reason: "period_closed",
      conflicts: [],
    });
    expect(await reportOf(groupId, seeded.demo.periodId)).toBeNull();
  });

  it("refuses an answer for a closed period's existing report, and leaves its figure", async () => {
    const submitted = await seeded.database.db.groupReport.findFirstOrThrow({
      where: { periodId: seeded.demo.periodId, group: { members: { some: { role: "leader", active: true } } } },
      include: { group: { include: { members: { where: { role: "leader", active: true } } } } },
    });
    const leader = submitted.group.members[0]!;
    const actor: Actor = { memberId: leader.id, wardId: seeded.demo.wardId, roles: ["leader"], groupId: submitted.groupId };
    const before = await reportAnswers(seeded.database.db, seeded.demo.periodId, submitted.groupId, closedIndicators);
    expect(await answer(submitted.groupId, actor, "households_total", count(1), seeded.demo.periodId, closedIndicators)).toMatchObject({ ok: false, reason: "period_closed" });
    expect(await reportAnswers(seeded.database.db, seeded.demo.periodId, submitted.groupId, closedIndicators)).toEqual(before);
  });

  it("refuses a change to an approved report, and keeps the approved figure", async () => {
    const { groupId, actor } = await newGroup();
    await answer(groupId, actor, "households_total", count(226));
    await seeded.database.db.groupReport.update({ where: { periodId_groupId: { periodId: seeded.demo.currentPeriodId, groupId } }, data: { status: "approved" } });
    expect(await answer(groupId, actor, "households_total", count(300))).toEqual({ ok: false, reason: "report_approved", conflicts: [] });
    expect(await submit(groupId, actor, NOW)).toEqual({ ok: false, reason: "report_approved", conflicts: [] });
    expect(await reportAnswers(seeded.database.db, seeded.demo.currentPeriodId, groupId, indicators)).toEqual(new Map([["households_total", count(226)]]));
    expect((await reportOf(groupId))?.status).toBe("approved");
  });

  it("refuses a leader who was deactivated, moved to another group or made an officer since the conversation started", async () => {
    const { groupId, leaderId, actor } = await newGroup();
    const other = await newGroup();
    await seeded.database.db.member.update({ where: { id: leaderId }, data: { active: false } });
    expect(await answer(groupId, actor, "households_total", count(226))).toMatchObject({ ok: false, reason: "member_inactive" });
    await seeded.database.db.member.update({ where: { id: leaderId }, data: { active: true, groupId: other.groupId } });
    expect(await answer(groupId, actor, "households_total", count(226))).toMatchObject({ ok: false, reason: "member_changed" });
    expect(await submit(groupId, actor, NOW)).toMatchObject({ ok: false, reason: "member_changed" });
    await seeded.database.db.member.update({ where: { id: leaderId }, data: { groupId, role: "officer" } });
    expect(await answer(groupId, actor, "households_total", count(226))).toMatchObject({ ok: false, reason: "member_changed" });
    await seeded.database.db.member.delete({ where: { id: leaderId } });
    expect(await answer(groupId, actor, "households_total", count(226))).toMatchObject({ ok: false, reason: "member_inactive" });
    expect(await changesOf(groupId)).toEqual([]);
  });

  /** Every answer of the period, acceptable together (the model ward's first group's figures). */
  async function completeAnswers(groupId: number, actor: Actor) {
    const model = await seeded.database.db.groupReport.findFirstOrThrow({ where: { periodId: seeded.demo.currentPeriodId, status: "submitted" }, orderBy: { id: "asc" } });
    const answers = await reportAnswers(seeded.database.db, seeded.demo.currentPeriodId, model.groupId, indicators);
    for (const [code, value] of answers) {
      const result = await answer(groupId, actor, code, value);
      expect(result.ok, code).toBe(true);
    }
    return answers;
  }

  it("submits a complete report once: the time and the leader kept, one history row, a second press told it was already sent", async () => {
    const { groupId, leaderId, actor } = await newGroup();
    await completeAnswers(groupId, actor);
    const at = new Date("2025-05-20T03:15:00.000Z");
    expect(await submit(groupId, actor, at)).toEqual({ ok: true, value: { submittedAt: at, already: false } });
    expect(await reportOf(groupId)).toMatchObject({ status: "submitted", submittedAt: at, submittedById: leaderId });

    const later = new Date("2025-05-21T08:00:00.000Z");
    expect(await submit(groupId, actor, later)).toEqual({ ok: true, value: { submittedAt: at, already: true } });
    expect((await reportOf(groupId))?.submittedAt).toEqual(at);

    const report = (await reportOf(groupId))!;
    const history = await seeded.database.db.reportStatusChange.findMany({ where: { reportId: report.id }, orderBy: { id: "asc" } });
    expect(history.map((row) => ({ from: row.fromStatus, to: row.toStatus, by: row.changedById }))).toEqual([{ from: "draft", to: "submitted", by: leaderId }]);

    // An answer changed after submission shows the report as submitted, since when.
    const changed = await answer(groupId, actor, "households_total", count(((await reportAnswers(seeded.database.db, seeded.demo.currentPeriodId, groupId, indicators)).get("households_total") as { value: number }).value + 1));
    expect(changed).toMatchObject({ ok: true, value: { changed: true, report: { status: "submitted", submittedAt: at.toISOString() } } });
  });

  it("submits again a report the officer returned for fixes: submitted anew, at the new time, in its history", async () => {
    const { groupId, leaderId, actor } = await newGroup();
    await completeAnswers(groupId, actor);
    const first = new Date("2025-05-20T03:15:00.000Z");
    await submit(groupId, actor, first);
    await seeded.database.db.groupReport.update({ where: { periodId_groupId: { periodId: seeded.demo.currentPeriodId, groupId } }, data: { status: "returned" } });
    const again = new Date("2025-05-23T09:30:00.000Z");
    expect(await submit(groupId, actor, again)).toEqual({ ok: true, value: { submittedAt: again, already: false } });
    const report = (await reportOf(groupId))!;
    expect(report).toMatchObject({ status: "submitted", submittedAt: again, submittedById: leaderId });
    const history = await seeded.database.db.reportStatusChange.findMany({ where: { reportId: report.id }, orderBy: { id: "asc" } });
    expect(history.map((row) => [row.fromStatus, row.toStatus])).toEqual([
      ["draft", "submitted"],
      ["returned", "submitted"],
    ]);
  });

  it("refuses to submit a report with answers missing, naming them, and leaves it a draft", async () => {
    const { groupId, actor } = await newGroup();
    await answer(groupId, actor, "households_total", count(226));
    const refused = await submit(groupId, actor, NOW);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.reason).toBe("invalid");
    const missing = refused.conflicts.filter((conflict) => conflict.reason === "missing_required").map((conflict) => conflict.indicatorCode);
    expect(missing).toContain("households_registered");
    expect(missing).not.toContain("households_total");
    const report = (await reportOf(groupId))!;
    expect(report).toMatchObject({ status: "draft", submittedAt: null, submittedById: null });
    expect(await seeded.database.db.reportStatusChange.count({ where: { reportId: report.id } })).toBe(0);
  });

  it("refuses to submit for a closed period", async () => {
    const { groupId, actor } = await newGroup();
    expect(await submit(groupId, actor, NOW, seeded.demo.periodId, closedIndicators)).toEqual({ ok: false, reason: "period_closed", conflicts: [] });
    expect(await reportOf(groupId, seeded.demo.periodId)).toBeNull();
  });

  it("opens one draft report per group and period, whoever asks first (seeds, imports)", async () => {
    const { groupId } = await newGroup();
    const first = await getOrCreateReport(seeded.database.db, seeded.demo.currentPeriodId, groupId);
    expect(first).toMatchObject({ periodId: seeded.demo.currentPeriodId, groupId, status: "draft", submittedAt: null });
    const again = await getOrCreateReport(seeded.database.db, seeded.demo.currentPeriodId, groupId);
    expect(again.id).toBe(first.id);
    expect(await seeded.database.db.groupReport.count({ where: { groupId } })).toBe(1);
  });

  it("submits a report from the command line with its time and history, without checks", async () => {
    const { groupId, leaderId } = await newGroup();
    const report = await getOrCreateReport(seeded.database.db, seeded.demo.currentPeriodId, groupId);
    const at = new Date("2025-05-22T02:00:00.000Z");
    expect(await submitReport(seeded.database.db, seeded.demo.currentPeriodId, groupId, leaderId, at)).toMatchObject({ id: report.id, status: "submitted", submittedAt: at, submittedById: leaderId });
    await submitReport(seeded.database.db, seeded.demo.currentPeriodId, groupId, null, at);
    const history = await seeded.database.db.reportStatusChange.findMany({ where: { reportId: report.id }, orderBy: { id: "asc" } });
    // Submitting again is no change of status: no second row.
    expect(history.map((row) => ({ from: row.fromStatus, to: row.toStatus, by: row.changedById }))).toEqual([{ from: "draft", to: "submitted", by: leaderId }]);
  });

  it("reads a group's answers by code: none before any report, only the period's indicators asked for", async () => {
    const { groupId, actor } = await newGroup();
    expect(await reportAnswers(seeded.database.db, seeded.demo.currentPeriodId, groupId, indicators)).toEqual(new Map());
    await answer(groupId, actor, "households_total", count(226));
    await answer(groupId, actor, "households_registered", count(220));
    const onlyTotal = indicators.filter((candidate) => candidate.code === "households_total");
    expect(await reportAnswers(seeded.database.db, seeded.demo.currentPeriodId, groupId, onlyTotal)).toEqual(new Map([["households_total", count(226)]]));
    // The chat reads the stored answers the same way before it checks a new one.
    const target = indicator("households_registered");
    const seen: Array<[string, AnswerValue]> = [];
    await saveReportAnswer(seeded.database.db, {
      periodId: seeded.demo.currentPeriodId,
      groupId,
      actor,
      indicators: onlyTotal,
      at: NOW,
      indicatorId: target.id,
      value: count(221),
      validate: (stored) => {
        seen.push(...stored);
        return [];
      },
    });
    expect(seen).toEqual([["households_total", count(226)]]);
  });
});
