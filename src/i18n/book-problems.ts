// The catalogue workbook's problems as the office reads them: each problem's message (a key of
// locales/vi.ftl with its variables, src/domain/catalogue-book/problems.ts) after where it is
// ("Trang “Chỉ tiêu”, dòng 9, cột I (Điều kiện): …"). The bot passes ctx.t, the CLI `words`.
import type { BookProblem } from "../domain/catalogue-book/problems.js";

/** A message of locales/vi.ftl with its variables: ctx.t, or `words` (src/i18n/words.ts). */
export type Translate = (key: string, variables?: Record<string, string | number>) => string;

/** One problem: where it is, then its message. */
export function bookProblemLine(problem: BookProblem, t: Translate): string {
  const message = t(problem.key, problem.args);
  const where: string[] = [];
  if (problem.sheet !== null) where.push(t("book-problem-in-sheet", { sheet: problem.sheet }));
  if (problem.row !== null) where.push(t("book-problem-on-row", { row: String(problem.row) }));
  if (problem.column !== null) where.push(t("book-problem-in-column", { letter: problem.column.letter, header: problem.column.header }));
  return where.length > 0 ? t("book-problem-at", { where: where.join(t("book-problem-where-separator")), problem: message }) : message;
}

/** Every problem, one line each, in the order given (the order of the workbook). */
export function formatBookProblems(problems: readonly BookProblem[], t: Translate): string {
  return problems.map((problem) => t("book-problem-item", { problem: bookProblemLine(problem, t) })).join("\n");
}
