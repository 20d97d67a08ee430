// The printable invite sheet: every group with its leader, link and QR code, Tinos embedded,
// Vietnamese text extracted back intact; reprinting reuses the links unless told to renew.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../src/cli/demo/seed.js";
import { DEMO_GROUPS } from "../../src/cli/demo/phan-dinh-phung.js";
import { type Database, openDatabase } from "../../src/db/client.js";
import { inviteSheetEntries } from "../../src/db/repos/member-invites.js";
import { checkInvite } from "../../src/db/repos/invites.js";
import { renderInviteSheet } from "../../src/reports/invite-sheet/invite-sheet.js";
import { createTestDatabase, providersUnderTest, type TestDatabase } from "../support/databases.js";
import { runCli } from "../cli/support.js";
import { onCI } from "../support/ci.js";

const dir = mkdtempSync(join(tmpdir(), "thidua-sheet-"));
// Poppler reads the PDF back. Without it the checks that need it show as skipped with the
// reason; on CI they run (and fail if it is missing).
const hasPoppler =
  onCI() ||
  ["pdftotext", "pdffonts", "pdftoppm"].every((tool) => {
    try {
      execFileSync("which", [tool]);
      return true;
    } catch {
      return false;
    }
  });
const needsPoppler = hasPoppler ? "" : " (skipped: poppler-utils not installed)";
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LINKS = /https:\/\/t\.me\/thidua_bot\?start=[A-Za-z0-9_-]{20}/gu;

describe("invite-sheet (SQLite, the demo ward)", () => {
  let test: TestDatabase;
  let database: Database;
  const out = join(dir, "invites.pdf");
  let text = "";

  beforeAll(async () => {
    test = await createTestDatabase("sqlite");
    database = await openDatabase(test.url);
    await seedDemo(database.db);
    // Tổ 2's leader already uses the bot.
    await database.db.member.updateMany({ where: { fullName: "Trần Thị Lan" }, data: { telegramId: 5002n } });
    const run = await runCli(test.url, ["invite-sheet", "--ward", "phan-dinh-phung", "--out", out, "--bot", "thidua_bot", "--zalo", "https://zalo.me/1459232241454765289"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("25 invites (25 new, 0 reused), 1 leaders already registered, 0 groups without a leader");
    if (hasPoppler) text = execFileSync("pdftotext", ["-layout", out, "-"], { encoding: "utf8" });
  });
  afterAll(async () => {
    await database?.close();
    await test?.drop();
  });

  it("is a PDF", () => {
    const bytes = readFileSync(out);
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
  });

  it.skipIf(!hasPoppler)(`is A4${needsPoppler}`, () => {
    expect(execFileSync("pdfinfo", [out], { encoding: "utf8" })).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/u);
  });

  it.skipIf(!hasPoppler)(`holds every group, every leader and every link, in NFC Vietnamese${needsPoppler}`, async () => {
    for (const group of DEMO_GROUPS) {
      expect(text).toMatch(new RegExp(`${group.name}(\\s|$)`, "mu"));
      expect(text).toContain(group.leader);
    }
    const links = text.match(LINKS) ?? [];
    expect(new Set(links).size).toBe(25);
    const codes = (await database.db.invite.findMany({ where: { usedAt: null } })).map((invite) => invite.code);
    for (const code of codes) expect(text).toContain(`https://t.me/thidua_bot?start=${code}`);
    const flat = execFileSync("pdftotext", [out, "-"], { encoding: "utf8" }).replace(/\s+/gu, " ");
    expect(flat).toContain("Hoặc trên Telegram: mở Telegram, quét mã QR “Telegram” bằng camera điện thoại");
    expect(flat).toContain("Đã đăng ký sử dụng trợ lý thi đua, không cần mã mời.");
    // Beside the Telegram QR: the Zalo QR and the code to type on Zalo.
    expect(flat).toContain("MÃ MỜI THAM GIA TRỢ LÝ THI ĐUA, KHEN THƯỞNG TRÊN ZALO VÀ TELEGRAM");
    const shortCodes = (await database.db.invite.findMany({ where: { usedAt: null } })).map((invite) => invite.shortCode!);
    expect(new Set(shortCodes).size).toBe(25);
    for (const code of shortCodes) {
      expect(flat).toContain(`Mã mời: ${code.slice(0, 4)} ${code.slice(4)}`);
      expect(flat).toContain(`Trên Zalo: quét mã QR “Zalo” bằng Zalo (mục Quét mã QR), mở trò chuyện với trợ lý, gõ mã mời ${code.slice(0, 4)} ${code.slice(4)} rồi gửi.`);
    }
    expect(text).toBe(text.normalize("NFC"));
  });

  it.skipIf(!hasPoppler)(`embeds Tinos${needsPoppler}`, () => {
    const fonts = execFileSync("pdffonts", [out], { encoding: "utf8" });
    const rows = fonts.split("\n").slice(2).filter(Boolean);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/\+Tinos-\S+\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/u);
  });

  it.skipIf(!hasPoppler)(`renders pages to look at${needsPoppler}`, () => {
    execFileSync("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", out, join(dir, "page")]);
    expect(existsSync(join(dir, "page-1.png")) || existsSync(join(dir, "page-01.png"))).toBe(true);
  });

  it("reuses the printed links, and --renew replaces them (the old ones stop working)", async () => {
    const before = await database.db.invite.findMany({ where: { usedAt: null }, orderBy: { id: "asc" } });
    const reprint = await runCli(test.url, ["invite-sheet", "--ward", "phan-dinh-phung", "--out", join(dir, "again.pdf"), "--bot", "thidua_bot"]);
    expect(reprint.stdout).toContain("25 invites (0 new, 25 reused)");
    expect(await database.db.invite.count()).toBe(before.length);

    const renew = await runCli(test.url, ["invite-sheet", "--ward", "phan-dinh-phung", "--out", join(dir, "renew.pdf"), "--bot", "thidua_bot", "--renew"]);
    expect(renew.stdout).toContain("25 invites (25 new, 0 reused)");
    const now = new Date();
    expect((await checkInvite(database.db, before[0]!.code, now)).status).toBe("expired");
  });
});

