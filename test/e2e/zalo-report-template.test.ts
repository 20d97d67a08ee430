// /maubaocao on Zalo, which sends no files and receives none: the template comes as a download
// link for that officer (with PUBLIC_URL), and the caption says how to send an edit back
// (from Telegram), without a word about buttons or the paperclip. The real bot process against
// the Zalo test server.
import { afterEach, describe, expect, it } from "vitest";
import { freePort, startZaloE2E, type ZaloE2E } from "../support/zalo-e2e.js";

let e2e: ZaloE2E | undefined;
afterEach(async () => {
  await e2e?.stop();
  e2e = undefined;
});

const LINK = /https?:\/\/\S+\/files\/[A-Za-z0-9_-]{32}/gu;

describe("/maubaocao on Zalo", () => {
  it("sends the template as a link and says an edit goes back through Telegram", { timeout: 120_000 }, async () => {
    const port = await freePort();
    e2e = await startZaloE2E({ env: { PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}` } });
    const code = await e2e.inviteFor({ role: "officer" });
    const officer = e2e.zalo.user("Cán bộ");
    await e2e.say(officer, code);
    await e2e.say(officer, "1");
    const from = officer.received.length;
    await e2e.say(officer, "/maubaocao");
    const texts = officer.textsSince(from);
    expect(texts).toContain("Trên Zalo, trợ lý chưa nhận được tệp gửi lên.");
    expect(texts).toContain("gửi lại tệp cho trợ lý qua Telegram");
    expect(texts).toContain('Tải tệp "mau-bao-cao-phan-dinh-phung.txt" tại:');
    expect(texts).not.toMatch(/bấm|📎/u);
    const links = texts.match(LINK) ?? [];
    expect(links).toHaveLength(1);
    const response = await fetch(links[0]!);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await response.text()).toContain("[Nội dung]");
  });
});
