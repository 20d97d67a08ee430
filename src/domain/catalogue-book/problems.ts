// A problem found in the catalogue workbook, with the sheet, row and column to look at and a
// message in Vietnamese the office can act on.

export interface BookProblem {
  /** The sheet's name as the office sees it; null: the whole workbook. */
  sheet: string | null;
  /** Spreadsheet row, from 1; null: the whole sheet. */
  row: number | null;
  /** Column letter ("A"), with its header; null: the whole row. */
  column: { letter: string; header: string } | null;
  message: string;
}

/** 1 → "A", 27 → "AA". */
export function columnLetter(index: number): string {
  let n = index;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function problemLine(problem: BookProblem): string {
  const where: string[] = [];
  if (problem.sheet !== null) where.push(`Trang “${problem.sheet}”`);
  if (problem.row !== null) where.push(`dòng ${problem.row}`);
  if (problem.column !== null) where.push(`cột ${problem.column.letter} (${problem.column.header})`);
  return where.length > 0 ? `${where.join(", ")}: ${problem.message}` : problem.message;
}

/** Every problem, one line each, in the order of the workbook. */
export function formatProblems(problems: readonly BookProblem[]): string {
  return problems.map((problem) => `- ${problemLine(problem)}`).join("\n");
}
