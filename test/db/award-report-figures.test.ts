// The báo cáo's commendation figures come from the signed decisions dated in the period; a
// figure typed in /solieu overrides its count, and the report data says which was used.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo, type SeedResult } from "../../src/cli/demo/seed.js";
import { type Database, openDatabase } from "../../src/db/client.js";
import { createDecisionFromLines, signDecision } from "../../src/db/repos/decisions.js";
import { loadPeriodReportData } from "../../src/db/repos/report-data.js";
import { saveWardFigure } from "../../src/db/repos/ward-figures.js";
import type { RecipientKind } from "../../src/domain/awards/types.js";
import { makeReportFiles } from "../../src/reports/make-report-files.js";
import { createTestDatabase, providersUnderTest, type TestDatabase } from "../support/databases.js";
import { pdfText } from "../support/pdf-text.js";

const NOW = new Date("2025-06-20T03:00:00.000Z");

describe.each(await providersUnderTest())("commendation figures of the báo cáo on %s", (provider) => {
  let test: TestDatabase;
  let database: Database;
  let demo: SeedResult;

  beforeAll(async () => {
    test = await createTestDatabase(provider);
    database = await openDatabase(test.url);
    demo = await seedDemo(database.db, NOW);
  }, 60_000);
  afterAll(async () => {
    await database?.close();
    await test?.drop();
  });

  async function signedDecision(formCode: string, kinds: RecipientKind[], decisionDate: string) {
    const { db } = database;
    const group = await db.group.findFirstOrThrow({ where: { wardId: demo.wardId, name: "Tổ 3" } });
    const form = await db.awardForm.findUniqueOrThrow({ where: { wardId_code: { wardId: demo.wardId, code: formCode } } });
    const nomination = await db.nomination.upsert({
      where: { periodId_groupId: { periodId: demo.currentPeriodId, groupId: group.id } },
      create: { wardId: demo.wardId, periodId: demo.currentPeriodId, groupId: group.id, status: "submitted" },
      update: {},
    });
    const ids: number[] = [];
    for (const [index, kind] of kinds.entries()) {
      ids.push((await db.nominationLine.create({ data: { nominationId: nomination.id, formId: form.id, recipientKind: kind, name: `Người ${formCode} ${index}`, status: "accepted" } })).id);
    }
    const chair = await db.member.findFirstOrThrow({ where: { wardId: demo.wardId, role: "chair" } });
    const actor = { memberId: chair.id, source: "chat" as const };
    const draft = await createDecisionFromLines(db, { wardId: demo.wardId, periodId: demo.currentPeriodId, formCode, lineIds: ids, decisionDate, actor, at: NOW });
    await signDecision(db, { wardId: demo.wardId, decisionId: draft.id, signerMemberId: chair.id, actor, at: NOW });
  }

  it("with no decision and nothing typed, the figures stay empty and say so", async () => {
    const data = await loadPeriodReportData(database.db, demo.currentPeriodId);
    expect(data.commendations.sources).toEqual({ commended_collectives: "none", commended_individuals: "none", reward_money: "none" });
    expect(data.facts.wardFigures["commended_collectives"]).toBeUndefined();
  });

  it("counts the signed decisions dated in the period, not those after it, and prints them in the báo cáo", async () => {
    // Under Nghị định 98/2023 (until 30/6/2025): 0,15 lần of 2.340.000 → 360.000; a collective 710.000.
    await signedDecision("giay_khen", ["tap_the", "ca_nhan", "ca_nhan"], "2025-06-15");
    await signedDecision("gdvh", ["ho_gia_dinh", "ho_gia_dinh"], "2025-06-16");
    await signedDecision("giay_khen", ["ca_nhan"], "2025-07-02");
    const data = await loadPeriodReportData(database.db, demo.currentPeriodId);
    expect(data.commendations.sources).toEqual({ commended_collectives: "decisions", commended_individuals: "decisions", reward_money: "decisions" });
    expect(data.commendations.fromDecisions).toMatchObject({ decisions: 2, collectives: 1, individuals: 2, titles: { gdvh: 2 }, amount: 710_000 + 2 * 360_000 });
    expect(data.facts.wardFigures).toMatchObject({ commended_collectives: 1, commended_individuals: 2, reward_money: 1_430_000 });
    const { files } = await makeReportFiles(database.db, demo.currentPeriodId, NOW);
    const text = pdfText(Buffer.from(files.find((file) => file.kind === "report-pdf")!.bytes)).replace(/\s+/g, " ");
    expect(text).toContain("1 tập thể và 2 cá nhân có thành tích trong các phong trào thi đua. Tổng số tiền đã thưởng: 1.430.000 đồng");
  }, 60_000);

  it("a figure typed in /solieu wins over the decisions for that figure only", async () => {
    await saveWardFigure(database.db, demo.currentPeriodId, "commended_collectives", 174, null);
    const data = await loadPeriodReportData(database.db, demo.currentPeriodId);
    expect(data.commendations.sources).toEqual({ commended_collectives: "solieu", commended_individuals: "decisions", reward_money: "decisions" });
    expect(data.facts.wardFigures).toMatchObject({ commended_collectives: 174, commended_individuals: 2 });
  });
});
