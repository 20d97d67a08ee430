// `npm run bench`: every benchmark figure, one table, and bench/results/latest.json.
// `npm run bench -- parse aggregate` runs only the named suites.
import { join } from "node:path";
import { type Result, printTable, writeJson } from "./harness.js";
import { aggregateSuite } from "./suites/aggregate.js";
import { conversationSuite } from "./suites/conversation.js";
import { parseSuite } from "./suites/parse.js";
import { remindersSuite } from "./suites/reminders.js";

const suites: Record<string, () => Promise<Result[]>> = {
  parse: parseSuite,
  aggregate: aggregateSuite,
  reminders: remindersSuite,
  conversation: conversationSuite,
  reports: async () => (await import("./suites/reports.js")).reportsSuite(),
  city: async () => (await import("./suites/city.js")).citySuite(),
  load: async () => (await import("./suites/load.js")).loadSuite(),
  processes: async () => (await import("./suites/processes.js")).processesSuite(),
  "report-health": async () => (await import("./suites/report-health.js")).reportHealthSuite(),
  "db-costs": async () => (await import("./suites/db-costs.js")).dbCostsSuite(),
  production: async () => (await import("./suites/production.js")).productionSuite(),
};

const wanted = process.argv.slice(2).filter((arg) => arg in suites);
const results: Result[] = [];
for (const [name, suite] of Object.entries(suites)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  console.error(`running ${name}…`);
  results.push(...(await suite()));
}
printTable(results);
writeJson(join(import.meta.dirname, "results", "latest.json"), results);
