// Body blocks as Word paragraphs: justified, first-line indent, 6 pt after; headings kept with
// the paragraph that follows them.
import { BorderStyle, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";

import type { BodyBlock, RichText, TableBlock } from "../admin-document.js";
import { capitals, ND30_SIZE } from "../nd30-style.js";
import { toSpans } from "../rich-text.js";
import { BODY_LINE, FIRST_LINE_INDENT, halfPoints, PARAGRAPH_AFTER } from "./docx-style.js";
import { wholeWordRuns } from "./docx-whole-words.js";

function runs(text: RichText, base: { bold?: boolean } = {}): TextRun[] {
  return toSpans(text).flatMap((span) =>
    wholeWordRuns(span.text, { bold: span.bold ?? base.bold ?? false, italics: span.italic ?? false }),
  );
}

function paragraph(children: TextRun[], keepNext = false): Paragraph {
  return new Paragraph({
    children,
    alignment: "both",
    indent: { firstLine: FIRST_LINE_INDENT },
    spacing: { after: PARAGRAPH_AFTER, line: BODY_LINE, lineRule: "auto" },
    keepNext,
  });
}

const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const CELL_BORDERS = { top: CELL_BORDER, bottom: CELL_BORDER, left: CELL_BORDER, right: CELL_BORDER };

function tableBlock(table: TableBlock): Table {
  const size = halfPoints(ND30_SIZE.table);
  const align = (column: number) => table.align?.[column] ?? (column === 0 ? "left" : "center");
  const row = (cells: readonly string[], options: { bold?: boolean; italics?: boolean; header?: boolean; center?: boolean }) =>
    new TableRow({
      tableHeader: options.header ?? false,
      cantSplit: true,
      children: table.headers.map(
        (_, column) =>
          new TableCell({
            borders: CELL_BORDERS,
            margins: { left: 80, right: 80, top: 20, bottom: 20 },
            children: [
              new Paragraph({
                children: [new TextRun({ text: cells[column] ?? "", size, bold: options.bold ?? false, italics: options.italics ?? false })],
                alignment: options.center ? "center" : align(column) === "right" ? "right" : align(column) === "center" ? "center" : "left",
                spacing: { after: 0 },
              }),
            ],
          }),
      ),
    });
  const rows = [row(table.headers, { bold: true, header: true, center: true })];
  if (table.numberedColumns) {
    rows.push(row(table.headers.map((_, column) => `(${column + 1})`), { italics: true, header: true, center: true }));
  }
  rows.push(...table.rows.map((cells) => row(cells, {})));
  if (table.total) rows.push(row(table.total, { bold: true }));
  return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });
}

export function bodyBlock(block: BodyBlock): Paragraph | Table {
  switch (block.kind) {
    case "part":
      return paragraph(wholeWordRuns(capitals(block.text), { bold: true }), true);
    case "section": {
      const heading = wholeWordRuns(block.heading, { bold: true });
      if (block.runIn) return paragraph([...heading, new TextRun(" "), ...runs(block.runIn)]);
      return paragraph(heading, true);
    }
    case "paragraph":
      return paragraph(runs(block.text));
    case "bullet":
      return paragraph([new TextRun(`${block.marker} `), ...runs(block.text)]);
    case "table":
      return tableBlock(block.table);
  }
}

/** The closing paragraph, kept on the page of the signature. */
export function closingParagraph(text: RichText): Paragraph {
  return paragraph(runs(text), true);
}
