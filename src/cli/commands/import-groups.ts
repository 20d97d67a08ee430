// `import-groups --ward <slug> --file groups.xlsx`: the office's list of groups and leaders.
// Columns (the header row is found anywhere in the first rows, whatever its case or accents):
// tên tổ, số hộ, họ tên tổ trưởng, số điện thoại. Every bad row is reported with its number
// and the reason; if any row is bad, nothing is imported.
import { normalizePhone } from "../../domain/phone.js";
import ExcelJS from "exceljs";
import { existsSync, readFileSync, statSync } from "node:fs";
import { importGroups, groupNameKey, type ImportGroupRow } from "../../db/repos/group-import.js";
import { foldDiacritics, normalizeText } from "../../domain/text.js";
import { checkZipBounds, XLSX_LIMITS } from "../../domain/zip-bounds.js";
import { checkXlsxBounds } from "../../reports/xlsx-bounds.js";
import { guarded, parseOptions, positiveInteger, requireWard, UsageError, withDatabase } from "./cli-args.js";
import type { Command } from "./index.js";
import { cellText } from "../../reports/xlsx-cells.js";

export { cellText };

const USAGE = `Usage:
  npm run cli -- import-groups --ward <slug> --file groups.xlsx [--sheet <name>] [--days 30] [--dry-run]

The sheet needs a header row with the columns (any order, case and accents ignored):
  Tên tổ | Số hộ | Họ tên tổ trưởng | Số điện thoại
"Tên tổ" is required; a row without a leader creates the group only.
Each named leader gets an unregistered member and an invite; print them with invite-sheet.`;

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
      problems: [{ row: 0, reason: "Không tìm thấy dòng tiêu đề có cột “Tên tổ” và “Họ tên tổ trưởng” (hoặc “Số hộ”, “Số điện thoại”)." }],
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
    if (!name) reasons.push("thiếu tên tổ");
    else if (name.length > 80) reasons.push("tên tổ dài quá 80 ký tự");
    const key = name ? groupNameKey(name) : "";
    const earlier = key ? seen.get(key) : undefined;
    if (earlier !== undefined) reasons.push(`tên tổ “${name}” trùng với dòng ${earlier}`);
    else if (key) seen.set(key, r);

    const households = parseHouseholds(raw("households"));
    if (households === "bad") reasons.push(`số hộ “${householdsText}” không phải số nguyên dương`);

    if (leader && !plausibleName(leader)) reasons.push(`họ tên tổ trưởng “${leader}” không hợp lệ (cần 2–80 ký tự chữ, không có chữ số)`);
    let phone: string | null = null;
    if (phoneText) {
      phone = normalizePhone(phoneText);
      if (!phone) reasons.push(`số điện thoại “${phoneText}” không đúng (cần 10 chữ số, ví dụ 0912345678)`);
    }
    if (phone && !leader) reasons.push("có số điện thoại nhưng thiếu họ tên tổ trưởng");

    if (reasons.length > 0) {
      problems.push({ row: r, reason: reasons.join("; ") });
      continue;
    }
    if (!leader) withoutLeader.push(r);
    rows.push({ row: r, name, households: households === "bad" ? null : households, leaderName: leader || null, phone });
  }
  if (rows.length === 0 && problems.length === 0) problems.push({ row: headerRow, reason: "Không có dòng dữ liệu nào dưới dòng tiêu đề." });
  return { rows, problems, withoutLeader };
}

/** Why an .xlsx is refused before it is read, in the office's words; null when it may be read. */
export function xlsxBoundsProblem(bytes: Uint8Array): string | null {
  const check = checkZipBounds(bytes);
  if (check.ok) return null;
  const mb = (n: number) => `${(n / 1_000_000).toLocaleString("vi-VN", { maximumFractionDigits: 1 })} MB`;
  switch (check.reason) {
    case "too_large":
      return `Tệp nặng ${mb(check.bytes)}, quá giới hạn ${mb(check.max)} của một danh sách tổ.`;
    case "not_zip":
      return "Tệp không phải là tệp Excel .xlsx (có thể bị hỏng hoặc là định dạng khác).";
    case "too_many_entries":
      return `Tệp gồm ${check.entries.toLocaleString("vi-VN")} phần, nhiều hơn một tệp Excel bình thường; không đọc tệp này.`;
    case "inflates_too_much":
      return `Khi giải nén, tệp sẽ lớn hơn ${mb(check.max)}, không giống một danh sách tổ; không đọc tệp này.`;
  }
}

