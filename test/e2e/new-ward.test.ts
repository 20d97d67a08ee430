// A new ward from nothing: `ward create` prints the admin's invite (the only shell step), and
// from there everything happens in the chat: the admin sends the office's Excel list of groups,
// prints the leaders' invite sheet (/phieumoi), edits the catalogue in the workbook /danhmuc
// sends (one indicator added, one reworded, as the officer would in Excel) and sends it back,
// opens a period, the announcement reaches every registered leader, leaders report (one after
// a deadline extension), the period is closed (a late leader is told whom to call), and
// /baocao gives the four files, whose figures include the new indicator.
// No seed-demo, no direct database writes, no CLI but `ward create`.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterEach, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../../src/db/client.js";
import { runCli } from "../cli/support.js";
import { type BotApiServer, type ChatEvent, startBotApiServer } from "../support/bot-api-server.js";
import { DEFAULT_CLOCK_START, TEST_BOT_USERNAME } from "../support/bot-harness.js";
import { type BotProcess, startBotProcess } from "../support/bot-process.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { pdfText } from "../support/pdf-text.js";
import { paragraphs, readDocx } from "../reports/support/docx-reader.js";
import type { TelegramUser } from "../support/telegram-user.js";
import { expectTranscript, renderEvent } from "../support/transcript.js";

let cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

const CODE = /start=([A-Za-z0-9_-]{20})/;
const CODES = /start=([A-Za-z0-9_-]{20})/gu;
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

