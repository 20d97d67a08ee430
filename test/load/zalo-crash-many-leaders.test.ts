// The crash test on Zalo, webhook mode: 200 tổ trưởng report at once by typing, to the real bot
// process, which is SIGKILLed 20 times at random moments and started again. Zalo does not
// redeliver (reference §1.4): an update the webhook answered 200 was stored first and must
// never be lost; one the bot could not answer (it was down) never reached it, and the leader,
// seeing no reply, types it again, as a person would. Every report ends complete and equal to
// what was typed: nothing lost, nothing counted twice; and every leader reads "✅ Đã gửi báo
// cáo", also one whose "gửi báo cáo" a kill cut off after the report was stored. The second reading (the
// Zalo server posts an unanswered update again, as the OA webhook does) is run smaller: the
// retries of updates that were stored before the kill must be dropped as duplicates.
import { afterEach, describe, expect, it } from "vitest";
import { zaloKey, zaloUpdateId } from "../../src/channels/ids.js";
import { type Database, openDatabase } from "../../src/db/client.js";
import { installCatalogue, periodIndicators } from "../../src/db/repos/catalogue.js";
import { channelAccount } from "../../src/db/repos/channels.js";
import { createGroups } from "../../src/db/repos/groups.js";
import { createMember } from "../../src/db/repos/members.js";
import { createPeriod } from "../../src/db/repos/periods.js";
import { createWard } from "../../src/db/repos/wards.js";
import { DEFAULT_INDICATORS, DEFAULT_MOVEMENTS, DEFAULT_PLEDGE_ITEMS } from "../../src/domain/catalogue.js";
import { DEFAULT_CLOCK_START } from "../support/bot-harness.js";
import { type BotProcess, startBotProcess } from "../support/bot-process.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { ZALO_TEST_TOKEN } from "../support/e2e.js";
import { startZaloApiServer, type ZaloApiServer, type ZaloUser } from "../support/zalo-api-server.js";
import { webhookEnv } from "../support/zalo-e2e.js";

const LEADERS = Number(process.env.CRASH_LEADERS ?? 200);
const KILLS = Number(process.env.CRASH_KILLS ?? 20);
const QUESTIONS = 9;
/** Once the bot runs for good, this long without a message to any leader means the rest wait in vain. */
const SILENCE_MS = 60_000;

/** What leader i types: valid (registered ≤ total, achieved ≤ registered) and different for everyone. */
function answersOf(i: number): string[] {
  const total = 150 + (i % 97);
  const registered = total - (i % 7);
  const achieved = registered - (i % 3);
  return [`${total}`, `${registered}`, `${achieved}`, `${100 + (i % 50)}`, `${1 + (i % 9)},${i % 10} triệu`, `${5 + (i % 20)}`, i % 2 === 0 ? "có" : "không", `Tổ ${i + 1} không có`, `Kiến nghị số ${i + 1}`];
}

/** The same answers as stored values, read independently of the parser. */
function typedOf(i: number): Array<number | boolean | string> {
  const a = answersOf(i);
  return [Number(a[0]), Number(a[1]), Number(a[2]), Number(a[3]), (1 + (i % 9)) * 1_000_000 + (i % 10) * 100_000, Number(a[5]), i % 2 === 0, a[7]!, a[8]!];
}

interface Leader {
  user: ZaloUser;
  answers: string[];
  answered: number; // questions answered so far (never answer one twice: a crash may repeat a prompt)
  submitted: boolean;
  seen: number; // bot messages looked at
  /** The last text sent and its Zalo message_id (typed again if it never reached the bot). */
  last: { text: string; id: string } | null;
  /** Every text sent, with its message_id (the diagnostic of a stuck leader). */
  sent: Array<{ text: string; id: string }>;
}

interface Run {
  test: TestDatabase;
  database: Database;
  zalo: ZaloApiServer;
  bot: BotProcess | null;
}

let run: Run | null = null;
afterEach(async () => {
  await run?.bot?.kill();
  await run?.zalo.close();
  await run?.database.close();
  await run?.test.drop();
  run = null;
});

