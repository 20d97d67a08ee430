// A round of reminders for 1.000 leaders against the Bot API test server limited to 30
// messages a second over all chats (above that it answers 429 with retry_after, as Telegram
// does): the time beside the floor of 1.000 / 30 s, and the messages that arrived twice.
// Sent through the real bot's Api (reminderApi(createBot(...).api)), on a fresh SQLite file
// (BENCH_REMINDERS_DB=postgresql for PostgreSQL).
import { createBot } from "../../src/bot/index.js";
import { ManualClock } from "../../src/clock.js";
import { openDatabase } from "../../src/db/client.js";
import { installCatalogue } from "../../src/db/repos/catalogue.js";
import { createGroups } from "../../src/db/repos/groups.js";
import { createPeriod } from "../../src/db/repos/periods.js";
import { createWard } from "../../src/db/repos/wards.js";
import type { Provider } from "../../src/db/provider.js";
import { DEFAULT_INDICATORS, DEFAULT_MOVEMENTS, DEFAULT_PLEDGE_ITEMS } from "../../src/domain/catalogue.js";
import { createLogger } from "../../src/logger.js";
import { reminderApi } from "../../src/reminders/api.js";
import { createReminderScheduler } from "../../src/reminders/scheduler.js";
import { startBotApiServer } from "../../test/support/bot-api-server.js";
import { TEST_TOKEN } from "../../test/support/bot-harness.js";
import { createTestDatabase } from "../../test/support/databases.js";
import type { Result } from "../harness.js";

const LEADERS = Number(process.env.BENCH_REMINDER_LEADERS ?? 1000);
const RATE = 30;
const DEADLINE = new Date("2025-06-20T10:00:00.000Z"); // 17:00 local
const SLOT = new Date("2025-06-17T01:00:00.000Z"); // 08:00 local, 3 days before
const FIRST_CHAT = 500_000;

export async function remindersSuite(): Promise<Result[]> {
  const provider: Provider = process.env.BENCH_REMINDERS_DB === "postgresql" ? "postgresql" : "sqlite";
  const test = await createTestDatabase(provider);
  const database = await openDatabase(test.url);
  const server = await startBotApiServer({ rateLimit: { global: RATE }, bot: { username: "thidua_bench_bot" } });
  try {
    const { db } = database;
    const ward = await createWard(db, {
      slug: "bench-reminders",
      name: "Phường Thử nghiệm",
      issuerNameLines: ["ỦY BAN NHÂN DÂN", "PHƯỜNG THỬ NGHIỆM"],
      placeName: "Phường Thử nghiệm",
      signerName: "Nguyễn Văn A",
    });
    await installCatalogue(db, ward.id, { movements: DEFAULT_MOVEMENTS, indicators: DEFAULT_INDICATORS, pledgeItems: DEFAULT_PLEDGE_ITEMS });
    await createPeriod(db, ward.id, {
      name: "6 tháng đầu năm 2025",
      kind: "so_ket",
      year: 2025,
      startDate: new Date("2024-12-31T17:00:00.000Z"),
      endDate: new Date("2025-06-30T16:59:59.000Z"),
      deadline: DEADLINE,
    });
    const groups = await createGroups(db, ward.id, Array.from({ length: LEADERS }, (_, index) => ({ name: `Tổ ${index + 1}` })));
    await db.member.createMany({
      data: groups.map((group, index) => ({
        wardId: ward.id,
        fullName: `Tổ trưởng ${index + 1}`,
        role: "leader" as const,
        groupId: group.id,
        telegramId: BigInt(FIRST_CHAT + index),
      })),
    });
    await db.member.create({ data: { wardId: ward.id, fullName: "Cán bộ", role: "officer", telegramId: 499_999n } });
    for (let index = 0; index < LEADERS; index++) server.user({ id: FIRST_CHAT + index, firstName: `Leader ${index + 1}`, startedBot: true });
    server.user({ id: 499_999, firstName: "Officer", startedBot: true });

    const clock = new ManualClock(SLOT);
    const logger = createLogger("silent");
    const bot = createBot({
      token: TEST_TOKEN,
      apiRoot: server.apiRoot,
      services: { db, clock, logger },
    });
    const scheduler = createReminderScheduler({ db, api: reminderApi(bot.api), clock, logger });

    const start = performance.now();
    const [round] = await scheduler.tick();
    const seconds = (performance.now() - start) / 1000;
    const again = await scheduler.tick(); // the same slot again: must send nothing

    const perChat = Array.from({ length: LEADERS }, (_, index) => server.botMessages(FIRST_CHAT + index).length);
    const duplicates = perChat.reduce((total, count) => total + Math.max(0, count - 1), 0);
    const missing = perChat.filter((count) => count === 0).length;
    const calls = server.callsTo("sendMessage").length;
    const delivered = server.botMessages(499_999).length + perChat.reduce((a, b) => a + b, 0);
    const tooMany = calls - delivered;
    const floor = LEADERS / RATE;
    const note =
      `${provider}; sent ${round?.sent ?? 0}, duplicates ${duplicates}, missing ${missing}, 429 answers ${tooMany}, ` +
      `second run sent ${again[0]?.sent ?? 0}, digest ${round?.digests ?? 0}`;
    await scheduler.stop();
    return [
      {
        suite: "reminders",
        name: `round for ${LEADERS.toLocaleString("vi-VN")} leaders at ${RATE} msg/s (429 + retry_after)`,
        value: seconds,
        unit: "s",
        baseline: { name: `floor ${LEADERS.toLocaleString("vi-VN")}/${RATE} msg/s`, value: floor },
        note,
      },
      { suite: "reminders", name: "duplicate reminders (must be 0)", value: duplicates, unit: "messages", note: `missing ${missing}` },
    ];
  } finally {
    await server.close();
    await database.close();
    await test.drop();
  }
}
