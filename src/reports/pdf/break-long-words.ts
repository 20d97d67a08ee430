// pdfmake splits a word longer than its line by measuring ever shorter prefixes: the work grows
// with the square of the word's length (a 20.000-character word froze the bot for 27 s). Every
// text of a document definition is handed over with such words in pieces of a bounded length,
// each its own inline, so each piece is measured once and a line may end between two pieces.
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces.js";

/** The longest run of non-space characters given to pdfmake as one piece. */
export const MAX_PIECE = 40;
const LONG_WORD = new RegExp(`\\S{${MAX_PIECE + 1},}`, "u");

/** `text` as inline strings, no piece longer than MAX_PIECE code points without a space. */
export function textPieces(text: string): string[] {
  const result: string[] = [];
  let plain = "";
  for (const word of text.split(/(?<=\s)(?=\S)/u)) {
    if (!LONG_WORD.test(word)) {
      plain += word;
      continue;
    }
    if (plain) result.push(plain);
    plain = "";
    const chars = Array.from(word);
    for (let i = 0; i < chars.length; i += MAX_PIECE) result.push(chars.slice(i, i + MAX_PIECE).join(""));
  }
  if (plain || result.length === 0) result.push(plain);
  return result;
}

const CONTENT_LISTS = new Set(["stack", "columns", "ul", "ol"]);

function inlineText(value: unknown): unknown {
  if (typeof value === "string") return LONG_WORD.test(value) ? textPieces(value) : value;
  if (Array.isArray(value)) return value.flatMap((item) => (typeof item === "string" && LONG_WORD.test(item) ? textPieces(item) : [visit(item)]));
  return visit(value);
}

function content(value: unknown): unknown {
  if (typeof value === "string") return LONG_WORD.test(value) ? { text: textPieces(value) } : value;
  return visit(value);
}

function visit(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(visit);
  if (value === null || typeof value !== "object" || Buffer.isBuffer(value) || value instanceof Date) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (key === "text") copy[key] = inlineText(item);
    else if (CONTENT_LISTS.has(key) && Array.isArray(item)) copy[key] = item.map(content);
    else if (key === "body" && Array.isArray(item)) copy[key] = item.map((row: unknown) => (Array.isArray(row) ? row.map(content) : row));
    else copy[key] = visit(item);
  }
  return copy;
}

/** A copy of `definition` in which no text hands pdfmake a word longer than MAX_PIECE. */
export function breakLongWords(definition: TDocumentDefinitions): TDocumentDefinitions {
  const copy = visit(definition) as TDocumentDefinitions;
  if (typeof definition.content === "string" || Array.isArray(definition.content)) copy.content = content(copy.content) as Content;
  return copy;
}
