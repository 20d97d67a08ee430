// The officer sets the report's number, signer and recipients in /caidat; the next /baocao
// prints them. A report that cannot be made gets a message and a log line, never silence.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type E2E, startE2E } from "../support/e2e.js";
import { pdfText } from "../support/pdf-text.js";
import { expectTranscript, recordTranscript } from "../support/transcript.js";

let e2e: E2E;
beforeEach(async () => {
  e2e = await startE2E();
});
afterEach(async () => {
  await e2e?.stop();
});


describe("/caidat", () => {
  it("sets the number, the signer and the recipients that the next report prints", { timeout: 90_000 }, async () => {
    const officer = await e2e.registered(8401, { role: "officer" });
    const transcript = recordTranscript(officer, "Cán bộ VP-TK");
    await e2e.step(() => officer.sendText("/caidat"));
    expect(officer.lastMessage?.text).toContain("Số, ký hiệu văn bản: …/BC-UBND");
    await e2e.step(() => officer.pressButton("Số văn bản"));
    await e2e.step(() => officer.sendText("số năm"));
    expect(officer.lastMessage?.text).toContain("chỉ gồm chữ số");
    await e2e.step(() => officer.sendText("5"));
    await e2e.step(() => officer.pressButton("Chức danh người ký"));
    await e2e.step(() => officer.sendText("kt. chủ tịch - phó chủ tịch"));
    await e2e.step(() => officer.pressButton("Người ký"));
    await e2e.step(() => officer.sendText("Nguyễn Văn Bình"));
    await e2e.step(() => officer.pressButton("Nơi nhận"));
    await e2e.step(() => officer.sendText("- UBND thành phố;\n- Phòng Nội vụ thành phố;\n- Lưu: VP."));
    expect(officer.lastMessage?.text).toContain("Số, ký hiệu văn bản: 05/BC-UBND");
    await e2e.step(() => officer.pressButton("✔️ Xong"));
    expectTranscript("report-settings", transcript);

    await e2e.step(() => officer.sendText("/baocao"));
    await e2e.step(() => officer.pressButton("Năm 2024"));
    const report = officer.messages.find((message) => message.document?.file_name?.startsWith("bao-cao-tong-ket") && message.document.file_name.endsWith(".pdf"))!;
    const text = pdfText(report.document!.data).replace(/\s+/g, " ");
    expect(text).toContain("Số: 05/BC-UBND");
    expect(text).toMatch(/KT\. CHỦ TỊCH .*PHÓ CHỦ TỊCH/);
    expect(text).not.toContain("KT. CHỦ TỊCH - PHÓ CHỦ TỊCH");
    expect(text).toContain("Nguyễn Văn Bình");
    expect(text).toContain("- Phòng Nội vụ thành phố;");
    expect(text).not.toContain("Trần Đình Thìn");
  });

  it("a report that cannot be made gets a clear message, not silence", { timeout: 90_000 }, async () => {
    await e2e.database.db.ward.update({ where: { id: e2e.demo.wardId }, data: { reportTemplate: "[Nội dung]\nSố hộ: {khong_co_so_lieu_nay}\n" } });
    const officer = await e2e.registered(8402, { role: "officer" });
    await e2e.step(() => officer.sendText("/baocao"));
    await e2e.step(() => officer.pressButton("Năm 2024"));
    expect(officer.lastMessage?.text).toContain("chưa lập được báo cáo");
    expect(officer.messages.some((message) => message.document)).toBe(false);
    expect(e2e.bot.output()).toContain("report generation failed");
  });
});
