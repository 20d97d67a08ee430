// The báo cáo follows the catalogue: an indicator the officer adds in the workbook is stated in
// the compiled report (PDF and DOCX) with its figure, though the template's text does not name
// it; a template that places it itself ({chi_tieu_<code>}) or sets the table's place
// ({bang:chi_tieu_khac}) is obeyed; the summary table shows each movement once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo, type SeedResult } from "../../src/cli/demo/seed.js";
import { type Database, openDatabase } from "../../src/db/client.js";
import { applyCatalogue, currentCatalogue } from "../../src/db/repos/catalogue-book.js";
import { formatCount, formatMoney } from "../../src/domain/format.js";
import type { IndicatorDef } from "../../src/domain/types.js";
import { makeReportFiles, type ReportFile } from "../../src/reports/make-report-files.js";
import { readDefaultTemplate } from "../../src/reports/template/default-template.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { pdfText } from "../support/pdf-text.js";
import { paragraphs, readDocx } from "./support/docx-reader.js";
import { pdfPages, tempFile } from "./support/poppler.js";

const NOW = new Date("2025-06-20T03:00:00.000Z");
const flat = (text: string) => text.replace(/\s+/gu, " ");

const NEW_COUNT: IndicatorDef = {
  code: "ho_thoat_ngheo",
  movementCode: "for_the_poor",
  label: "Số hộ thoát nghèo",
  question: "Trong kỳ, tổ có bao nhiêu hộ thoát nghèo?",
  shortLabel: "Hộ thoát nghèo",
  type: "count",
  unit: "hộ",
  example: null,
  rules: [{ kind: "min", value: 0 }],
  order: 71,
  periodKinds: ["so_ket", "tong_ket"],
  optional: false,
  offerPrevious: false,
  ratioBase: null,
};
const NEW_MONEY: IndicatorDef = { ...NEW_COUNT, code: "quy_khuyen_hoc", movementCode: "learning_society", label: "Tiền ủng hộ quỹ khuyến học", question: "Tổ ủng hộ quỹ khuyến học bao nhiêu tiền?", shortLabel: "Quỹ khuyến học", type: "money", unit: "đồng", order: 51 };

let test: TestDatabase;
let database: Database;
let demo: SeedResult;
/** What each group answered, by indicator code. */
const answered = new Map<string, number[]>();

beforeAll(async () => {
  test = await createTestDatabase("sqlite");
  database = await openDatabase(test.url);
  const { db } = database;
  demo = await seedDemo(db, NOW);
  const officer = await db.member.findFirstOrThrow({ where: { wardId: demo.wardId, role: "officer" } });
  const catalogue = await currentCatalogue(db, demo.wardId);
  const applied = await applyCatalogue(db, demo.wardId, { ...catalogue, indicators: [...catalogue.indicators, NEW_COUNT, NEW_MONEY] }, { memberId: officer.id, source: "chat" }, NOW);
  expect(applied.ok).toBe(true);
  // The period asks them (as a period opened after the import does), every group answers.
  const reports = await db.groupReport.findMany({ where: { periodId: demo.periodId }, orderBy: { id: "asc" } });
  for (const [index, def] of [NEW_COUNT, NEW_MONEY].entries()) {
    const indicator = await db.indicator.findFirstOrThrow({ where: { wardId: demo.wardId, code: def.code } });
    await db.periodIndicator.create({ data: { periodId: demo.periodId, indicatorId: indicator.id, sortOrder: 100 + index } });
    const values = reports.map((_, i) => (def.type === "money" ? (i + 1) * 250_000 : (i % 4) + 1));
    answered.set(def.code, values);
    await db.reportValue.createMany({ data: reports.map((report, i) => ({ reportId: report.id, indicatorId: indicator.id, numberValue: BigInt(values[i]!) })) });
  }
}, 120_000);
afterAll(async () => {
  await database?.close();
  await test?.drop();
});

const sum = (code: string) => (answered.get(code) ?? []).reduce((a, b) => a + b, 0);
const file = (files: ReportFile[], kind: ReportFile["kind"]) => files.find((f) => f.kind === kind)!.bytes;

async function reportTexts() {
  const { files } = await makeReportFiles(database.db, demo.periodId, NOW);
  const pdf = flat(pdfText(file(files, "report-pdf")));
  const docx = flat(paragraphs((await readDocx(file(files, "report-docx"))).document).map((p) => p.text).join("\n"));
  return { pdf, docx, files };
}

