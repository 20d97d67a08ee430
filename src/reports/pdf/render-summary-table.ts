// The "Tổng hợp kết quả" sheet as PDF bytes: one table, header rows repeated on every page.
import type { Content, TableCell, TDocumentDefinitions } from "pdfmake/interfaces.js";

import { dataColumnCount, type SummaryFooterRow, type SummaryRow, type SummaryTable } from "../summary-table.js";
import { pdfInfo } from "./pdf-info.js";
import { PDF_FONT, renderPdf } from "./pdfmake-renderer.js";
import { SUMMARY_MARGIN, summaryPage } from "./summary-page.js";
import { summaryWidths } from "./summary-widths.js";
import { words } from "../../i18n/words.js";

const MUTED = "#6b6b6b";
const RULE = "#8a8a8a";

function headerRows(table: SummaryTable): TableCell[][] {
  const fixed = (text: string): TableCell => ({ text, rowSpan: 2, bold: true, alignment: "center" });
  const first: TableCell[] = [fixed(words("doc-col-number")), fixed(table.nameHeader ?? words("doc-col-group")), fixed(table.statusHeader ?? words("doc-col-status"))];
  const second: TableCell[] = [{ text: "" }, { text: "" }, { text: "" }];
  for (const group of table.groups) {
    group.columns.forEach((column, index) => {
      first.push(index === 0 ? { text: group.name, colSpan: group.columns.length, bold: true, alignment: "center" } : { text: "" });
      second.push({
        text: column.unit ? [column.header, { text: `\n(${column.unit})`, italics: true }] : column.header,
        bold: true,
        alignment: "center",
      });
    });
  }
  return [first, second];
}

function alignments(table: SummaryTable) {
  return table.groups.flatMap((group) => group.columns.map((column) => column.align ?? "right"));
}

function dataRow(row: SummaryRow, align: readonly string[]): TableCell[] {
  const style = row.incomplete ? { color: MUTED, italics: true } : {};
  return [
    { text: row.stt, alignment: "center", ...style },
    { text: row.name, ...style },
    { text: row.status, alignment: "center", ...style },
    ...align.map((alignment, index) => ({ text: row.cells[index] ?? "", alignment, ...style }) as TableCell),
  ];
}

function footerRow(row: SummaryFooterRow, align: readonly string[], italics: boolean): TableCell[] {
  return [
    { text: row.label, colSpan: 3, bold: true, italics, alignment: "center" },
    { text: "" },
    { text: "" },
    ...align.map((alignment, index) => ({ text: row.cells[index] ?? "", bold: true, italics, alignment }) as TableCell),
  ];
}

export function summaryTableDefinition(table: SummaryTable): TDocumentDefinitions {
  const page = summaryPage(dataColumnCount(table));
  const { fontSize, widths } = summaryWidths(table, page.width - SUMMARY_MARGIN.left - SUMMARY_MARGIN.right, page.fontSize);
  const align = alignments(table);
  const body: TableCell[][] = [...headerRows(table), ...table.rows.map((row) => dataRow(row, align))];
  body.push(footerRow(table.total, align, false));
  if (table.ratio) body.push(footerRow(table.ratio, align, true));

  const banner = `${table.subtitle.ward} — ${table.subtitle.period}`;
  const title: Content[] = [
    { stack: [...table.titleLines], bold: true, fontSize: fontSize + 3, alignment: "center" },
    { text: banner, italics: true, fontSize: fontSize + 1, alignment: "center", margin: [0, 2, 0, 0] },
    { text: table.generatedAtText, italics: true, alignment: "center", color: MUTED, margin: [0, 0, 0, 8] },
  ];
  return {
    pageSize: "A4",
    pageOrientation: page.orientation,
    pageMargins: [SUMMARY_MARGIN.left, SUMMARY_MARGIN.top, SUMMARY_MARGIN.right, SUMMARY_MARGIN.bottom],
    header: () => ({
      columns: [{ text: banner }, { text: table.titleLines.join(" "), alignment: "right" }],
      fontSize: 8,
      color: MUTED,
      margin: [SUMMARY_MARGIN.left, 20, SUMMARY_MARGIN.right, 0],
    }),
    footer: (currentPage, pageCount) => ({
      columns: [{ text: table.generatedAtText }, { text: words("document-page-of", { page: String(currentPage), pages: String(pageCount) }), alignment: "right" }],
      fontSize: 8,
      color: MUTED,
      margin: [SUMMARY_MARGIN.left, 16, SUMMARY_MARGIN.right, 0],
    }),
    content: [
      ...title,
      {
        table: {
          headerRows: 2,
          dontBreakRows: true,
          widths,
          body,
        },
        layout: {
          hLineWidth: () => 0.5,
          vLineWidth: () => 0.5,
          hLineColor: () => RULE,
          vLineColor: () => RULE,
          fillColor: (rowIndex) => (rowIndex < 2 ? "#eeeeee" : null),
          paddingTop: () => 2,
          paddingBottom: () => 2,
        },
      },
    ],
    defaultStyle: { font: PDF_FONT, fontSize },
    info: pdfInfo(table.metadata, {
      title: `${table.titleLines.join(" ")} — ${banner}`,
      author: table.subtitle.ward,
      subject: table.subtitle.period,
    }),
  };
}

/** Render the summary sheet; landscape when it has more than a portrait page's columns. */
export function renderSummaryTablePdf(table: SummaryTable): Promise<Buffer> {
  return renderPdf(summaryTableDefinition(table));
}
