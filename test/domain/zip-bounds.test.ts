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

describe("checkZipBounds at its limits and on damaged or crafted files", () => {
  const small = { maxFileBytes: 1_000_000, maxInflatedBytes: 1_000, maxRatio: 1_000, maxEntries: 3 };
  const storedZip = async (files: Record<string, string>, comment?: string) => {
    const zip = new JSZip();
    for (const [name, data] of Object.entries(files)) zip.file(name, data);
    return zip.generateAsync({ type: "nodebuffer", compression: "STORE", ...(comment ? { comment } : {}) });
  };
  const eocdOf = (bytes: Buffer) => bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const centralOf = (bytes: Buffer) => bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));

  it("describes each part as the reader needs it: where it starts, how it is stored, its sizes", async () => {
    const bytes = await storedZip({ "a.xml": "x".repeat(100), "b.xml": "y".repeat(30) });
    const check = checkZipBounds(bytes, small);
    expect(check).toMatchObject({ ok: true, entries: 2, inflatedBytes: 130 });
    if (!check.ok) return;
    expect(check.parts).toEqual([
      { localOffset: 0, method: 0, compressedBytes: 100, inflatedBytes: 100 },
      { localOffset: bytes.indexOf(Buffer.from("PK\x03\x04", "latin1"), 1), method: 0, compressedBytes: 30, inflatedBytes: 30 },
    ]);
    const deflated = await zipOf({ "a.xml": "x".repeat(100) });
    const parts = (checkZipBounds(deflated, small) as { parts: Array<{ method: number; compressedBytes: number }> }).parts;
    expect(parts[0]!.method).toBe(8);
    expect(parts[0]!.compressedBytes).toBeLessThan(100);
  });

  it("takes a file of exactly the largest size, a part count and an inflated total exactly at their limits", async () => {
    const bytes = await storedZip({ "a.xml": "x".repeat(400), "b.xml": "y".repeat(600), "c.xml": "" });
    expect(checkZipBounds(bytes, { ...small, maxFileBytes: bytes.length })).toMatchObject({ ok: true, entries: 3, inflatedBytes: 1_000 });
    expect(checkZipBounds(bytes, { ...small, maxFileBytes: bytes.length - 1 })).toEqual({ ok: false, reason: "too_large", bytes: bytes.length, max: bytes.length - 1 });
    expect(checkZipBounds(bytes, { ...small, maxEntries: 2 })).toEqual({ ok: false, reason: "too_many_entries", entries: 3, max: 2 });
    expect(checkZipBounds(bytes, { ...small, maxInflatedBytes: 999 })).toEqual({ ok: false, reason: "inflates_too_much", inflatedBytes: 1_000, max: 999 });
  });

  it("bounds the inflated total by the file's size times the ratio when that is lower", async () => {
    const bytes = await storedZip({ "a.xml": "x".repeat(900) });
    const ratio = 900 / bytes.length;
    expect(checkZipBounds(bytes, { ...small, maxRatio: ratio })).toMatchObject({ ok: true, inflatedBytes: 900 });
    expect(checkZipBounds(bytes, { ...small, maxRatio: ratio * 0.99 })).toMatchObject({ ok: false, reason: "inflates_too_much", inflatedBytes: 900 });
  });

  it("finds the directory behind a comment", async () => {
    const bytes = await storedZip({ "a.xml": "x" }, "Danh sách tổ – phường Phan Đình Phùng");
    expect(checkZipBounds(bytes, small)).toMatchObject({ ok: true, entries: 1, inflatedBytes: 1 });
  });

  it("reads an empty archive as no parts, and finds the directory behind the longest comment a zip can have", async () => {
    const empty = await new JSZip().generateAsync({ type: "nodebuffer" });
    expect(empty.length).toBe(22);
    expect(checkZipBounds(empty, small)).toEqual({ ok: true, entries: 0, inflatedBytes: 0, parts: [] });
    const longest = await storedZip({ "a.xml": "x" }, "c".repeat(65_535));
    expect(checkZipBounds(longest, small)).toMatchObject({ ok: true, entries: 1, inflatedBytes: 1 });
  });

  it("steps over each part's own comment in the directory", async () => {
    const zip = new JSZip();
    zip.file("a.xml", "x".repeat(10), { comment: "phần một" });
    zip.file("b.xml", "y".repeat(20), { comment: "phần hai của tệp" });
    const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "STORE" });
    expect(checkZipBounds(bytes, small)).toMatchObject({ ok: true, entries: 2, inflatedBytes: 30 });
  });

  it("refuses a file too short to be a zip, a directory that points past its end or to something else", async () => {
    expect(checkZipBounds(new Uint8Array(10), small)).toEqual({ ok: false, reason: "not_zip" });
    expect(checkZipBounds(new Uint8Array(0), small)).toEqual({ ok: false, reason: "not_zip" });
    const bytes = await storedZip({ "a.xml": "x".repeat(10) });
    const pastEnd = Buffer.from(bytes);
    pastEnd.writeUInt32LE(pastEnd.readUInt32LE(eocdOf(pastEnd) + 12) + 1, eocdOf(pastEnd) + 12);
    expect(checkZipBounds(pastEnd, small)).toEqual({ ok: false, reason: "not_zip" });
    const notCentral = Buffer.from(bytes);
    notCentral.writeUInt32LE(0x12345678, centralOf(notCentral));
    expect(checkZipBounds(notCentral, small)).toEqual({ ok: false, reason: "not_zip" });
    const moreEntries = Buffer.from(bytes);
    moreEntries.writeUInt16LE(2, eocdOf(moreEntries) + 10);
    expect(checkZipBounds(moreEntries, small)).toEqual({ ok: false, reason: "not_zip" });
  });

  it("refuses the ZIP64 markers a ward's spreadsheet never needs: too many parts, a directory far away, a huge part", async () => {
    const bytes = await storedZip({ "a.xml": "x".repeat(10) });
    const manyParts = Buffer.from(bytes);
    manyParts.writeUInt16LE(0xffff, eocdOf(manyParts) + 10);
    expect(checkZipBounds(manyParts, { ...small, maxEntries: 100_000 })).toEqual({ ok: false, reason: "inflates_too_much", inflatedBytes: Number.POSITIVE_INFINITY, max: small.maxInflatedBytes });
    const farDirectory = Buffer.from(bytes);
    farDirectory.writeUInt32LE(0xffffffff, eocdOf(farDirectory) + 16);
    expect(checkZipBounds(farDirectory, small)).toEqual({ ok: false, reason: "inflates_too_much", inflatedBytes: Number.POSITIVE_INFINITY, max: small.maxInflatedBytes });
    const hugePart = Buffer.from(bytes);
    hugePart.writeUInt32LE(0xffffffff, centralOf(hugePart) + 24);
    expect(checkZipBounds(hugePart, small)).toEqual({ ok: false, reason: "inflates_too_much", inflatedBytes: Number.POSITIVE_INFINITY, max: small.maxInflatedBytes });
  });
});
