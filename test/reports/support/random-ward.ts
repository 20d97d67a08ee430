// A ward generated at random (fast-check) for the report pipeline: any number of groups,
// valid answers, every report state (none, draft, submitted, returned, approved), signed and
// unsigned pledges with or without the PCCC item, optional ward-level figures. Inserted
// through the project's repos, as the bot would store it, plus some noise that must not count:
// another period of the same year, pledges of the previous year, a neighbouring ward.
import fc from "fast-check";
import type { Db } from "../../../src/db/client.js";
import { installCatalogue, periodIndicators } from "../../../src/db/repos/catalogue.js";
import { createGroups } from "../../../src/db/repos/groups.js";
import { createPeriod } from "../../../src/db/repos/periods.js";
import { type PledgeItems, savePledge, signPledge } from "../../../src/db/repos/pledges.js";
import { getOrCreateReport, saveAnswer, submitReport } from "../../../src/db/repos/reports.js";
import { saveWardFigure } from "../../../src/db/repos/ward-figures.js";
import { createWard } from "../../../src/db/repos/wards.js";
import { DEFAULT_INDICATORS, DEFAULT_MOVEMENTS, DEFAULT_PLEDGE_ITEMS } from "../../../src/domain/catalogue.js";
import type { AnswerValue } from "../../../src/domain/types.js";

export const PERIOD_YEAR = 2024;
export const PERIOD_NAME = "Năm 2024";
export const PLACE_NAME = "Phường Hoàng Văn Thụ";
/** When the reports were entered and signed; the report files are made later (REPORT_DATE). */
export const ENTERED_AT = new Date("2024-12-20T03:00:00Z");
export const REPORT_DATE = new Date("2025-01-20T02:30:00Z");

export type GroupStatus = "none" | "draft" | "submitted" | "returned" | "approved";

export interface GroupAnswers {
  householdsTotal: number;
  householdsRegistered: number;
  householdsCultural: number;
  culturalGroup: boolean;
  learningFamilies: number;
  giftMoney: number; // whole đồng
  giftCount: number;
  pcccModel: boolean;
  goodDeeds: string | null; // optional text answer
}

export interface PledgeSpec {
  signed: boolean;
  culturalGroup: boolean;
  culturalHouseholds: number;
  learningFamilies: number;
  /** null: the pledge has no pccc_model item at all. */
  pcccModel: boolean | null;
}

export interface RandomGroup {
  name: string;
  status: GroupStatus;
  answers: GroupAnswers;
  /** A draft stores only its first `draftAnswers` answers (0: an empty draft). */
  draftAnswers: number;
  /** The pledge for the period's year, if any. */
  pledge: PledgeSpec | null;
  /** A signed pledge of the previous year with pccc_model = true (must never count). */
  lastYearPledge: boolean;
  /** A submitted report in another period of the same year with other figures (must never count). */
  otherPeriodReport: boolean;
}

export interface RandomWardFigures {
  commendedCollectives: number | undefined;
  commendedIndividuals: number | undefined;
  rewardMoney: number | undefined;
  cchcPrizes: number | undefined;
  cchcResult: string | undefined;
}

export interface RandomWard {
  groups: RandomGroup[];
  figures: RandomWardFigures;
}

const money = fc.oneof(
  fc.integer({ min: 0, max: 99_999_999 }),
  fc.integer({ min: 0, max: 400 }).map((k) => k * 100_000),
);

const answersArb: fc.Arbitrary<GroupAnswers> = fc
  .integer({ min: 1, max: 1_500 })
  .chain((total) => fc.tuple(fc.constant(total), fc.integer({ min: 0, max: total }), fc.integer({ min: 0, max: total })))
  .chain(([total, registered, learning]) =>
    fc.record({
      householdsTotal: fc.constant(total),
      householdsRegistered: fc.constant(registered),
      householdsCultural: fc.integer({ min: 0, max: registered }),
      culturalGroup: fc.boolean(),
      learningFamilies: fc.constant(learning),
      giftMoney: money,
      giftCount: fc.integer({ min: 0, max: 300 }),
      pcccModel: fc.boolean(),
      goodDeeds: fc.option(fc.constantFrom("Gia đình ông Nguyễn Văn A hiến 20 m² đất mở rộng ngõ.", "Bà Lê Thị Hoa nhặt được của rơi trả lại người mất."), { nil: null }),
    }),
  );

const pledgeArb: fc.Arbitrary<PledgeSpec> = fc.record({
  signed: fc.boolean(),
  culturalGroup: fc.boolean(),
  culturalHouseholds: fc.integer({ min: 0, max: 1_500 }),
  learningFamilies: fc.integer({ min: 0, max: 1_500 }),
  pcccModel: fc.option(fc.boolean(), { nil: null }),
});

