// The page numbers a decision with a long annex must carry (Nghị định 30/2020, Phụ lục I): none
// on the decision's first page, then 2, 3 …; the annex numbered on its own, none on its first page.
import { expect } from "vitest";
import { pdfPages, pdfWords, type PageWords } from "../support/poppler.js";

const MM = 72 / 25.4;
/** The top margin (20 mm), where the page number stands. */
export const TOP_MARGIN = 20 * MM;
const flat = (text: string) => text.replace(/\s+/g, " ");

/** Checks the numbers in the top margin of every page of the PDF at `path`; returns its pages' words. */
export function expectDecisionAndAnnexNumbering(path: string): PageWords[] {
  const pages = pdfWords(path);
  const annexStart = pdfPages(path).map(flat).findIndex((page) => page.includes("DANH SÁCH"));
  expect(annexStart).toBe(2);
  expect(pages.length).toBeGreaterThanOrEqual(annexStart + 2);
  const inMargin = pages.map((page) => page.words.filter((word) => word.yMax < TOP_MARGIN).map((word) => word.text));
  const expected = pages.map((_, index) => (index === 0 || index === annexStart ? [] : [String(index < annexStart ? index + 1 : index - annexStart + 1)]));
  expect(inMargin).toEqual(expected);
  return pages;
}
