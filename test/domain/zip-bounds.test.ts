import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { checkZipBounds, XLSX_LIMITS } from "../../src/domain/zip-bounds.js";

const zipOf = async (files: Record<string, Buffer | string>) => {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(files)) zip.file(name, data);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
};

describe("checkZipBounds", () => {
  it("lets an ordinary workbook through and counts its parts from the directory alone", async () => {
    const bytes = await zipOf({ "[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>".repeat(50) });
    // Three entries: JSZip also lists the folder "xl/".
    expect(checkZipBounds(bytes)).toMatchObject({ ok: true, entries: 3, inflatedBytes: 8 + 550 });
  });

  it("refuses a part that inflates far beyond the file, a file too large, and what is not a zip", async () => {
    const bomb = await zipOf({ "xl/padding.bin": Buffer.alloc(5_000_000) });
    expect(checkZipBounds(bomb)).toMatchObject({ ok: false, reason: "inflates_too_much" });
    expect(checkZipBounds(new Uint8Array(XLSX_LIMITS.maxFileBytes + 1))).toMatchObject({ ok: false, reason: "too_large" });
    expect(checkZipBounds(Buffer.from("Tên tổ,Số hộ\nTổ 1,120\n"))).toEqual({ ok: false, reason: "not_zip" });
  });
});
