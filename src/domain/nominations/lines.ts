// Nominee lines as a tổ trưởng types or pastes them: one per line, "name, address" for a
// household ("Nguyễn Văn An, số 12 ngõ 5"); the same from the rows of an Excel sheet. Pure:
// each line read or named with its number and why not, nothing guessed.
import { capFreeText, normalizeText } from "../text.js";

/** Longest name and address kept (code points): what fits on a certificate line. */
export const MAX_NAME_LENGTH = 80;
export const MAX_ADDRESS_LENGTH = 120;
/** Longest achievement text printed on a Giấy khen. */
export const MAX_ACHIEVEMENT_LENGTH = 300;
/** Most lines in one message or file. */
export const MAX_LINES = 300;

export interface HouseholdLine {
  name: string;
  address: string;
}

export type LineProblemReason = "no_address" | "no_name" | "name_too_long" | "address_too_long" | "duplicate";

export interface LineProblem {
  /** 1-based line (or sheet row) number as the person sees it. */
  line: number;
  text: string;
  reason: LineProblemReason;
}

export interface ParsedLines {
  lines: HouseholdLine[];
  problems: LineProblem[];
  /** More lines than MAX_LINES were sent: the rest were not read. */
  tooMany: boolean;
}

/** "1. Nguyễn Văn An" → "Nguyễn Văn An": a list number or bullet typed in front. */
function withoutBullet(text: string): string {
  return text.replace(/^\s*(?:\d{1,3}\s*[.)/-]\s+|[-•*+–]\s*)/u, "");
}

function lineOf(name: string, address: string, line: number, text: string): HouseholdLine | LineProblem {
  const cleanName = normalizeText(withoutBullet(name)).replace(/[.;,]+$/u, "");
  const cleanAddress = normalizeText(address).replace(/[.;]+$/u, "");
  if (cleanName === "") return { line, text, reason: "no_name" };
  if (cleanAddress === "") return { line, text, reason: "no_address" };
  if (capFreeText(cleanName, MAX_NAME_LENGTH).cut) return { line, text, reason: "name_too_long" };
  if (capFreeText(cleanAddress, MAX_ADDRESS_LENGTH).cut) return { line, text, reason: "address_too_long" };
  return { name: cleanName, address: cleanAddress };
}

const nameKey = (line: HouseholdLine) => `${line.name}|${line.address}`.toLocaleLowerCase("vi");

function collect(entries: Array<{ line: number; text: string; name: string; address: string }>, tooMany: boolean): ParsedLines {
  const result: ParsedLines = { lines: [], problems: [], tooMany };
  const seen = new Set<string>();
  for (const entry of entries) {
    const read = lineOf(entry.name, entry.address, entry.line, entry.text);
    if ("reason" in read) result.problems.push(read);
    else if (seen.has(nameKey(read))) result.problems.push({ line: entry.line, text: entry.text, reason: "duplicate" });
    else {
      seen.add(nameKey(read));
      result.lines.push(read);
    }
  }
  return result;
}

/** Pasted text: one household per non-empty line, the name before the first comma (or tab, or ";"). */
export function parseHouseholdText(text: string): ParsedLines {
  const raw = text.normalize("NFC").split(/\r?\n/u);
  const entries: Array<{ line: number; text: string; name: string; address: string }> = [];
  raw.forEach((row, index) => {
    const shown = normalizeText(row);
    if (shown === "") return;
    const cut = row.search(/[,;\t]/u);
    entries.push({ line: index + 1, text: shown, name: cut < 0 ? row : row.slice(0, cut), address: cut < 0 ? "" : row.slice(cut + 1) });
  });
  return collect(entries.slice(0, MAX_LINES), entries.length > MAX_LINES);
}

const HEADER = /^(stt|tt|số tt|họ( và)? tên|tên|chủ hộ|họ tên chủ hộ)/iu;

/**
 * The first sheet's rows: the name in the first text column, the address in the next one
 * (a leading STT column is skipped); a header row ("Họ và tên", "Địa chỉ") is skipped.
 */
export function parseHouseholdRows(rows: ReadonlyArray<ReadonlyArray<string | number | null>>): ParsedLines {
  const entries: Array<{ line: number; text: string; name: string; address: string }> = [];
  rows.forEach((row, index) => {
    const cells = row.map((cell) => (cell === null ? "" : normalizeText(String(cell))));
    const start = /^\d{1,4}\.?$/u.test(cells[0] ?? "") ? 1 : 0;
    const name = cells[start] ?? "";
    const address = cells.slice(start + 1).find((cell) => cell !== "") ?? "";
    if (name === "" && address === "") return;
    if (HEADER.test(name) || HEADER.test(cells[0] ?? "")) return;
    entries.push({ line: index + 1, text: cells.filter((cell) => cell !== "").join(", "), name, address });
  });
  return collect(entries.slice(0, MAX_LINES), entries.length > MAX_LINES);
}
