// The real bot process's log (pino, LOG_LEVEL=info) over a full scenario, a failed send
// included (its error carries the bot's message, which repeats what the leader typed), holds
// no answer a user typed and no phone number.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_GROUPS } from "../../src/cli/demo/phan-dinh-phung.js";
import { seedDemo } from "../../src/cli/demo/seed.js";
import { type Database, openDatabase } from "../../src/db/client.js";
import { createInvite } from "../../src/db/repos/invites.js";
import { type BotApiServer, startBotApiServer } from "../support/bot-api-server.js";
import { DEFAULT_CLOCK_START, TEST_BOT_USERNAME } from "../support/bot-harness.js";
import { type BotProcess, startBotProcess } from "../support/bot-process.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import type { TelegramUser } from "../support/telegram-user.js";
import { logLines } from "../server/support.js";

const GOOD_DEEDS = "Bà Trần Thị Xuyến nhặt được ví trả lại người đánh rơi";
const DIFFICULTIES = "Cần gọi ông Tư số 0987 654 321 để sửa đèn ngõ 7";
const TYPED_PHONE = "0912 888 999";
const SHARED_PHONE = "+84913579246";
const STRANGER_TEXT = "Tôi là Hoa ở ngõ Cây Đa, số của tôi 0903 123 456";

let test: TestDatabase;
let database: Database;
let server: BotApiServer;
let bot: BotProcess;

async function step(act: () => unknown) {
  act();
  await server.settled({ timeoutMs: 15_000 });
}

describe("the log", () => {
  beforeAll(async () => {
    test = await createTestDatabase("sqlite");
    database = await openDatabase(test.url);
    await seedDemo(database.db, DEFAULT_CLOCK_START);
    server = await startBotApiServer({
      bot: { username: TEST_BOT_USERNAME, firstName: "Thi đua" },
      clock: () => Math.floor(DEFAULT_CLOCK_START.getTime() / 1000),
    });
    bot = startBotProcess({
      apiRoot: server.apiRoot,
      databaseUrl: test.url,
      clockStart: DEFAULT_CLOCK_START,
      env: { LOG_LEVEL: "info", RATE_LIMIT: "off" },
    });
    await bot.ready;
  }, 60_000);

  afterAll(async () => {
    await bot?.kill("SIGTERM");
    await server?.close();
    await database?.close();
    await test?.drop();
  });

  it("holds neither typed answers nor phone numbers, errors included", { timeout: 90_000 }, async () => {
    const member = await database.db.member.findFirstOrThrow({ where: { role: "leader", group: { name: "Tổ 1" } } });
    const invite = await createInvite(database.db, {
      wardId: member.wardId,
      role: "leader",
      groupId: member.groupId,
      memberId: member.id,
      fullName: member.fullName,
      now: DEFAULT_CLOCK_START,
    });
    const leader: TelegramUser = server.user({ id: 7301, firstName: "Hùng", languageCode: "vi", phoneNumber: SHARED_PHONE });
    const say = (text: string) => step(() => leader.sendText(text));
    const press = (label: string | RegExp) => step(() => leader.pressButton(label));

    await say(`/start ${invite.code}`);
    await press(/^Đúng, tôi là/);
    await press("📝 Báo cáo kết quả");
    for (const answer of ["226", "224", "220", "150", "1tr5", "12"]) await say(answer);
    await press("Có");
    await say(GOOD_DEEDS);
    await say(DIFFICULTIES);
    await press("✅ Gửi báo cáo");
    expect(leader.lastMessage?.text).toContain("Đã gửi báo cáo");
    await step(() => leader.sendContact(SHARED_PHONE));
    await say(TYPED_PHONE);

    // Telegram refuses the message that shows the report back (it repeats the typed answers).
    server.failNext(
      "sendMessage",
      { error_code: 400, description: "Bad Request: message is too long" },
      { when: (params) => String(params.text ?? "").includes("Xuyến") },
    );
    await press("📄 Xem báo cáo đã gửi");

    const stranger = server.user({ id: 7302, firstName: "Hoa", languageCode: "vi" });
    await step(() => stranger.sendText(STRANGER_TEXT));
    await step(() => stranger.sendText("/start"));

    const output = bot.output();
    const lines = logLines(output);
    // The scenario did what it should: the refused message was logged as a failed update.
    expect(lines.some((line) => line.msg === "update failed")).toBe(true);
    expect(lines.every((line) => typeof line.level === "number" && line.level >= 30)).toBe(true);

    const digits = (text: string) => text.replace(/\D/g, "");
    const forbidden = [
      GOOD_DEEDS,
      "Xuyến",
      DIFFICULTIES,
      "0987 654 321",
      digits(DIFFICULTIES.slice(DIFFICULTIES.indexOf("0987"), DIFFICULTIES.indexOf("0987") + 12)),
      TYPED_PHONE,
      digits(TYPED_PHONE),
      SHARED_PHONE,
      digits(SHARED_PHONE),
      STRANGER_TEXT,
      "Cây Đa",
      "0903 123 456",
      "0903123456",
      ...DEMO_GROUPS.map((group) => group.phone),
    ];
    const found = forbidden.filter((text) => output.includes(text) || output.includes(JSON.stringify(text).slice(1, -1)));
    expect(found).toEqual([]);
  });
});

describe("the code", () => {
  it("logs no message text, update body or phone number anywhere in src/", () => {
    const root = join(import.meta.dirname, "..", "..");
    const sources = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) return name === "generated" ? [] : sources(path);
        return path.endsWith(".ts") ? [path] : [];
      });
    // Ids are fine (update_id, ctx.from.id); what people wrote or who they are is not.
    const risky = /ctx\.(message|msg|callbackQuery)\b|ctx\.update(?!\.update_id)|ctx\.from(?!\??\.id)|\.text\b|phone|contact|payload/;
    const offending = sources(join(root, "src")).flatMap((file) => {
      const calls = readFileSync(file, "utf8").match(/\blogger\??\.(trace|debug|info|warn|error|fatal)\(([^;]*?)\);/gs) ?? [];
      return calls.filter((call) => risky.test(call)).map((call) => `${relative(root, file)}: ${call.replace(/\s+/g, " ")}`);
    });
    expect(offending).toEqual([]);
  });
});
