// The catalogue workbook's problems read from locales/vi.ftl: every message the domain can emit is
// there, with the variables the domain gives it, and is written after where the problem is.
import { FluentBundle, FluentResource } from "@fluent/bundle";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BOOK_PROBLEM_ARGS, BOOK_PROBLEM_KEYS, bookMessage, type BookProblem } from "../../src/domain/catalogue-book/index.js";
import { bookProblemLine, formatBookProblems } from "../../src/i18n/book-problems.js";
import { localesDir, words } from "../../src/i18n/words.js";

const bundle = new FluentBundle("vi", { useIsolating: false });
bundle.addResource(new FluentResource(readFileSync(join(localesDir, "vi.ftl"), "utf8")));

/** The variables a message of vi.ftl uses. */
function variablesOf(key: string): string[] {
  const pattern = bundle.getMessage(key)?.value;
  if (pattern === null || pattern === undefined || typeof pattern === "string") return [];
  return pattern.flatMap((part) => (typeof part !== "string" && part.type === "var" ? [part.name] : []));
}

describe("the catalogue workbook's problem messages", () => {
  it("has every message the domain can emit in vi.ftl, with exactly the variables the domain gives", () => {
    expect(BOOK_PROBLEM_KEYS.length).toBeGreaterThan(60);
    const missing = BOOK_PROBLEM_KEYS.filter((key) => !bundle.hasMessage(key));
    expect(missing).toEqual([]);
    for (const key of BOOK_PROBLEM_KEYS) expect([...new Set(variablesOf(key))].sort(), key).toEqual([...BOOK_PROBLEM_ARGS[key]].sort());
  });

  it("writes each message with the values given, none left as a placeholder", () => {
    for (const key of BOOK_PROBLEM_KEYS) {
      const args = Object.fromEntries(BOOK_PROBLEM_ARGS[key].map((name) => [name, `‹${name}›`]));
      const text = words(key, args);
      for (const name of BOOK_PROBLEM_ARGS[key]) expect(text, key).toContain(`‹${name}›`);
      expect(text, key).not.toMatch(/[{}]\$?/u);
    }
  });

  const at = (place: Pick<BookProblem, "sheet" | "row" | "column">): BookProblem => ({ ...place, ...bookMessage("book-cell-empty", {}) });

  it("says where each problem is before what is wrong, with as much of the place as is known", () => {
    const column = { letter: "E", header: "Câu hỏi" };
    expect(bookProblemLine(at({ sheet: "Chỉ tiêu", row: 3, column }), words)).toBe("Trang “Chỉ tiêu”, dòng 3, cột E (Câu hỏi): ô này không được để trống.");
    expect(bookProblemLine(at({ sheet: "Chỉ tiêu", row: 3, column: null }), words)).toBe("Trang “Chỉ tiêu”, dòng 3: ô này không được để trống.");
    expect(bookProblemLine(at({ sheet: "Chỉ tiêu", row: null, column: null }), words)).toBe("Trang “Chỉ tiêu”: ô này không được để trống.");
    expect(bookProblemLine(at({ sheet: null, row: null, column: null }), words)).toBe("ô này không được để trống.");
  });

  it("writes a row number as the spreadsheet shows it, and money with Vietnamese grouping", () => {
    expect(bookProblemLine(at({ sheet: "Chỉ tiêu", row: 1200, column: null }), words)).toBe("Trang “Chỉ tiêu”, dòng 1200: ô này không được để trống.");
    const salary: BookProblem = {
      sheet: "Mức lương cơ sở",
      row: null,
      column: null,
      ...bookMessage("book-salary-signed-delete", { amount: 2_340_000, validFrom: "01/07/2024", decision: "Quyết định số 12/QĐ-UBND ngày 30/06/2026" }),
    };
    expect(bookProblemLine(salary, words)).toBe(
      "Trang “Mức lương cơ sở”: không xóa được mức 2.340.000 đồng từ ngày 01/07/2024 vì Quyết định số 12/QĐ-UBND ngày 30/06/2026 đã ký, tính tiền thưởng theo mức này. Hãy giữ nguyên dòng đó.",
    );
  });

  it("lists the problems one a line, in the order given", () => {
    const problems = [at({ sheet: "Phong trào", row: 4, column: null }), at({ sheet: "Chỉ tiêu", row: 2, column: null })];
    expect(formatBookProblems(problems, words)).toBe("- Trang “Phong trào”, dòng 4: ô này không được để trống.\n- Trang “Chỉ tiêu”, dòng 2: ô này không được để trống.");
  });
});