const groupArb = (index: number): fc.Arbitrary<RandomGroup> =>
  fc.record({
    name: fc.constant(`Tổ ${index + 1}`),
    status: fc.constantFrom<GroupStatus>("none", "draft", "submitted", "returned", "approved"),
    answers: answersArb,
    draftAnswers: fc.integer({ min: 0, max: 9 }),
    pledge: fc.option(pledgeArb, { nil: null }),
    lastYearPledge: fc.boolean(),
    otherPeriodReport: fc.boolean(),
  });

const figuresArb: fc.Arbitrary<RandomWardFigures> = fc.record({
  commendedCollectives: fc.option(fc.integer({ min: 0, max: 2_000 }), { nil: undefined }),
  commendedIndividuals: fc.option(fc.integer({ min: 0, max: 5_000 }), { nil: undefined }),
  rewardMoney: fc.option(money.map((m) => m * 10), { nil: undefined }),
  cchcPrizes: fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }),
  cchcResult: fc.option(fc.constantFrom("giải khuyến khích", "giải Ba", "khuyến khích", "giải Nhất", ""), { nil: undefined }),
});

/** 1–`maxGroups` groups, each with its own random state. */
export function randomWardArb(maxGroups = 60): fc.Arbitrary<RandomWard> {
  return fc.integer({ min: 1, max: maxGroups }).chain((count) =>
    fc.record({
      groups: fc.tuple(...Array.from({ length: count }, (_, i) => groupArb(i))),
      figures: figuresArb,
    }),
  );
}

/** The answers in the order a leader gives them, as stored values. */
export function answerList(answers: GroupAnswers): Array<[string, AnswerValue]> {
  const list: Array<[string, AnswerValue]> = [
    ["households_total", { type: "count", value: answers.householdsTotal }],
    ["households_registered", { type: "count", value: answers.householdsRegistered }],
    ["households_cultural", { type: "count", value: answers.householdsCultural }],
    ["cultural_group", { type: "yes_no", value: answers.culturalGroup }],
    ["learning_families", { type: "count", value: answers.learningFamilies }],
    ["poverty_gift_money", { type: "money", value: answers.giftMoney }],
    ["poverty_gift_count", { type: "count", value: answers.giftCount }],
    ["pccc_model", { type: "yes_no", value: answers.pcccModel }],
  ];
  if (answers.goodDeeds !== null) list.push(["good_deeds", { type: "text", value: answers.goodDeeds }]);
  return list;
}

function pledgeItems(pledge: PledgeSpec): PledgeItems {
  const items: PledgeItems = {
    cultural_group: pledge.culturalGroup,
    cultural_households: pledge.culturalHouseholds,
    learning_families: pledge.learningFamilies,
  };
  if (pledge.pcccModel !== null) items.pccc_model = pledge.pcccModel;
  return items;
}

