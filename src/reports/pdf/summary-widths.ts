// Column widths of the summary sheet, measured from its text: every figure on one line, the
// room left over shared by the figure columns, a smaller font when the page is too narrow.
import { tinosMetrics } from "../font-metrics.js";
import type { SummaryRow, SummaryTable } from "../summary-table.js";
import { words } from "../../i18n/words.js";

/** Left + right cell padding pdfmake's default table layout adds (4 pt each side), and a
 * point and a half so rounding never wraps a figure that was measured to fit. */
const PADDING = 9.5;
const STT_WIDTH = 24;
const MAX_NAME_WIDTH = 150;
const MIN_FONT_SIZE = 7;

export interface SummaryWidths {
  fontSize: number;
  /** STT, name, status, then one per data column, without padding. */
  widths: number[];
}

function longestWord(text: string, size: number): number {
  const bold = tinosMetrics("bold");
  return Math.max(0, ...text.split(/\s+/).map((word) => bold.widthOf(word, size)));
}

function needs(table: SummaryTable, size: number): number[] {
  const regular = tinosMetrics("normal");
  const italic = tinosMetrics("italics");
  const bold = tinosMetrics("bold");
  /** Widest text of a column over the rows; incomplete rows are set in italics. */
  const widestCell = (cell: (row: SummaryRow) => string) => {
    let max = 0;
    for (const row of table.rows) max = Math.max(max, (row.incomplete ? italic : regular).widthOf(cell(row), size));
    return max;
  };
  const columns = table.groups.flatMap((group) => group.columns);
  const name = Math.min(
    MAX_NAME_WIDTH,
    Math.max(widestCell((row) => row.name), longestWord(table.nameHeader ?? words("doc-col-group"), size)),
  );
  const status = Math.max(widestCell((row) => row.status), longestWord(table.statusHeader ?? words("doc-col-status"), size));
  // A ratio is its percentage on one line, then what it is of ("(18/18 tổ đăng ký)"), which may wrap.
  const ratioNeeds = (text: string) => {
    const [percent = "", ...of] = text.split("\n");
    return Math.max(bold.widthOf(percent, size), longestWord(of.join(" "), size));
  };
  const totals = (index: number) => Math.max(bold.widthOf(table.total.cells[index] ?? "", size), ratioNeeds(table.ratio?.cells[index] ?? ""));
  const data = columns.map((column, index) =>
    Math.max(
      widestCell((row) => row.cells[index] ?? ""),
      totals(index),
      longestWord(column.header, size),
      longestWord(column.unit ? `(${column.unit})` : "", size),
    ),
  );
  return [STT_WIDTH, name, status, ...data];
}

/**
 * How much wider the name column must be for the footer labels ("Tổng cộng (26 tổ đã nộp)",
 * "Tỷ lệ"), which span STT, name and status, to fit on one line there.
 */
function labelShortfall(table: SummaryTable, widths: readonly number[], size: number): number {
  const label = Math.max(tinosMetrics("bold").widthOf(table.total.label, size), tinosMetrics("bolditalics").widthOf(table.ratio?.label ?? "", size));
  const [stt = 0, name = 0, status = 0] = widths;
  // A cell spanning three columns has their widths and the two inner paddings.
  return Math.max(0, label + PADDING - (stt + name + status + 2 * PADDING));
}

/** Widths that fill `available` points, at the largest font size from `fontSize` down that fits. */
export function summaryWidths(table: SummaryTable, available: number, fontSize: number): SummaryWidths {
  let size = fontSize;
  let widths = needs(table, size);
  const total = (list: number[]) => list.reduce((sum, width) => sum + width + PADDING, 0);
  while (total(widths) > available && size > MIN_FONT_SIZE) {
    size -= 1;
    widths = needs(table, size);
  }
  // The labels' room comes out of what is left over: never a smaller font for them.
  const shortfall = Math.min(labelShortfall(table, widths, size), Math.max(0, available - total(widths)));
  widths = widths.map((width, index) => (index === 1 ? width + shortfall : width));
  const spare = available - total(widths);
  const dataColumns = widths.length - 3;
  if (spare >= 0 && dataColumns > 0) {
    widths = widths.map((width, index) => (index >= 3 ? width + spare / dataColumns : width));
  } else if (spare < 0) {
    const scale = (available - PADDING * widths.length) / (total(widths) - PADDING * widths.length);
    widths = widths.map((width) => width * scale);
  }
  return { fontSize: size, widths };
}
