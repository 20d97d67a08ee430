// `group` and `member`: a merge keeps the past period's figures and makes one group of the
// next; a replaced leader loses access when the new one registers, while every report they
// sent stays with their name; each change is in the audit trail.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../src/db/client.js";
import { periodIndicators } from "../../src/db/repos/catalogue.js";
import { membershipsOf } from "../../src/db/repos/members.js";
import { periodFacts } from "../../src/db/repos/period-facts.js";
import { createPeriod } from "../../src/db/repos/periods.js";
import { periodProgress } from "../../src/db/repos/progress.js";
import { redeemInvite } from "../../src/db/repos/invites.js";
import { saveAnswer, submitReport } from "../../src/db/repos/reports.js";
import { createTestDatabase, providersUnderTest, type TestDatabase } from "../support/databases.js";
import { runCli } from "./support.js";

const WARD = ["--ward", "phan-dinh-phung"];

describe.each(await providersUnderTest())("group and member commands on %s", (provider) => {
  let test: TestDatabase;
  let database: Database;
  let wardId: number;
  beforeAll(async () => {
    test = await createTestDatabase(provider);
    expect((await runCli(test.url, ["seed-demo"])).code).toBe(0);
    database = await openDatabase(test.url);
    wardId = (await database.db.ward.findUniqueOrThrow({ where: { slug: "phan-dinh-phung" } })).id;
  }, 120_000);
  afterAll(async () => {
    await database?.close();
    await test?.drop();
  });

  it("adds and renames a group, refusing a name already taken", async () => {
    expect(await runCli(test.url, ["group", "add", ...WARD, "--name", "Tổ 27", "--households", "180"])).toMatchObject({ code: 0 });
    expect(await runCli(test.url, ["group", "add", ...WARD, "--name", "tổ 27"])).toMatchObject({ code: 1, stderr: expect.stringContaining("already exists") });
    expect(await runCli(test.url, ["group", "rename", ...WARD, "--from", "Tổ 27", "--to", "Tổ dân phố số 27"])).toMatchObject({ code: 0 });
    const group = await database.db.group.findFirstOrThrow({ where: { wardId, name: "Tổ dân phố số 27" } });
    expect(group.households).toBe(180);
    const audit = await database.db.auditEvent.findMany({ where: { wardId, action: { in: ["group.add", "group.rename"] } } });
    expect(audit.map((a) => [a.action, a.source])).toEqual([["group.add", "cli"], ["group.rename", "cli"]]);
    // Remove it again for the figures below (a group without a report: deactivated, not counted).
    await database.db.group.update({ where: { id: group.id }, data: { active: false } });
  });

  it("merges two groups: the past period is unchanged, the next one counts them as one", async () => {
    const past = await database.db.period.findFirstOrThrow({ where: { wardId, name: "Năm 2024" } });
    const before = await periodFacts(database.db, past.id);
    const [t1, t2] = await Promise.all(["Tổ 1", "Tổ 2"].map((name) => database.db.group.findFirstOrThrow({ where: { wardId, name } })));
    const leaderOf2 = await database.db.member.findFirstOrThrow({ where: { groupId: t2!.id, role: "leader" } });

    const run = await runCli(test.url, ["group", "merge", ...WARD, "--into", "Tổ 1", "--from", "Tổ 2"]);
    expect(run).toMatchObject({ code: 0 });
    expect(await periodFacts(database.db, past.id)).toEqual(before); // 26 groups, the same sums

    const next = await createPeriod(database.db, wardId, { name: "6 tháng đầu năm 2026", kind: "so_ket", year: 2026, startDate: new Date("2026-01-01"), endDate: new Date("2026-06-30"), deadline: new Date("2026-06-20") });
    const progress = await periodProgress(database.db, wardId, next.id);
    expect(progress?.total).toBe(before.groupsTotal - 1);
    expect(progress?.groups.map((g) => g.name)).toContain("Tổ 1");
    expect(progress?.groups.map((g) => g.name)).not.toContain("Tổ 2");
    // Tổ 2's leader now reports for the merged Tổ 1, with both groups' households.
    expect((await database.db.member.findUniqueOrThrow({ where: { id: leaderOf2.id } })).groupId).toBe(t1!.id);
    const merged = await database.db.group.findUniqueOrThrow({ where: { id: t1!.id } });
    expect(merged.households).toBe(t1!.households! + t2!.households!);
    const total = (await periodIndicators(database.db, next.id)).find((d) => d.code === "households_total")!;
    await saveAnswer(database.db, { periodId: next.id, groupId: t1!.id, indicatorId: total.id, value: { type: "count", value: merged.households! }, memberId: leaderOf2.id });
    await submitReport(database.db, next.id, t1!.id, leaderOf2.id, new Date());
    const facts = await periodFacts(database.db, next.id);
    expect(facts.groupsTotal).toBe(before.groupsTotal - 1);
    expect(facts.indicators.find((f) => f.code === "households_total")).toMatchObject({ sum: merged.households, answered: 1 });
    expect((await runCli(test.url, ["group", "list", ...WARD])).stdout).toContain("Tổ 2\t");
    expect((await runCli(test.url, ["group", "list", ...WARD])).stdout).toMatch(/Tổ 2\t.*\(merged into Tổ 1\)/u);
  });

  it("replaces a leader: the old one keeps access until the new one registers, then is refused; the reports stay", async () => {
    const group = await database.db.group.findFirstOrThrow({ where: { wardId, name: "Tổ 4" } });
    const old = await database.db.member.findFirstOrThrow({ where: { groupId: group.id, role: "leader", active: true } });
    await database.db.member.update({ where: { id: old.id }, data: { telegramId: 555_001n, registeredAt: new Date() } });
    const past = await database.db.period.findFirstOrThrow({ where: { wardId, name: "Năm 2024" } });
    await database.db.groupReport.update({ where: { periodId_groupId: { periodId: past.id, groupId: group.id } }, data: { submittedById: old.id } });

    const run = await runCli(test.url, ["member", "replace-leader", ...WARD, "--group", "Tổ 4", "--name", "Lê Văn Mới", "--phone", "0912 000 111", "--bot", "thidua_test_bot"]);
    expect(run).toMatchObject({ code: 0 });
    expect(run.stdout).toMatch(/Invite for Lê Văn Mới \(Tổ 4\): https:\/\/t\.me\/thidua_test_bot\?start=[\w-]{20}/u);
    expect(run.stdout).toContain(`${old.fullName} loses access when Lê Văn Mới registers.`);
    expect(await membershipsOf(database.db, 555_001n)).toHaveLength(1);
    const list = (await runCli(test.url, ["member", "list", ...WARD])).stdout;
    expect(list).toMatch(/\tpending\tleader\tTổ 4\tLê Văn Mới\t0912000111/u);

    const code = run.stdout.match(/start=([\w-]{20})/u)![1]!;
    expect(await redeemInvite(database.db, code, 555_002n, "Lê Văn Mới", new Date())).not.toBeNull();
    expect(await membershipsOf(database.db, 555_001n)).toHaveLength(0); // the old leader is refused from now on
    expect(await membershipsOf(database.db, 555_002n)).toMatchObject([{ fullName: "Lê Văn Mới", groupId: group.id }]);
    const report = await database.db.groupReport.findUniqueOrThrow({ where: { periodId_groupId: { periodId: past.id, groupId: group.id } }, include: { values: true } });
    expect(report.submittedById).toBe(old.id);
    expect(report.values.length).toBeGreaterThan(0);
    expect(await database.db.member.findUniqueOrThrow({ where: { id: old.id } })).toMatchObject({ active: false, fullName: old.fullName });
    expect((await runCli(test.url, ["member", "list", ...WARD, "--all"])).stdout).toContain(`${old.id}\tinactive\tleader\tTổ 4\t${old.fullName}`);
  });

  it("deactivates a member at once, and audits it", async () => {
    const member = await database.db.member.findFirstOrThrow({ where: { wardId, role: "leader", active: true, group: { name: "Tổ 5" } } });
    expect(await runCli(test.url, ["member", "deactivate", ...WARD, "--id", String(member.id)])).toMatchObject({ code: 0 });
    expect(await runCli(test.url, ["member", "deactivate", ...WARD, "--id", String(member.id)])).toMatchObject({ code: 1 });
    const audit = await database.db.auditEvent.findFirstOrThrow({ where: { wardId, action: "member.deactivate" } });
    expect(JSON.parse(audit.detail)).toMatchObject({ memberId: member.id, fullName: member.fullName });
  });
});