async function groupsWorkbook(rows: unknown[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Tổ dân phố");
  sheet.addRow(["DANH SÁCH TỔ DÂN PHỐ"]);
  sheet.addRow(["Tên tổ", "Số hộ", "Họ tên tổ trưởng", "Số điện thoại"]);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The officer's edit in Excel: one question reworded, one indicator added (sơ kết). */
async function editCatalogue(bytes: Buffer): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = book.getWorksheet("Chỉ tiêu")!;
  const headers = (sheet.getRow(1).values as ExcelJS.CellValue[]).map((v) => String(v ?? ""));
  const set = (row: number, header: string, value: ExcelJS.CellValue) => {
    const column = headers.indexOf(header);
    if (column < 1) throw new Error(`no column ${header}`);
    sheet.getRow(row).getCell(column).value = value;
  };
  let gifts = 0;
  for (let r = 3; r <= sheet.rowCount; r++) if (sheet.getRow(r).getCell(1).value === "poverty_gift_count") gifts = r;
  expect(gifts).toBeGreaterThan(0);
  set(gifts, "Câu hỏi", "Tổ đã trao bao nhiêu suất quà cho hộ khó khăn?");
  const row = sheet.addRow([]).number;
  set(row, "Phong trào", "for_the_poor");
  set(row, "Tên chỉ tiêu", "Số hộ thoát nghèo");
  set(row, "Tên ngắn", "Hộ thoát nghèo");
  set(row, "Câu hỏi", "Trong kỳ, tổ có bao nhiêu hộ thoát nghèo?");
  set(row, "Loại", "Số lượng");
  set(row, "Đơn vị", "hộ");
  set(row, "Điều kiện", "≥ 0");
  set(row, "Sơ kết", "Có");
  // "Thứ tự" left empty, as an officer adding a row does: it is asked after the gifts, the last of its movement.
  return Buffer.from(await book.xlsx.writeBuffer());
}

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

    // The IT officer's only shell step: the ward and its admin's invite.
    const created = await runCli(test.url, ["ward", "create", "--slug", "hoa-binh", "--name", "Phường Hòa Bình", "--signer", "Nguyễn Văn Chủ", "--admin-name", "Lê Thị Quản", "--bot", TEST_BOT_USERNAME, "--invite-pdf", join(dir, "moi-quan-tri.pdf")]);
    expect(created.code, created.stderr).toBe(0);
    const adminCode = CODE.exec(created.stdout)![1]!;
    codes.push(adminCode);

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
    const register = async (user: TelegramUser, code: string, name: string) => {
      await step(() => user.sendText(`/start ${code}`));
      await step(() => user.pressButton(`Đúng, tôi là ${name}`));
      expect(user.lastMessage?.text).toContain("đăng ký thành công");
    };
    await register(admin, adminCode, "bà Lê Thị Quản");

    // The groups: the office's Excel list, sent to the bot as a document.
    const groups = await groupsWorkbook([
      ["Tổ 1", 226, "Nguyễn Văn Hùng", "0912345601"],
      ["Tổ 2", 180, "Trần Thị Lan", "0912345602"],
      ["Tổ 3", 150, "Phạm Văn Minh", "0912345603"],
    ]);
    await step(() => admin.sendDocument(groups, "to-dan-pho.xlsx", { mimeType: XLSX }));
    expect(admin.lastMessage?.text).toContain("Đã nhập 3 tổ dân phố, 3 tổ trưởng");

    // The leaders' invite sheet, printed and handed out: the links read from the PDF.
    await step(() => admin.sendText("/phieumoi"));
    const sheet = admin.messages.find((m) => m.document?.file_name === "phieu-moi-hoa-binh.pdf");
    expect(sheet).toBeDefined();
    const sheetText = pdfText(sheet!.document!.data);
    expect(sheetText).toContain("Nguyễn Văn Hùng");
    const leaderCodes = [...sheetText.matchAll(CODES)].map((match) => match[1]!);
    expect(leaderCodes).toHaveLength(3);
    codes.push(...leaderCodes);
    // The sheet's blocks go row by row, two to a row: Tổ 1, Tổ 2 side by side, then Tổ 3.
    await register(hung, leaderCodes[0]!, "ông Nguyễn Văn Hùng");
    await register(lan, leaderCodes[1]!, "bà Trần Thị Lan");
    // Tổ 3's leader has not registered: the digest names the group.

    // The catalogue: exported, edited in Excel (one added, one reworded), sent back.
    admin.markRead();
    await step(() => admin.sendText("/danhmuc"));
    const exported = admin.messages.find((m) => m.document?.file_name === "danh-muc-thi-dua-hoa-binh.xlsx");
    expect(exported).toBeDefined();
    const edited = await editCatalogue(exported!.document!.data);
    await step(() => admin.sendDocument(edited, "danh-muc-thi-dua-hoa-binh.xlsx", { mimeType: XLSX }));
    expect(admin.lastMessage?.text).toContain("Đã lưu danh mục mới của Phường Hòa Bình.");
    expect(admin.lastMessage?.text).toContain("• Chỉ tiêu mới: Hộ thoát nghèo");
    expect(admin.lastMessage?.text).toContain("• Sửa câu chữ: Suất quà");

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
    expect(admin.lastMessage?.text).toContain("Có phải bà muốn nói ngày 20 tháng 6 năm 2025?");
    await step(() => admin.pressButton("Gõ lại ngày khác"));
    await step(() => admin.sendText("10/5"));
    expect(admin.lastMessage?.text).toContain("ngày 10 tháng 5 năm 2025 đã qua");
    await step(() => admin.sendText("20/6"));
    expect(admin.lastMessage?.text).toContain("Hạn nộp: 17:00 ngày 20 tháng 6 năm 2025");
    expect(admin.lastMessage?.text).toContain("10 chỉ tiêu, theo danh mục chỉ tiêu của phường");
    await step(() => admin.pressButton("✅ Mở kỳ báo cáo"));
    expect(admin.messages.some((m) => m.text?.startsWith("Đã mở kỳ báo cáo 6 tháng đầu năm 2025"))).toBe(true);

    // The announcement reaches both registered leaders once; the admin gets the digest.
    const announced = (user: TelegramUser) => user.messages.filter((message) => message.text?.startsWith("📣 Thông báo mở kỳ báo cáo")).length;
    await waitUntil("the announcement and the digest", () => announced(hung) === 1 && announced(lan) === 1 && admin.messages.some((m) => m.text?.includes("Kết quả gửi thông báo mở kỳ")));
    const digest = admin.messages.find((m) => m.text?.includes("Kết quả gửi thông báo mở kỳ"))!.text!;
    expect(digest).toContain("Đã gửi tới 2 tổ trưởng.");
    expect(digest).toContain("Tổ chưa có tổ trưởng dùng trợ lý (1): Tổ 3.");

    // Tổ 1 reports from the announcement's button.
    const report = async (user: TelegramUser, households: string, escaped: string) => {
      for (const answer of [households, "224", "220", "150", "1tr5"]) await step(() => user.sendText(answer));
      expect(user.lastMessage?.text).toContain("Tổ đã trao bao nhiêu suất quà cho hộ khó khăn?");
      await step(() => user.sendText("12"));
      expect(user.lastMessage?.text).toContain("Câu 7/10");
      expect(user.lastMessage?.text).toContain("Trong kỳ, tổ có bao nhiêu hộ thoát nghèo?");
      await step(() => user.sendText(escaped));
      await step(() => user.pressButton("Có"));
      await step(() => user.pressButton("Bỏ qua"));
      await step(() => user.pressButton("Bỏ qua"));
      await step(() => user.pressButton("✅ Gửi báo cáo"));
      expect(user.lastMessage?.text).toContain("Đã gửi báo cáo");
    };
    await step(() => hung.pressButton("📝 Mở báo cáo"));
    expect(hung.lastMessage?.text).toContain("Câu 1/10");
    await report(hung, "226", "2");

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
    await report(lan, "230", "3");

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
    expect(lan.lastMessage?.text).toContain("vui lòng liên hệ bà Lê Thị Quản ở Văn phòng - Thống kê phường."); // no phone stored: "liên hệ", not "gọi"

    // The four files.
    admin.markRead();
    await step(() => admin.sendText("/baocao"));
    await step(() => admin.pressButton("6 tháng đầu năm 2025"));
    const documents = admin.unread().filter((message) => message.document);
    expect(documents).toHaveLength(4);
    expect(documents.map((message) => message.document!.file_name!.split(".").at(-1))).toEqual(["pdf", "pdf", "docx", "xlsx"]);
    const summary = pdfText(documents[0]!.document!.data);
    expect(summary).toContain("Tổ 1");
    expect(summary).toContain("3.000.000"); // 1.500.000 đồng from each of the two groups
    // The new indicator is a column of the summary: 2 and 3 households, 5 in all.
    expect(summary).toMatch(/Hộ thoát\s/u); // the header wraps: "Hộ thoát / nghèo / (hộ)"
    expect(summary).toMatch(/Tổ 1 .*226 .*12 +2 +Có +Chưa ký/u);
    expect(summary).toMatch(/Tổ 2 .*230 .*12 +3 +Có +Chưa ký/u);
    expect(summary).toMatch(/Tổng cộng .*456 .*24 +5 +2 +0\/3/u);
    // The báo cáo, PDF and DOCX: the template does not name the new indicator, its figure is stated all the same.
    // Read across page breaks: a page's number (top centre, from page 2) is not part of the sentence it interrupts.
    const reportPdf = pdfText(documents[1]!.document!.data).replace(/\f\s*\d+\s*\n/gu, " ").replace(/\s+/gu, " ");
    const reportDocx = paragraphs((await readDocx(documents[2]!.document!.data)).document).map((p) => p.text).join(" ");
    for (const text of [reportPdf, reportDocx]) {
      expect(text).toContain("Số liệu các chỉ tiêu khác do các tổ dân phố báo cáo (tổng hợp từ 2/3 tổ đã nộp báo cáo):");
      expect(text).toContain("- Phong trào “Chung tay vì người nghèo”: Suất quà: 24 suất; Hộ thoát nghèo: 5 hộ.");
    }
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(documents[3]!.document!.data as unknown as ArrayBuffer);
    // The workbook's sheet "Tổng hợp", header row 4: the new indicator's column, 2 + 3 = 5.
    const table = workbook.getWorksheet("Tổng hợp")!;
    const headers = (table.getRow(4).values as ExcelJS.CellValue[]).map((value) => String(value ?? ""));
    const column = headers.indexOf("Số hộ thoát nghèo (hộ)");
    expect(column).toBeGreaterThan(0);
    expect([5, 6, 7, 8].map((row) => table.getRow(row).getCell(column).value)).toEqual([2, 3, null, { formula: expect.any(String), result: 5 }]);


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
      ["groups.import", "chat"],
      ["catalogue.import", "chat"],
      ["period.open", "chat"],
      ["period.extend", "chat"],
      ["period.close", "chat"],
    ]);
    const notices = await database.db.reminderDelivery.findMany({ where: { slot: { in: ["announce", "extend:2025-06-25T10:00:00.000Z"] } } });
    expect(notices.map((row) => row.status)).toEqual(["sent", "sent", "sent"]);

    expectTranscript("new-ward", story(server, roles, since, codes));
  });
});
