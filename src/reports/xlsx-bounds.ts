// Every .xlsx a person sends is bounded before a reader touches it: the file's size, the
// number of its parts and what they claim to inflate to (src/domain/zip-bounds.ts), then each
// deflated part inflated once with its claimed size as a hard ceiling, so a zip that lies in
// its directory (a bomb of 0,4 MB once reached 3 GB inside exceljs) stops at the size it
// claimed. Inflation runs on libuv's thread pool, not on the event loop.
import { promisify } from "node:util";
import { inflateRaw } from "node:zlib";
import { checkZipBounds, type ZipCheck, type ZipLimits, XLSX_LIMITS } from "../domain/zip-bounds.js";

const inflate = promisify(inflateRaw) as (buffer: Uint8Array, options: { maxOutputLength: number }) => Promise<Buffer>;

const LOCAL = 0x04034b50;

export type XlsxBounds = ZipCheck | { ok: false; reason: "lies_about_size" };

export async function checkXlsxBounds(bytes: Uint8Array, limits: ZipLimits = XLSX_LIMITS): Promise<XlsxBounds> {
  const check = checkZipBounds(bytes, limits);
  if (!check.ok) return check;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const part of check.parts) {
    const at = part.localOffset;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) return { ok: false, reason: "not_zip" };
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const data = bytes.subarray(start, start + part.compressedBytes);
    if (part.method === 0) {
      if (part.compressedBytes !== part.inflatedBytes) return { ok: false, reason: "lies_about_size" };
      continue;
    }
    if (part.method !== 8) return { ok: false, reason: "not_zip" };
    try {
      // One byte more than claimed is enough to know it lied.
      const out = await inflate(data, { maxOutputLength: part.inflatedBytes + 1 });
      if (out.length !== part.inflatedBytes) return { ok: false, reason: "lies_about_size" };
    } catch (error) {
      if (error instanceof RangeError || (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") return { ok: false, reason: "lies_about_size" };
      return { ok: false, reason: "not_zip" };
    }
  }
  return check;
}
