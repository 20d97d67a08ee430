// The city roll-up computed in SQL, on SQLite and PostgreSQL: each ward's figures equal a plain
// computation from the generated data and the ward's own periodFacts; the city's figures (a
// separate SQL branch) equal the sum of the wards; what must not count does not.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo, type SeedResult } from "../../src/cli/demo/seed.js";
import { type Database, openDatabase } from "../../src/db/client.js";
import { addWardToCity, cityPeriodChoices, findCityBySlug } from "../../src/db/repos/city.js";
import { cityRollupFacts, sqlNumber } from "../../src/db/repos/city-rollup.js";
import { periodFacts } from "../../src/db/repos/period-facts.js";
import { addFacts, mergeIndicators, summarizeCity } from "../../src/domain/city-rollup.js";
import { DEFAULT_INDICATORS } from "../../src/domain/catalogue.js";
import type { PeriodFacts } from "../../src/domain/types.js";
import { createTestDatabase, providersUnderTest, type TestDatabase } from "../support/databases.js";
import { expectedWard, generateCity, generateWard, type GeneratedWard, KIND, YEAR } from "./support/city-data.js";

const providers = await providersUnderTest();

/** Indicators sorted by code, zero rows dropped (a code nobody answered has no SQL row); numeric ward figures only. */
function normalized(facts: PeriodFacts) {
  return {
    ...facts,
    wardFigures: Object.fromEntries(Object.entries(facts.wardFigures).filter(([, value]) => typeof value === "number")),
    indicators: facts.indicators.filter((row) => row.answered > 0 || (row.yesAmongPledged ?? 0) > 0).map((row) => ({ ...row })).sort((a, b) => a.code.localeCompare(b.code)),
  };
}

