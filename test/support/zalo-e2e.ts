// End-to-end on Zalo: the demo ward in a fresh SQLite file, the Zalo test server, and the real
// bot process (`node --import tsx src/main.ts`) with ZALO_BOT_TOKEN and no Telegram token.
import net from "node:net";
import { seedDemo, type SeedResult } from "../../src/cli/demo/seed.js";
import { type Database, openDatabase } from "../../src/db/client.js";
import { createInvite } from "../../src/db/repos/invites.js";
import type { Role } from "../../src/domain/types.js";
import { DEFAULT_CLOCK_START } from "./bot-harness.js";
import { type BotProcess, startBotProcess } from "./bot-process.js";
import { createTestDatabase, type TestDatabase } from "./databases.js";
import { startZaloApiServer, type ZaloApiServer, type ZaloServerOptions, type ZaloUser } from "./zalo-api-server.js";

export const ZALO_TEST_TOKEN = "1459232241454765289:zalo-test-secret";

export interface ZaloE2E {
  zalo: ZaloApiServer;
  database: Database;
  demo: SeedResult;
  bot: BotProcess;
  codes: string[];
  inviteFor(filter: { group?: string; role?: Role }): Promise<string>;
  /** Sends, then waits until the bot has handled it and is idle again. */
  say(user: ZaloUser, text: string): Promise<void>;
  step(act: () => unknown): Promise<void>;
  restartBot(signal?: NodeJS.Signals): Promise<void>;
  stable(markdown: string): string;
  stop(): Promise<void>;
}

async function waitForLog(bot: BotProcess, line: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!bot.output().includes(line)) {
    if (Date.now() > deadline) throw new Error(`bot did not log "${line}":\n${bot.output()}`);
    if (bot.child.exitCode !== null) throw new Error(`bot exited:\n${bot.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A free local port (for the bot's HTTP server in webhook mode). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export const ZALO_TEST_SECRET = "zalo-webhook-secret-for-tests";

/** Environment for webhook mode on a free port: Zalo posts to http://127.0.0.1:<port>/zalo/webhook. */
export async function webhookEnv(): Promise<Record<string, string>> {
  const port = await freePort();
  return { PORT: String(port), ZALO_WEBHOOK_URL: `http://127.0.0.1:${port}/zalo/webhook`, ZALO_WEBHOOK_SECRET: ZALO_TEST_SECRET };
}

export async function startZaloE2E(options: { server?: ZaloServerOptions; env?: Record<string, string> } = {}): Promise<ZaloE2E> {
  const test: TestDatabase = await createTestDatabase("sqlite");
  const database = await openDatabase(test.url);
  const demo = await seedDemo(database.db, DEFAULT_CLOCK_START);
  let clockMs = DEFAULT_CLOCK_START.getTime();
  const zalo = await startZaloApiServer({ token: ZALO_TEST_TOKEN, clock: () => (clockMs += 1000), ...options.server });
  const launch = async () => {
    const bot = startBotProcess({
      apiRoot: "http://127.0.0.1:9", // no Telegram: never called
      databaseUrl: test.url,
      clockStart: DEFAULT_CLOCK_START,
      env: { BOT_TOKEN: "", ZALO_BOT_TOKEN: ZALO_TEST_TOKEN, ZALO_API_ROOT: zalo.apiRoot, ...options.env },
    });
    await bot.ready;
    await waitForLog(bot, "Zalo started");
    return bot;
  };
  let bot = await launch();
  const codes: string[] = [];
  const e2e: ZaloE2E = {
    zalo,
    database,
    demo,
    get bot() {
      return bot;
    },
    codes,
    async inviteFor({ group, role = "leader" }) {
      const member = await database.db.member.findFirstOrThrow({ where: { wardId: demo.wardId, role, ...(group ? { group: { name: group } } : {}) } });
      const invite = await createInvite(database.db, {
        wardId: demo.wardId,
        role,
        groupId: member.groupId,
        memberId: member.id,
        fullName: member.fullName,
        now: DEFAULT_CLOCK_START,
      });
      codes.push(invite.code);
      return invite.code;
    },
    async say(user, text) {
      await e2e.step(() => user.sendText(text));
    },
    async step(act) {
      act();
      await zalo.settled({ timeoutMs: 20_000 });
    },
    async restartBot(signal = "SIGKILL") {
      await bot.kill(signal);
      bot = await launch();
    },
    stable(markdown) {
      return codes.reduce((text, code) => text.replaceAll(code, "<mã mời>"), markdown);
    },
    async stop() {
      await bot.kill("SIGTERM");
      await zalo.close();
      await database.close();
      await test.drop();
    },
  };
  return e2e;
}
