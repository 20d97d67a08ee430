import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Most tests wait on a real bot process, a database or a PDF tool, not on the CPU: two
    // workers halve the suite's time on a 2-core machine (checked: the same tests pass).
    maxWorkers: 2,
  },
});
