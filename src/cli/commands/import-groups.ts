// `import-groups --ward <slug> --file groups.xlsx`: the office's list of groups and leaders
// (read and checked by src/reports/groups-sheet); if any row is bad, nothing is imported.
import ExcelJS from "exceljs";
import { existsSync, readFileSync, statSync } from "node:fs";
import { importGroups } from "../../db/repos/group-import.js";
import { XLSX_LIMITS } from "../../domain/zip-bounds.js";
import { words } from "../../i18n/words.js";
import { parseGroupSheet, type RowProblem, xlsxBoundsProblem } from "../../reports/groups-sheet/read-groups-sheet.js";
import { checkXlsxBounds } from "../../reports/xlsx-bounds.js";
import { guarded, parseOptions, positiveInteger, requireWard, UsageError, withDatabase } from "./cli-args.js";
import type { Command } from "./index.js";

const USAGE = `Usage:
  npm run cli -- import-groups --ward <slug> --file groups.xlsx [--sheet <name>] [--days 30] [--dry-run]

The sheet needs a header row with the columns (any order, case and accents ignored):
  Tên tổ | Số hộ | Họ tên tổ trưởng | Số điện thoại
"Tên tổ" is required; a row without a leader creates the group only.
Each named leader gets an unregistered member and an invite; print them with invite-sheet.`;

export async function readGroupWorkbook(path: string, sheetName?: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  // Bounded before exceljs inflates anything: a zip bomb of 0,4 MB once reached 3 GB.
  const size = statSync(path).size;
  const problem = size > XLSX_LIMITS.maxFileBytes ? xlsxBoundsProblem(new Uint8Array(size)) : xlsxBoundsProblem(readFileSync(path));
  if (problem) throw new UsageError(problem);
  // A zip whose directory lies about its sizes: each part inflated with its claimed size as the ceiling.
  const inflated = await checkXlsxBounds(readFileSync(path));
  if (!inflated.ok) throw new UsageError(inflated.reason === "lies_about_size" ? words("groups-sheet-lies") : (xlsxBoundsProblem(readFileSync(path)) ?? words("groups-sheet-not-xlsx")));
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
  console.error(words("groups-sheet-cli-nothing-imported"));
  for (const problem of problems) console.error(`  ${problem.row > 0 ? words("groups-sheet-cli-row", { row: String(problem.row), reason: problem.reason }) : problem.reason}`);
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
          printProblems(result.conflicts.map((conflict) => ({ row: conflict.row, reason: words("groups-sheet-cli-exists", { name: conflict.name, ward: ward.name }) })));
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
