// The city roll-up of 100.000 group reports (10 wards × 10.000 groups by default), on SQLite and
// PostgreSQL: the SQL roll-up (every ward and the city, summarised) beside one bare SQL GROUP BY
// over the same ReportValue rows; also the ward-by-ward way (periodFacts per ward) and the files.
import { openDatabase } from "../../src/db/client.js";
import { addWardToCity, createCity } from "../../src/db/repos/city.js";
import { cityRollupFacts } from "../../src/db/repos/city-rollup.js";
import { periodFacts } from "../../src/db/repos/period-facts.js";
import type { Provider } from "../../src/db/provider.js";
import { summarizeCity } from "../../src/domain/city-rollup.js";
import { renderCityFiles } from "../../src/reports/city/make-city-files.js";
import { createTestDatabase, postgresAvailable } from "../../test/support/databases.js";
import { createLargeWard } from "../fixtures/large-ward.js";
import { type Result, timeMedian } from "../harness.js";

const WARDS = Number(process.env.BENCH_CITY_WARDS ?? 10);
const GROUPS = Number(process.env.BENCH_CITY_GROUPS ?? 10_000);
const RUNS = Number(process.env.BENCH_CITY_RUNS ?? 7);

export async function citySuite(): Promise<Result[]> {
  const providers: Provider[] = (await postgresAvailable()) ? ["sqlite", "postgresql"] : ["sqlite"];
  const results: Result[] = [];
  const reports = (WARDS * GROUPS).toLocaleString("vi-VN");
  for (const provider of providers) {
    const test = await createTestDatabase(provider);
    const database = await openDatabase(test.url);
    try {
      const { db } = database;
      const loadStart = performance.now();
      const city = await createCity(db, { slug: "bench-city", name: "Thành phố Thử nghiệm" });
      const wards: Array<Awaited<ReturnType<typeof createLargeWard>>> = [];
      for (let i = 1; i <= WARDS; i++) {
        const ward = await createLargeWard(db, GROUPS, `bench-city-${i}`);
        await addWardToCity(db, city.id, ward.wardId);
        wards.push(ward);
      }
      if (provider === "postgresql") await db.$executeRawUnsafe("ANALYZE");
      const loadSeconds = (performance.now() - loadStart) / 1000;
      const values = wards.reduce((total, ward) => total + ward.values, 0);
      const periodIds = wards.map((ward) => ward.periodId).join(", ");

      const bareSql = () =>
        db.$queryRawUnsafe(
          `SELECT r."periodId", v."indicatorId", SUM(v."numberValue") AS s, COUNT(*) AS n FROM "ReportValue" v
             JOIN "GroupReport" r ON r."id" = v."reportId"
            WHERE r."periodId" IN (${periodIds}) AND r."status" IN ('submitted', 'approved')
            GROUP BY r."periodId", v."indicatorId"`,
        );
      const rollup = async () => summarizeCity(await cityRollupFacts(db, city.id, 2024, "tong_ket"));
      const wardByWard = async () => {
        for (const ward of wards) await periodFacts(db, ward.periodId);
      };

      const check = await rollup();
      if (check.total.groups.total !== WARDS * GROUPS) throw new Error(`roll-up counted ${check.total.groups.total} groups`);
      await bareSql();
      const baseline = await timeMedian(RUNS, bareSql);
      results.push({
        suite: "city",
        name: `${provider}: roll-up of ${reports} group reports (${WARDS} wards)`,
        value: await timeMedian(RUNS, rollup),
        unit: "ms",
        baseline: { name: "bare SQL GROUP BY", value: baseline },
        note: `${values.toLocaleString("vi-VN")} values; loaded in ${loadSeconds.toFixed(1)} s`,
      });
      results.push({
        suite: "city",
        name: `${provider}: ward by ward (periodFacts × ${WARDS}), same data`,
        value: await timeMedian(Math.max(3, Math.floor(RUNS / 2)), wardByWard),
        unit: "ms",
        baseline: { name: "bare SQL GROUP BY", value: baseline },
        note: "for comparison: no city totals",
      });
      const summary = await rollup();
      results.push({
        suite: "city",
        name: `${provider}: roll-up + PDF + XLSX (${WARDS} wards)`,
        value: await timeMedian(3, async () => renderCityFiles(await rollup(), new Date())),
        unit: "ms",
        baseline: { name: "roll-up alone", value: await timeMedian(3, rollup) },
        note: `${summary.total.groups.reported.toLocaleString("vi-VN")}/${summary.total.groups.total.toLocaleString("vi-VN")} reported`,
      });
    } finally {
      await database.close();
      await test.drop();
    }
  }
  return results;
}