async function waitForLog(bot: BotProcess, line: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (!bot.output().includes(line)) {
    if (Date.now() > deadline || bot.child.exitCode !== null) throw new Error(`bot did not log "${line}":\n${bot.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function setUp(leaders: number, retryDelaysMs: readonly number[]): Promise<{ run: Run; periodId: number; users: ZaloUser[]; launch: () => Promise<BotProcess> }> {
  const test = await createTestDatabase("sqlite");
  const database = await openDatabase(test.url);
  const { db } = database;
  const ward = await createWard(db, { slug: "crash-zalo", name: "Phường Thử nghiệm", issuerNameLines: ["ỦY BAN NHÂN DÂN", "PHƯỜNG THỬ NGHIỆM"], placeName: "Phường Thử nghiệm", signerName: "Nguyễn Văn A" });
  await installCatalogue(db, ward.id, { movements: DEFAULT_MOVEMENTS, indicators: DEFAULT_INDICATORS, pledgeItems: DEFAULT_PLEDGE_ITEMS });
  const groups = await createGroups(db, ward.id, Array.from({ length: leaders }, (_, i) => ({ name: `Tổ ${i + 1}` })));
  const zalo = await startZaloApiServer({ token: ZALO_TEST_TOKEN, readings: { webhookRetryDelaysMs: retryDelaysMs } });
  const users: ZaloUser[] = [];
  for (const [i, group] of groups.entries()) {
    // Registered on Zalo before the test (the invite by code has its own tests).
    const user = zalo.user(`TT${i + 1}`);
    const account = await channelAccount(db, "zalo", user.id, user.displayName);
    await createMember(db, ward.id, { fullName: `Tổ trưởng ${i + 1}`, role: "leader", groupId: group.id, telegramId: BigInt(zaloKey(account.id)) });
    users.push(user);
  }
  const { id: periodId } = await createPeriod(db, ward.id, {
    name: "6 tháng đầu năm 2025", kind: "so_ket", year: 2025,
    startDate: new Date("2024-12-31T17:00:00Z"), endDate: new Date("2025-06-30T16:59:59Z"), deadline: new Date("2025-06-20T10:00:00Z"),
  });
  const env = { ...(await webhookEnv()), BOT_TOKEN: "", ZALO_BOT_TOKEN: ZALO_TEST_TOKEN, ZALO_API_ROOT: zalo.apiRoot };
  const launch = async () => {
    const bot = startBotProcess({ apiRoot: "http://127.0.0.1:9", databaseUrl: test.url, clockStart: DEFAULT_CLOCK_START, env });
    await bot.ready;
    await waitForLog(bot, "Zalo started");
    return bot;
  };
  return { run: { test, database, zalo, bot: null }, periodId, users, launch };
}

async function crashRun(leaderCount: number, kills: number, retryDelaysMs: readonly number[]) {
  const setup = await setUp(leaderCount, retryDelaysMs);
  run = setup.run;
  const { zalo, database } = setup.run;
  const { db } = database;
  setup.run.bot = await setup.launch();
  const started = Date.now();
  const leaders: Leader[] = setup.users.map((user, i) => ({ user, answers: answersOf(i), answered: 0, submitted: false, seen: 0, last: null, sent: [] }));
  const send = (leader: Leader, text: string) => {
    leader.last = { text, id: leader.user.sendText(text) };
    leader.sent.push(leader.last);
  };
  for (const leader of leaders) send(leader, "/baocao");

  let kills_ = 0;
  let botUp = true;
  let lastStart: number | null = null; // when the bot came up after the last kill
  const killer = (async () => {
    while (kills_ < kills) {
      await new Promise((resolve) => setTimeout(resolve, 400 + Math.random() * 1600));
      botUp = false;
      await setup.run.bot!.kill("SIGKILL");
      kills_++;
      setup.run.bot = await setup.launch();
      botUp = true;
    }
    lastStart = Date.now();
  })();

  /** Acts on the newest bot message, if it asks for something this leader has not done yet. */
  const act = (leader: Leader) => {
    const messages = leader.user.received;
    if (messages.length === leader.seen) return;
    leader.seen = messages.length;
    const text = messages.at(-1)?.text ?? "";
    const asked = /Câu (\d+)\/9/.exec(text);
    if (asked && Number(asked[1]) === leader.answered + 1) {
      send(leader, leader.answers[leader.answered]!);
      leader.answered++;
    } else if (/• "gửi báo cáo"/u.test(text) && leader.answered === QUESTIONS && !leader.submitted) {
      // The summary, or (after a crash replayed the last answer) the choices again under it.
      send(leader, "gửi báo cáo");
      leader.submitted = true;
    }
  };

  /**
   * A text the bot could not answer (it was down, no retry left): if it was not stored either, it
   * never reached the bot and the leader, who got no reply, types it again. A stored one is the
   * bot's to handle (at its next start): typing it again would answer the next question.
   */
  const typedAgain = new Set<string>();
  const retypeLost = async () => {
    if (!botUp) return;
    const lost = new Set(zalo.lostDeliveries);
    for (const leader of leaders) {
      const last = leader.last;
      if (!last || !lost.has(last.id) || typedAgain.has(last.id)) continue;
      typedAgain.add(last.id);
      if ((await db.channelInbox.count({ where: { messageId: last.id } })) > 0) continue;
      send(leader, last.text);
    }
  };

  // Once the bot runs for good, the leaders go on as fast as it answers; when it has answered
  // nobody for a while, those still waiting wait for an answer that will not come (the
  // diagnostic below says what each went through).
  const done = () => leaders.every((leader) => leader.user.received.some((m) => m.text.includes("Đã gửi báo cáo")));
  let answers = 0;
  let lastAnswer = Date.now();
  const givenUp = () => {
    const now = Date.now();
    const count = leaders.reduce((sum, leader) => sum + leader.user.received.length, 0);
    if (count !== answers) [answers, lastAnswer] = [count, now];
    return lastStart !== null && now - Math.max(lastStart, lastAnswer) > SILENCE_MS;
  };
  while (!done() && !givenUp()) {
    for (const leader of leaders) act(leader);
    await retypeLost();
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  await killer;
  const afterLastStart = Math.round((Date.now() - lastStart!) / 1000);
  await zalo.settled({ timeoutMs: 120_000 });
  const seconds = Math.round((Date.now() - started) / 1000);
  expect(kills_).toBe(kills);

  const indicators = await periodIndicators(db, setup.periodId);
  const reports = await db.groupReport.findMany({ where: { periodId: setup.periodId }, include: { values: true, group: true, changes: true } });
  const submitted = reports.filter((report) => report.status === "submitted").length;
  const lost: string[] = [];
  const duplicated: string[] = [];
  for (const report of reports) {
    const i = Number(report.group.name.replace("Tổ ", "")) - 1;
    const typed = typedOf(i);
    if (report.values.length !== indicators.length) lost.push(`${report.group.name}: ${report.values.length} values`);
    if (report.changes.length !== indicators.length) duplicated.push(`${report.group.name}: ${report.changes.length} audit rows`);
    indicators.forEach((indicator, q) => {
      const row = report.values.find((value) => value.indicatorId === indicator.id);
      const stored = row?.numberValue !== null && row?.numberValue !== undefined ? Number(row.numberValue) : (row?.boolValue ?? row?.textValue);
      if (stored !== typed[q]) lost.push(`${report.group.name}: question ${q + 1} stored ${String(stored)} ≠ typed ${String(typed[q])}`);
    });
  }
  // What the webhook answered 200 was stored, and every stored update was handled exactly once.
  const inbox = await db.channelInbox.findMany({ select: { messageId: true, handledAt: true } });
  const stored = new Set(inbox.map((row) => row.messageId));
  const answeredNotStored = zalo.delivered.filter((id) => !stored.has(id));
  const unhandled = inbox.filter((row) => row.handledAt === null).length;
  const stuckLeaders = leaders.filter((leader) => !leader.user.received.some((m) => m.text.includes("Đã gửi báo cáo")));
  const stuck = stuckLeaders.map((leader) => leader.user.displayName);
  for (const leader of stuckLeaders) console.log(await diagnose(db, zalo, leader));
  console.log(
    `Zalo crash test (webhook, retries ${retryDelaysMs.length === 0 ? "none" : retryDelaysMs.join("/") + " ms"}): ${leaderCount} leaders, ${kills_} SIGKILLs, ${seconds} s (${afterLastStart} s after the last start), ` +
      `${submitted} reports submitted, ${lost.length} lost, ${duplicated.length} duplicated; ${zalo.delivered.length} updates answered 200, ` +
      `${zalo.lostDeliveries.length} not answered (bot down), ${zalo.retriedDeliveries.length} posted again, ${typedAgain.size} typed again; stuck: ${stuck.join(", ") || "none"}`,
  );
  expect(answeredNotStored).toEqual([]);
  expect(unhandled).toBe(0);
  expect(reports).toHaveLength(leaderCount);
  expect(submitted).toBe(leaderCount);
  expect(lost).toEqual([]);
  expect(duplicated).toEqual([]);
  // Every leader whose last message reached the bot read its answer: the confirmation.
  expect(stuck).toEqual([]);
}

const oneLine = (text: string, max = 160) => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
};

/**
 * What a leader who never got the confirmation went through: the chat as the phone shows it,
 * then the last updates it sent with their inbox rows (stored, handled) and whether the bot
 * marked them processed, and the chat's stored choices and conversation.
 */
async function diagnose(db: Database["db"], zalo: ZaloApiServer, leader: Leader): Promise<string> {
  const lines = [`— ${leader.user.displayName} (answered ${leader.answered}/${QUESTIONS}, sent "gửi báo cáo": ${leader.submitted}) —`];
  for (const event of zalo.events.filter((e) => e.userId === leader.user.id).slice(-14)) {
    lines.push(event.kind === "user" ? `  → ${event.text}` : `  ← ${oneLine(event.message.text)}`);
  }
  const ids = leader.sent.slice(-5).map((s) => s.id);
  const rows = await db.channelInbox.findMany({ where: { messageId: { in: ids } }, orderBy: { id: "asc" } });
  const processed = await db.processedUpdate.findMany({ where: { updateId: { in: rows.map((row) => BigInt(zaloUpdateId(row.id))) } } });
  const processedIds = new Set(processed.map((row) => Number(row.updateId)));
  for (const sent of leader.sent.slice(-5)) {
    const row = rows.find((candidate) => candidate.messageId === sent.id);
    const fate = zalo.lostDeliveries.includes(sent.id) ? "not answered" : zalo.delivered.includes(sent.id) ? "answered 200" : "not posted";
    // What the bot took a row for while it was not yet handled (the channel keeps it until then).
    const kept = row ? await db.conversationState.findUnique({ where: { key: `channel-update:${row.id}` } }) : null;
    const takenFor = kept ? `, taken for ${oneLine(kept.value, 120)}` : "";
    lines.push(
      row
        ? `  inbox #${row.id} "${sent.text}" (${fate}): received ${row.receivedAt.toISOString()}, handled ${row.handledAt?.toISOString() ?? "NO"}, processed ${processedIds.has(zaloUpdateId(row.id)) ? "yes" : "NO"}${takenFor}`
        : `  "${sent.text}" (${fate}): not in the inbox`,
    );
  }
  const group = `Tổ ${leader.user.displayName.replace("TT", "")}`;
  const report = await db.groupReport.findFirst({ where: { group: { name: group } }, select: { status: true, submittedAt: true } });
  lines.push(`  report of ${group}: ${report?.status ?? "none"}${report?.submittedAt ? ` at ${report.submittedAt.toISOString()}` : ""}`);
  const account = await db.channelAccount.findFirst({ where: { channel: "zalo", externalId: leader.user.id } });
  const chatKey = account ? zaloKey(account.id) : 0;
  const states = await db.conversationState.findMany({ where: { key: { endsWith: `:${chatKey}` } } });
  for (const state of states) lines.push(`  state ${state.key}: ${oneLine(state.value, 300)}`);
  return lines.join("\n");
}

describe("crash test on Zalo (webhook)", () => {
  it(`${LEADERS} leaders, ${KILLS} SIGKILLs, no redelivery: 0 lost, 0 duplicated`, { timeout: 900_000 }, async () => {
    await crashRun(LEADERS, KILLS, []);
  });

  const small = Math.max(10, Math.round(LEADERS / 5));
  const smallKills = Math.max(4, Math.round(KILLS / 4));
  it(`${small} leaders, ${smallKills} SIGKILLs, unanswered updates posted again: 0 lost, 0 duplicated`, { timeout: 600_000 }, async () => {
    await crashRun(small, smallKills, [300, 1500, 5000]);
  });
});
