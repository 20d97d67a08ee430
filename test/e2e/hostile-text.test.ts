// Characters that corrupt files or end a conversation, typed into the real bot process on
// PostgreSQL: U+0000 (PostgreSQL error 22021), U+FFFE/U+FFFF (invalid XML in XLSX and DOCX)
// and bidirectional overrides (text that reads differently from what is stored). They are
// dropped where text enters: the conversation goes on and the files stay valid XML.
import { afterEach, describe, expect, it } from "vitest";
import { periodIndicators } from "../../src/db/repos/catalogue.js";
import { reportAnswers } from "../../src/db/repos/reports.js";
import { postgresAvailable } from "../support/databases.js";
import { type E2E, startE2E } from "../support/e2e.js";
import { readXmlParts } from "../support/xml-parts.js";

const withPostgres = await postgresAvailable();
let e2e: E2E | undefined;
afterEach(async () => {
  await e2e?.stop();
  e2e = undefined;
});

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const HOSTILE = /[\u0000\uFFFE\uFFFF\u202A-\u202E\u2066-\u2069]/u;

describe.skipIf(!withPostgres)("hostile characters in typed text (PostgreSQL)", () => {
  it("U+0000, U+FFFE, U+FFFF and direction overrides are dropped: the report goes on, XLSX and DOCX are valid XML", { timeout: 120_000 }, async () => {
    const run = (e2e = await startE2E({ provider: "postgresql" }));
    const officer = await run.registered(8701, { role: "officer" });
    await run.step(() => officer.sendText("/caidat"));
    await run.step(() => officer.pressButton("Nơi nhận"));
    await run.step(() => officer.sendText("- UBND thành phố\uFFFE;\n- Lưu: \u202EVP."));
    expect(officer.lastMessage?.text).toContain("- UBND thành phố;");
    expect(officer.lastMessage?.text).not.toMatch(HOSTILE);
    await run.step(() => officer.pressButton("✔️ Xong"));

    const leader = await run.registered(8702, { group: "Tổ 1" });
    await run.step(() => leader.pressButton("📝 Báo cáo kết quả"));
    for (const answer of ["226", "224", "220", "150", "1tr", "10"]) await run.step(() => leader.sendText(answer));
    await run.step(() => leader.pressButton("Có"));
    expect(leader.lastMessage?.text).toContain("Câu 8/9");
    await run.step(() => leader.sendText("Ông A\u0000 hiến đất \u2066mở đường\u2069\uFFFF"));
    expect(leader.lastMessage?.text).toContain("Câu 9/9");
    await run.step(() => leader.sendText("Đề nghị \u202Ehỗ trợ\u202C sửa nhà văn hóa"));
    await run.step(() => leader.pressButton("✅ Gửi báo cáo"));
    expect(leader.lastMessage?.text).toContain("Đã gửi báo cáo");
    expect(leader.messages.some((message) => message.text?.includes("sự cố"))).toBe(false);

    const db = run.database.db;
    const period = await db.period.findFirstOrThrow({ where: { name: "6 tháng đầu năm 2025" } });
    const group = await db.group.findFirstOrThrow({ where: { name: "Tổ 1" } });
    const stored = await reportAnswers(db, period.id, group.id, await periodIndicators(db, period.id));
    expect(stored.get("good_deeds")?.value).toBe("Ông A hiến đất mở đường");
    expect(stored.get("difficulties")?.value).toBe("Đề nghị hỗ trợ sửa nhà văn hóa");

    officer.markRead();
    await run.step(() => officer.sendText("/baocao"));
    officer.pressButton(/6 tháng đầu năm 2025/);
    await run.server.settled({ timeoutMs: 90_000 }); // four documents, on a machine shared by many
    const documents = officer.messages.filter((message) => message.document);
    const docx = documents.find((message) => message.document!.file_name!.endsWith(".docx"))!;
    const xlsx = documents.find((message) => message.document!.file_name!.endsWith(".xlsx"))!;
    const word = await readXmlParts(docx.document!.data);
    expect(word.errors).toEqual([]);
    expect(word.text.get("word/document.xml")).toContain("UBND thành phố;");
    expect(word.text.get("word/document.xml")).not.toMatch(HOSTILE);
    const sheet = await readXmlParts(xlsx.document!.data);
    expect(sheet.errors).toEqual([]);
    const sheetText = [...sheet.text.values()].join("\n");
    expect(sheetText).toContain("Ông A hiến đất mở đường");
    expect(sheetText).not.toMatch(HOSTILE);
  });
});
