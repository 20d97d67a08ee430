// Document symbols in the báo cáo DOCX, as the office opens it: LibreOffice lays the Word file
// out (converted to PDF) and poppler reads the lines. "15/2024/QĐ-UBND" slides along the line;
// the same files with plain hyphens show that the texts put it at a line's end.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { AdminDocument, BodyBlock } from "../../src/reports/admin-document.js";
import { renderAdminDocumentDocx } from "../../src/reports/docx/render-admin-document.js";
import { modelReport } from "./support/model-report.js";
import { pdfText } from "./support/poppler.js";

const SYMBOL = "15/2024/QĐ-UBND";
const RANGE = "2021–2025";

const sliding: BodyBlock[] = Array.from({ length: 24 }, (_, i) => ({
  kind: "paragraph" as const,
  text: `Căn cứ ${"chữ ".repeat(i % 12)}${i >= 12 ? "ab " : ""}Quyết định số ${SYMBOL} ngày 11/6/2024 của UBND tỉnh giai đoạn ${RANGE} và các văn bản hướng dẫn.`,
}));
const doc: AdminDocument = { ...modelReport(), body: sliding };

/** The same Word file with ordinary hyphens and no word joiners. */
async function bare(docx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  const xml = await zip.file("word/document.xml")!.async("string");
  zip.file("word/document.xml", xml.replaceAll("</w:t><w:noBreakHyphen/><w:t xml:space=\"preserve\">", "-").replaceAll("\u2060", ""));
  return zip.generateAsync({ type: "nodebuffer" });
}

let dir: string;
const lines = new Map<string, string[]>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "whole-docx-"));
  const docx = await renderAdminDocumentDocx(doc);
  for (const [name, bytes] of [["kept", docx], ["bare", await bare(docx)]] as const) writeFileSync(join(dir, `${name}.docx`), bytes);
  execFileSync("soffice", [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "pdf", "--outdir", dir, join(dir, "kept.docx"), join(dir, "bare.docx")], {
    stdio: "ignore",
    timeout: 120_000,
  });
  for (const name of ["kept", "bare"]) {
    lines.set(name, pdfText(join(dir, `${name}.pdf`)).split("\n").map((line) => line.trim()));
  }
}, 130_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const split = (text: string[]) => text.filter((line) => /(QĐ-|2021–)$/u.test(line)).length;

describe("document symbols in the báo cáo DOCX (laid out by LibreOffice)", () => {
  it("never ends a line inside a symbol or a year range", () => {
    expect(split(lines.get("bare")!), "plain hyphens break a symbol at least once").toBeGreaterThan(0);
    const kept = lines.get("kept")!;
    expect(split(kept)).toBe(0);
    // The model report's subject and closing name the decision too.
    expect(kept.filter((line) => line.includes(SYMBOL)).length).toBeGreaterThanOrEqual(sliding.length);
  });

  it("exports the symbol to PDF as typed, so it is found and copied with an ordinary hyphen", () => {
    expect(lines.get("kept")!.join("\n")).toContain(`Quyết định số ${SYMBOL}`);
    expect(lines.get("kept")!.join("\n")).toContain(`giai đoạn ${RANGE}`);
  });
});
