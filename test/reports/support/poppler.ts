// Reading PDFs back with poppler and qpdf, independent of the library that wrote them.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const dir = mkdtempSync(join(tmpdir(), "thidua-reports-"));

/** Write `bytes` to a temporary file and return its path. */
export function tempFile(name: string, bytes: Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

function run(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
}

/** Text of the whole file, or of `page` alone, with the layout kept. */
export function pdfText(path: string, page?: number): string {
  const range = page === undefined ? [] : ["-f", String(page), "-l", String(page)];
  return run("pdftotext", ["-layout", ...range, path, "-"]);
}

/** Text per page (pdftotext separates pages with a form feed). */
export function pdfPages(path: string): string[] {
  return pdfText(path).split("\f").slice(0, -1);
}

export function pdfInfo(path: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of run("pdfinfo", ["-box", path]).split("\n")) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match?.[1] && match[2] !== undefined) info[match[1].trim()] = match[2].trim();
  }
  return info;
}

export interface EmbeddedFont {
  name: string;
  embedded: boolean;
  unicode: boolean;
}

export function pdfFonts(path: string): EmbeddedFont[] {
  return run("pdffonts", [path])
    .split("\n")
    .slice(2)
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      // name type [type…] encoding emb sub uni object ID
      return { name: columns[0] ?? "", embedded: columns.at(-5) === "yes", unicode: columns.at(-3) === "yes" };
    });
}

export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PageWords {
  width: number;
  height: number;
  words: Word[];
}

const decode = (text: string) =>
  text.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'");

/** Every word with its box, page by page (points, origin top left). */
export function pdfWords(path: string): PageWords[] {
  const html = run("pdftotext", ["-bbox", path, "-"]);
  const pages: PageWords[] = [];
  for (const page of html.split("<page ").slice(1)) {
    const size = /width="([\d.]+)" height="([\d.]+)"/.exec(page);
    const words: Word[] = [];
    for (const match of page.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
    )) {
      words.push({
        xMin: Number(match[1]),
        yMin: Number(match[2]),
        xMax: Number(match[3]),
        yMax: Number(match[4]),
        text: decode(match[5] ?? ""),
      });
    }
    pages.push({ width: Number(size?.[1]), height: Number(size?.[2]), words });
  }
  return pages;
}

/** The box around the first run of consecutive words that reads `phrase`. */
export function findPhrase(page: PageWords, phrase: string): Word | undefined {
  const wanted = phrase.split(/\s+/);
  for (let i = 0; i + wanted.length <= page.words.length; i++) {
    const run = page.words.slice(i, i + wanted.length);
    if (run.every((word, k) => word.text === wanted[k])) {
      return {
        text: phrase,
        xMin: Math.min(...run.map((w) => w.xMin)),
        yMin: Math.min(...run.map((w) => w.yMin)),
        xMax: Math.max(...run.map((w) => w.xMax)),
        yMax: Math.max(...run.map((w) => w.yMax)),
      };
    }
  }
  return undefined;
}

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Straight lines stroked on `page` (from the uncompressed content stream), in top-down points. */
export function pdfLines(path: string, page: number): Segment[] {
  const qdf = join(dir, `qdf-${Math.random().toString(36).slice(2)}.pdf`);
  execFileSync("qpdf", ["--qdf", "--object-streams=disable", path, qdf]);
  const text = readFileSync(qdf).toString("latin1");
  const start = text.indexOf(`%% Contents for page ${page}\n`);
  const end = text.indexOf("%% Contents for page", start + 10);
  const stream = text.slice(start, end < 0 ? undefined : end);
  const height = Number(/MediaBox\s*\[\s*[\d.]+\s+[\d.]+\s+[\d.]+\s+([\d.]+)\s*\]/.exec(text)?.[1] ?? 0);
  // pdfkit flips the page so y grows downwards, like pdftotext's boxes.
  const flipped = /1 0 0 -1 0 [\d.]+ cm/.test(stream);
  const segments: Segment[] = [];
  for (const match of stream.matchAll(/([\d.-]+) ([\d.-]+) m\n([\d.-]+) ([\d.-]+) l\n/g)) {
    const [x1, y1, x2, y2] = [match[1], match[2], match[3], match[4]].map(Number) as [number, number, number, number];
    segments.push(flipped ? { x1, y1, x2, y2 } : { x1, y1: height - y1, x2, y2: height - y2 });
  }
  return segments;
}

/** qpdf's structural check; throws when the file is broken. */
export function qpdfCheck(path: string): string {
  return run("qpdf", ["--check", path]);
}