/** Stores `ward` in `db` through the repos; returns the ids of the ward and the period to report on. */
export async function insertRandomWard(db: Db, ward: RandomWard): Promise<{ wardId: number; periodId: number }> {
  const row = await createWard(db, {
    slug: "hoang-van-thu",
    name: PLACE_NAME,
    issuerSuperior: "UBND THÀNH PHỐ THÁI NGUYÊN",
    issuerNameLines: ["ỦY BAN NHÂN DÂN", "PHƯỜNG HOÀNG VĂN THỤ"],
    placeName: PLACE_NAME,
    signerName: "Trần Thị Bình",
    signerTitle: "CHỦ TỊCH",
    signerAuthority: "TM. ỦY BAN NHÂN DÂN",
  });
  await installCatalogue(db, row.id, { movements: DEFAULT_MOVEMENTS, indicators: DEFAULT_INDICATORS, pledgeItems: DEFAULT_PLEDGE_ITEMS });
  const groups = await createGroups(db, row.id, ward.groups.map((group) => ({ name: group.name, households: group.answers.householdsTotal })));
  const period = await createPeriod(db, row.id, {
    name: PERIOD_NAME,
    kind: "tong_ket",
    year: PERIOD_YEAR,
    startDate: new Date("2024-01-01T00:00:00Z"),
    endDate: new Date("2024-12-31T00:00:00Z"),
    deadline: new Date("2025-01-10T00:00:00Z"),
  });
  const other = await createPeriod(db, row.id, {
    name: "6 tháng đầu năm 2024",
    kind: "so_ket",
    year: PERIOD_YEAR,
    startDate: new Date("2024-01-01T00:00:00Z"),
    endDate: new Date("2024-06-30T00:00:00Z"),
    deadline: new Date("2024-07-10T00:00:00Z"),
  });
  const ids = new Map((await periodIndicators(db, period.id)).map((indicator) => [indicator.code, indicator.id]));
  const otherIds = new Map((await periodIndicators(db, other.id)).map((indicator) => [indicator.code, indicator.id]));

  for (const [index, group] of ward.groups.entries()) {
    const groupId = groups[index]!.id;
    const answers = answerList(group.answers);
    if (group.status !== "none") {
      const stored = group.status === "draft" ? answers.slice(0, group.draftAnswers) : answers;
      if (stored.length === 0) await getOrCreateReport(db, period.id, groupId);
      for (const [code, value] of stored) {
        await saveAnswer(db, { periodId: period.id, groupId, indicatorId: ids.get(code)!, value, memberId: null });
      }
      if (group.status !== "draft") await submitReport(db, period.id, groupId, null, ENTERED_AT);
      if (group.status === "returned" || group.status === "approved") {
        await db.groupReport.update({
          where: { periodId_groupId: { periodId: period.id, groupId } },
          data: {
            status: group.status,
            reviewedAt: ENTERED_AT,
            ...(group.status === "returned" ? { reviewComment: "Xin bổ sung số hộ.", returnedItems: "households_total" } : {}),
          },
        });
      }
    }
    if (group.otherPeriodReport) {
      for (const [code, value] of answers) {
        const indicatorId = otherIds.get(code);
        if (indicatorId === undefined) continue;
        const changed: AnswerValue =
          value.type === "count" || value.type === "money" ? { ...value, value: value.value + 7 } : value.type === "yes_no" ? { ...value, value: !value.value } : value;
        await saveAnswer(db, { periodId: other.id, groupId, indicatorId, value: changed, memberId: null });
      }
      await submitReport(db, other.id, groupId, null, ENTERED_AT);
    }
    if (group.pledge) {
      await savePledge(db, groupId, PERIOD_YEAR, pledgeItems(group.pledge), `Cam kết thi đua năm ${PERIOD_YEAR}`);
      if (group.pledge.signed) await signPledge(db, groupId, PERIOD_YEAR, null, ENTERED_AT);
    }
    if (group.lastYearPledge) {
      await savePledge(db, groupId, PERIOD_YEAR - 1, { cultural_group: true, pccc_model: true }, `Cam kết thi đua năm ${PERIOD_YEAR - 1}`);
      await signPledge(db, groupId, PERIOD_YEAR - 1, null, ENTERED_AT);
    }
  }

  const { figures } = ward;
  const save = (code: string, value: number | string | undefined) =>
    value === undefined ? Promise.resolve() : saveWardFigure(db, period.id, code, value, null);
  await save("commended_collectives", figures.commendedCollectives);
  await save("commended_individuals", figures.commendedIndividuals);
  await save("reward_money", figures.rewardMoney);
  await save("cchc_contest_prizes", figures.cchcPrizes);
  await save("cchc_contest_result", figures.cchcResult);
  // The other period's ward figures must not leak into this one.
  await saveWardFigure(db, other.id, "commended_collectives", 999_999, null);
  await saveWardFigure(db, other.id, "reward_money", 123_456_789, null);
  await insertNeighbourWard(db);
  return { wardId: row.id, periodId: period.id };
}

/** Another ward in the same database, same year, everything reported and pledged: none of it may count. */
async function insertNeighbourWard(db: Db): Promise<void> {
  const row = await createWard(db, {
    slug: "ben-canh",
    name: "Phường Bên Cạnh",
    issuerNameLines: ["ỦY BAN NHÂN DÂN", "PHƯỜNG BÊN CẠNH"],
    placeName: "Phường Bên Cạnh",
    signerName: "Lê Văn C",
  });
  await installCatalogue(db, row.id, { movements: DEFAULT_MOVEMENTS, indicators: DEFAULT_INDICATORS, pledgeItems: DEFAULT_PLEDGE_ITEMS });
  const groups = await createGroups(db, row.id, [{ name: "Tổ 1" }, { name: "Tổ 2" }, { name: "Tổ 3" }]);
  const period = await createPeriod(db, row.id, {
    name: PERIOD_NAME,
    kind: "tong_ket",
    year: PERIOD_YEAR,
    startDate: new Date("2024-01-01T00:00:00Z"),
    endDate: new Date("2024-12-31T00:00:00Z"),
    deadline: new Date("2025-01-10T00:00:00Z"),
  });
  const ids = new Map((await periodIndicators(db, period.id)).map((indicator) => [indicator.code, indicator.id]));
  const answers = answerList({
    householdsTotal: 500,
    householdsRegistered: 400,
    householdsCultural: 300,
    culturalGroup: true,
    learningFamilies: 200,
    giftMoney: 10_000_000,
    giftCount: 20,
    pcccModel: true,
    goodDeeds: null,
  });
  for (const group of groups) {
    for (const [code, value] of answers) {
      await saveAnswer(db, { periodId: period.id, groupId: group.id, indicatorId: ids.get(code)!, value, memberId: null });
    }
    await submitReport(db, period.id, group.id, null, ENTERED_AT);
    await savePledge(db, group.id, PERIOD_YEAR, { cultural_group: true, pccc_model: true }, "");
    await signPledge(db, group.id, PERIOD_YEAR, null, ENTERED_AT);
  }
  await saveWardFigure(db, period.id, "commended_collectives", 888_888, null);
}
