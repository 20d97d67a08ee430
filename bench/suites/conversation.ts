// One conversation step (a leader's answer) through the full middleware stack on SQLite,
// p50/p95/p99, beside grammY's bare handleUpdate with in-memory conversation storage
// answering the same updates. Telegram is replaced by a fetch that answers at once.
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
  const dir = mkdtempSync(join(tmpdir(), "thidua-bench-"));
  const database = await openDatabase(`file:${join(dir, "bench.db")}`);
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
      name: `one answer, full stack on SQLite, p${p}`,
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