export async function readGroupWorkbook(path: string, sheetName?: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  // Bounded before exceljs inflates anything: a zip bomb of 0,4 MB once reached 3 GB.
  const size = statSync(path).size;
  const problem = size > XLSX_LIMITS.maxFileBytes ? xlsxBoundsProblem(new Uint8Array(size)) : xlsxBoundsProblem(readFileSync(path));
  if (problem) throw new UsageError(problem);
  // A zip whose directory lies about its sizes: each part inflated with its claimed size as the ceiling.
  const inflated = await checkXlsxBounds(readFileSync(path));
  if (!inflated.ok) throw new UsageError(inflated.reason === "lies_about_size" ? "Tệp ghi sai kích thước các phần bên trong (bị hỏng hoặc bị làm giả); không đọc tệp này." : (xlsxBoundsProblem(readFileSync(path)) ?? "Tệp không phải là tệp Excel .xlsx (có thể bị hỏng hoặc là định dạng khác)."));
  try {
    await workbook.xlsx.readFile(path);
  } catch (error) {
    throw new UsageError(`Cannot read ${path} as an .xlsx file: ${error instanceof Error ? error.message : String(error)}`);
  }
  const worksheet = sheetName ? workbook.getWorksheet(sheetName) : workbook.worksheets[0];
  if (!worksheet) throw new UsageError(sheetName ? `No sheet named "${sheetName}" in ${path}.` : `${path} has no sheet.`);
  return worksheet;
}

function printProblems(problems: RowProblem[]): void {
  console.error("Không nhập gì cả (nothing was imported). Sửa các dòng sau rồi chạy lại:");
  for (const problem of problems) console.error(problem.row > 0 ? `  Dòng ${problem.row}: ${problem.reason}.` : `  ${problem.reason}`);
}

export const importGroupsCommand: Command = {
  name: "import-groups",
  summary: "Import groups and their leaders from an .xlsx file (all or nothing)",
  run(args, config) {
    return guarded(USAGE, async () => {
      const { values } = parseOptions(args, {
        ward: { type: "string" },
        file: { type: "string" },
        sheet: { type: "string" },
        days: { type: "string" },
        "dry-run": { type: "boolean" },
      });
      if (!values.file) throw new UsageError("Missing --file <groups.xlsx>.");
      if (!existsSync(values.file)) throw new UsageError(`No such file: ${values.file}`);
      const days = positiveInteger(values.days, "--days", 30);
      const parsed = parseGroupSheet(await readGroupWorkbook(values.file, values.sheet));
      return withDatabase(config, async (database) => {
        const ward = await requireWard(database, values.ward);
        if (parsed.problems.length > 0) {
          printProblems(parsed.problems);
          return 1;
        }
        if (values["dry-run"]) {
          console.log(`Dry run: ${parsed.rows.length} groups would be imported into ${ward.name}; nothing was written.`);
          return 0;
        }
        const result = await importGroups(database.db, ward.id, parsed.rows, { now: new Date(), days });
        if (!result.ok) {
          printProblems(result.conflicts.map((conflict) => ({ row: conflict.row, reason: `tổ “${conflict.name}” đã có trong ${ward.name}` })));
          return 1;
        }
        console.log(`Imported into ${ward.name}: ${result.groups} groups, ${result.leaders} leaders, ${result.invites} invites (valid ${days} days).`);
        if (parsed.withoutLeader.length > 0) {
          console.log(`Rows without a leader (group created, no invite): ${parsed.withoutLeader.join(", ")}.`);
        }
        console.log(`Print the invites: npm run cli -- invite-sheet --ward ${ward.slug} --out invites.pdf`);
        return 0;
      });
    });
  },
};
