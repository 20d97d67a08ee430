// Two real bot processes in webhook mode on ONE PostgreSQL database. A router between the
// Bot API test server and the processes sends each update to one process, alternately,
// and every third update to both at the same time (a retry racing the first delivery).
// Five leaders report concurrently. Every conversation completes as on one process: the
// leader of Tổ 1 reads exactly the golden transcript, stored answers equal what was typed,
// and nothing is duplicated in the audit table.
import { readFileSync } from "node:fs";
import http from "node:http";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../src/cli/demo/seed.js";
import { type Database, openDatabase } from "../../src/db/client.js";
import { periodIndicators } from "../../src/db/repos/catalogue.js";
import { createInvite } from "../../src/db/repos/invites.js";
import { reportAnswers } from "../../src/db/repos/reports.js";
import { type BotApiServer, startBotApiServer } from "../support/bot-api-server.js";
import { DEFAULT_CLOCK_START, TEST_BOT_USERNAME } from "../support/bot-harness.js";
import { type BotProcess, startBotProcess } from "../support/bot-process.js";
import { createTestDatabase, postgresAvailable, type TestDatabase } from "../support/databases.js";
import type { TelegramUser } from "../support/telegram-user.js";
import { recordTranscript, type Transcript } from "../support/transcript.js";
import { freePort, logLines, settledFor, TEST_WEBHOOK_SECRET } from "../server/support.js";

const WEBHOOK_PATH = "/telegram/webhook";
const PERIOD = "6 tháng đầu năm 2025";

interface Router {
  url: string;
  /** Updates delivered to each process (an update sent to both counts for both). */
  deliveries: [number, number];
  /** Update ids sent to both processes at once. */
  both: number[];
  close(): Promise<void>;
}

