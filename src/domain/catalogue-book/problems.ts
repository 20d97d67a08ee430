// A problem found in the catalogue workbook: the sheet, row and column to look at, and the
// message the office can act on as a key of locales/vi.ftl with its variables. The sentence
// itself is written by the caller's translate function (src/i18n/book-problems.ts).

/**
 * Every message a problem can carry, with the names of its variables. Row numbers, days and codes
 * are strings (Fluent would write a number 2026 as "2.026"); counts, limits and amounts of money
 * are numbers (Fluent writes them with Vietnamese grouping, 100.000). Texts the office wrote are
 * passed as written.
 */
export const BOOK_PROBLEM_ARGS = {
  // Any sheet (src/domain/catalogue-book/sheet-reader.ts, read.ts).
  "book-sheet-missing": ["sheetName"],
  "book-sheet-too-many-rows": ["max"],
  "book-header-missing-column": ["header"],
  "book-cell-empty": [],
  "book-text-too-long": ["max", "length"],
  "book-yes-no-unreadable": ["written"],
  "book-order-not-whole": ["written"],
  "book-code-invalid": ["written"],
  "book-code-taken": ["written", "row"],
  // Pledge items and indicators (read.ts).
  "book-pledge-type-unknown": ["written", "first", "second"],
  "book-indicator-type-unknown": ["written", "choices"],
  "book-movement-unknown": ["written", "sheetName"],
  "book-rule-unreadable": ["rule"],
  "book-rule-operand-unreadable": ["rule"],
  "book-rule-type": [],
  "book-rule-self": [],
  "book-rule-unknown-indicator": ["code"],
  "book-rule-not-numeric": ["code"],
  "book-rule-loop": [],
  "book-ratio-unreadable": ["written", "groupsWord", "pledgedPrefix"],
  "book-ratio-groups-type": ["groupsWord"],
  "book-ratio-pledged-type": [],
  "book-ratio-pledge-unknown": ["code", "sheetName"],
  "book-ratio-indicator-unknown": ["code"],
  "book-ratio-indicator-type": [],
  "book-no-period-kind": [],
  "book-offer-previous-type": [],
  "book-no-indicators": [],
  // The award sheets (awards-read.ts).
  "book-basis-too-many-lines": ["max"],
  "book-basis-line-too-long": ["max", "start"],
  "book-day-empty": [],
  "book-day-swapped": ["written", "example"],
  "book-day-no-such": ["date"],
  "book-day-unreadable": ["written"],
  "book-salary-not-whole": ["written", "min", "max"],
  "book-setting-not-whole": ["written", "min", "max"],
  "book-coefficient-empty": [],
  "book-coefficient-range": ["written"],
  "book-coefficient-decimals": ["written"],
  "book-form-row-unnamed": [],
  "book-form-cell-differs": ["row", "code"],
  "book-form-no-name": ["code"],
  "book-form-no-kind": ["code", "certificateWord", "titleWord"],
  "book-form-kind-unknown": ["written", "certificateWord", "titleWord"],
  "book-form-title-missing": ["code"],
  "book-recipient-unknown": ["written", "choices"],
  "book-valid-to-before-from": ["validTo", "validFrom"],
  "book-rate-duplicate": ["row"],
  "book-no-award-forms": [],
  "book-salary-duplicate": ["row"],
  "book-no-base-salaries": [],
  "book-setting-unknown": ["written"],
  "book-setting-twice": ["setting", "row"],
  "book-setting-missing": ["setting"],
  "book-setting-choice-unknown": ["written", "choices"],
  "book-decision-symbol-invalid": ["written"],
  // Against what is stored (changes.ts, awards-plan.ts).
  "book-indicator-answered": ["label", "code", "answers"],
  "book-template-uses-indicator": ["line", "placeholder", "code"],
  "book-rate-signed-edit": ["coefficient", "recipient", "code", "validFrom", "decision", "day"],
  "book-rate-signed-start": ["coefficient", "validFrom", "recipient", "code", "day", "decision", "signedCoefficient"],
  "book-rate-signed-start-other": ["coefficient", "validFrom", "recipient", "code", "day", "decision"],
  "book-rate-signed-delete": ["coefficient", "recipient", "code", "validFrom", "day", "decision"],
  "book-salary-signed-edit": ["amount", "validFrom", "decision", "day"],
  "book-salary-signed-start": ["amount", "validFrom", "day", "decision", "signedAmount"],
  "book-salary-signed-start-other": ["amount", "validFrom", "day", "decision"],
  "book-salary-signed-delete": ["amount", "validFrom", "decision"],
  "book-draft-rate-missing": ["code", "recipient", "day", "decision"],
} as const satisfies Record<string, readonly string[]>;

export type BookProblemKey = keyof typeof BOOK_PROBLEM_ARGS;
export const BOOK_PROBLEM_KEYS = Object.keys(BOOK_PROBLEM_ARGS) as BookProblemKey[];

/** The variables of message `K`: plain values. */
export type BookProblemArgs<K extends BookProblemKey> = Record<(typeof BOOK_PROBLEM_ARGS)[K][number], string | number>;

/** A message key with its variables. */
export type BookProblemMessage = { [K in BookProblemKey]: { key: K; args: BookProblemArgs<K> } }[BookProblemKey];

export type BookProblem = {
  /** The sheet's name as the office sees it; null: the whole workbook. */
  sheet: string | null;
  /** Spreadsheet row, from 1; null: the whole sheet. */
  row: number | null;
  /** Column letter ("A"), with its header; null: the whole row. */
  column: { letter: string; header: string } | null;
} & BookProblemMessage;

/** A message of `key` with its variables, typed by the key. */
export function bookMessage<K extends BookProblemKey>(key: K, args: BookProblemArgs<K>): BookProblemMessage {
  return { key, args } as BookProblemMessage;
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
