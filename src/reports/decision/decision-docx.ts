// The Quyết định as DOCX: the báo cáo's header, title and foot (src/reports/docx) around the
// decision's own middle, then the annex in a section of its own on a new page. Page numbers from
// page 2; the annex's pages numbered on their own.
import { BorderStyle, Document, Header, Packer, PageNumber, Paragraph, SectionType, Table, TableCell, TableRow, TextRun, WidthType, type ISectionOptions } from "docx";

import { DOCX_FONT_NAME } from "../fonts.js";
import { ND30_SIZE } from "../nd30-style.js";
import { normaliseDeep } from "../nfc.js";
import { documentFoot } from "../docx/docx-closing.js";
import { documentHead } from "../docx/docx-header.js";
import { ruleParagraph } from "../docx/docx-rule.js";
import { BODY_LINE, DOCX_PAGE, FIRST_LINE_INDENT, halfPoints, PARAGRAPH_AFTER, TEXT_WIDTH_PT, TEXT_WIDTH_TWIP } from "../docx/docx-style.js";
import { ptToTwip } from "../units.js";
import { ANNEX_ACHIEVEMENT_HEADER, ANNEX_AMOUNT_HEADER, type DecisionModel } from "./decision-model.js";

function centred(text: string, options: { bold?: boolean; italics?: boolean; before?: number; after?: number; size?: number; pageBreakBefore?: boolean } = {}): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text, bold: options.bold ?? false, italics: options.italics ?? false, size: halfPoints(options.size ?? ND30_SIZE.body) })],
    alignment: "center",
    pageBreakBefore: options.pageBreakBefore ?? false,
    spacing: { before: options.before ?? 0, after: options.after ?? 0, line: BODY_LINE, lineRule: "auto" },
  });
}

function justified(children: TextRun[]): Paragraph {
  return new Paragraph({
    children,
    alignment: "both",
    indent: { firstLine: FIRST_LINE_INDENT },
    spacing: { after: PARAGRAPH_AFTER, line: BODY_LINE, lineRule: "auto" },
  });
}

function middle(model: DecisionModel): Paragraph[] {
  return [
    centred(model.authorityLine, { bold: true, before: 280, after: 120, size: ND30_SIZE.kindTitle }),
    ...model.basis.map((line) => justified([new TextRun({ text: line, italics: true })])),
    centred(model.decides, { bold: true, before: 80, after: 120, size: ND30_SIZE.kindTitle }),
    ...model.articles.map((article) => justified([new TextRun({ text: `${article.heading} `, bold: true }), new TextRun(article.text)])),
  ];
}

const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const CELL_BORDERS = { top: CELL_BORDER, bottom: CELL_BORDER, left: CELL_BORDER, right: CELL_BORDER };

/** The annex table with the PDF's column widths (STT narrow, the achievement widest). */
function annexTable(model: DecisionModel): Table {
  const { table } = model.annex;
  const fixed = [ptToTwip(34), Math.round(TEXT_WIDTH_TWIP * 0.22), Math.round(TEXT_WIDTH_TWIP * 0.19)];
  if (table.headers.includes(ANNEX_AMOUNT_HEADER())) fixed.push(ptToTwip(62));
  const hasAchievement = table.headers.includes(ANNEX_ACHIEVEMENT_HEADER());
  const used = fixed.reduce((sum, width) => sum + width, 0);
  const widths = hasAchievement ? [fixed[0]!, fixed[1]!, fixed[2]!, TEXT_WIDTH_TWIP - used, ...fixed.slice(3)] : [fixed[0]!, fixed[1]!, TEXT_WIDTH_TWIP - fixed[0]! - fixed[1]! - (fixed[3] ?? 0), ...fixed.slice(3)];
  const size = halfPoints(ND30_SIZE.table);
  const align = (column: number) => table.align?.[column] ?? "left";
  const row = (cells: readonly string[], bold: boolean, header = false) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: table.headers.map(
        (_, column) =>
          new TableCell({
            borders: CELL_BORDERS,
            width: { size: widths[column]!, type: WidthType.DXA },
            margins: { left: 80, right: 80, top: 20, bottom: 20 },
            children: [
              new Paragraph({
                children: [new TextRun({ text: cells[column] ?? "", size, bold })],
                alignment: header ? "center" : align(column),
                spacing: { after: 0 },
              }),
            ],
          }),
      ),
    });
  const rows = [row(table.headers, true, true), ...table.rows.map((cells) => row(cells, false))];
  if (table.total) rows.push(row(table.total, true));
  return new Table({ rows, columnWidths: widths, layout: "fixed", width: { size: TEXT_WIDTH_TWIP, type: WidthType.DXA } });
}

function annex(model: DecisionModel): (Paragraph | Table)[] {
  const { annex: part } = model;
  return [
    centred(part.title, { bold: true, size: ND30_SIZE.kindTitle }),
    ...part.subjectLines.map((line) => centred(line, { bold: true, size: ND30_SIZE.subject })),
    centred(part.attachedTo, { italics: true }),
    ruleParagraph(TEXT_WIDTH_PT * 0.25, TEXT_WIDTH_PT, 240),
    annexTable(model),
    new Paragraph({ spacing: { after: 0 } }),
  ];
}

/** A4 portrait, the NĐ 30 margins; the page number centred on top, none on the first page. */
function numberedSection(children: ISectionOptions["children"], restart: boolean): ISectionOptions {
  return {
    properties: {
      titlePage: true,
      ...(restart ? { type: SectionType.NEXT_PAGE } : {}),
      page: {
        size: { width: DOCX_PAGE.width, height: DOCX_PAGE.height, orientation: "portrait" },
        margin: { top: DOCX_PAGE.top, bottom: DOCX_PAGE.bottom, left: DOCX_PAGE.left, right: DOCX_PAGE.right, header: DOCX_PAGE.header, footer: DOCX_PAGE.header },
        ...(restart ? { pageNumbers: { start: 1 } } : {}),
      },
    },
    headers: {
      default: new Header({
        children: [new Paragraph({ alignment: "center", children: [new TextRun({ children: [PageNumber.CURRENT], size: halfPoints(ND30_SIZE.pageNumber) })] })],
      }),
      first: new Header({ children: [new Paragraph("")] }),
    },
    children,
  };
}

/**
 * The decision, then the annex in a section of its own on a new page: its pages are numbered on
 * their own (NĐ 30/2020, Phụ lục I, III.1.đ), from 1, the number not shown on its first page.
 */
function sections(model: DecisionModel): ISectionOptions[] {
  const doc = model.document;
  return [
    numberedSection([...documentHead(doc), ...middle(model), new Paragraph({ spacing: { after: 60 } }), documentFoot(doc)], false),
    numberedSection(annex(model), true),
  ];
}

export function renderDecisionDocx(input: DecisionModel): Promise<Buffer> {
  const model = normaliseDeep(input);
  const meta = model.document.metadata ?? {};
  const document = new Document({
    title: meta.title ?? model.document.subjectLines.join(" "),
    subject: meta.subject ?? model.document.kindTitle,
    creator: meta.author ?? model.document.issuer.nameLines.join(" "),
    lastModifiedBy: "thidua-bot",
    description: "thidua-bot",
    styles: {
      default: {
        document: { run: { font: DOCX_FONT_NAME, size: halfPoints(ND30_SIZE.body), color: "000000" }, paragraph: { spacing: { after: 0 } } },
      },
    },
    sections: sections(model),
  });
  return Packer.toBuffer(document);
}
