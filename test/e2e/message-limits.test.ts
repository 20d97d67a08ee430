// Limits that used to break a feature for good, through the real bot process and CLI: a
// /caidat overview longer than one message, an officer's digest longer than one message,
// and `invite-sheet` for a ward of more than 1.000 groups on SQLite.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeGroupsWorkbook } from "../cli/support.js";
import { createInvite } from "../../src/db/repos/invites.js";
import { createMember } from "../../src/db/repos/members.js";
import { DEFAULT_CLOCK_START } from "../support/bot-harness.js";
import { type E2E, startE2E } from "../support/e2e.js";

const run = promisify(execFile);
let e2e: E2E;
beforeEach(async () => {
  e2e = await startE2E();
}, 120_000); // the machine running these is shared
afterEach(async () => {
  await e2e?.stop();
});

const LIMIT = 4096;

describe("messages longer than Telegram allows", () => {
  it("a /caidat overview with 20 recipients of 200 characters comes in parts, and /caidat keeps working", { timeout: 90_000 }, async () => {
    const officer = await e2e.registered(8951, { role: "officer" });
    await e2e.step(() => officer.sendText("/caidat"));
    await e2e.step(() => officer.pressButton("Nơi nhận"));
    const recipients = Array.from({ length: 20 }, (_, i) => `Đơn vị nhận số ${String(i + 1).padStart(2, "0")} ${"trong thành phố ".repeat(12)}`.slice(0, 199).trim() + ";");
    officer.markRead();
    await e2e.step(() => officer.sendText(recipients.map((line) => `- ${line}`).join("\n")));
    const parts = officer.unread();
    expect(parts.length).toBeGreaterThanOrEqual(2);
    expect(parts.every((message) => (message.text ?? "").length <= LIMIT)).toBe(true);
    const shown = parts.map((message) => message.text).join("\n");
    for (const line of recipients) expect(shown).toContain(`- ${line}`);
    expect(parts.at(-1)!.buttons.flat()).toContain("✔️ Xong");
    await e2e.step(() => officer.pressButton("✔️ Xong"));
    expect(officer.lastMessage?.text).toContain("Đã lưu");

    // Every later /caidat still shows the overview and its buttons.
    officer.markRead();
    await e2e.step(() => officer.sendText("/caidat"));
    expect(officer.unread().at(-1)!.buttons.flat()).toContain("✔️ Xong");
    expect(e2e.bot.output()).not.toContain("message is too long");
  });

  it("an officer's digest longer than one message is delivered in parts, every group named", { timeout: 180_000 }, async () => {
    const db = e2e.database.db;
    const groups = await db.group.findMany({ where: { wardId: e2e.demo.wardId } });
    for (const group of groups) await db.group.update({ where: { id: group.id }, data: { name: `${group.name} ${"khu dân cư số một ".repeat(18).trim()}` } });
    const officer = await e2e.registered(8952, { role: "officer" });
    officer.markRead();
    await e2e.step(() => officer.sendText("/nhacnho"));
    // The round runs after the command's reply: wait for its deliveries to be recorded.
    const officerId = (await db.member.findFirstOrThrow({ where: { telegramId: 8952n } })).id;
    const deadline = Date.now() + 90_000;
    while ((await db.reminderDelivery.count({ where: { memberId: officerId, status: { not: "claimed" } } })) === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await e2e.server.settled({ timeoutMs: 60_000 });
    const messages = officer.unread().map((message) => message.text ?? "");
    expect(messages.every((text) => text.length <= LIMIT)).toBe(true);
    const digest = messages.filter((text) => !text.startsWith("Trợ lý đang gửi")).join("\n");
    expect(digest).toContain("Còn 8/26 tổ chưa nộp");
    const missing = await db.group.findMany({ where: { wardId: e2e.demo.wardId, name: { startsWith: "Tổ 2" } } });
    for (const group of missing.filter((g) => /^Tổ 2[0-6] /.test(g.name))) expect(digest).toContain(group.name);
    const deliveries = await db.reminderDelivery.findMany({ where: { memberId: officerId } });
    expect(deliveries.map((row) => row.status)).toEqual(["sent"]);
  });
});

describe("a list of 187 households, longer than one message", () => {
  it("reaches the leader, the office and the council in parts, each under the limit, the buttons on the last", { timeout: 240_000 }, async () => {
    const { db } = e2e.database;
    const leader = await e2e.registered(8961, { group: "Tổ 5" }); // Tổ 5 reported 187 households
    const officer = await e2e.registered(8962, { role: "officer" });
    const member = await createMember(db, e2e.demo.wardId, { fullName: "Nguyễn Thị Hạnh", role: "council" });
    const invite = await createInvite(db, { wardId: e2e.demo.wardId, role: "council", memberId: member.id, fullName: member.fullName, now: DEFAULT_CLOCK_START });
    const councillor = e2e.server.user({ id: 8963, firstName: "Người dùng", languageCode: "vi" });
    await e2e.step(() => councillor.sendText(`/start ${invite.code}`));
    await e2e.step(() => councillor.pressButton(/^Đúng, tôi là/));

    const names = Array.from({ length: 187 }, (_, i) => `Nguyễn Văn Thành ${i + 1}`);
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Danh sách");
    sheet.addRow(["STT", "Họ và tên chủ hộ", "Địa chỉ"]);
    for (const [i, name] of names.entries()) sheet.addRow([i + 1, name, `số ${i + 1} ngõ 5, đường Nguyễn Trãi, khu dân cư số 3`]);
    await e2e.step(() => leader.sendText("/dexuat"));
    await e2e.step(() => leader.pressButton("🏠 Thêm hộ gia đình văn hóa"));
    const file = Buffer.from(await book.xlsx.writeBuffer());
    const shownTo = (person: { unread(): Array<{ text?: string; buttons: string[][] }> }) => {
      const parts = person.unread();
      expect(parts.every((message) => (message.text ?? "").length <= LIMIT)).toBe(true);
      return { parts, text: parts.map((message) => message.text ?? "").join("\n") };
    };
    leader.markRead();
    await e2e.step(() => leader.sendDocument(file, "ho-gia-dinh.xlsx"));
    expect(shownTo(leader).text).toContain("Đã ghi 187 hộ");

    leader.markRead();
    await e2e.step(() => leader.pressButton("✅ Xem lại và gửi"));
    const summary = shownTo(leader);
    expect(summary.parts.length).toBeGreaterThanOrEqual(2);
    for (const name of names) expect(summary.text).toContain(`${name},`);
    expect(summary.parts.at(-1)!.buttons.flat()).toContain("✅ Gửi đề xuất");
    await e2e.step(() => leader.pressButton("✅ Gửi đề xuất"));
    expect(leader.lastMessage?.text).toContain("Đã gửi 187 dòng đề xuất khen thưởng");

    await e2e.step(() => officer.sendText("/khenthuong"));
    officer.markRead();
    await e2e.step(() => officer.pressButton("🕓 Tổ 5"));
    const review = shownTo(officer);
    for (const name of names) expect(review.text).toContain(name);
    expect(review.parts.at(-1)!.buttons.flat()).toContain("✅ Nhận 187 dòng chờ duyệt");
    await e2e.step(() => officer.pressButton("✅ Nhận 187 dòng chờ duyệt"));

    await e2e.step(() => officer.sendText("/khenthuong"));
    await e2e.step(() => officer.pressButton("📌 Ghi niêm yết"));
    await e2e.step(() => officer.sendText("1/5"));
    await e2e.step(() => officer.pressButton("10 ngày"));
    await e2e.step(() => officer.pressButton("Không có ý kiến"));
    await e2e.step(() => officer.pressButton("◀ Về mục khen thưởng"));
    councillor.markRead();
    await e2e.step(() => officer.pressButton("🗳 Đưa 187 dòng ra Hội đồng biểu quyết"));
    expect(officer.lastMessage?.text).toContain("Đã đưa 187 dòng ra Hội đồng biểu quyết");
    const ballot = shownTo(councillor);
    expect(ballot.parts.length).toBeGreaterThanOrEqual(2);
    for (const name of names) expect(ballot.text).toContain(name);
    expect(ballot.parts.at(-1)!.buttons.flat()).toContain("👍 Đồng ý cả danh sách");
    await e2e.step(() => councillor.pressButton("👍 Đồng ý cả danh sách"));
    expect(await db.councilBallot.count({ where: { target: "list", choice: "agree" } })).toBe(1);
    expect(e2e.bot.output()).not.toContain("message is too long");
  });
});

describe("invite-sheet on SQLite", () => {
  it("prints the invites of a ward with 1.050 groups", { timeout: 300_000 }, async () => {
    const db = e2e.database.db;
    const ward = await db.ward.create({ data: { slug: "phuong-lon", name: "Phường Lớn", issuerName: "PHƯỜNG LỚN", placeName: "Phường Lớn", signerName: "Nguyễn Văn Ký" } });
    for (let from = 0; from < 1050; from += 150) {
      await db.group.createMany({ data: Array.from({ length: 150 }, (_, k) => ({ wardId: ward.id, name: `Tổ ${from + k + 1}`, sortOrder: from + k + 1 })) });
    }
    const groups = await db.group.findMany({ where: { wardId: ward.id }, select: { id: true, name: true } });
    await db.member.createMany({ data: groups.map((group) => ({ wardId: ward.id, role: "leader" as const, groupId: group.id, fullName: `Tổ trưởng ${group.name}` })) });
    const out = join(mkdtempSync(join(tmpdir(), "thidua-sheet-")), "loi-moi.pdf");
    const { stdout } = await run(process.execPath, ["--import", "tsx", "src/cli/index.ts", "invite-sheet", "--ward", "phuong-lon", "--out", out, "--bot", "thidua_bot"], {
      env: { ...process.env, DATABASE_URL: e2e.databaseUrl },
      timeout: 280_000,
      maxBuffer: 10_000_000,
    });
    expect(stdout).toContain("1050 invites (1050 new, 0 reused)");
    expect(await db.invite.count({ where: { wardId: ward.id, usedAt: null } })).toBe(1050);
  });
});

describe("an .xlsx zip bomb", () => {
  it("is refused by import-groups from its zip directory, before exceljs inflates it, and nothing is imported", { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "thidua-bomb-"));
    const file = join(dir, "danh-sach-to.xlsx");
    await writeGroupsWorkbook(file, ["Tên tổ", "Số hộ", "Họ tên tổ trưởng", "Số điện thoại"], [["Tổ 99", 120, "Nguyễn Văn A", "0912345678"]]);
    // The same workbook with one more part: 60 MB of zeros, which deflate to a few dozen kB.
    const zip = await JSZip.loadAsync(readFileSync(file));
    zip.file("xl/media/padding.bin", Buffer.alloc(60_000_000));
    writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    expect(readFileSync(file).length).toBeLessThan(1_000_000);
    const before = await e2e.database.db.group.count();
    const refused = await run(process.execPath, ["--import", "tsx", "src/cli/index.ts", "import-groups", "--ward", "phan-dinh-phung", "--file", file], {
      env: { ...process.env, DATABASE_URL: e2e.databaseUrl },
      timeout: 100_000,
    }).catch((error: { code: number; stderr: string }) => error);
    expect(refused).toMatchObject({ code: 2 });
    expect((refused as { stderr: string }).stderr).toContain("Khi giải nén, tệp sẽ lớn hơn");
    expect(await e2e.database.db.group.count()).toBe(before);
  });
});
