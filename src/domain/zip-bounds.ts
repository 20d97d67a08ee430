// An .xlsx is a zip: before any reader inflates it, its central directory says how many parts
// it has and how large they become. A zip bomb of 0,4 MB that inflates to gigabytes is refused
// from those numbers alone, without inflating a byte. (A zip whose directory lies about its
// sizes is caught by the reader's own checks later; this bounds the honest and the lazy bombs.)

export interface ZipLimits {
  /** The file itself. */
  maxFileBytes: number;
  /** All parts together, inflated. */
  maxInflatedBytes: number;
  /** Inflated size over file size. */
  maxRatio: number;
  maxEntries: number;
}

/** Generous for a list of groups or a catalogue (a few hundred kB inflated), tight for a bomb. */
export const XLSX_LIMITS: ZipLimits = { maxFileBytes: 10_000_000, maxInflatedBytes: 100_000_000, maxRatio: 200, maxEntries: 2_000 };

/** One part as the central directory describes it (where its data starts, how it is stored). */
export interface ZipPart {
  /** Offset of the part's local header. */
  localOffset: number;
  /** 0: stored, 8: deflated. */
  method: number;
  compressedBytes: number;
  inflatedBytes: number;
}

export type ZipCheck =
  | { ok: true; entries: number; inflatedBytes: number; parts: ZipPart[] }
  | { ok: false; reason: "too_large"; bytes: number; max: number }
  | { ok: false; reason: "not_zip" }
  | { ok: false; reason: "too_many_entries"; entries: number; max: number }
  | { ok: false; reason: "inflates_too_much"; inflatedBytes: number; max: number };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

export function checkZipBounds(bytes: Uint8Array, limits: ZipLimits = XLSX_LIMITS): ZipCheck {
  if (bytes.length > limits.maxFileBytes) return { ok: false, reason: "too_large", bytes: bytes.length, max: limits.maxFileBytes };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: 22 bytes and a comment of at most 65.535.
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
    if (view.getUint32(at, true) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return { ok: false, reason: "not_zip" };
  const entries = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  // 0xFFFF / 0xFFFFFFFF mean ZIP64: no spreadsheet of a ward needs it.
  if (entries === 0xffff || directoryOffset === 0xffffffff) return { ok: false, reason: "inflates_too_much", inflatedBytes: Number.POSITIVE_INFINITY, max: limits.maxInflatedBytes };
  if (entries > limits.maxEntries) return { ok: false, reason: "too_many_entries", entries, max: limits.maxEntries };
  if (directoryOffset + directorySize > eocd) return { ok: false, reason: "not_zip" };
  const maxInflated = Math.min(limits.maxInflatedBytes, bytes.length * limits.maxRatio);
  let inflated = 0;
  const parts: ZipPart[] = [];
  let at = directoryOffset;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL) return { ok: false, reason: "not_zip" };
    const size = view.getUint32(at + 24, true);
    if (size === 0xffffffff) return { ok: false, reason: "inflates_too_much", inflatedBytes: Number.POSITIVE_INFINITY, max: maxInflated };
    inflated += size;
    if (inflated > maxInflated) return { ok: false, reason: "inflates_too_much", inflatedBytes: inflated, max: maxInflated };
    parts.push({ localOffset: view.getUint32(at + 42, true), method: view.getUint16(at + 10, true), compressedBytes: view.getUint32(at + 20, true), inflatedBytes: size });
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return { ok: true, entries, inflatedBytes: inflated, parts };
}