describe("indicators the template does not place", () => {
  it("are stated in the báo cáo, PDF and DOCX, with their figures the Vietnamese way", async () => {
    const { pdf, docx } = await reportTexts();
    const count = `${formatCount(sum("ho_thoat_ngheo"))} hộ`;
    const money = formatMoney(sum("quy_khuyen_hoc"));
    expect(money).toMatch(/^\d{1,3}(\.\d{3})+ đồng$/u);
    for (const [name, text] of [["PDF", pdf], ["DOCX", docx]] as const) {
      expect(text, name).toContain("Số liệu các chỉ tiêu khác do các tổ dân phố báo cáo");
      expect(text, name).toContain(`- Phong trào “Chung tay vì người nghèo”: Suất quà: `);
      expect(text, name).toContain(`; Hộ thoát nghèo: ${count}.`);
      expect(text, name).toContain(`- Phong trào “Khuyến học, xây dựng xã hội học tập”: Gia đình học tập: `);
      expect(text, name).toContain(`; Quỹ khuyến học: ${money}.`);
      // A figure the text already states is not listed twice; words (text answers) are not figures.
      expect(text, name).not.toContain("Tiền thăm hỏi, tặng quà:");
      expect(text, name).not.toContain("Điển hình, việc tốt:");
      // The default template places them after the movements of 3.1, before 3.2.
      expect(text, name).toMatch(/\* Các phong trào thi đua khác .*\* Số liệu các chỉ tiêu khác .*3\.2\. Hoạt động của cụm/u);
    }
  });

  it("close part I when the template has no {bang:chi_tieu_khac} line", async () => {
    const { db } = database;
    await db.ward.update({ where: { id: demo.wardId }, data: { reportTemplate: readDefaultTemplate().replace(/^\{bang:chi_tieu_khac\}$/mu, "") } });
    try {
      const { pdf, docx } = await reportTexts();
      for (const [name, text] of [["PDF", pdf], ["DOCX", docx]] as const) {
        expect(text, name).toMatch(/3\.8\. Tổ chức bộ máy .*\* Số liệu các chỉ tiêu khác .*Hộ thoát nghèo: .* II\. ĐÁNH GIÁ CHUNG/u);
      }
    } finally {
      await db.ward.update({ where: { id: demo.wardId }, data: { reportTemplate: null } });
    }
  });

  it("are not listed when the template places them; a {bang:chi_tieu_khac} line sets where the rest go", async () => {
    const { db } = database;
    const template = readDefaultTemplate()
      .replace("Tổng số tiền: {tien_tham_hoi_tang_qua}.", "Tổng số tiền: {tien_tham_hoi_tang_qua}. Có {chi_tieu_ho_thoat_ngheo} hộ thoát nghèo.")
      .replace(/^\{bang:chi_tieu_khac\}$/mu, "")
      .replace("# II. ĐÁNH GIÁ CHUNG", "## 3.9. Số liệu khác\n{bang:chi_tieu_khac}\n\n# II. ĐÁNH GIÁ CHUNG");
    await db.ward.update({ where: { id: demo.wardId }, data: { reportTemplate: template } });
    try {
      const { pdf, docx } = await reportTexts();
      for (const [name, text] of [["PDF", pdf], ["DOCX", docx]] as const) {
        expect(text, name).toContain(`Có ${formatCount(sum("ho_thoat_ngheo"))} hộ thoát nghèo.`);
        expect(text, name).not.toContain("Hộ thoát nghèo:");
        expect(text, name).toMatch(/3\.9\. Số liệu khác.*Số liệu các chỉ tiêu khác.*Quỹ khuyến học/u);
      }
    } finally {
      await db.ward.update({ where: { id: demo.wardId }, data: { reportTemplate: null } });
    }
  });

  it("print the summary table's movement once, even when a movement's indicator is asked out of its run", async () => {
    const { files } = await reportTexts();
    // Page 1 (the header row repeats on every page).
    const summary = flat(pdfPages(tempFile("summary.pdf", file(files, "summary")))[0] ?? "");
    expect(summary.match(/Chung tay vì người nghèo/gu) ?? []).toHaveLength(1);
    // The columns of a movement stand together: the new ones beside their movement's, not at the end.
    const at = (text: string) => {
      const index = summary.indexOf(text);
      expect(index, text).toBeGreaterThan(0);
      return index;
    };
    expect(at("Gia đình")).toBeLessThan(at("Quỹ khuyến"));
    expect(at("Quỹ khuyến")).toBeLessThan(at("Tiền thăm hỏi"));
    expect(at("Suất quà")).toBeLessThan(at("Hộ thoát"));
    expect(at("Hộ thoát")).toBeLessThan(at("Mô hình"));
  });
});
