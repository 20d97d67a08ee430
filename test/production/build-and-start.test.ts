// The README's production path: `npm run build`, a `.env` with the token beside the build,
// `npm start` (the compiled code, no tsx) — the bot reaches "database ready" against the Bot API
// test server, answers a stranger, and stops cleanly on SIGTERM.
import { execFile, spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BotApiServer, startBotApiServer } from "../support/bot-api-server.js";
import { TEST_BOT_USERNAME, TEST_TOKEN } from "../support/bot-harness.js";

const run = promisify(execFile);
const root = join(import.meta.dirname, "..", "..");
let server: BotApiServer;

/** The `node dist/main.js` process below npm's. */
async function botPid(npmPid: number): Promise<number> {
  const { stdout } = await run("ps", ["-eo", "pid=,ppid=,args="]);
  const rows = stdout.trim().split("\n").map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line)!).map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), args: m[3]! }));
  const below = new Set([npmPid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const row of rows) {
      if (below.has(row.ppid) && !below.has(row.pid)) {
        below.add(row.pid);
        grew = true;
      }
    }
  }
  const bot = rows.find((row) => below.has(row.pid) && row.args.includes("dist/main.js") && !row.args.startsWith("sh"));
  if (!bot) throw new Error(`no bot process below npm (${npmPid})`);
  return bot.pid;
}
let dir: string;

beforeAll(async () => {
  await run("npm", ["run", "build"], { cwd: root });
  // An installation as on a server: the build, locales, migrations and package.json, no src/.
  dir = mkdtempSync(join(tmpdir(), "thidua-prod-"));
  for (const part of ["dist", "locales", "prisma", "package.json"]) cpSync(join(root, part), join(dir, part), { recursive: true });
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"));
  server = await startBotApiServer({ bot: { username: TEST_BOT_USERNAME } });
}, 240_000);

afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the production build", () => {
  it("starts from .env with npm start, reaches the database and Telegram, and stops on SIGTERM with exit 0", { timeout: 60_000 }, async () => {
    expect(existsSync(join(dir, "src"))).toBe(false);
    writeFileSync(join(dir, ".env"), `BOT_TOKEN=${TEST_TOKEN}\nBOT_API_ROOT=${server.apiRoot}\nDATABASE_URL=file:./data/prod.db\nRATE_LIMIT=off\n`);
    const env = { ...process.env };
    for (const name of ["BOT_TOKEN", "BOT_API_ROOT", "DATABASE_URL", "WEBHOOK_URL", "PORT", "NODE_OPTIONS"]) delete env[name];
    const child = spawn("npm", ["start"], { cwd: dir, env, stdio: ["ignore", "pipe", "pipe"] });
    let log = "";
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    const seen = (text: string) =>
      new Promise<void>((resolve, reject) => {
        const check = () => log.includes(text) && resolve();
        child.stdout.on("data", (chunk: Buffer) => ((log += chunk.toString()), check()));
        child.stderr.on("data", (chunk: Buffer) => ((log += chunk.toString()), check()));
        void exited.then((code) => reject(new Error(`exited with ${code}:\n${log}`)));
        check();
      });
    try {
      await seen("database ready");
      await seen("bot started");
      expect(log).not.toMatch(/tsx/);
      expect(existsSync(join(dir, "data", "prod.db"))).toBe(true);

      const stranger = server.user({ id: 9301, firstName: "Lan" });
      stranger.sendText("xin chào");
      await server.settled({ timeoutMs: 20_000 });
      expect(stranger.lastMessage?.text).toContain("đường liên kết mời riêng");

      // As systemd would: SIGTERM to the bot's node process (npm's descendant); npm exits with its code.
      process.kill(await botPid(child.pid!), "SIGTERM");
      expect(await exited).toBe(0);
      expect(log).toContain("stopped");
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  });
});
