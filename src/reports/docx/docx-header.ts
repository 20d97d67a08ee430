// The head of page 1 in DOCX: the borderless issuer | national title table, then the kind,
// subject and "Kính gửi".
import { Paragraph, Table, TableBorders, TableCell, TableRow, TextRun, WidthType } from "docx";

import type { AdminDocument } from "../admin-document.js";
import { ADDRESSEE_LABEL, addresseeGeometry, headerGeometry, subjectRule } from "../header-geometry.js";
import { capitals, MOTTO, NATIONAL_TITLE, ND30_SIZE } from "../nd30-style.js";
import { addresseeLines } from "../recipient-lines.js";
import { ptToTwip } from "../units.js";
import { BODY_LINE, halfPoints, NO_MARGINS, TEXT_WIDTH_PT } from "./docx-style.js";
import { ruleParagraph, underlinedParagraph } from "./docx-rule.js";

function line(text: string, size: number, style: { bold?: boolean; italics?: boolean } = {}): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text, size: halfPoints(size), ...style })],
    alignment: "center",
    spacing: { after: 0, line: BODY_LINE, lineRule: "auto" },
  });
}

function cell(children: Paragraph[], widthPt: number): TableCell {
  return new TableCell({ children, width: { size: ptToTwip(widthPt), type: WidthType.DXA }, margins: NO_MARGINS });
}

function headerTable(doc: AdminDocument): Table {
  const geometry = headerGeometry(doc, TEXT_WIDTH_PT);
  const issuer = [
    ...geometry.superiorLines.map((text) => line(text, ND30_SIZE.issuer)),
    ...geometry.nameLines.map((text) => line(text, ND30_SIZE.issuer, { bold: true })),
    ruleParagraph(geometry.issuerRule, geometry.leftWidth),
  ];

  const national = [
    line(NATIONAL_TITLE, ND30_SIZE.nationalTitle, { bold: true }),
    underlinedParagraph(
      [new TextRun({ text: MOTTO, bold: true, size: halfPoints(ND30_SIZE.motto) })],
      // Two points of slack so Word never wraps the motto inside its own rule.
      geometry.mottoRule + 2,
      geometry.rightWidth,
    ),
  ];

  const spaced = (paragraph: Paragraph) => [new Paragraph({ spacing: { after: 0, line: 120, lineRule: "exact" } }), paragraph];
  return new Table({
    columnWidths: [ptToTwip(geometry.leftWidth), ptToTwip(geometry.rightWidth)],
    width: { size: ptToTwip(geometry.leftWidth + geometry.rightWidth), type: WidthType.DXA },
    layout: "fixed",
    borders: TableBorders.NONE,
    margins: NO_MARGINS,
    ...(geometry.overhang > 0 ? { indent: { size: -ptToTwip(geometry.overhang), type: WidthType.DXA } } : {}),
    rows: [
      new TableRow({ children: [cell(issuer, geometry.leftWidth), cell(national, geometry.rightWidth)] }),
      new TableRow({
        children: [
          cell(spaced(line(doc.numberLine, ND30_SIZE.numberLine)), geometry.leftWidth),
          cell(spaced(line(doc.placeDateLine, ND30_SIZE.placeDate, { italics: true })), geometry.rightWidth),
        ],
      }),
    ],
  });
}

function titleBlock(doc: AdminDocument): Paragraph[] {
  const paragraphs = [
    new Paragraph({
      children: [new TextRun({ text: capitals(doc.kindTitle), bold: true, size: halfPoints(ND30_SIZE.kindTitle) })],
      alignment: "center",
      spacing: { before: 360, after: 0, line: BODY_LINE, lineRule: "auto" },
    }),
  ];
  for (const subject of doc.subjectLines) {
    paragraphs.push(line(subject, ND30_SIZE.subject, { bold: true }));
  }
  if (doc.subjectLines.length > 0) {
    paragraphs.push(ruleParagraph(subjectRule(doc.subjectLines, TEXT_WIDTH_PT), TEXT_WIDTH_PT));
  }
  return paragraphs;
}

/** "Kính gửi:" and its recipients, one per line, aligned after the label. */
function addresseeBlock(doc: AdminDocument): Paragraph[] {
  const lines = addresseeLines(doc.addressees);
  if (lines.length === 0) return [];
  const size = halfPoints(ND30_SIZE.addressee);
  const at = addresseeGeometry(lines, TEXT_WIDTH_PT);
  const list = ptToTwip(at.list);
  return lines.map(
    (text, index) =>
      new Paragraph({
        children:
          index === 0
            ? [new TextRun({ text: ADDRESSEE_LABEL, size }), new TextRun({ text: "\t", size }), new TextRun({ text, size })]
            : [new TextRun({ text, size })],
        indent: index === 0 ? { left: list, hanging: list - ptToTwip(at.label) } : { left: list },
        tabStops: [{ type: "left", position: list }],
        spacing: { before: index === 0 ? 240 : 0, after: 0, line: BODY_LINE, lineRule: "auto" },
      }),
  );
}

export function documentHead(doc: AdminDocument): (Paragraph | Table)[] {
  return [headerTable(doc), ...titleBlock(doc), ...addresseeBlock(doc)];
}
