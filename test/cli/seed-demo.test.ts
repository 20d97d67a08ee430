// The demo ward compiles to exactly the model report's figures, on SQLite and PostgreSQL,
// with the aggregation done in the database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../src/cli/demo/seed.js";
import { type Database, openDatabase } from "../../src/db/client.js";
import { periodIndicators } from "../../src/db/repos/catalogue.js";
import { periodFacts } from "../../src/db/repos/period-facts.js";
import { indicatorSummary, summarizePeriod } from "../../src/domain/aggregate.js";
import { formatFraction, formatMoney, formatPercentOf } from "../../src/domain/format.js";
import { createTestDatabase, providersUnderTest, type TestDatabase } from "../support/databases.js";

describe.each(await providersUnderTest())("seed-demo on %s", (provider) => {
  let test: TestDatabase;
  let database: Database;
  let periodId: number;

  beforeAll(async () => {
    test = await createTestDatabase(provider);
    database = await openDatabase(test.url);
    ({ periodId } = await seedDemo(database.db));
  });
  afterAll(async () => {
    await database?.close();
    await test?.drop();
  });

  it("aggregates to the model report's figures", async () => {
    const summary = summarizePeriod(await periodIndicators(database.db, periodId), await periodFacts(database.db, periodId));
    const figure = (code: string) => indicatorSummary(summary, code)!;

    const cultural = figure("cultural_group").ratio!;
    expect(formatFraction(cultural.numerator, cultural.denominator)).toBe("26/26");
    const households = figure("households_cultural").ratio!;
    expect(formatFraction(households.numerator, households.denominator)).toBe("5.829/5.885");
    expect(formatPercentOf(households.numerator, households.denominator, 0)).toBe("99%");
    const pccc = figure("pccc_model").ratio!;
    expect(formatFraction(pccc.numerator, pccc.denominator)).toBe("18/18");
    expect(formatMoney(figure("poverty_gift_money").total)).toBe("261.700.000 đồng");

    expect(summary.wardFigures).toMatchObject({
      commended_collectives: 174,
      commended_individuals: 313,
      reward_money: 66_100_000,
      cchc_contest_prizes: 1,
    });
    expect(formatMoney(Number(summary.wardFigures["reward_money"]))).toBe("66.100.000 đồng");
    expect(summary.groups).toMatchObject({ total: 26, reported: 26, notStarted: 0, draft: 0 });
    expect(summary.pledges).toMatchObject({ signed: 26, total: 26 });
  });

  it("seeding again replaces the demo ward instead of doubling it", async () => {
    const again = await seedDemo(database.db);
    expect(again.replaced).toBe(true);
    expect(await database.db.ward.count()).toBe(1);
    expect(await database.db.group.count()).toBe(26);
    const summary = summarizePeriod(await periodIndicators(database.db, again.periodId), await periodFacts(database.db, again.periodId));
    expect(indicatorSummary(summary, "households_cultural")!.total).toBe(5829);
  });
});
