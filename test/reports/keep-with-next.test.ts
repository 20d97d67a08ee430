// Keep with next in the báo cáo PDF, read back page by page with poppler: a heading never
// stands alone at the foot of a page, and the signature block never goes to a page without
// the last lines of the text. The texts below slide a heading (then the ending) line by line
// across the foot of page 1, so some of them force the case; the same texts rendered without
// the mechanism show that they do.
import { describe, expect, it } from "vitest";

import type { AdminDocument, BodyBlock } from "../../src/reports/admin-document.js";
import { renderPdf } from "../../src/reports/pdf/pdfmake-renderer.js";
import { adminDocumentDefinition } from "../../src/reports/pdf/render-admin-document.js";
import { modelReport } from "./support/model-report.js";
import { pdfPages, tempFile } from "./support/poppler.js";

const HEADING = "9. Kết quả kiểm tra giữ tiêu đề với đoạn văn";
const FOLLOWING = "Đoạn văn đi liền sau tiêu đề";
const CLOSING = "Trên đây là báo cáo kiểm tra phần ký";

function filler(count: number): BodyBlock[] {
  return Array.from({ length: count }, (_, i) => ({ kind: "paragraph" as const, text: `Dòng đệm số ${i + 1} của phần kiểm tra.` }));
}

function withHeadingAfter(count: number): AdminDocument {
  return {
    ...modelReport(),
    body: [
      ...filler(count),
      { kind: "section", heading: HEADING },
      { kind: "paragraph", text: `${FOLLOWING} phải nằm cùng trang với tiêu đề, dù trang trước còn chỗ cho đúng một dòng tiêu đề.` },
      ...filler(3),
    ],
  };
}

function withEndingAfter(count: number): AdminDocument {
  return { ...modelReport(), body: filler(count), closing: `${CLOSING} số ${count}./.` };
}

/** The PDF as it would be without keep-with-next: no page-break rule, the ending breakable. */
function withoutKeeping(doc: AdminDocument) {
  const definition = adminDocumentDefinition(doc);
  delete definition.pageBreakBefore;
  const content = definition.content as unknown as Array<Record<string, unknown>>;
  const ending = content.at(-1)!;
  ending.unbreakable = false;
  for (const part of ending.stack as Array<Record<string, unknown>>) part.unbreakable = false;
  return definition;
}

/** The non-empty lines of each page, the page number (pages 2 on) left out. */
async function pageLines(bytes: Buffer, name: string): Promise<string[][]> {
  return pdfPages(tempFile(name, bytes)).map((page, index) => {
    const lines = page.split("\n").map((line) => line.trim()).filter(Boolean);
    return index > 0 && /^\d+$/u.test(lines[0] ?? "") ? lines.slice(1) : lines;
  });
}

const pageOf = (pages: string[][], text: string) => pages.findIndex((lines) => lines.some((line) => line.includes(text)));

// Page 1 holds the head of the document and about 20 one-line paragraphs: these counts move
// the heading (21 puts it on page 1's last line) and the ending (16 to 21 split it from the
// signature) across the foot of page 1, one line at a time.
const HEADING_COUNTS = [19, 20, 21, 22, 23];
const ENDING_COUNTS = [15, 16, 18, 21, 22];

describe("keep with next in the báo cáo PDF", () => {
  it("never leaves a heading as the last line of a page", { timeout: 120_000 }, async () => {
    let forced = 0;
    for (const count of HEADING_COUNTS) {
      const doc = withHeadingAfter(count);
      const bare = await pageLines(await renderPdf(withoutKeeping(doc)), `bare-heading-${count}.pdf`);
      if (bare.some((lines) => lines.at(-1)?.includes(HEADING))) forced++;

      const pages = await pageLines(await renderPdf(adminDocumentDefinition(doc)), `heading-${count}.pdf`);
      const page = pageOf(pages, HEADING);
      expect(page, `count ${count}`).toBeGreaterThanOrEqual(0);
      expect(pages[page]!.at(-1), `count ${count}: the heading ends page ${page + 1}`).not.toContain(HEADING);
      expect(pageOf(pages, FOLLOWING), `count ${count}`).toBe(page);
    }
    expect(forced, "the texts put the heading at a page's foot at least once").toBeGreaterThan(0);
  });

  it("never puts the signature block on a page without the last lines of the text", { timeout: 120_000 }, async () => {
    let forced = 0;
    for (const count of ENDING_COUNTS) {
      const doc = withEndingAfter(count);
      const signer = doc.signature.name;
      const bare = await pageLines(await renderPdf(withoutKeeping(doc)), `bare-ending-${count}.pdf`);
      const bareSigner = pageOf(bare, signer);
      if (bareSigner !== pageOf(bare, CLOSING) || bareSigner !== pageOf(bare, "Nơi nhận:")) forced++;

      const pages = await pageLines(await renderPdf(adminDocumentDefinition(doc)), `ending-${count}.pdf`);
      const page = pageOf(pages, signer);
      expect(page, `count ${count}`).toBeGreaterThanOrEqual(0);
      expect(pageOf(pages, CLOSING), `count ${count}: the closing lines`).toBe(page);
      expect(pageOf(pages, "Nơi nhận:"), `count ${count}: Nơi nhận`).toBe(page);
      expect(pageOf(pages, doc.signature.title.toLocaleUpperCase("vi")), `count ${count}: the signer's title`).toBe(page);
      // The ending sits at the foot of the text: nothing of the body after it.
      expect(pages.slice(page + 1).flat()).toEqual([]);
    }
    expect(forced, "the texts split the ending from the signature at least once").toBeGreaterThan(0);
  });
});