describe.each(providers)("city roll-up in SQL on %s", (provider) => {
  let test: TestDatabase;
  let database: Database;
  let demo: SeedResult;
  let wards: GeneratedWard[];
  let cityId: number;

  beforeAll(async () => {
    test = await createTestDatabase(provider);
    database = await openDatabase(test.url);
    const { db } = database;
    demo = await seedDemo(db, new Date("2025-05-15T01:00:00Z"));
    const city = await generateCity(db, [
      { slug: "tan-lap", name: "Phường Tân Lập", groups: 37, seed: 11 },
      { slug: "quang-trung", name: "Phường Quang Trung", groups: 52, seed: 24, without: ["learning_families"] },
      { slug: "dong-bam", name: "Xã Đồng Bẩm", groups: 9, seed: 7, noPeriod: true },
    ]);
    cityId = city.cityId;
    wards = city.wards;
    await addWardToCity(db, cityId, demo.wardId);
    // A ward of the same database outside the city, with the same (year, kind): must not count.
    await generateWard(db, { slug: "ngoai-thanh-pho", name: "Phường Ngoài Thành Phố", groups: 20, seed: 99 });
  });
  afterAll(async () => {
    await database?.close();
    await test?.drop();
  });

  it("per ward: groups, reported, sums, yes answers and pledges equal a plain computation and the ward's own facts", async () => {
    const { db } = database;
    const facts = await cityRollupFacts(db, cityId, YEAR, KIND);
    expect(facts.city).toMatchObject({ slug: "thai-nguyen", name: "Thành phố Thái Nguyên" });
    // Wards in Vietnamese alphabetical order; the one outside the city is not listed.
    expect(facts.wards.map((row) => row.ward.slug)).toEqual(["phan-dinh-phung", "quang-trung", "tan-lap", "dong-bam"]);

    for (const ward of wards) {
      const row = facts.wards.find((candidate) => candidate.ward.id === ward.id)!;
      if (ward.periodId === null) {
        expect(row.period).toBeNull();
        expect(row.facts).toBeNull();
        continue;
      }
      const expected = expectedWard(ward);
      const got = row.facts!;
      expect(row.period?.id).toBe(ward.periodId);
      expect(got.groupsTotal).toBe(expected.groups);
      expect(got.statusCounts.submitted + got.statusCounts.approved).toBe(expected.reported);
      expect(got.statusCounts.draft).toBe(expected.drafts);
      expect(got.statusCounts.returned).toBe(expected.returned);
      expect(got.statusCounts.notStarted).toBe(expected.notStarted);
      for (const { code, type } of ward.indicators) {
        const figure = got.indicators.find((indicator) => indicator.code === code);
        expect({ code, sum: figure?.sum ?? 0, yes: figure?.yes ?? 0, answered: figure?.answered ?? 0 }).toEqual({
          code,
          sum: type === "count" || type === "money" ? (expected.sums[code] ?? 0) : 0,
          yes: expected.yes[code] ?? 0,
          answered: expected.answered[code] ?? 0,
        });
      }
      expect(got.indicators.find((indicator) => indicator.code === "pccc_model")?.yesAmongPledged).toBe(expected.pcccYesAmongPledged);
      expect(got.pledges).toEqual({ signed: expected.signed, total: expected.groups, byItem: expected.byItem });
      // The ward's own report (Prisma groupBy) says the same.
      expect(normalized(got)).toEqual(normalized(await periodFacts(db, ward.periodId)));
    }
    const demoRow = facts.wards.find((row) => row.ward.id === demo.wardId)!;
    expect(demoRow.period?.id).toBe(demo.periodId);
    expect(normalized(demoRow.facts!)).toEqual(normalized(await periodFacts(db, demo.periodId)));
    // A ward whose catalogue lacks an indicator: it is not among its codes, and has no figure.
    const quangTrung = facts.wards.find((row) => row.ward.slug === "quang-trung")!;
    expect(quangTrung.indicatorCodes).not.toContain("learning_families");
    expect(quangTrung.facts!.indicators.some((row) => row.code === "learning_families")).toBe(false);
  });

  it("the city's figures, from their own SQL branch, equal the sum of the wards", async () => {
    const facts = await cityRollupFacts(database.db, cityId, YEAR, KIND);
    const wardFacts = facts.wards.flatMap((row) => (row.facts ? [row.facts] : []));
    expect(wardFacts).toHaveLength(3);
    expect(normalized(facts.total)).toEqual(normalized(addFacts(wardFacts)));
    // And the plain computation: 26 demo groups, all submitted, plus the generated wards.
    const generated = wards.filter((ward) => ward.periodId !== null).map(expectedWard);
    expect(facts.total.groupsTotal).toBe(26 + generated.reduce((total, ward) => total + ward.groups, 0));
    const reported = facts.total.statusCounts.submitted + facts.total.statusCounts.approved;
    expect(reported).toBe(26 + generated.reduce((total, ward) => total + ward.reported, 0));
    const money = facts.total.indicators.find((row) => row.code === "poverty_gift_money")!.sum;
    expect(money).toBe(261_700_000 + generated.reduce((total, ward) => total + (ward.sums.poverty_gift_money ?? 0), 0));
    // Ward-level figures: the numeric ones add up (only the demo ward entered any).
    expect(facts.total.wardFigures).toEqual({ commended_collectives: 174, commended_individuals: 313, reward_money: 66_100_000, cchc_contest_prizes: 1 });
  });

  it("ratios come from the city's totals, not from averaging the wards' ratios", async () => {
    const rollup = summarizeCity(await cityRollupFacts(database.db, cityId, YEAR, KIND));
    const total = (code: string) => rollup.total.indicators.find((row) => row.code === code)!;
    const cultural = total("households_cultural");
    expect(cultural.ratio).toMatchObject({ numerator: cultural.total, denominator: total("households_registered").total });
    expect(total("cultural_group").ratio).toMatchObject({ numerator: total("cultural_group").total, denominator: rollup.total.groups.total });
    const demoWard = rollup.wards.find((row) => row.ward.slug === "phan-dinh-phung")!;
    expect(demoWard.summary!.indicators.find((row) => row.code === "households_cultural")!.ratio).toMatchObject({ numerator: 5829, denominator: 5885 });
    expect(rollup.wardsWithPeriod).toBe(3);
    expect(rollup.wards.find((row) => row.ward.slug === "dong-bam")!.summary).toBeNull();
  });

  it("offers the (year, kind) pairs of the city's wards' periods, and an empty roll-up for a pair nobody has", async () => {
    const choices = await cityPeriodChoices(database.db, cityId);
    expect(choices.map((choice) => [choice.year, choice.kind, choice.wards])).toEqual([
      [2025, "so_ket", 1],
      [2024, "tong_ket", 3],
      [2024, "so_ket", 3],
    ]);
    const none = await cityRollupFacts(database.db, cityId, 2023, "other");
    expect(none.wards.every((row) => row.facts === null)).toBe(true);
    expect(none.total.groupsTotal).toBe(0);
  });

  it("the so_ket roll-up counts only the sơ kết periods", async () => {
    const facts = await cityRollupFacts(database.db, cityId, YEAR, "so_ket");
    const tanLap = facts.wards.find((row) => row.ward.slug === "tan-lap")!;
    // The noise period: every group submitted, every number 1.000.000.
    const groups = wards.find((ward) => ward.slug === "tan-lap")!.groups.length;
    expect(tanLap.facts!.statusCounts.submitted).toBe(groups);
    expect(tanLap.facts!.indicators.find((row) => row.code === "households_total")!.sum).toBe(groups * 1_000_000);
    expect(await findCityBySlug(database.db, "thai-nguyen")).not.toBeNull();
  });
});

describe("city roll-up helpers", () => {
  it("sqlNumber reads what the drivers return", () => {
    expect([sqlNumber(5n), sqlNumber(5), sqlNumber("5"), sqlNumber(null), sqlNumber({ toString: () => "12" })]).toEqual([5, 5, 5, 0, 12]);
    expect(() => sqlNumber("abc")).toThrow();
  });

  it("mergeIndicators keeps the first definition of a code, in first-seen order", () => {
    const [a, b, c] = DEFAULT_INDICATORS;
    const merged = mergeIndicators([[a!, c!], [{ ...a!, label: "khác" }, b!]]);
    expect(merged.map((def) => def.code)).toEqual([a!.code, c!.code, b!.code]);
    expect(merged[0]!.label).toBe(a!.label);
    expect(merged.map((def) => def.order)).toEqual([1, 2, 3]);
  });
});
