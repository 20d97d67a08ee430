// The decision's DOCX opened in LibreOffice (converted to PDF) and read back: two pages, the
// decision's parts in order, the Căn cứ lines italic, Nơi nhận beside the signature, the page
// number only from page 2, the annex's total.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

import { decisionModel } from "../../../src/reports/decision/decision-model.js";
import { renderDecisionDocx } from "../../../src/reports/decision/decision-docx.js";
import { withLinesInAnnexOrder } from "../../../src/domain/awards/decision-document.js";
import { findPhrase, pdfInfo, pdfPages, pdfWords, type PageWords } from "../support/poppler.js";
import { expectDecisionAndAnnexNumbering, TOP_MARGIN } from "./page-numbers.js";
import { longDecision, sampleDecision } from "./sample-decision.js";

const MM = 72 / 25.4;
const TEXT_CENTRE = (30 * MM + 195 * MM) / 2;
const flat = (text: string) => text.replace(/\s+/g, " ");

describe("the decision as DOCX, opened in LibreOffice", () => {
  let pdf: string;
  let pages: PageWords[];
  let texts: string[];

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "thidua-decision-docx-"));
    const docx = join(dir, "decision.docx");
    writeFileSync(docx, await renderDecisionDocx(decisionModel(withLinesInAnnexOrder(sampleDecision({ signedForChair: true })), new Date("2026-12-10T02:00:00Z"))));
    execFileSync("soffice", [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "pdf", "--outdir", dir, docx], { stdio: "ignore", timeout: 120_000 });
    pdf = join(dir, "decision.pdf");
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
    pages = pdfWords(pdf);
    texts = pdfPages(pdf).map(flat);
  }, 150_000);

  it("is two A4 pages: the decision, then the annex", () => {
    expect(pdfInfo(pdf)["Page size"]).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)$/);
    expect(texts.length).toBe(2);
    expect(texts[1]).toContain("DANH SÁCH");
  });

  it("has the decision's parts in order on page 1", () => {
    const order = [
      "ỦY BAN NHÂN DÂN",
      "Số: 05/QĐ-UBND",
      "QUYẾT ĐỊNH",
      "Về việc tặng Giấy khen",
      "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG PHAN ĐÌNH PHÙNG",
      "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
      "Theo đề nghị của Hội đồng Thi đua - Khen thưởng phường.",
      "QUYẾT ĐỊNH:",
      "Điều 1. Tặng Giấy khen",
      "Điều 2. Mỗi tập thể được thưởng 1.520.000 đồng",
      "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.",
      "KT. CHỦ TỊCH",
      "Nguyễn Văn Phó",
    ];
    const at = order.map((part) => texts[0]!.indexOf(part));
    expect(at.every((index) => index >= 0)).toBe(true);
    // pdftotext -layout reads the header's two columns line by line; from the title on, in order.
    expect([...at.slice(2)].sort((a, b) => a - b)).toEqual(at.slice(2));
  });

  it("sets the Căn cứ lines in italics", () => {
    const xml = execFileSync("pdftohtml", ["-xml", "-i", "-stdout", "-f", "1", "-l", "1", pdf]).toString();
    const basis = [...xml.matchAll(/<text [^>]*>(.*?)<\/text>/g)].map((match) => match[1]!).filter((inner) => inner.replace(/<[^>]+>/g, "").startsWith("Căn"));
    expect(basis.length).toBe(3);
    expect(basis.every((inner) => inner.startsWith("<i>"))).toBe(true);
  });

  it("puts Nơi nhận in the left half beside the signature, and no page number on page 1 nor on the annex's first page", () => {
    const noiNhan = findPhrase(pages[0]!, "Nơi nhận:")!;
    const authority = findPhrase(pages[0]!, "KT. CHỦ TỊCH")!;
    expect(noiNhan.xMax).toBeLessThan(TEXT_CENTRE);
    expect(authority.xMin).toBeGreaterThan(TEXT_CENTRE);
    expect(Math.abs(noiNhan.yMin - authority.yMin)).toBeLessThan(4);
    expect(pages[0]!.words.filter((word) => word.yMax < TOP_MARGIN)).toEqual([]);
    expect(pages[1]!.words.filter((word) => word.yMax < TOP_MARGIN)).toEqual([]);
  });

  it("prints the annex's rows and the total", () => {
    expect(texts[1]).toContain("Nguyễn Văn An");
    expect(texts[1]).toContain("Hộ ông Phạm");
    expect(texts[1]).toContain("6.460.000");
    expect(texts[1]).toContain("(Kèm theo Quyết định số 05/QĐ-UBND ngày 10 tháng 12 năm 2026");
  });
});

describe("the page numbers of a long decision as DOCX, opened in LibreOffice", () => {
  it("numbers the decision's page 2 '2'; the annex is a section of its own: none on its first page, then 2, 3 …", () => {
    const dir = mkdtempSync(join(tmpdir(), "thidua-decision-docx-long-"));
    const docx = join(dir, "long.docx");
    return renderDecisionDocx(decisionModel(withLinesInAnnexOrder(longDecision()), new Date("2026-12-10T02:00:00Z"))).then((bytes) => {
      writeFileSync(docx, bytes);
      execFileSync("soffice", [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "pdf", "--outdir", dir, docx], { stdio: "ignore", timeout: 120_000 });
      expectDecisionAndAnnexNumbering(join(dir, "long.pdf"));
    });
  }, 150_000);
});
