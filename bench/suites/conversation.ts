// One conversation step (a leader's answer) through the full middleware stack on SQLite,
// p50/p95/p99, beside grammY's bare handleUpdate with in-memory conversation storage
// answering the same updates; once with SQLite's default durability (synchronous=FULL: a sync
// of the WAL at every commit) and once with synchronous=normal. Then the growth: the 1st and the
// 30th answer of a 30-question catalogue. Telegram is replaced by a fetch that answers at once,
// and the bot's own send throttle is off (`sendLimits: false`): with it, the steps measured its
// waits for Telegram's flood limits (1 message a second per chat after a burst of 5, 30 a second
// in all), not the bot's work.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { conversations, createConversation, type Conversation, type ConversationFlavor } from "@grammyjs/conversations";
import { Bot, type Context } from "grammy";
import type { Update } from "grammy/types";
import { createBot } from "../../src/bot/index.js";
import { seedDemo } from "../../src/cli/demo/seed.js";
import { ManualClock } from "../../src/clock.js";
import { openDatabase } from "../../src/db/client.js";
import { installCatalogue } from "../../src/db/repos/catalogue.js";
import { createGroups } from "../../src/db/repos/groups.js";
import { createPeriod } from "../../src/db/repos/periods.js";
import { createWard } from "../../src/db/repos/wards.js";
import { DEFAULT_MOVEMENTS } from "../../src/domain/catalogue.js";
import type { IndicatorDef } from "../../src/domain/types.js";
import { createLogger } from "../../src/logger.js";
import { type Result, percentile } from "../harness.js";
import { botInfo, instantTelegram } from "../support/instant-telegram.js";
import { textUpdate } from "../support/updates.js";

const ROUNDS = 10;
const answers = ["226", "224", "220", "150", "1,5 triệu", "12", "có", "Không có", "Không có"];
async function measure(handle: (update: Update) => Promise<void>, users: number[]): Promise<number[]> {
  const samples: number[] = [];
  for (const user of users) {
    await handle(textUpdate(user, "/baocao"));
    for (const answer of answers) {
      const update = textUpdate(user, answer);
      const start = performance.now();
      await handle(update);
      samples.push(performance.now() - start);
    }
  }
  return samples.sort((a, b) => a - b);
}

function bareBot(): Bot<ConversationFlavor<Context>> {
  const bot = new Bot<ConversationFlavor<Context>>("1:bench", { botInfo, client: { fetch: instantTelegram } });
  bot.use(conversations());
  bot.use(
    createConversation(async (conversation: Conversation<ConversationFlavor<Context>, Context>, ctx: Context) => {
      for (let i = 1; i <= answers.length; i++) {
        await ctx.reply(`Câu ${i}`);
        await conversation.waitFor("message:text");
      }
      await ctx.reply("Xong");
    }, "report"),
  );
  bot.command("baocao", (ctx) => ctx.conversation.enter("report"));
  return bot;
}

export async function conversationSuite(): Promise<Result[]> {
  return [...(await stepSuite("")), ...(await stepSuite("?synchronous=normal")), ...(await growthSuite())];
}

