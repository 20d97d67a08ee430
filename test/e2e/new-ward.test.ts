// A new ward from nothing: `ward create` prints the admin's invite, the groups come from the
// office's Excel list, and from there everything happens in the chat: the admin opens a
// period, the announcement reaches every registered leader, leaders report (one after a
// deadline extension), the period is closed (a late leader is told whom to call), and
// /baocao gives the four files. No seed-demo, no direct database writes.
// (The groups are imported with the CLI's import-groups and the leaders' invites printed with
// `invite`; importing by sending the file to the bot comes with the catalogue/groups work.)
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterEach, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../../src/db/client.js";
import { runCli, writeGroupsWorkbook } from "../cli/support.js";
import { type BotApiServer, type ChatEvent, startBotApiServer } from "../support/bot-api-server.js";
import { DEFAULT_CLOCK_START, TEST_BOT_USERNAME } from "../support/bot-harness.js";
import { type BotProcess, startBotProcess } from "../support/bot-process.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { pdfText } from "../support/pdf-text.js";
import type { TelegramUser } from "../support/telegram-user.js";
import { expectTranscript, renderEvent } from "../support/transcript.js";

let cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

const WARD = ["--ward", "hoa-binh"];
const CODE = /start=([A-Za-z0-9_-]{20})/;

