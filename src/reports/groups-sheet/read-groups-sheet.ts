// The office's list of groups and leaders, read from an Excel sheet (the CLI's import-groups
// and a file sent to the bot). Columns (the header row is found anywhere in the first rows,
// whatever its case or accents): tên tổ, số hộ, họ tên tổ trưởng, số điện thoại. Every bad row
// is reported with its number and the reason, in the office's words; nothing touches the database.
import type ExcelJS from "exceljs";
import type { ImportGroupRow } from "../../db/repos/group-import.js";
import { groupNameKey } from "../../db/repos/group-import.js";
import { normalizePhone } from "../../domain/phone.js";
import { foldDiacritics, normalizeText } from "../../domain/text.js";
import { checkZipBounds } from "../../domain/zip-bounds.js";
import { words } from "../../i18n/words.js";
import { cellText } from "../xlsx-cells.js";

export type Column = "name" | "households" | "leader" | "phone";

/** Header texts (folded: lower case, no accents, single spaces) → column. */
const HEADERS: Record<Column, string[]> = {
  name: ["ten to", "ten to dan pho", "to dan pho", "ten thon", "ten xom", "ten thon/to", "to", "ten"],
  households: ["so ho", "tong so ho", "so ho gia dinh", "ho"],
  leader: ["ho ten to truong", "ho va ten to truong", "to truong", "ten to truong", "ho ten", "ho va ten", "nguoi dai dien"],
  phone: ["so dien thoai", "dien thoai", "sdt", "so dt", "dt", "dien thoai lien he", "so dien thoai to truong"],
};

export function foldHeader(text: string): string {
  return foldDiacritics(normalizeText(text))
    .replace(/[.:*()]/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
}

function columnOf(text: string): Column | null {
  const folded = foldHeader(text);
  for (const [column, names] of Object.entries(HEADERS) as Array<[Column, string[]]>) {
    if (names.includes(folded)) return column;
  }
  return null;
}

export interface RowProblem {
  row: number;
  reason: string;
}

export interface ParsedSheet {
  rows: ImportGroupRow[];
  problems: RowProblem[];
  /** Rows without a leader name (allowed; reported). */
  withoutLeader: number[];
}

/** "0912 345 678", "+84 912345678", 912345678 (Excel dropped the 0) → "0912345678"; null if not a phone number. */
function parseHouseholds(value: ExcelJS.CellValue): number | null | "bad" {
  if (typeof value === "number") return Number.isInteger(value) && value >= 1 && value <= 100_000 ? value : "bad";
  const text = normalizeText(cellText(value));
  if (text === "") return null;
  const match = /^(\d{1,3}(?:[.\s]\d{3})*|\d+)(?:\s*hộ)?$/iu.exec(text);
  if (!match) return "bad";
  const n = Number(match[1]!.replace(/[.\s]/gu, ""));
  return n >= 1 && n <= 100_000 ? n : "bad";
}

function plausibleName(name: string): boolean {
  return name.length >= 2 && name.length <= 80 && /\p{L}/u.test(name) && !/[\d@/\\<>]/u.test(name);
}

/** Reads and checks the sheet; never touches the database. */
export function parseGroupSheet(worksheet: ExcelJS.Worksheet): ParsedSheet {
  // The header row: the first of the first 20 rows that names at least the group column.
  let headerRow = 0;
  let columns = new Map<Column, number>();
  for (let r = 1; r <= Math.min(20, worksheet.rowCount); r++) {
    const found = new Map<Column, number>();
    worksheet.getRow(r).eachCell((cell, col) => {
      const column = columnOf(cellText(cell.value));
      if (column && !found.has(column)) found.set(column, col);
    });
    if (found.has("name") && found.size >= 2) {
      headerRow = r;
      columns = found;
      break;
    }
  }
  if (headerRow === 0) {
    return {
      rows: [],
      problems: [{ row: 0, reason: words("groups-sheet-no-header") }],
      withoutLeader: [],
    };
  }

  const rows: ImportGroupRow[] = [];
  const problems: RowProblem[] = [];
  const withoutLeader: number[] = [];
  const seen = new Map<string, number>();
  for (let r = headerRow + 1; r <= worksheet.rowCount; r++) {
    const row = worksheet.getRow(r);
    const raw = (column: Column) => {
      const index = columns.get(column);
      return index === undefined ? null : row.getCell(index).value;
    };
    const text = (column: Column) => normalizeText(cellText(raw(column)));
    const name = text("name");
    const leader = text("leader");
    const phoneText = text("phone");
    const householdsText = text("households");
    if (!name && !leader && !phoneText && !householdsText) continue; // an empty row

    const reasons: string[] = [];
    if (!name) reasons.push(words("groups-sheet-no-name"));
    else if (name.length > 80) reasons.push(words("groups-sheet-name-too-long", { max: "80" }));
    const key = name ? groupNameKey(name) : "";
    const earlier = key ? seen.get(key) : undefined;
    if (earlier !== undefined) reasons.push(words("groups-sheet-duplicate", { name, row: String(earlier) }));
    else if (key) seen.set(key, r);

    const households = parseHouseholds(raw("households"));
    if (households === "bad") reasons.push(words("groups-sheet-bad-households", { text: householdsText }));

    if (leader && !plausibleName(leader)) reasons.push(words("groups-sheet-bad-leader", { name: leader }));
    let phone: string | null = null;
    if (phoneText) {
      phone = normalizePhone(phoneText);
      if (!phone) reasons.push(words("groups-sheet-bad-phone", { text: phoneText }));
    }
    if (phone && !leader) reasons.push(words("groups-sheet-phone-without-leader"));

    if (reasons.length > 0) {
      problems.push({ row: r, reason: reasons.join("; ") });
      continue;
    }
    if (!leader) withoutLeader.push(r);
    rows.push({ row: r, name, households: households === "bad" ? null : households, leaderName: leader || null, phone });
  }
  if (rows.length === 0 && problems.length === 0) problems.push({ row: headerRow, reason: words("groups-sheet-no-rows") });
  return { rows, problems, withoutLeader };
}

/** Why an .xlsx is refused before it is read, in the office's words; null when it may be read. */
export function xlsxBoundsProblem(bytes: Uint8Array): string | null {
  const check = checkZipBounds(bytes);
  if (check.ok) return null;
  const mb = (n: number) => `${(n / 1_000_000).toLocaleString("vi-VN", { maximumFractionDigits: 1 })} MB`;
  switch (check.reason) {
    case "too_large":
      return words("groups-sheet-too-large", { size: mb(check.bytes), max: mb(check.max) });
    case "not_zip":
      return words("groups-sheet-not-xlsx");
    case "too_many_entries":
      return words("groups-sheet-too-many-parts", { entries: check.entries.toLocaleString("vi-VN") });
    case "inflates_too_much":
      return words("groups-sheet-inflates", { max: mb(check.max) });
  }
}
