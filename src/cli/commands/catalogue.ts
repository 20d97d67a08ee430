// `npm run cli -- catalogue export|import --ward <slug> --file danh-muc.xlsx`: the ward's
// movements, indicators, pledge items and award forms (with the base salaries and the award
// settings) as the Excel workbook the office edits. Import checks
// the whole workbook first and reports every problem by sheet, row and column; nothing is
// stored unless all of it is clean (the same rules as sending the file to the bot).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { CLI_ACTOR } from "../../db/repos/audit.js";
import { applyCatalogue, currentCatalogue } from "../../db/repos/catalogue-book.js";
import { readCatalogueBook, type AwardsPlan, type CataloguePlan } from "../../domain/catalogue-book/index.js";
import { UnreadableWorkbook, workbookCells } from "../../reports/catalogue-book/read-catalogue-xlsx.js";
import { renderCatalogueXlsx } from "../../reports/catalogue-book/render-catalogue-xlsx.js";
import { formatBookProblems } from "../../i18n/book-problems.js";
import { words } from "../../i18n/words.js";
import { guarded, parseOptions, requireWard, UsageError, withDatabase } from "./cli-args.js";
import type { Command } from "./index.js";

const USAGE = `Usage:
  npm run cli -- catalogue export --ward <slug> --file danh-muc.xlsx   write the ward's catalogue workbook
  npm run cli -- catalogue import --ward <slug> --file danh-muc.xlsx   check the edited workbook and store it (all or nothing)
       [--dry-run]   only check and show what would change`;

export function planLines(plan: CataloguePlan): string[] {
  const line = (label: string, codes: readonly string[]) => (codes.length > 0 ? [`  ${label}: ${codes.join(", ")}`] : []);
  return [
    ...line("indicators added", plan.addedIndicators),
    ...line("indicators reworded", plan.rewordedIndicators),
    ...line("indicators whose type or rules changed (from the next period where already answered)", plan.meaningChangedIndicators),
    ...line("indicators moved, reordered or asked in other period kinds", plan.movedIndicators),
    ...line("indicators retired", plan.retiredIndicators),
    ...line("movements added", plan.movements.added),
    ...line("movements changed", plan.movements.changed),
    ...line("movements retired", plan.movements.retired),
    ...line("pledge items added", plan.pledgeItems.added),
    ...line("pledge items changed", plan.pledgeItems.changed),
    ...line("pledge items retired", plan.pledgeItems.retired),
    ...(plan.awards ? awardLines(plan.awards) : []),
  ];
}

function awardLines(plan: AwardsPlan): string[] {
  const day = (change: { validFrom: string }) => change.validFrom;
  const what = (change: { before: unknown; after: unknown }) => (change.before === null ? "added" : change.after === null ? "removed" : "changed");
  return [
    ...plan.forms.map((form) => `  award form ${form.change}: ${form.code}`),
    ...plan.rates.map((rate) => `  award rate ${what(rate)}: ${rate.form} ${rate.recipientKind} from ${day(rate)}${rate.after ? ` (coefficient ${rate.after.coefficientMilli / 1000})` : ""}`),
    ...plan.baseSalaries.map((salary) => `  base salary ${what(salary)} (all wards): from ${day(salary)}${salary.after ? ` ${salary.after.amount} đồng` : ""}`),
    ...plan.settings.map((setting) => `  award setting changed: ${setting.setting}`),
  ];
}

export const catalogueCommand: Command = {
  name: "catalogue",
  summary: "Export or import (after checking) a ward's catalogue of movements, indicators, pledge items and award forms as .xlsx",
  run(args, config) {
    return guarded(USAGE, async () => {
      const [action, ...rest] = args;
      const { values } = parseOptions(rest, { ward: { type: "string" }, file: { type: "string" }, "dry-run": { type: "boolean" } });
      if (action !== "export" && action !== "import") throw new UsageError(action ? `Unknown action "${action}".` : "Missing the action: export or import.");
      if (!values.file) throw new UsageError("Missing --file <danh-muc.xlsx>.");
      if (action === "import" && !existsSync(values.file)) throw new UsageError(`No such file: ${values.file}`);
      return withDatabase(config, async (database) => {
        const ward = await requireWard(database, values.ward);
        if (action === "export") {
          const bytes = await renderCatalogueXlsx(await currentCatalogue(database.db, ward.id), ward.name, new Date());
          writeFileSync(values.file!, bytes);
          console.log(`The catalogue of ${ward.name} → ${values.file}`);
          return 0;
        }
        let cells;
        try {
          cells = await workbookCells(readFileSync(values.file!));
        } catch (error) {
          if (error instanceof UnreadableWorkbook) throw new UsageError(`Cannot read ${values.file} as an .xlsx file: ${error.message}`);
          throw error;
        }
        const read = readCatalogueBook(cells);
        if (!read.ok) {
          console.error(`${words("cli-catalogue-refused")}\n${formatBookProblems(read.problems, words)}`);
          return 1;
        }
        if (values["dry-run"]) {
          console.log(`Dry run: the workbook is clean (${read.catalogue.indicators.length} indicators); nothing was written.`);
          return 0;
        }
        const result = await applyCatalogue(database.db, ward.id, read.catalogue, CLI_ACTOR, new Date());
        if (!result.ok) {
          console.error(`${words("cli-catalogue-refused")}\n${formatBookProblems(result.problems, words)}`);
          return 1;
        }
        if (!result.changed) {
          console.log(`No change: the workbook is the catalogue of ${ward.name} as stored.`);
          return 0;
        }
        console.log([`Stored the catalogue of ${ward.name}:`, ...planLines(result.plan)].join("\n"));
        return 0;
      });
    });
  },
};