async function waitUntil(what: string, condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Every chat of the story in order; the bot's lines say to whom. */
function story(server: BotApiServer, roles: Map<number, string>, since: number, codes: string[]): string {
  const events = roles.size ? [...roles.keys()].flatMap((chatId) => server.chatEvents(chatId, since)) : [];
  const lines = events
    .sort((a: ChatEvent, b: ChatEvent) => a.seq - b.seq)
    .flatMap((event) => {
      const line = renderEvent(event, { roles });
      if (line === undefined) return [];
      return [line.replace(/^\*\*Bot:\*\*/u, `**Bot → ${roles.get(event.chatId)}:**`)];
    });
  return codes.reduce((text, code) => text.replaceAll(code, "<mã mời>"), `${lines.join("\n\n")}\n`);
}

describe("a new ward from nothing", () => {
  it("admin invite → groups → a period opened in the chat → announcement → reports → extension → close → /baocao", { timeout: 240_000 }, async () => {
    const test: TestDatabase = await createTestDatabase("sqlite");
    cleanup.push(() => test.drop());
    const dir = mkdtempSync(join(tmpdir(), "new-ward-"));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    const codes: string[] = [];

    // The IT officer's only shell steps: the ward, its admin's invite, the groups list.
    const created = await runCli(test.url, ["ward", "create", "--slug", "hoa-binh", "--name", "Phường Hòa Bình", "--signer", "Nguyễn Văn Chủ", "--admin-name", "Lê Thị Quản", "--bot", TEST_BOT_USERNAME]);
    expect(created.code, created.stderr).toBe(0);
    const adminCode = CODE.exec(created.stdout)![1]!;
    codes.push(adminCode);
    const file = join(dir, "to-dan-pho.xlsx");
    await writeGroupsWorkbook(file, ["Tên tổ", "Số hộ", "Họ tên tổ trưởng", "Số điện thoại"], [
      ["Tổ 1", 226, "Nguyễn Văn Hùng", "0912345601"],
      ["Tổ 2", 180, "Trần Thị Lan", "0912345602"],
      ["Tổ 3", 150, "Phạm Văn Minh", "0912345603"],
    ]);
    const imported = await runCli(test.url, ["import-groups", ...WARD, "--file", file]);
    expect(imported.code, imported.stderr).toBe(0);
    const leaderCode = async (group: string) => {
      const run = await runCli(test.url, ["invite", ...WARD, "--role", "leader", "--group", group, "--bot", TEST_BOT_USERNAME, "--quiet"]);
      const code = CODE.exec(run.stdout)![1]!;
      codes.push(code);
      return code;
    };

    const server = await startBotApiServer({ bot: { username: TEST_BOT_USERNAME, firstName: "Thi đua" }, clock: () => Math.floor(DEFAULT_CLOCK_START.getTime() / 1000) });
    cleanup.push(() => server.close());
    const bot: BotProcess = startBotProcess({ apiRoot: server.apiRoot, databaseUrl: test.url, clockStart: DEFAULT_CLOCK_START });
    cleanup.push(async () => void (await bot.kill("SIGTERM")));
    await bot.ready;
    const step = async (act: () => unknown) => {
      act();
      await server.settled({ timeoutMs: 20_000 });
    };

    const admin = server.user({ id: 6001, firstName: "Quản", lastName: "Lê", languageCode: "vi" });
    const hung = server.user({ id: 7001, firstName: "Hùng", languageCode: "vi" });
    const lan = server.user({ id: 7002, firstName: "Lan", languageCode: "vi" });
    const roles = new Map<number, string>([
      [admin.id, "Quản trị viên"],
      [hung.id, "Tổ trưởng Tổ 1"],
      [lan.id, "Tổ trưởng Tổ 2"],
    ]);
    const since = server.currentSeq;
    const register = async (user: TelegramUser, code: string) => {
      await step(() => user.sendText(`/start ${code}`));
      await step(() => user.pressButton(/^Đúng, tôi là/));
      expect(user.lastMessage?.text).toContain("đăng ký thành công");
    };
    await register(admin, adminCode);
    await register(hung, await leaderCode("Tổ 1"));
    await register(lan, await leaderCode("Tổ 2"));
    // Tổ 3's leader has not registered: the digest names the group.

    // The admin opens the half-year period in the chat.
    await step(() => admin.sendText("/kybaocao"));
    expect(admin.lastMessage?.text).toContain("chưa có kỳ báo cáo nào");
    await step(() => admin.pressButton("➕ Mở kỳ báo cáo mới"));
    await step(() => admin.pressButton("Sơ kết 6 tháng đầu năm"));
    await step(() => admin.pressButton("2025"));
    await step(() => admin.pressButton('Giữ tên "6 tháng đầu năm 2025"'));
    await step(() => admin.pressButton("Dùng ngày 1 tháng 1 năm 2025"));
    await step(() => admin.pressButton("Dùng ngày 30 tháng 6 năm 2025"));
    await step(() => admin.sendText("6/20"));
    expect(admin.lastMessage?.text).toContain("Có phải ông muốn nói ngày 20 tháng 6 năm 2025?");
    await step(() => admin.pressButton("Gõ lại ngày khác"));
    await step(() => admin.sendText("10/5"));
    expect(admin.lastMessage?.text).toContain("ngày 10 tháng 5 năm 2025 đã qua");
    await step(() => admin.sendText("20/6"));
    expect(admin.lastMessage?.text).toContain("Hạn nộp: 17:00 ngày 20 tháng 6 năm 2025");
    expect(admin.lastMessage?.text).toContain("9 chỉ tiêu, theo danh mục chỉ tiêu của phường");
    await step(() => admin.pressButton("✅ Mở kỳ báo cáo"));
    expect(admin.messages.some((m) => m.text?.startsWith("Đã mở kỳ báo cáo 6 tháng đầu năm 2025"))).toBe(true);

    // The announcement reaches both registered leaders once; the admin gets the digest.
    const announced = (user: TelegramUser) => user.messages.filter((message) => message.text?.startsWith("📣 Thông báo mở kỳ báo cáo")).length;
    await waitUntil("the announcement and the digest", () => announced(hung) === 1 && announced(lan) === 1 && admin.messages.some((m) => m.text?.includes("Kết quả gửi thông báo mở kỳ")));
    const digest = admin.messages.find((m) => m.text?.includes("Kết quả gửi thông báo mở kỳ"))!.text!;
    expect(digest).toContain("Đã gửi tới 2 tổ trưởng.");
    expect(digest).toContain("Tổ chưa có tổ trưởng dùng trợ lý (1): Tổ 3.");

    // Tổ 1 reports from the announcement's button.
    const report = async (user: TelegramUser, households: string) => {
      for (const answer of [households, "224", "220", "150", "1tr5", "12"]) await step(() => user.sendText(answer));
      await step(() => user.pressButton("Có"));
      await step(() => user.pressButton("Bỏ qua"));
      await step(() => user.pressButton("Bỏ qua"));
      await step(() => user.pressButton("✅ Gửi báo cáo"));
      expect(user.lastMessage?.text).toContain("Đã gửi báo cáo");
    };
    await step(() => hung.pressButton("📝 Mở báo cáo"));
    expect(hung.lastMessage?.text).toContain("Câu 1/9");
    await report(hung, "226");

    // The deadline is extended; only Tổ 2 (not yet handed in) is told.
    await step(() => admin.sendText("/kybaocao"));
    await step(() => admin.pressButton("⏳ Gia hạn: 6 tháng đầu năm 2025"));
    await step(() => admin.sendText("25/6"));
    await step(() => admin.pressButton("✅ Gia hạn"));
    expect(admin.messages.some((m) => m.text?.startsWith("Đã gia hạn kỳ báo cáo 6 tháng đầu năm 2025 đến 17:00 ngày 25 tháng 6 năm 2025"))).toBe(true);
    const extended = (user: TelegramUser) => user.messages.filter((message) => message.text?.startsWith("📣 Thông báo gia hạn")).length;
    await waitUntil("the extension notice", () => extended(lan) === 1 && admin.messages.some((m) => m.text?.includes("Kết quả gửi thông báo gia hạn")));
    expect(extended(hung)).toBe(0);
    await step(() => lan.pressButton("📝 Mở báo cáo"));
    await report(lan, "230");

    // Closing: first who has not handed in, then the confirmation.
    await step(() => admin.sendText("/kybaocao"));
    await step(() => admin.pressButton("🔒 Khóa sổ: 6 tháng đầu năm 2025"));
    expect(admin.lastMessage?.text).toContain("đã nộp 2/3 tổ. Còn 1 tổ chưa nộp: Tổ 3.");
    await step(() => admin.pressButton("🔒 Khóa sổ"));
    expect(admin.lastMessage?.text).toContain("Đã khóa sổ kỳ báo cáo 6 tháng đầu năm 2025");

    // A late press on the announcement's button: a clear line saying whom to call.
    const announcement = lan.messages.find((message) => message.text?.startsWith("📣 Thông báo mở kỳ báo cáo"))!;
    await step(() => lan.pressButton("📝 Mở báo cáo", { messageId: announcement.message_id }));
    expect(lan.lastMessage?.text).toContain("đã khóa sổ nên trợ lý không nhận thêm số liệu");
    expect(lan.lastMessage?.text).toContain("gọi cho Lê Thị Quản");

    // The four files.
    await step(() => admin.sendText("/baocao"));
    await step(() => admin.pressButton("6 tháng đầu năm 2025"));
    const documents = admin.messages.filter((message) => message.document);
    expect(documents).toHaveLength(4);
    expect(documents.map((message) => message.document!.file_name!.split(".").at(-1))).toEqual(["pdf", "pdf", "docx", "xlsx"]);
    const summary = pdfText(documents[0]!.document!.data);
    expect(summary).toContain("Tổ 1");
    expect(summary).toContain("3.000.000"); // 1.500.000 đồng from each of the two groups
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(documents[3]!.document!.data as unknown as ArrayBuffer);
    expect(workbook.worksheets.length).toBeGreaterThan(0);

    // What was stored: both reports, the audit trail of the period.
    const database: Database = await openDatabase(test.url);
    cleanup.push(() => database.close());
    const reports = await database.db.groupReport.findMany({ include: { group: true }, orderBy: { groupId: "asc" } });
    expect(reports.map((row) => [row.group.name, row.status])).toEqual([
      ["Tổ 1", "submitted"],
      ["Tổ 2", "submitted"],
    ]);
    const audit = await database.db.auditEvent.findMany({ orderBy: { id: "asc" } });
    expect(audit.map((row) => [row.action, row.source])).toEqual([
      ["period.open", "chat"],
      ["period.extend", "chat"],
      ["period.close", "chat"],
    ]);
    const notices = await database.db.reminderDelivery.findMany({ where: { slot: { in: ["announce", "extend:2025-06-25T10:00:00.000Z"] } } });
    expect(notices.map((row) => row.status)).toEqual(["sent", "sent", "sent"]);

    expectTranscript("new-ward", story(server, roles, since, codes));
  });
});
