// Keep with next in the báo cáo DOCX, as the office opens it: LibreOffice lays the Word file out
// (converted to PDF) and poppler reads it page by page. The same sliding texts as the PDF test;
// the same files with keepNext and cantSplit taken out show that some of them force the case.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { AdminDocument, BodyBlock } from "../../src/reports/admin-document.js";
import { renderAdminDocumentDocx } from "../../src/reports/docx/render-admin-document.js";
import { modelReport } from "./support/model-report.js";
import { pdfPages } from "./support/poppler.js";

const HEADING = "9. Kết quả kiểm tra giữ tiêu đề với đoạn văn";
const FOLLOWING = "Đoạn văn đi liền sau tiêu đề";
const CLOSING = "Trên đây là báo cáo kiểm tra phần ký";
const COUNTS = Array.from({ length: 9 }, (_, i) => 15 + i);

const filler = (count: number): BodyBlock[] =>
  Array.from({ length: count }, (_, i) => ({ kind: "paragraph" as const, text: `Dòng đệm số ${i + 1} của phần kiểm tra.` }));

const withHeadingAfter = (count: number): AdminDocument => ({
  ...modelReport(),
  body: [...filler(count), { kind: "section", heading: HEADING }, { kind: "paragraph", text: `${FOLLOWING} phải nằm cùng trang với tiêu đề.` }, ...filler(3)],
});
const withEndingAfter = (count: number): AdminDocument => ({ ...modelReport(), body: filler(count), closing: `${CLOSING} số ${count}./.` });

/** The same Word file without keep-with-next and unsplittable rows. */
async function bare(docx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  const xml = await zip.file("word/document.xml")!.async("string");
  zip.file("word/document.xml", xml.replace(/<w:keepNext\/>|<w:keepNext w:val="(?:true|1)"\/>|<w:cantSplit\/>|<w:cantSplit w:val="(?:true|1)"\/>/gu, ""));
  return zip.generateAsync({ type: "nodebuffer" });
}

let dir: string;
const pages = new Map<string, string[][]>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "keep-docx-"));
  const names: string[] = [];
  for (const count of COUNTS) {
    for (const [kind, doc] of [["heading", withHeadingAfter(count)], ["ending", withEndingAfter(count)]] as const) {
      const docx = await renderAdminDocumentDocx(doc);
      for (const [variant, bytes] of [["kept", docx], ["bare", await bare(docx)]] as const) {
        const name = `${kind}-${variant}-${count}`;
        writeFileSync(join(dir, `${name}.docx`), bytes);
        names.push(name);
      }
    }
  }
  // One LibreOffice run for all files, in its own profile.
  execFileSync("soffice", [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "pdf", "--outdir", dir, ...names.map((name) => join(dir, `${name}.docx`))], {
    stdio: "ignore",
    timeout: 300_000,
  });
  for (const name of names) {
    pages.set(
      name,
      pdfPages(join(dir, `${name}.pdf`)).map((page, index) => {
        const lines = page.split("\n").map((line) => line.trim()).filter(Boolean);
        return index > 0 && /^\d+$/u.test(lines[0] ?? "") ? lines.slice(1) : lines;
      }),
    );
  }
}, 320_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pageOf = (lines: string[][], text: string) => lines.findIndex((page) => page.some((line) => line.includes(text)));

describe("keep with next in the báo cáo DOCX (laid out by LibreOffice)", () => {
  it("never leaves a heading as the last line of a page", () => {
    let forced = 0;
    for (const count of COUNTS) {
      if (pages.get(`heading-bare-${count}`)!.some((page) => page.at(-1)?.includes(HEADING))) forced++;
      const kept = pages.get(`heading-kept-${count}`)!;
      const page = pageOf(kept, HEADING);
      expect(page, `count ${count}`).toBeGreaterThanOrEqual(0);
      expect(kept[page]!.at(-1), `count ${count}`).not.toContain(HEADING);
      expect(pageOf(kept, FOLLOWING), `count ${count}`).toBe(page);
    }
    expect(forced, "the texts put the heading at a page's foot at least once").toBeGreaterThan(0);
  });

  it("never puts the signature block on a page without the closing lines", () => {
    const signer = modelReport().signature.name;
    let forced = 0;
    for (const count of COUNTS) {
      const bareLines = pages.get(`ending-bare-${count}`)!;
      if (pageOf(bareLines, signer) !== pageOf(bareLines, CLOSING)) forced++;
      const kept = pages.get(`ending-kept-${count}`)!;
      const page = pageOf(kept, signer);
      expect(page, `count ${count}`).toBeGreaterThanOrEqual(0);
      expect(pageOf(kept, CLOSING), `count ${count}`).toBe(page);
      expect(pageOf(kept, "Nơi nhận:"), `count ${count}`).toBe(page);
    }
    expect(forced, "the texts split the closing from the signature at least once").toBeGreaterThan(0);
  });
});
