// Body blocks as pdfmake paragraphs: justified, first-line indent, 6 pt after each.
import type { Content, ContentText, TableCell } from "pdfmake/interfaces.js";

import type { BodyBlock, RichText, TableBlock } from "../admin-document.js";
import { capitals, ND30_BODY, ND30_SIZE } from "../nd30-style.js";
import { toSpans } from "../rich-text.js";
import { FIRST_LINE_INDENT } from "./admin-page.js";
import { keepWordsWhole } from "./keep-words-whole.js";

type Inline = ContentText[];

function inlines(text: RichText): Inline {
  return toSpans(text).map((span) => ({ text: span.text, bold: span.bold ?? false, italics: span.italic ?? false }));
}

/** `headlineLevel` marks a heading to keep with the text after it. */
function paragraph(text: Inline, headlineLevel?: number): ContentText {
  return {
    text: text.flatMap(keepWordsWhole),
    ...(headlineLevel ? { headlineLevel } : {}),
    alignment: "justify",
    leadingIndent: FIRST_LINE_INDENT,
    margin: [0, 0, 0, ND30_BODY.paragraphSpacingPt],
  };
}

/** The column that carries most text stretches; the others fit their content. */
function tableWidths(table: TableBlock): ("*" | "auto")[] {
  const lengths = table.headers.map((_, column) =>
    [table.headers, ...table.rows].reduce((sum, row) => sum + (row[column]?.length ?? 0), 0),
  );
  const widest = lengths.indexOf(Math.max(...lengths));
  return lengths.map((_, column) => (column === widest ? "*" : "auto"));
}

function tableBlock(table: TableBlock): Content {
  const align = (column: number) => table.align?.[column] ?? (column === 0 ? "left" : "center");
  const row = (cells: readonly string[], bold: boolean): TableCell[] =>
    table.headers.map((_, column) => ({ text: cells[column] ?? "", bold, alignment: align(column) }));
  const body: TableCell[][] = [table.headers.map((header) => ({ text: header, bold: true, alignment: "center" }))];
  if (table.numberedColumns) {
    body.push(table.headers.map((_, column) => ({ text: `(${column + 1})`, italics: true, alignment: "center" })));
  }
  body.push(...table.rows.map((cells) => row(cells, false)));
  if (table.total) body.push(row(table.total, true));
  return {
    table: { widths: tableWidths(table), headerRows: table.numberedColumns ? 2 : 1, body },
    fontSize: ND30_SIZE.table,
    lineHeight: 1,
    margin: [0, 0, 0, ND30_BODY.paragraphSpacingPt * 2],
  };
}

export function bodyBlock(block: BodyBlock): Content {
  switch (block.kind) {
    case "part":
      return paragraph([{ text: capitals(block.text), bold: true }], 1);
    case "section": {
      const heading = { text: block.heading, bold: true };
      if (block.runIn) return paragraph([heading, { text: " " }, ...inlines(block.runIn)]);
      return paragraph([heading], 2);
    }
    case "paragraph":
      return paragraph(inlines(block.text));
    case "bullet":
      return paragraph([{ text: `${block.marker} ` }, ...inlines(block.text)]);
    case "table":
      return tableBlock(block.table);
  }
}

/** A paragraph in body style (the closing "Trên đây là báo cáo …"). */
export function bodyParagraph(text: RichText): Content {
  return paragraph(inlines(text));
}
