// Files on Zalo, which sends none: with PUBLIC_URL an official's /baocao comes as download
// links served by the bot's own HTTP server (for that member, 24 h, each fetch audited) and a
// picture of the summary's first page (Zalo fetches it back from the bot); without PUBLIC_URL
// the assistant says plainly where the files are. The real bot process against the Zalo test server.
import { afterEach, describe, expect, it } from "vitest";
import { pdfText } from "../support/pdf-text.js";
import { freePort, startZaloE2E, type ZaloE2E } from "../support/zalo-e2e.js";
import type { ZaloUser } from "../support/zalo-api-server.js";

let e2e: ZaloE2E | undefined;
afterEach(async () => {
  await e2e?.stop();
  e2e = undefined;
});

async function registerOfficer(run: ZaloE2E): Promise<ZaloUser> {
  const code = await run.inviteFor({ role: "officer" });
  const officer = run.zalo.user("Cán bộ");
  await run.say(officer, code);
  await run.say(officer, "1"); // Đúng, tôi là ông …
  expect(officer.lastMessage?.text).toContain("đăng ký thành công");
  return officer;
}

const LINK = /https?:\/\/\S+\/files\/[A-Za-z0-9_-]{32}/gu;

describe("/baocao on Zalo", () => {
  it("sends each file as a link for that member, valid 24 h, each fetch audited, and the summary's first page as a picture", { timeout: 150_000 }, async () => {
    const port = await freePort();
    const publicUrl = `http://127.0.0.1:${port}`;
    e2e = await startZaloE2E({ env: { PORT: String(port), PUBLIC_URL: publicUrl } });
    const officer = await registerOfficer(e2e);
    const from = officer.received.length;
    await e2e.say(officer, "/baocao");
    expect(officer.lastMessage?.text).toContain("2. Năm 2024");
    await e2e.say(officer, "năm 2024");
    const texts = officer.textsSince(from);
    const links = texts.match(LINK) ?? [];
    expect(links).toHaveLength(4);
    expect(texts).toContain('Tải tệp "bao-cao-tong-ket-2024-phan-dinh-phung.docx" tại:');
    expect(texts).toContain("Đường liên kết dành riêng cho ông");
    expect(texts).not.toMatch(/Telegram|bấm/iu);

    // The picture: sent by URL, fetched back by Zalo from the bot, a PNG.
    const photos = officer.received.slice(from).filter((message) => message.type === "photo");
    expect(photos).toHaveLength(1);
    expect(photos[0]!.photo).toMatch(LINK);
    expect(photos[0]!.text).toContain("Trang đầu của tệp");

    const [summary, reportPdf, docx, xlsx] = await Promise.all(links.map((link) => fetch(link)));
    expect(summary!.status).toBe(200);
    expect(summary!.headers.get("content-type")).toBe("application/pdf");
    const summaryText = pdfText(Buffer.from(await summary!.arrayBuffer()));
    expect(summaryText).toContain("261.700.000");
    const report = pdfText(Buffer.from(await reportPdf!.arrayBuffer())).replace(/\s+/gu, " ");
    expect(report).toContain("5.829/5.885 hộ đạt gia đình văn hóa bằng 99%");
    expect(Buffer.from(await docx!.arrayBuffer()).subarray(0, 2).toString()).toBe("PK");
    expect(xlsx!.headers.get("content-disposition")).toContain("so-lieu-nam-2024-phan-dinh-phung.xlsx");

    // Every fetch is in the audit trail, for the member the link was made for.
    const member = await e2e.database.db.member.findFirstOrThrow({ where: { role: "officer", telegramId: { not: null } } });
    const audit = await e2e.database.db.auditEvent.findMany({ where: { action: "file.download" } });
    expect(audit).toHaveLength(5); // four files and the picture Zalo fetched
    expect(new Set(audit.map((row) => row.actorId))).toEqual(new Set([member.id]));

    // A made-up token, and a link of someone who no longer uses the bot, give nothing.
    expect((await fetch(`${publicUrl}/files/${"A".repeat(32)}`)).status).toBe(404);
    await e2e.database.db.member.update({ where: { id: member.id }, data: { active: false } });
    const revoked = await fetch(links[0]!);
    expect(revoked.status).toBe(410);
    expect(await revoked.text()).toContain("không còn dùng được");
    await e2e.database.db.member.update({ where: { id: member.id }, data: { active: true } });
    // Past 24 hours the link is gone.
    await e2e.database.db.downloadLink.updateMany({ data: { expiresAt: new Date("2000-01-01T00:00:00Z") } });
    const expired = await fetch(links[0]!);
    expect(expired.status).toBe(410);
    expect(await expired.text()).toContain("đã hết hạn");
  });

  it("without PUBLIC_URL says plainly that the files come through Telegram or the office computer", { timeout: 120_000 }, async () => {
    e2e = await startZaloE2E();
    const officer = await registerOfficer(e2e);
    const from = officer.received.length;
    await e2e.say(officer, "/baocao");
    await e2e.say(officer, "năm 2024");
    const texts = officer.textsSince(from);
    expect(texts).not.toMatch(LINK);
    expect(texts).toContain('Tệp "tong-hop-ket-qua-nam-2024-phan-dinh-phung.pdf" chưa gửi được qua Zalo');
    expect(texts).toContain("nhận tệp qua Telegram hoặc trên máy tính của Văn phòng - Thống kê phường");
  });
});
