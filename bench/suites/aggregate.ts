// Aggregating a period in the database: 26 groups (the demo ward) and 100.000 groups, on
// SQLite and PostgreSQL, beside one bare SQL GROUP BY over the same values.
import { seedDemo } from "../../src/cli/demo/seed.js";
import { openDatabase } from "../../src/db/client.js";
import { periodIndicators } from "../../src/db/repos/catalogue.js";
import { periodFacts } from "../../src/db/repos/period-facts.js";
import type { Provider } from "../../src/db/provider.js";
import { summarizePeriod } from "../../src/domain/aggregate.js";
import { createTestDatabase, postgresAvailable } from "../../test/support/databases.js";
import { createLargeWard } from "../fixtures/large-ward.js";
import { type Result, timeMedian } from "../harness.js";

const LARGE = Number(process.env.BENCH_LARGE_GROUPS ?? 100_000);

export async function aggregateSuite(): Promise<Result[]> {
  const providers: Provider[] = (await postgresAvailable()) ? ["sqlite", "postgresql"] : ["sqlite"];
  const results: Result[] = [];
  for (const provider of providers) {
    const test = await createTestDatabase(provider);
    const database = await openDatabase(test.url);
    try {
      const { db } = database;
      const bareSql = (periodId: number) =>
        db.$queryRawUnsafe(
          `SELECT v."indicatorId", SUM(v."numberValue") AS s, COUNT(*) AS n FROM "ReportValue" v
             JOIN "GroupReport" r ON r."id" = v."reportId"
            WHERE r."periodId" = ${periodId} AND r."status" IN ('submitted', 'approved') GROUP BY v."indicatorId"`,
        );
      const aggregate = async (periodId: number) => summarizePeriod(await periodIndicators(db, periodId), await periodFacts(db, periodId));

      const demo = await seedDemo(db);
      await aggregate(demo.periodId);
      results.push({
        suite: "aggregate",
        name: `${provider}: period of 26 groups (demo ward)`,
        value: await timeMedian(20, () => aggregate(demo.periodId)),
        unit: "ms",
        baseline: { name: "bare SQL GROUP BY", value: await timeMedian(20, () => bareSql(demo.periodId)) },
      });

      const loadStart = performance.now();
      const large = await createLargeWard(db, LARGE);
      const loadMs = performance.now() - loadStart;
      await aggregate(large.periodId);
      results.push({
        suite: "aggregate",
        name: `${provider}: period of ${LARGE.toLocaleString("vi-VN")} groups`,
        value: await timeMedian(5, () => aggregate(large.periodId)),
        unit: "ms",
        baseline: { name: "bare SQL GROUP BY", value: await timeMedian(5, () => bareSql(large.periodId)) },
        note: `${large.values.toLocaleString("vi-VN")} values, loaded in ${(loadMs / 1000).toFixed(1)} s`,
      });
    } finally {
      await database.close();
      await test.drop();
    }
  }
  return results;
}
