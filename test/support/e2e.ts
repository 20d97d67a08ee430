// End-to-end: the demo ward in a fresh SQLite file, the Bot API test server, and the real bot
// process (`node --import tsx src/main.ts`) talking HTTP to it.
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

export interface E2E {
  server: BotApiServer;
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
}

export async function startE2E(options: E2EOptions = {}): Promise<E2E> {
  const test: TestDatabase = await createTestDatabase(options.provider ?? "sqlite");
  const database = await openDatabase(test.url);
  const demo = await seedDemo(database.db, DEFAULT_CLOCK_START);
  const server = await startBotApiServer({
    bot: { username: TEST_BOT_USERNAME, firstName: "Thi đua" },
    clock: () => Math.floor(DEFAULT_CLOCK_START.getTime() / 1000),
  });
  const launch = () =>
    startBotProcess({ apiRoot: server.apiRoot, databaseUrl: test.url, clockStart: DEFAULT_CLOCK_START, ...(options.env ? { env: options.env } : {}) });
  let bot = launch();
  await bot.ready;
  const codes: string[] = [];

  const e2e: E2E = {
    server,
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
      await server.settled({ timeoutMs: 60_000 });
    },
    async restartBot(signal = "SIGKILL") {
      await bot.kill(signal);
      bot = launch();
      await bot.ready;
    },
    stable(markdown) {
      const withoutCodes = codes.reduce((text, code) => text.replaceAll(code, "<mã mời>"), markdown);
      // 4.000 typed characters make an unreadable line: show how many there were.
      return withoutCodes.replace(/(.)\1{79,}/gu, (run, char: string) => `${char.repeat(10)}… (${[...run].length} ký tự)`);
    },
    async stop() {
      await bot.kill("SIGTERM");
      await server.close();
      await database.close();
      await test.drop();
    },
  };
  return e2e;
}
