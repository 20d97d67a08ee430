// The tests Stryker runs against each mutant (npm run test:mutation): the pure domain and
// the repos that store answers and audit rows. End-to-end tests run the bot in a child
// process, which Stryker's instrumented code does not reach, so they are left out here.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/domain/**/*.test.ts", "test/reminders/slots.test.ts", "test/db/report-answers.test.ts", "test/db/audit.test.ts", "test/db/chat-writes.test.ts", "test/db/catalogue-awards.test.ts", "test/reports/catalogue-workbook.test.ts", "test/locales/book-problems.test.ts", "test/reports/other-indicators.test.ts", "test/city/rollup.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // One database is enough to tell whether a mutant of a repo is caught (see providersUnderTest).
    env: { TEST_DATABASES: "sqlite" },
    pool: "forks",
  },
});
