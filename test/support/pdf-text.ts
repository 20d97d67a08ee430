// A PDF's text as poppler's pdftotext reads it, whitespace collapsed: what a reader sees.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export function pdfText(bytes: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), "thidua-pdf-"));
  try {
    writeFileSync(join(dir, "f.pdf"), bytes);
    return execFileSync("pdftotext", ["-layout", join(dir, "f.pdf"), "-"]).toString();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
