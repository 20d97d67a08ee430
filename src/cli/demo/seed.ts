// Loads the model ward into a database: settings, catalogue, groups and leaders, the
// period "Năm 2024" with every group's submitted report, signed pledges and ward figures.
import type { Db } from "../../db/client.js";
import { installAwardDefaults } from "../../db/repos/awards.js";
import { installCatalogue, periodIndicators } from "../../db/repos/catalogue.js";
import { createGroups } from "../../db/repos/groups.js";
import { createMember } from "../../db/repos/members.js";
import { closePeriod, createPeriod } from "../../db/repos/periods.js";
import { savePledge, signPledge } from "../../db/repos/pledges.js";
import { saveAnswer, submitReport } from "../../db/repos/reports.js";
import { saveWardFigure } from "../../db/repos/ward-figures.js";
import { createWard, findWardBySlug } from "../../db/repos/wards.js";
import {
  DEFAULT_INDICATORS,
  DEFAULT_MOVEMENTS,
  DEFAULT_PLEDGE_ITEMS,
} from "../../domain/catalogue.js";
import type { AnswerValue } from "../../domain/types.js";
import {
  DEMO_CHAIR,
  DEMO_CURRENT_DRAFTS,
  DEMO_CURRENT_PERIOD,
  DEMO_CURRENT_SUBMITTED,
  DEMO_GROUPS,
  DEMO_OFFICER,
  DEMO_PERIOD,
  DEMO_WARD,
  DEMO_WARD_FIGURES,
  type DemoGroup,
} from "./phan-dinh-phung.js";

export interface SeedResult {
  wardId: number;
  /** "Năm 2024": closed, every group submitted; its aggregate is the model report's. */
  periodId: number;
  /** "6 tháng đầu năm 2025": open, 18 submitted, 3 drafts, 5 not started. */
  currentPeriodId: number;
  groups: number;
  replaced: boolean;
}

function demoAnswers(group: DemoGroup): Record<string, AnswerValue> {
  return {
    households_total: { type: "count", value: group.households },
    households_registered: { type: "count", value: group.registered },
    households_cultural: { type: "count", value: group.cultural },
    cultural_group: { type: "yes_no", value: true },
    learning_families: { type: "count", value: group.learning },
    poverty_gift_money: { type: "money", value: group.giftMoney },
    poverty_gift_count: { type: "count", value: group.gifts },
    pccc_model: { type: "yes_no", value: group.pccc },
    // The optional free texts, skipped (as a leader who presses "Bỏ qua").
    good_deeds: { type: "text", value: "" },
    difficulties: { type: "text", value: "" },
  };
}

/** Seeds the demo ward; an existing demo ward is removed first. */
export async function seedDemo(db: Db, now = new Date()): Promise<SeedResult> {
  const existing = await findWardBySlug(db, DEMO_WARD.slug);
  if (existing) await db.ward.delete({ where: { id: existing.id } });

  const ward = await createWard(db, DEMO_WARD);
  await installCatalogue(db, ward.id, {
    movements: DEFAULT_MOVEMENTS,
    indicators: DEFAULT_INDICATORS,
    pledgeItems: DEFAULT_PLEDGE_ITEMS,
  });
  await installAwardDefaults(db, ward.id);
  const groups = await createGroups(
    db,
    ward.id,
    DEMO_GROUPS.map((group) => ({ name: group.name, households: group.households })),
  );
  const officer = await createMember(db, ward.id, { ...DEMO_OFFICER, role: "officer" });
  await createMember(db, ward.id, { ...DEMO_CHAIR, role: "chair" });

  const period = await createPeriod(db, ward.id, DEMO_PERIOD);
  const indicators = await periodIndicators(db, period.id);
  const byCode = new Map(indicators.map((indicator) => [indicator.code, indicator]));

  for (const [index, group] of groups.entries()) {
    const demo = DEMO_GROUPS[index]!;
    const leader = await createMember(db, ward.id, {
      fullName: demo.leader,
      phone: demo.phone,
      role: "leader",
      groupId: group.id,
    });
    for (const [code, value] of Object.entries(demoAnswers(demo))) {
      const indicator = byCode.get(code);
      if (!indicator) continue; // a ward whose catalogue lacks it
      await saveAnswer(db, {
        periodId: period.id,
        groupId: group.id,
        indicatorId: indicator.id,
        value,
        memberId: leader.id,
        source: "seed",
      });
    }
    await submitReport(db, period.id, group.id, leader.id, now);
    const pledge = { cultural_group: true, cultural_households: demo.registered, learning_families: demo.learning, pccc_model: demo.pccc };
    await savePledge(db, group.id, DEMO_PERIOD.year, pledge, "");
    await signPledge(db, group.id, DEMO_PERIOD.year, leader.id, now);
  }

  for (const [code, value] of Object.entries(DEMO_WARD_FIGURES)) {
    await saveWardFigure(db, period.id, code, value, officer.id);
  }
  await closePeriod(db, period.id, DEMO_PERIOD.deadline);

  const current = await createPeriod(db, ward.id, DEMO_CURRENT_PERIOD);
  const currentIndicators = new Map((await periodIndicators(db, current.id)).map((indicator) => [indicator.code, indicator]));
  const leaders = await db.member.findMany({ where: { wardId: ward.id, role: "leader" }, orderBy: { id: "asc" } });
  for (const [index, group] of groups.entries()) {
    if (index === 0 || index > DEMO_CURRENT_SUBMITTED + DEMO_CURRENT_DRAFTS) continue;
    const demo = DEMO_GROUPS[index]!;
    const answers = Object.entries(demoAnswers(demo));
    const draft = index > DEMO_CURRENT_SUBMITTED;
    for (const [code, value] of draft ? answers.slice(0, 3) : answers) {
      const indicator = currentIndicators.get(code);
      if (!indicator) continue;
      await saveAnswer(db, { periodId: current.id, groupId: group.id, indicatorId: indicator.id, value, memberId: leaders[index]?.id ?? null, source: "seed" });
    }
    if (!draft) await submitReport(db, current.id, group.id, leaders[index]?.id ?? null, now);
  }
  return {
    wardId: ward.id,
    periodId: period.id,
    currentPeriodId: current.id,
    groups: groups.length,
    replaced: existing !== null,
  };
}
