// The tests Stryker runs against each mutant (npm run test:mutation): the pure domain and
// the repos that store answers and audit rows. End-to-end tests run the bot in a child
// process, which Stryker's instrumented code does not reach, so they are left out here.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/domain/**/*.test.ts", "test/db/report-answers.test.ts", "test/bot/duplicate-updates.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
