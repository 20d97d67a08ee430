// The starting point of the catalogue-book tests: the workbook the bot exports for the default
// catalogue (with or without its award sheets), as the cells an import reads.
import { DEFAULT_AWARD_FORMS, DEFAULT_AWARD_SETTINGS, DEFAULT_BASE_SALARIES } from "../../../src/domain/awards/defaults.js";
import { DEFAULT_INDICATORS, DEFAULT_MOVEMENTS, DEFAULT_PLEDGE_ITEMS } from "../../../src/domain/catalogue.js";
import { catalogueSheets, type AwardBook, type BookProblem, type CatalogueDefs, type CellValue, type StoredAwards, type WorkbookCells } from "../../../src/domain/catalogue-book/index.js";
import { bookProblemLine } from "../../../src/i18n/book-problems.js";
import { words } from "../../../src/i18n/words.js";

export const DEFAULT_CATALOGUE: CatalogueDefs = { movements: DEFAULT_MOVEMENTS, indicators: DEFAULT_INDICATORS, pledgeItems: DEFAULT_PLEDGE_ITEMS };

/** The default award forms, base salaries and settings, a fresh copy each time (tests edit them). */
export function defaultAwards(): AwardBook {
  return { forms: structuredClone([...DEFAULT_AWARD_FORMS]), baseSalaries: structuredClone([...DEFAULT_BASE_SALARIES]), settings: structuredClone(DEFAULT_AWARD_SETTINGS) };
}

/** The default awards as the database holds them: every form active. */
export function storedAwards(): StoredAwards {
  const awards = defaultAwards();
  return { ...awards, forms: awards.forms.map((form) => ({ ...form, active: true })) };
}

/** The exported workbook's cells: each sheet's header, help line and data rows. */
export function exportedCells(catalogue: CatalogueDefs = DEFAULT_CATALOGUE): WorkbookCells {
  return { sheets: catalogueSheets(catalogue).map((s) => ({ name: s.name, rows: [s.header, s.help, ...s.data] as CellValue[][] })) };
}

/** The exported workbook with the default award sheets. */
export function exportedCellsWithAwards(): WorkbookCells {
  return exportedCells({ ...DEFAULT_CATALOGUE, awards: defaultAwards() });
}

/** A problem as the office reads it: the sentence of locales/vi.ftl, where it is first. */
export function problemText(problem: BookProblem): string {
  return bookProblemLine(problem, words);
}