describe("invite-sheet for a ward on Zalo only", () => {
  it.skipIf(!hasPoppler)(`prints each leader's code and the Zalo QR, no Telegram link, without --bot${needsPoppler}`, async () => {
    const test = await createTestDatabase("sqlite");
    const database = await openDatabase(test.url);
    const saved = { BOT_TOKEN: process.env.BOT_TOKEN, BOT_USERNAME: process.env.BOT_USERNAME };
    delete process.env.BOT_TOKEN;
    delete process.env.BOT_USERNAME;
    try {
      await seedDemo(database.db);
      const file = join(dir, "zalo-only.pdf");
      const run = await runCli(test.url, ["invite-sheet", "--ward", "phan-dinh-phung", "--out", file, "--zalo", "https://zalo.me/1459232241454765289"]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain("codes to type on Zalo, without Telegram links");
      const flat = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/gu, " ");
      expect(flat).toContain("MÃ MỜI THAM GIA TRỢ LÝ THI ĐUA, KHEN THƯỞNG TRÊN ZALO In ngày");
      expect(flat).not.toContain("t.me/");
      expect(flat).not.toContain("Telegram:");
      const codes = (await database.db.invite.findMany({ where: { usedAt: null } })).map((invite) => invite.shortCode!);
      expect(codes).toHaveLength(26);
      for (const code of codes) expect(flat).toContain(`gõ mã mời ${code.slice(0, 4)} ${code.slice(4)} rồi gửi.`);
    } finally {
      Object.assign(process.env, Object.fromEntries(Object.entries(saved).filter(([, value]) => value !== undefined)));
      await database.close();
      await test.drop();
    }
  });
});

describe.each(await providersUnderTest())("invite sheet entries on %s", (provider) => {
  it("lists registered leaders, pending ones with an invite, and groups without a leader", async () => {
    const test = await createTestDatabase(provider);
    const database = await openDatabase(test.url);
    try {
      const demo = await seedDemo(database.db);
      await database.db.member.deleteMany({ where: { group: { name: "Tổ 26" } } });
      const now = new Date("2025-05-15T01:00:00.000Z");
      const entries = await inviteSheetEntries(database.db, demo.wardId, { now, days: 30 });
      expect(entries).toHaveLength(26);
      expect(entries.at(-1)).toMatchObject({ groupName: "Tổ 26", kind: "no-leader", invite: null });
      expect(entries[0]).toMatchObject({ groupName: "Tổ 1", leaderName: "Nguyễn Văn Hùng", kind: "pending", reused: false });
      expect(entries[0]?.invite?.expiresAt).toBe("2025-06-14T01:00:00.000Z");
      const pdf = await renderInviteSheet({
        wardName: "Phường Phan Đình Phùng",
        createdAt: now,
        blocks: entries.map((entry) => ({ ...entry, link: entry.invite ? `https://t.me/x_bot?start=${entry.invite.code}` : null, expiresAt: now })),
      });
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    } finally {
      await database.close();
      await test.drop();
    }
  });
});