/** Receives the Bot API server's webhook posts and forwards them to the processes. */
async function startRouter(targets: string[]): Promise<Router> {
  const router: Omit<Router, "url" | "close"> = { deliveries: [0, 0], both: [] };
  const server = http.createServer((req, res) => {
    void (async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
      const body = Buffer.concat(chunks);
      const updateId = (JSON.parse(body.toString("utf8")) as { update_id: number }).update_id;
      const chosen = updateId % 3 === 0 ? [0, 1] : [updateId % 2];
      if (chosen.length === 2) router.both.push(updateId);
      const statuses = await Promise.all(
        chosen.map(async (index) => {
          router.deliveries[index as 0 | 1]++;
          const response = await fetch(targets[index]!, {
            method: "POST",
            headers: {
              "content-type": "application/json",
              "x-telegram-bot-api-secret-token": String(req.headers["x-telegram-bot-api-secret-token"] ?? ""),
            },
            body,
          }).catch(() => null);
          await response?.arrayBuffer();
          return response?.status ?? 502;
        }),
      );
      const failed = statuses.find((status) => status < 200 || status > 299);
      res.writeHead(failed ?? 200, { "content-type": "application/json" });
      res.end("{}");
    })();
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    ...router,
    get deliveries() {
      return router.deliveries;
    },
    url: `http://127.0.0.1:${port}${WEBHOOK_PATH}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

interface Leader {
  group: string;
  user: TelegramUser;
  transcript: Transcript;
  code: string;
  /** Answers this leader types (Tổ 1: those of test/e2e/leader-report.test.ts). */
  total: number;
  learning: number;
  gifts: number;
  difficulties: string;
}

const withPostgres = await postgresAvailable();

describe.skipIf(!withPostgres)("two bot processes, one PostgreSQL database, webhook mode", () => {
  let test: TestDatabase;
  let database: Database;
  let server: BotApiServer;
  let router: Router;
  const processes: BotProcess[] = [];
  let leaders: Leader[] = [];

  beforeAll(async () => {
    test = await createTestDatabase("postgresql");
    database = await openDatabase(test.url);
    await seedDemo(database.db, DEFAULT_CLOCK_START);
    const ports = [await freePort(), await freePort()];
    router = await startRouter(ports.map((port) => `http://127.0.0.1:${port}${WEBHOOK_PATH}`));
    server = await startBotApiServer({
      bot: { username: TEST_BOT_USERNAME, firstName: "Thi đua" },
      clock: () => Math.floor(DEFAULT_CLOCK_START.getTime() / 1000),
      // Telegram posts to the public HTTPS URL; the "proxy" here is the router to both processes.
      webhook: { forward: () => router.url },
    });
    for (const port of ports) {
      const bot = startBotProcess({
        apiRoot: server.apiRoot,
        databaseUrl: test.url,
        clockStart: DEFAULT_CLOCK_START,
        // Rate limiting has its own test; here one user's updates may reach a process twice.
        env: { WEBHOOK_URL: `https://thidua.example.vn${WEBHOOK_PATH}`, WEBHOOK_SECRET: TEST_WEBHOOK_SECRET, PORT: String(port), RATE_LIMIT: "off" },
      });
      processes.push(bot);
      await bot.ready;
    }
  }, 120_000);

  afterAll(async () => {
    for (const bot of processes) await bot.kill("SIGTERM");
    await router?.close();
    await server?.close();
    await database?.close();
    await test?.drop();
  });

  async function leaderFor(group: string, userId: number, index: number): Promise<Leader> {
    const member = await database.db.member.findFirstOrThrow({ where: { role: "leader", group: { name: group } } });
    const invite = await createInvite(database.db, {
      wardId: member.wardId,
      role: "leader",
      groupId: member.groupId,
      memberId: member.id,
      fullName: member.fullName,
      now: DEFAULT_CLOCK_START,
    });
    const user = server.user({ id: userId, firstName: "Hùng", lastName: "Nguyễn", languageCode: "vi" });
    return {
      group,
      user,
      transcript: recordTranscript(user, "Tổ trưởng"),
      code: invite.code,
      total: 226 + index,
      learning: 150 + index,
      gifts: 12 + index,
      difficulties: index === 0 ? "Đề nghị phường hỗ trợ sửa chữa nhà văn hóa." : `${group} đề nghị phường lắp thêm đèn chiếu sáng ngõ ${index}.`,
    };
  }

  /** The conversation of test/e2e/leader-report.test.ts, step by step (each step waits for the bot). */
  async function report(leader: Leader): Promise<void> {
    const { user } = leader;
    const step = async (act: () => unknown) => {
      act();
      await settledFor(server, user.id);
    };
    const say = (text: string) => step(() => user.sendText(text));
    const press = (label: string | RegExp) => step(() => user.pressButton(label));
    await say(`/start ${leader.code}`);
    await press(/^Đúng, tôi là /);
    await press("📝 Báo cáo kết quả");
    await say("chưa đếm");
    await say("2,260");
    await press(/^Không, tôi nhập lại$/);
    await say(`${leader.total} hộ`);
    await say("5,829");
    await say("224");
    await step(() => user.sendSticker());
    await step(() => user.sendVoice()); // as in the golden transcript (test/e2e/leader-report.test.ts)
    await say("220");
    await say(String(leader.learning));
    await say("1tr5");
    await say(String(leader.gifts));
    await press("Có");
    await press("Bỏ qua");
    await say(leader.difficulties);
    await press("✏️ Sửa một mục");
    await press("5");
    await say("2 triệu 500 nghìn");
    await press("✅ Gửi báo cáo");
  }

  it("five leaders report concurrently through both processes; each conversation is what one process gives", { timeout: 180_000 }, async () => {
    const groups = ["Tổ 1", "Tổ 23", "Tổ 24", "Tổ 25", "Tổ 26"];
    leaders = await Promise.all(groups.map((group, index) => leaderFor(group, 7101 + index, index)));
    await Promise.all(leaders.map((leader) => report(leader)));

    // Both processes took part, and some updates reached both at once.
    expect(router.deliveries[0]).toBeGreaterThan(20);
    expect(router.deliveries[1]).toBeGreaterThan(20);
    expect(router.both.length).toBeGreaterThan(20);

    // Stored answers equal what was typed; 9 answers and one correction in the audit, no more.
    const period = await database.db.period.findFirstOrThrow({ where: { name: PERIOD } });
    const indicators = await periodIndicators(database.db, period.id);
    for (const leader of leaders) {
      const group = await database.db.group.findFirstOrThrow({ where: { name: leader.group } });
      const stored = await reportAnswers(database.db, period.id, group.id, indicators);
      expect(Object.fromEntries([...stored].map(([code, answer]) => [code, answer.value])), leader.group).toEqual({
        households_total: leader.total,
        households_registered: 224,
        households_cultural: 220,
        learning_families: leader.learning,
        poverty_gift_money: 2_500_000,
        poverty_gift_count: leader.gifts,
        pccc_model: true,
        good_deeds: "",
        difficulties: leader.difficulties,
      });
      const row = await database.db.groupReport.findFirstOrThrow({ where: { periodId: period.id, groupId: group.id } });
      expect(row.status, leader.group).toBe("submitted");
      expect(await database.db.valueChange.count({ where: { reportId: row.id } }), leader.group).toBe(10);
    }

    // The leader of Tổ 1 read exactly what a leader reads from one process (time of day aside).
    const normalise = (markdown: string, code: string) =>
      markdown.replaceAll(code, "<mã mời>").replace(/lúc \d\d:\d\d ngày/g, "lúc <giờ> ngày").trim();
    const golden = readFileSync(join(import.meta.dirname, "..", "transcripts", "leader-report.md"), "utf8");
    const [first, ...others] = leaders;
    expect(normalise(first!.transcript.render(), first!.code)).toBe(normalise(golden, "<mã mời>"));
    // Every other leader got as many messages, none twice.
    for (const leader of others) expect(leader.user.messages.length, leader.group).toBe(first!.user.messages.length);

    // Each update sent to both processes was handled by one and dropped by the other.
    const lines = processes.flatMap((bot) => logLines(bot.output()));
    const dropped = lines.filter((line) => line.msg === "duplicate update dropped").map((line) => Number(line.update_id));
    expect(dropped.sort((a, b) => a - b)).toEqual([...router.both].sort((a, b) => a - b));
    expect(lines.filter((line) => line.msg === "update failed")).toEqual([]);
  });
  it("an officer approves while each leader edits at the same moment, through both processes: exactly one of them wins", { timeout: 180_000 }, async () => {
    expect(leaders.length).toBe(5); // the reports sent by the test above
    const { db } = database;
    const officerMember = await db.member.findFirstOrThrow({ where: { role: "officer" } });
    const invite = await createInvite(db, {
      wardId: officerMember.wardId,
      role: "officer",
      memberId: officerMember.id,
      fullName: officerMember.fullName,
      now: DEFAULT_CLOCK_START,
    });
    const officer = server.user({ id: 7201, firstName: "Cán bộ", languageCode: "vi" });
    const step = async (user: TelegramUser, act: () => unknown) => {
      act();
      await settledFor(server, user.id);
    };
    await step(officer, () => officer.sendText(`/start ${invite.code}`));
    await step(officer, () => officer.pressButton(/^Đúng, tôi là /));
    const period = await db.period.findFirstOrThrow({ where: { name: PERIOD } });
    const locked = "đã được phường duyệt nên không sửa được nữa";

    for (const leader of leaders) {
      const { user } = leader;
      await step(user, () => user.pressButton("📝 Báo cáo kết quả"));
      await step(user, () => user.pressButton("✏️ Sửa một mục"));
      await step(user, () => user.pressButton("9"));
      await step(officer, () => officer.sendText("/tiendo"));
      await step(officer, () => officer.pressButton(`🕓 ${leader.group}`));
      const seen = user.messages.length;
      const edited = `${leader.group}: sửa đúng lúc phường duyệt.`;
      officer.pressButton("✅ Duyệt");
      user.sendText(edited);
      await Promise.all([settledFor(server, officer.id), settledFor(server, user.id)]);

      const replies = user.messages.slice(seen).map((message) => message.text ?? "").join("\n");
      const group = await db.group.findFirstOrThrow({ where: { name: leader.group } });
      const row = await db.groupReport.findFirstOrThrow({ where: { periodId: period.id, groupId: group.id } });
      const stored = await reportAnswers(db, period.id, group.id, await periodIndicators(db, period.id));
      expect(row.status, leader.group).toBe("approved");
      if (replies.includes("Đã ghi")) {
        // The edit won the race: stored before the approval, which came last and approved it as edited.
        expect(stored.get("difficulties")?.value, leader.group).toBe(edited);
        const last = await db.valueChange.findFirstOrThrow({ where: { reportId: row.id }, orderBy: { id: "desc" } });
        const approval = await db.reportStatusChange.findFirstOrThrow({ where: { reportId: row.id, toStatus: "approved" } });
        expect(last.changedAt.getTime(), leader.group).toBeLessThanOrEqual(approval.changedAt.getTime());
        expect(replies, leader.group).not.toContain(locked);
      } else {
        // The approval won: the edit was refused and the leader was told why.
        expect(replies, leader.group).toContain(locked);
        expect(stored.get("difficulties")?.value, leader.group).toBe(leader.difficulties);
      }
      // The status went submitted → approved once, by the officer, never back.
      const history = await db.reportStatusChange.findMany({ where: { reportId: row.id }, orderBy: { id: "asc" } });
      expect(history.map((change) => change.toStatus), leader.group).toEqual(["submitted", "approved"]);
    }
    const lines = processes.flatMap((bot) => logLines(bot.output()));
    expect(lines.filter((line) => line.msg === "update failed")).toEqual([]);
  });
});
