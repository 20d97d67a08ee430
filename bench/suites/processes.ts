// Conversation steps per second on one PostgreSQL database with 1 and with 2 bot processes in
// webhook mode: updates are POSTed to the processes' webhook endpoints as Telegram would
// (each answer once the previous one was handled), 40 leaders at a time.
import type { Update } from "grammy/types";
import { openDatabase } from "../../src/db/client.js";
import { startBotApiServer } from "../../test/support/bot-api-server.js";
import { DEFAULT_CLOCK_START, TEST_BOT_USERNAME } from "../../test/support/bot-harness.js";
import { type BotProcess, startBotProcess } from "../../test/support/bot-process.js";
import { createTestDatabase, postgresAvailable } from "../../test/support/databases.js";
import { freePort, TEST_WEBHOOK_SECRET } from "../../test/server/support.js";
import type { Result } from "../harness.js";
import { textUpdate } from "../support/updates.js";
import { wardWithLeaders } from "./load.js";

const LEADERS = 120;
const CONCURRENCY = 40;
const ANSWERS = ["226", "224", "220", "150", "1,5 triệu", "12"];
const FIRST_USER = 800_000;

async function post(url: string, update: Update): Promise<void> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": TEST_WEBHOOK_SECRET },
    body: JSON.stringify(update),
  });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`webhook answered ${response.status}`);
}

async function stepsPerSecond(processCount: 1 | 2): Promise<number> {
  const test = await createTestDatabase("postgresql");
  const database = await openDatabase(test.url);
  // The bot's own steps per second are measured, not Telegram's flood limits: no limits here.
  const server = await startBotApiServer({ bot: { username: TEST_BOT_USERNAME }, clock: () => Math.floor(DEFAULT_CLOCK_START.getTime() / 1000), rateLimit: false });
  const processes: BotProcess[] = [];
  try {
    await wardWithLeaders(database, LEADERS, FIRST_USER, `bench-processes-${processCount}`);
    // The chats exist on the Bot API side, as if each leader had opened the bot.
    for (let i = 0; i < LEADERS; i++) server.user({ id: FIRST_USER + i, firstName: `TT${i + 1}`, startedBot: true });
    const urls: string[] = [];
    for (let i = 0; i < processCount; i++) {
      const port = await freePort();
      const url = `http://127.0.0.1:${port}/telegram/webhook`;
      const bot = startBotProcess({
        apiRoot: server.apiRoot,
        databaseUrl: test.url,
        clockStart: DEFAULT_CLOCK_START,
        // The public URL given to Telegram; the benchmark posts straight to the process (url).
        env: { WEBHOOK_URL: "https://thidua.example.vn/telegram/webhook", WEBHOOK_SECRET: TEST_WEBHOOK_SECRET, PORT: String(port), LOG_LEVEL: "info" },
      });
      processes.push(bot);
      await bot.ready;
      urls.push(url);
    }
    let steps = 0;
    const leader = async (i: number) => {
      const user = FIRST_USER + i;
      for (const text of ["/baocao", ...ANSWERS]) {
        await post(urls[(i + steps) % urls.length]!, textUpdate(user, text));
        steps++;
      }
    };
    const start = performance.now();
    for (let from = 0; from < LEADERS; from += CONCURRENCY) {
      await Promise.all(Array.from({ length: Math.min(CONCURRENCY, LEADERS - from) }, (_, k) => leader(from + k)));
    }
    const seconds = (performance.now() - start) / 1000;
    const stored = await database.db.reportValue.count();
    if (stored !== LEADERS * ANSWERS.length) throw new Error(`expected ${LEADERS * ANSWERS.length} answers, found ${stored}`);
    return steps / seconds;
  } finally {
    for (const bot of processes) await bot.kill("SIGTERM");
    await server.close();
    await database.close();
    await test.drop();
  }
}

export async function processesSuite(): Promise<Result[]> {
  if (!(await postgresAvailable())) return [];
  const one = await stepsPerSecond(1);
  const two = await stepsPerSecond(2);
  const note = `${LEADERS} leaders × ${ANSWERS.length + 1} steps, ${CONCURRENCY} at a time, webhook mode`;
  return [
    { suite: "processes", name: "conversation steps per second, 1 process, PostgreSQL", value: one, unit: "steps/s", note },
    { suite: "processes", name: "conversation steps per second, 2 processes, PostgreSQL", value: two, unit: "steps/s", baseline: { name: "1 process", value: one }, note },
  ];
}
