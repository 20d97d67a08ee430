// Mutation testing (npm run test:mutation): StrykerJS 9 with its vitest runner over the pure
// domain and the repo that writes answers and audit rows. Slow (minutes per file on two
// cores): narrow it with `npm run test:mutation -- --mutate src/domain/validate.ts`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  // related: the dry run runs only the tests that import the mutated files. It sometimes finds
  // none (src/domain/text.ts: "No tests were executed"); STRYKER_RELATED=off runs them all
  // (perTest coverage still runs only the tests that cover each mutant).
  vitest: { configFile: "vitest.mutation.config.ts", related: process.env.STRYKER_RELATED !== "off" },
  mutate: ["src/domain/**/*.ts", "!src/domain/types.ts", "src/db/repos/reports.ts", "src/db/repos/audit.ts"],
  plugins: ["@stryker-mutator/*", "./stryker.ignorers.mjs"],
  ignorers: ["unicode-regex-with-v"],
  checkers: [],
  coverageAnalysis: "perTest",
  concurrency: 1,
  timeoutMS: 60_000,
  reporters: ["clear-text", "progress", "html"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  tempDirName: ".stryker-tmp",
  // Runs side by side need their own --tempDirName (.stryker-tmp-<name>): none is copied into another's sandbox.
  ignorePatterns: [".stryker-tmp*"],
  cleanTempDir: "always",
  ignoreStatic: true,
  // The first run of every test (with coverage) is slow on a shared machine.
  dryRunTimeoutMinutes: 30,
};
