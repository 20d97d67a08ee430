// Opens 1.000 leaders' report conversations in a fresh process running the production build
// (dist/, no tsx) and prints its RSS before and after as JSON (run by the load suite).
// Plain JavaScript on purpose: it must not load TypeScript tooling.
/* global URL, Response */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const dist = (path) => import(new URL(`../../dist/${path}`, import.meta.url).href);
const { createBot } = await dist("bot/index.js");
const { ManualClock } = await dist("clock.js");
const { openDatabase } = await dist("db/client.js");
const { installCatalogue } = await dist("db/repos/catalogue.js");
const { createGroups } = await dist("db/repos/groups.js");
const { createPeriod } = await dist("db/repos/periods.js");
const { createWard } = await dist("db/repos/wards.js");
const { DEFAULT_INDICATORS, DEFAULT_MOVEMENTS, DEFAULT_PLEDGE_ITEMS } = await dist("domain/catalogue.js");
const { createLogger } = await dist("logger.js");

const LEADERS = Number(process.argv[2] ?? 1000);
const FIRST_USER = 700_000;
const botInfo = { id: 42, is_bot: true, first_name: "Thi đua", username: "thidua_bench_bot", can_join_groups: false, can_read_all_group_messages: false, supports_inline_queries: false };
// One sequence of message ids for both sides, as in a private chat: an answer comes after its question.
let messageId = 1;
const instantTelegram = async (_input, init) => {
  const body = typeof init?.body === "string" ? JSON.parse(init.body) : {};
  const result = { message_id: messageId++, date: 0, chat: { id: body.chat_id ?? 0, type: "private" }, text: body.text ?? "" };
  return new Response(JSON.stringify({ ok: true, result }), { headers: { "content-type": "application/json" } });
};
let updateId = 1;
const textUpdate = (userId, text) => ({
  update_id: updateId++,
  message: {
    message_id: messageId++, date: 0, text, chat: { id: userId, type: "private", first_name: "Bench" }, from: { id: userId, is_bot: false, first_name: "Bench" },
    ...(text.startsWith("/") ? { entities: [{ type: "bot_command", offset: 0, length: text.length }] } : {}),
  },
});

const dir = mkdtempSync(join(tmpdir(), "thidua-rss-"));
const database = await openDatabase(`file:${join(dir, "rss.db")}`);
try {
  const { db } = database;
  const ward = await createWard(db, { slug: "load", name: "Phường Tải", issuerNameLines: ["ỦY BAN NHÂN DÂN", "PHƯỜNG TẢI"], placeName: "Phường Tải", signerName: "Nguyễn Văn A" });
  await installCatalogue(db, ward.id, { movements: DEFAULT_MOVEMENTS, indicators: DEFAULT_INDICATORS, pledgeItems: DEFAULT_PLEDGE_ITEMS });
  const groups = await createGroups(db, ward.id, Array.from({ length: LEADERS }, (_, i) => ({ name: `Tổ ${i + 1}` })));
  await db.member.createMany({ data: groups.map((group, i) => ({ wardId: ward.id, fullName: `Tổ trưởng ${i + 1}`, role: "leader", groupId: group.id, telegramId: BigInt(FIRST_USER + i) })) });
  await createPeriod(db, ward.id, {
    name: "6 tháng đầu năm 2025", kind: "so_ket", year: 2025,
    startDate: new Date("2024-12-31T17:00:00Z"), endDate: new Date("2025-06-30T16:59:59Z"), deadline: new Date("2025-06-20T10:00:00Z"),
  });
  // No send throttle: at its 30 messages a second the run would wait minutes for nothing it measures.
  const bot = createBot({ token: "1:bench", botInfo, fetch: instantTelegram, sendLimits: false, services: { db, clock: new ManualClock(new Date("2025-05-15T01:00:00Z")), logger: createLogger("silent") } });
  const open = async (i) => {
    await bot.handleUpdate(textUpdate(FIRST_USER + i, "/baocao"));
    await bot.handleUpdate(textUpdate(FIRST_USER + i, String(200 + (i % 50))));
  };
  for (let i = 0; i < 20; i++) await open(i); // warm-up: code loaded, caches filled
  globalThis.gc?.();
  const before = process.memoryUsage().rss;
  for (let i = 20; i < LEADERS; i++) await open(i);
  globalThis.gc?.();
  const after = process.memoryUsage().rss;
  const openCount = await db.conversationState.count();
  console.log(JSON.stringify({ before, after, open: openCount }));
} finally {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
}
