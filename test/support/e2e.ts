// End-to-end: the demo ward in a fresh SQLite file, the Bot API test server, and the real bot
// process (`node --import tsx src/main.ts`) talking HTTP to it. With `zalo`, the Zalo test
// server too (ZALO_BOT_TOKEN set): Telegram and Zalo in one process, or Zalo alone
// (`telegram: false`, no BOT_TOKEN; see zalo-e2e.ts).
import { seedDemo, type SeedResult } from "../../src/cli/demo/seed.js";
import { type Database, openDatabase } from "../../src/db/client.js";
import { createInvite } from "../../src/db/repos/invites.js";
import type { Provider } from "../../src/db/provider.js";
import type { Role } from "../../src/domain/types.js";
import { type BotApiServer, startBotApiServer } from "./bot-api-server.js";
import { DEFAULT_CLOCK_START, TEST_BOT_USERNAME } from "./bot-harness.js";
import { type BotProcess, startBotProcess } from "./bot-process.js";
import { createTestDatabase, type TestDatabase } from "./databases.js";
import type { TelegramUser } from "./telegram-user.js";
import { startZaloApiServer, type ZaloApiServer, type ZaloServerOptions } from "./zalo-api-server.js";

export const ZALO_TEST_TOKEN = "1459232241454765289:zalo-test-secret";

export interface E2E {
  server: BotApiServer;
  /** The Zalo test server, when the bot runs with Zalo (options.zalo). */
  zalo: ZaloApiServer | null;
  database: Database;
  /** The DATABASE_URL the bot runs on (for CLI commands against the same data). */
  databaseUrl: string;
  demo: SeedResult;
  bot: BotProcess;
  /** Invite codes handed out so far (transcripts show them as <mã mời>). */
  codes: string[];
  inviteFor(filter: { group?: string; role?: Role }): Promise<string>;
  /** A user who registered through an invite for that group's leader (or an officer). */
  registered(userId: number, filter: { group?: string; role?: Role }): Promise<TelegramUser>;
  /** Acts, then waits until the bot has handled everything. */
  step(act: () => unknown): Promise<void>;
  restartBot(signal?: NodeJS.Signals): Promise<void>;
  stable(markdown: string): string;
  stop(): Promise<void>;
}

export interface E2EOptions {
  /** SQLite by default; "postgresql" needs the test server (see databases.ts). */
  provider?: Provider;
  /** Extra environment of the bot process (e.g. CONVERSATION_TIMEOUT). */
  env?: Record<string, string>;
  /** Also run Zalo (the Zalo test server with these options). */
  zalo?: ZaloServerOptions;
  /** false: Zalo only, no BOT_TOKEN (the Bot API test server still runs, never called). */
  telegram?: boolean;
}

async function waitForLog(bot: BotProcess, line: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!bot.output().includes(line)) {
    if (Date.now() > deadline) throw new Error(`bot did not log "${line}":\n${bot.output()}`);
    if (bot.child.exitCode !== null) throw new Error(`bot exited:\n${bot.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export async function startE2E(options: E2EOptions = {}): Promise<E2E> {
  const test: TestDatabase = await createTestDatabase(options.provider ?? "sqlite");
  const database = await openDatabase(test.url);
  const demo = await seedDemo(database.db, DEFAULT_CLOCK_START);
  const server = await startBotApiServer({
    bot: { username: TEST_BOT_USERNAME, firstName: "Thi đua" },
    clock: () => Math.floor(DEFAULT_CLOCK_START.getTime() / 1000),
  });
  let zaloClockMs = DEFAULT_CLOCK_START.getTime();
  const zalo = options.zalo ? await startZaloApiServer({ token: ZALO_TEST_TOKEN, clock: () => (zaloClockMs += 1000), ...options.zalo }) : null;
  const env = {
    ...(zalo ? { ZALO_BOT_TOKEN: ZALO_TEST_TOKEN, ZALO_API_ROOT: zalo.apiRoot } : {}),
    ...(options.telegram === false ? { BOT_TOKEN: "" } : {}),
    ...options.env,
  };
  const launch = async () => {
    const started = startBotProcess({ apiRoot: server.apiRoot, databaseUrl: test.url, clockStart: DEFAULT_CLOCK_START, env });
    await started.ready;
    if (zalo) await waitForLog(started, "Zalo started");
    return started;
  };
  let bot = await launch();
  const codes: string[] = [];

  const e2e: E2E = {
    server,
    zalo,
    database,
    databaseUrl: test.url,
    demo,
    get bot() {
      return bot;
    },
    codes,
    async inviteFor({ group, role = "leader" }) {
      const member = await database.db.member.findFirstOrThrow({
        where: { wardId: demo.wardId, role, ...(group ? { group: { name: group } } : {}) },
      });
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
    async registered(userId, filter) {
      const code = await e2e.inviteFor(filter);
      const user = server.user({ id: userId, firstName: "Người dùng", languageCode: "vi" });
      await e2e.step(() => user.sendText(`/start ${code}`));
      await e2e.step(() => user.pressButton(/^Đúng, tôi là/));
      user.markRead();
      return user;
    },
    async step(act) {
      act();
      // A bound, not a sleep: generous because a shared machine can take long to make four files.
      await zalo?.settled({ timeoutMs: 60_000 });
      await server.settled({ timeoutMs: 60_000 });
      // A Zalo update may have made the bot write to Telegram (or the reverse): settle both again.
      await zalo?.settled({ timeoutMs: 60_000 });
    },
    async restartBot(signal = "SIGKILL") {
      await bot.kill(signal);
      bot = await launch();
    },
    stable(markdown) {
      const withoutCodes = codes.reduce((text, code) => text.replaceAll(code, "<mã mời>"), markdown);
      // 4.000 typed characters make an unreadable line: show how many there were.
      return withoutCodes.replace(/(.)\1{79,}/gu, (run, char: string) => `${char.repeat(10)}… (${[...run].length} ký tự)`);
    },
    async stop() {
      await bot.kill("SIGTERM");
      await server.close();
      await zalo?.close();
      await database.close();
      await test.drop();
    },
  };
  return e2e;
}