export async function stepSuite(options: string): Promise<Result[]> {
  const label = options ? "synchronous=normal" : "synchronous=FULL";
  const dir = mkdtempSync(join(tmpdir(), "thidua-bench-"));
  const database = await openDatabase(`file:${join(dir, "bench.db")}${options}`);
  try {
    const clock = new ManualClock(new Date("2025-05-15T01:00:00.000Z"));
    await seedDemo(database.db, clock.now());
    // Register the leaders of the groups that have not reported yet.
    const leaders = await database.db.member.findMany({
      where: { role: "leader", group: { reports: { none: { period: { status: "open" } } } } },
    });
    const users = leaders.map((_, index) => 500_000 + index);
    for (const [index, leader] of leaders.entries()) {
      await database.db.member.update({ where: { id: leader.id }, data: { telegramId: BigInt(users[index]!) } });
    }
    const reset = async () => {
      await database.db.groupReport.deleteMany({ where: { period: { status: "open" }, groupId: { in: leaders.map((l) => l.groupId!) } } });
      await database.db.conversationState.deleteMany({});
    };
    const bot = createBot({
      token: "1:bench",
      botInfo,
      services: { db: database.db, clock, logger: createLogger("silent") },
      fetch: instantTelegram,
      sendLimits: false,
    });
    const full: number[] = [];
    const bare: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      await reset();
      full.push(...(await measure((update) => bot.handleUpdate(update), users)));
      const bareInstance = bareBot();
      bare.push(...(await measure((update) => bareInstance.handleUpdate(update), users)));
    }
    full.sort((a, b) => a - b);
    bare.sort((a, b) => a - b);
    return [50, 95, 99].map((p) => ({
      suite: "conversation",
      name: `one answer, full stack on SQLite (${label}), p${p}`,
      value: percentile(full, p),
      unit: "ms",
      baseline: { name: `bare grammY + conversations in memory, p${p}`, value: percentile(bare, p) },
      note: p === 50 ? `${full.length} steps (${ROUNDS} rounds × ${users.length} leaders × ${answers.length} answers)` : undefined,
    }));
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const QUESTIONS = 30;
const GROWTH_LEADERS = 8;
const GROWTH_ROUNDS = 3;

/** A catalogue of 30 count questions without rules. */
function thirtyQuestions(): IndicatorDef[] {
  return Array.from({ length: QUESTIONS }, (_, i) => ({
    code: `q${i + 1}`, movementCode: "cultural_life", label: `Chỉ tiêu ${i + 1}`, shortLabel: `CT ${i + 1}`,
    question: `Câu hỏi số ${i + 1}?`, type: "count" as const, unit: "hộ", example: "12", rules: [], order: i + 1,
    periodKinds: ["so_ket", "tong_ket", "other"], optional: false, offerPrevious: false, ratioBase: null,
  }));
}

/** The 1st and the 30th answer of a 30-question report, medians over leaders and rounds. */
async function growthSuite(): Promise<Result[]> {
  const dir = mkdtempSync(join(tmpdir(), "thidua-bench-"));
  const database = await openDatabase(`file:${join(dir, "growth.db")}?synchronous=normal`);
  try {
    const { db } = database;
    const ward = await createWard(db, { slug: "growth", name: "Phường Ba Mươi", issuerNameLines: ["ỦY BAN NHÂN DÂN", "PHƯỜNG BA MƯƠI"], placeName: "Phường Ba Mươi", signerName: "Nguyễn Văn A" });
    await installCatalogue(db, ward.id, { movements: DEFAULT_MOVEMENTS, indicators: thirtyQuestions(), pledgeItems: [] });
    const groups = await createGroups(db, ward.id, Array.from({ length: GROWTH_LEADERS }, (_, i) => ({ name: `Tổ ${i + 1}` })));
    const users = groups.map((_, i) => 600_000 + i);
    await db.member.createMany({ data: groups.map((group, i) => ({ wardId: ward.id, fullName: `Tổ trưởng ${i + 1}`, role: "leader" as const, groupId: group.id, telegramId: BigInt(users[i]!) })) });
    await createPeriod(db, ward.id, {
      name: "6 tháng đầu năm 2025", kind: "so_ket", year: 2025,
      startDate: new Date("2024-12-31T17:00:00Z"), endDate: new Date("2025-06-30T16:59:59Z"), deadline: new Date("2025-06-20T10:00:00Z"),
    });
    const clock = new ManualClock(new Date("2025-05-15T01:00:00.000Z"));
    const bot = createBot({ token: "1:bench", botInfo, services: { db, clock, logger: createLogger("silent") }, fetch: instantTelegram, sendLimits: false });
    const byAnswer: number[][] = Array.from({ length: QUESTIONS }, () => []);
    for (let round = 0; round < GROWTH_ROUNDS; round++) {
      await db.groupReport.deleteMany({});
      await db.conversationState.deleteMany({});
      for (const user of users) {
        await bot.handleUpdate(textUpdate(user, "/baocao"));
        for (let i = 0; i < QUESTIONS; i++) {
          const start = performance.now();
          await bot.handleUpdate(textUpdate(user, String(10 + i)));
          byAnswer[i]!.push(performance.now() - start);
        }
      }
      const stored = await db.reportValue.count();
      if (stored !== users.length * QUESTIONS) throw new Error(`growth bench: ${stored} answers stored, expected ${users.length * QUESTIONS}`);
    }
    const median = (samples: number[]) => percentile([...samples].sort((a, b) => a - b), 50);
    const first = median(byAnswer[0]!);
    const tenth = median(byAnswer[9]!);
    const last = median(byAnswer[QUESTIONS - 1]!);
    const note = `${GROWTH_ROUNDS} rounds × ${users.length} leaders, synchronous=normal; goal ≤ 1,2×`;
    return [
      { suite: "conversation", name: "10th answer of 30, p50", value: tenth, unit: "ms", baseline: { name: "1st answer, p50", value: first } },
      { suite: "conversation", name: "30th answer of 30, p50", value: last, unit: "ms", baseline: { name: "1st answer, p50", value: first }, note },
    ];
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
