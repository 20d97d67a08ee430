// /baocao made off the bot's event loop, bounded and once per request: a template word of
// 20.000 characters is refused by `template import` with its line; one already stored is laid
// out in pieces instead of freezing the process; a period button pressed five times while its
// files are being made gives one set of four files and a "đang lập" line for the repeats.
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readDefaultTemplate } from "../../src/reports/template/default-template.js";
import { type E2E, startE2E } from "../support/e2e.js";
import { pdfText } from "../support/pdf-text.js";

const run = promisify(execFile);
const LONG_WORD = "a".repeat(20_000);

let e2e: E2E;
beforeEach(async () => {
  e2e = await startE2E();
}, 120_000); // the machine running these is shared
afterEach(async () => {
  await e2e?.stop();
});

const withLongWordAndTable = () =>
  readDefaultTemplate().replace("[Nội dung]\n", `[Nội dung]\nMở đầu ${LONG_WORD} kết thúc.\n\n{bang:tong_hop}\n\n`);

describe("template import", () => {
  it("refuses a 20.000-character word and a {bang:…} line the report cannot fill, with their lines, and stores nothing", { timeout: 90_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "thidua-template-"));
    const file = join(dir, "mau.md");
    writeFileSync(file, withLongWordAndTable());
    const refused = await run(process.execPath, ["--import", "tsx", "src/cli/index.ts", "template", "import", "--file", file], {
      env: { ...process.env, DATABASE_URL: e2e.databaseUrl },
      timeout: 60_000,
    }).catch((error: { code: number; stderr: string }) => error);
    expect(refused).toMatchObject({ code: 1 });
    const stderr = (refused as { stderr: string }).stderr;
    expect(stderr).toMatch(/Dòng \d+, cột 8: một từ dài 20\.000 ký tự liền nhau, không có dấu cách; mỗi từ dài nhất 80 ký tự\./);
    expect(stderr).toMatch(/Dòng \d+: không có bảng nào tên \{bang:tong_hop\}/);
    const ward = await e2e.database.db.ward.findUniqueOrThrow({ where: { id: e2e.demo.wardId } });
    expect(ward.reportTemplate).toBeNull();
  });
});

describe("/baocao generation", () => {
  it("a stored 20.000-character word is printed in pieces; five presses give one set of files and a 'đang lập' line", { timeout: 180_000 }, async () => {
    // As a template stored before the import checked words.
    await e2e.database.db.ward.update({ where: { id: e2e.demo.wardId }, data: { reportTemplate: readDefaultTemplate().replace("[Nội dung]\n", `[Nội dung]\nMở đầu ${LONG_WORD} kết thúc.\n\n`) } });
    const officer = await e2e.registered(8801, { role: "officer" });
    await e2e.step(() => officer.sendText("/baocao"));
    const keyboard = officer.lastMessage!;
    for (let i = 0; i < 5; i++) officer.pressButton("Năm 2024", { messageId: keyboard.message_id });
    await e2e.server.settled({ timeoutMs: 150_000 });

    const documents = officer.messages.filter((message) => message.document);
    expect(documents.map((message) => message.document!.file_name)).toEqual([
      "tong-hop-ket-qua-nam-2024-phan-dinh-phung.pdf",
      "bao-cao-tong-ket-2024-phan-dinh-phung.pdf",
      "bao-cao-tong-ket-2024-phan-dinh-phung.docx",
      "so-lieu-nam-2024-phan-dinh-phung.xlsx",
    ]);
    const repeats = officer.messages.filter((message) => /đang lập báo cáo ông\/bà vừa chọn|đã được gửi ở trên/.test(message.text ?? ""));
    expect(repeats).toHaveLength(4);
    const report = pdfText(documents[1]!.document!.data).replace(/\s+/g, "");
    // The word runs over several pages: between its first and last letter only page numbers.
    const word = report.slice(report.indexOf("Mởđầu") + "Mởđầu".length, report.indexOf("kếtthúc."));
    expect(word.replace(/\d+/g, "") === LONG_WORD).toBe(true);
    expect(report).toContain("5.829/5.885");

    // The same button later: the files were sent; a new /baocao makes them again.
    await e2e.step(() => officer.pressButton("Năm 2024", { messageId: keyboard.message_id }));
    expect(officer.lastMessage?.text).toContain("đã được gửi ở trên");
    await e2e.step(() => officer.sendText("/baocao"));
    officer.pressButton("Năm 2024");
    await e2e.server.settled({ timeoutMs: 120_000 });
    expect(officer.messages.filter((message) => message.document)).toHaveLength(8);
  });
});
