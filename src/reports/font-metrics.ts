// Advance widths read straight from a TrueType file (cmap + hmtx), to size the short rules
// NĐ 30 draws under the issuer's name and the subject. Kerning is ignored: the result is
// within a point or two of the typeset width, enough for a line meant to be 1/3–1/2 of it.
import { readFileSync } from "node:fs";

import { TINOS_PATHS, type FontStyle } from "./fonts.js";

export interface FontMetrics {
  /** Width of `text` set at `size` points, in points. */
  widthOf(text: string, size: number): number;
  /** (ascent − descent) / em: the height of one line at line height 1, as pdfkit measures it. */
  readonly lineHeightEm: number;
  /** (ascent − descent + line gap) / em: one line at Word's "single" spacing. */
  readonly singleLineEm: number;
}

function tableOffsets(font: Buffer): Map<string, number> {
  const tables = new Map<string, number>();
  const count = font.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const record = 12 + 16 * i;
    tables.set(font.toString("latin1", record, record + 4), font.readUInt32BE(record + 8));
  }
  return tables;
}

function required(tables: Map<string, number>, tag: string): number {
  const offset = tables.get(tag);
  if (offset === undefined) throw new Error(`font has no '${tag}' table`);
  return offset;
}

/** Code point → glyph id, from the format 4 (BMP) subtable of the Windows Unicode cmap. */
function readCmap(font: Buffer, cmap: number): Map<number, number> {
  const glyphs = new Map<number, number>();
  const subtables = font.readUInt16BE(cmap + 2);
  for (let i = 0; i < subtables; i++) {
    const record = cmap + 4 + 8 * i;
    const platform = font.readUInt16BE(record);
    const encoding = font.readUInt16BE(record + 2);
    const sub = cmap + font.readUInt32BE(record + 4);
    if (platform !== 3 || encoding !== 1 || font.readUInt16BE(sub) !== 4) continue;
    const segments = font.readUInt16BE(sub + 6) / 2;
    const ends = sub + 14;
    const starts = ends + 2 * segments + 2;
    const deltas = starts + 2 * segments;
    const rangeOffsets = deltas + 2 * segments;
    for (let s = 0; s < segments; s++) {
      const end = font.readUInt16BE(ends + 2 * s);
      const start = font.readUInt16BE(starts + 2 * s);
      const delta = font.readInt16BE(deltas + 2 * s);
      const rangeOffset = font.readUInt16BE(rangeOffsets + 2 * s);
      for (let code = start; code <= end && code !== 0xffff; code++) {
        let glyph: number;
        if (rangeOffset === 0) glyph = (code + delta) & 0xffff;
        else {
          const at = rangeOffsets + 2 * s + rangeOffset + 2 * (code - start);
          const raw = font.readUInt16BE(at);
          glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
        }
        glyphs.set(code, glyph);
      }
    }
    return glyphs;
  }
  throw new Error("font has no Windows Unicode BMP cmap");
}

function parse(font: Buffer): FontMetrics {
  const tables = tableOffsets(font);
  const head = required(tables, "head");
  const hhea = required(tables, "hhea");
  const hmtx = required(tables, "hmtx");
  const unitsPerEm = font.readUInt16BE(head + 18);
  const ascent = font.readInt16BE(hhea + 4);
  const descent = font.readInt16BE(hhea + 6);
  const lineGap = font.readInt16BE(hhea + 8);
  const longMetrics = font.readUInt16BE(hhea + 34);
  const glyphs = readCmap(font, required(tables, "cmap"));
  const advance = (glyph: number): number =>
    font.readUInt16BE(hmtx + 4 * Math.min(glyph, longMetrics - 1));

  return {
    lineHeightEm: (ascent - descent) / unitsPerEm,
    singleLineEm: (ascent - descent + lineGap) / unitsPerEm,
    widthOf(text, size) {
      let units = 0;
      for (const char of text.normalize("NFC")) {
        units += advance(glyphs.get(char.codePointAt(0) ?? 0) ?? 0);
      }
      return (units / unitsPerEm) * size;
    },
  };
}

const cache = new Map<FontStyle, FontMetrics>();

/** Metrics of one Tinos style, read once per process. */
export function tinosMetrics(style: FontStyle): FontMetrics {
  let metrics = cache.get(style);
  if (!metrics) {
    metrics = parse(readFileSync(TINOS_PATHS[style]));
    cache.set(style, metrics);
  }
  return metrics;
}
