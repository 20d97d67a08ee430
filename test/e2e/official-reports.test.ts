// An official sends /baocao, picks the period, and four documents arrive: the summary PDF,
// the báo cáo sơ kết as PDF and DOCX, and the XLSX; read back with independent readers.
import ExcelJS from "exceljs";
import { XLSX_HEADER_ROW } from "../../src/reports/xlsx/render-report-xlsx.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createPeriod } from "../../src/db/repos/periods.js";
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


describe("/baocao for officials", () => {
  it("sends the four documents of the chosen period, with the model report's figures", { timeout: 90_000 }, async () => {
    const officer = await e2e.registered(8101, { role: "officer" });
    const transcript = recordTranscript(officer, "Cán bộ VP-TK");
    await e2e.step(() => officer.sendText("/baocao"));
    expect(officer.lastMessage?.buttons.flat()).toEqual(["🟢 6 tháng đầu năm 2025 (đang mở)", "Năm 2024"]);
    await e2e.step(() => officer.pressButton("Năm 2024"));
    const documents = officer.messages.filter((message) => message.document);
    expect(documents.map((message) => message.document!.file_name)).toEqual([
      "tong-hop-ket-qua-nam-2024-phan-dinh-phung.pdf",
      "bao-cao-tong-ket-2024-phan-dinh-phung.pdf",
      "bao-cao-tong-ket-2024-phan-dinh-phung.docx",
      "so-lieu-nam-2024-phan-dinh-phung.xlsx",
    ]);
    const report = pdfText(documents[1]!.document!.data).replace(/\s+/g, " ");
    for (const figure of [
      "26/26 tổ dân phố đạt tổ dân phố văn hóa",
      "5.829/5.885 hộ đạt gia đình văn hóa bằng 99%",
      "261.700.000 đồng",
      "174 tập thể và 313 cá nhân",
      "66.100.000 đồng",
      "01 giải khuyến khích",
      "18/18 tổ dân phố",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Phường Phan Đình Phùng, ngày 15 tháng 5 năm 2025",
      "Trần Đình Thìn",
    ]) {
      expect(report).toContain(figure);
    }
    const summary = pdfText(documents[0]!.document!.data);
    expect(summary).toContain("Tổ 26");
    expect(summary).toContain("261.700.000");
    // The "Tổng cộng" row against the stored figures, summed here independently of the
    // product's aggregation: every numeric indicator's total over the reports handed in.
    const period = await e2e.database.db.period.findFirstOrThrow({ where: { wardId: e2e.demo.wardId, name: "Năm 2024" } });
    const values = await e2e.database.db.reportValue.findMany({
      where: { report: { periodId: period.id, status: { in: ["submitted", "approved"] } }, indicator: { type: { in: ["count", "money"] } } },
      include: { indicator: true },
    });
    const totals = new Map<string, bigint>();
    for (const value of values) totals.set(value.indicator.code, (totals.get(value.indicator.code) ?? 0n) + (value.numberValue ?? 0n));
    expect(totals.get("poverty_gift_money")).toBe(261_700_000n);
    const totalLine = summary.split("\n").find((line) => line.includes("Tổng cộng")) ?? "";
    const printed = totalLine.match(/\d{1,3}(?:\.\d{3})*/gu) ?? [];
    for (const [code, total] of totals) {
      expect(printed, `total of ${code}`).toContain(Number(total).toLocaleString("vi-VN"));
    }

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(documents[3]!.document!.data as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Tổng hợp")!;
    const header = Array.from(sheet.getRow(XLSX_HEADER_ROW).values as unknown[], (cell) => String(cell ?? ""));
    const moneyColumn = header.findIndex((cell) => cell.startsWith("Số tiền thăm hỏi"));
    const amounts = Array.from({ length: 26 }, (_, i) => Number(sheet.getRow(XLSX_HEADER_ROW + 1 + i).getCell(moneyColumn).value));
    expect(amounts.reduce((a, b) => a + b, 0)).toBe(261_700_000);
    expect(sheet.getRow(XLSX_HEADER_ROW + 27).getCell(moneyColumn).value).toMatchObject({ formula: expect.stringMatching(/^SUM\(/), result: 261_700_000 });
    expectTranscript("official-reports", e2e.stable(transcript.render()));
  });

  it("a period with nothing reported gets its progress, not empty documents; leaders are refused", { timeout: 90_000 }, async () => {
    await createPeriod(e2e.database.db, e2e.demo.wardId, {
      name: "Quý III năm 2025",
      kind: "other",
      year: 2025,
      startDate: new Date("2025-06-30T17:00:00Z"),
      endDate: new Date("2025-09-30T16:59:59Z"),
      deadline: new Date("2025-10-10T10:00:00Z"),
    });
    const chair = await e2e.registered(8102, { role: "chair" });
    await e2e.step(() => chair.sendText("/baocao"));
    await e2e.step(() => chair.pressButton(/Quý III năm 2025/));
    expect(chair.lastMessage?.text).toContain("chưa có tổ nào nộp báo cáo");
    expect(chair.messages.some((message) => message.document)).toBe(false);

    const leader = await e2e.registered(8103, { group: "Tổ 2" });
    await e2e.step(() => leader.sendText("/baocao"));
    expect(leader.lastMessage?.text).not.toContain("báo cáo tổng hợp"); // leaders get their own report instead
    expect(leader.messages.some((message) => message.document)).toBe(false);
  });
});
