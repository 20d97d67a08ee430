// The production process (`npm start`: node dist/main.js, freshly built) on the demo ward
// against the Bot API test server: start-up time to "bot started" and idle RSS, each beside the
// development process (node --import tsx src/main.ts, whose esbuild service is counted too).
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { seedDemo } from "../../src/cli/demo/seed.js";
import { openDatabase } from "../../src/db/client.js";
import { startBotApiServer } from "../../test/support/bot-api-server.js";
import { DEFAULT_CLOCK_START, TEST_BOT_USERNAME, TEST_TOKEN } from "../../test/support/bot-harness.js";
import type { Result } from "../harness.js";
import { ensureBuild, productionStart } from "../support/build.js";

const root = join(import.meta.dirname, "..", "..");
const SETTLE_MS = 3000;

/** RSS of a process and all its descendants, from /proc. */
function treeRss(pid: number): number {
  const children = (p: number): number[] => {
    try {
      const list = readFileSync(`/proc/${p}/task/${p}/children`, "utf8").trim();
      return list ? list.split(" ").map(Number) : [];
    } catch {
      return [];
    }
  };
  const rss = (p: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0) * 1024;
  let total = 0;
  for (const stack = [pid]; stack.length > 0; ) {
    const p = stack.pop()!;
    total += rss(p);
    stack.push(...children(p));
  }
  return total;
}

async function measure(args: string[], env: NodeJS.ProcessEnv): Promise<{ startMs: number; rss: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  try {
    await new Promise<void>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        log += chunk.toString();
        if (log.includes("bot started")) resolve();
      };
      child.stdout.on("data", onData);
      child.stderr.on("data", onData);
      child.once("exit", (code) => reject(new Error(`bot exited with ${code}:\n${log}`)));
    });
    const startMs = performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    return { startMs, rss: treeRss(child.pid!) };
  } finally {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  }
}

export async function productionSuite(): Promise<Result[]> {
  await ensureBuild();
  const dir = mkdtempSync(join(tmpdir(), "thidua-bench-prod-"));
  const url = `file:${join(dir, "demo.db")}`;
  const database = await openDatabase(url);
  await seedDemo(database.db, DEFAULT_CLOCK_START);
  await database.close();
  const server = await startBotApiServer({ bot: { username: TEST_BOT_USERNAME } });
  try {
    const env = {
      ...process.env, BOT_TOKEN: TEST_TOKEN, BOT_API_ROOT: server.apiRoot, DATABASE_URL: url,
      LOG_LEVEL: "info", RATE_LIMIT: "off", THIDUA_CLOCK_START: DEFAULT_CLOCK_START.toISOString(), NODE_OPTIONS: "",
    };
    const start = productionStart();
    const production = await measure([...start.nodeFlags, join(root, "dist/main.js")], { ...env, ...start.env });
    const development = await measure(["--import", "tsx", join(root, "src/main.ts")], env);
    return [
      {
        suite: "production", name: `idle RSS, production build (npm start: ${start.shown} dist/main.js), demo ward`, value: production.rss / 2 ** 20, unit: "MiB",
        baseline: { name: "development: node --import tsx src/main.ts (+ esbuild)", value: development.rss / 2 ** 20 },
        note: `${SETTLE_MS / 1000} s after "bot started"; goal ≤ 150 MiB`,
      },
      {
        suite: "production", name: "start-up to ready, production build", value: production.startMs, unit: "ms",
        baseline: { name: "development (tsx)", value: development.startMs }, note: "spawn to \"bot started\", database migrated",
      },
    ];
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
