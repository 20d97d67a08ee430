// One conversation step (a leader's answer) through the full middleware stack on SQLite,
// p50/p95/p99, beside grammY's bare handleUpdate with in-memory conversation storage
// answering the same updates. Telegram is replaced by a fetch that answers at once.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { conversations, createConversation, type Conversation, type ConversationFlavor } from "@grammyjs/conversations";
import { Bot, type Context } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";
import { createBot } from "../../src/bot/index.js";
import { seedDemo } from "../../src/cli/demo/seed.js";
import { ManualClock } from "../../src/clock.js";
import { openDatabase } from "../../src/db/client.js";
import { createLogger } from "../../src/logger.js";
import { type Result, percentile } from "../harness.js";

const botInfo: UserFromGetMe = {
  id: 42, is_bot: true, first_name: "Thi đua", username: "thidua_bench_bot",
  can_join_groups: false, can_read_all_group_messages: false, supports_inline_queries: false,
  can_connect_to_business: false, has_main_web_app: false, has_topics_enabled: false, allows_users_to_create_topics: false,
} as UserFromGetMe;

let messageId = 1;
/** Answers every Bot API call at once, as Telegram would on success. */
const instantTelegram: typeof fetch = async (_input, init) => {
  const body = typeof init?.body === "string" ? (JSON.parse(init.body) as Record<string, unknown>) : {};
  const result = { message_id: messageId++, date: 0, chat: { id: body["chat_id"] ?? 0, type: "private" }, text: body["text"] ?? "" };
  return new Response(JSON.stringify({ ok: true, result }), { headers: { "content-type": "application/json" } });
};

const ROUNDS = 10;
const answers = ["226", "224", "220", "150", "1,5 triệu", "12", "có", "Không có", "Không có"];
let updateId = 1;
function textUpdate(userId: number, text: string): Update {
  return {
    update_id: updateId++,
    message: {
      message_id: updateId, date: 0, text,
      chat: { id: userId, type: "private", first_name: "Bench" },
      from: { id: userId, is_bot: false, first_name: "Bench" },
      ...(text.startsWith("/") ? { entities: [{ type: "bot_command", offset: 0, length: text.split(" ")[0]!.length }] } : {}),
    },
  };
}

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
