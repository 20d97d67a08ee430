// "Nơi nhận" on the left, the signature on the right: one borderless row that never splits.
import { Paragraph, Table, TableBorders, TableCell, TableRow, TextRun, WidthType } from "docx";

import type { AdminDocument } from "../admin-document.js";
import { capitals, ND30_SIGNATURE, ND30_SIZE } from "../nd30-style.js";
import { distributionLines } from "../recipient-lines.js";
import { mmToTwip } from "../units.js";
import { halfPoints, NO_MARGINS, TEXT_WIDTH_TWIP } from "./docx-style.js";
import { words } from "../../i18n/words.js";

function distributionCell(doc: AdminDocument): Paragraph[] {
  const lines = distributionLines(doc.distribution);
  if (lines.length === 0) return [new Paragraph("")];
  return [
    new Paragraph({
      children: [new TextRun({ text: words("report-distribution-title"), bold: true, italics: true, size: halfPoints(ND30_SIZE.distributionTitle) })],
      spacing: { after: 0 },
    }),
    ...lines.map(
      (text) =>
        new Paragraph({
          children: [new TextRun({ text, size: halfPoints(ND30_SIZE.distributionItem) })],
          spacing: { after: 0, line: 240 },
        }),
    ),
  ];
}

function signatureCell(doc: AdminDocument): Paragraph[] {
  const size = halfPoints(ND30_SIZE.signature);
  const centred = (text: string, before = 0) =>
    new Paragraph({ children: [new TextRun({ text, bold: true, size })], alignment: "center", spacing: { before, after: 0 } });
  const { authority, title, name } = doc.signature;
  return [
    ...(authority?.trim() ? authority.trim().split("\n").map((line) => centred(capitals(line.trim()))) : []),
    centred(capitals(title)),
    centred(name, mmToTwip(ND30_SIGNATURE.signatureGapMm)),
  ];
}

export function documentFoot(doc: AdminDocument): Table {
  const half = Math.floor(TEXT_WIDTH_TWIP / 2);
  const cell = (children: Paragraph[]) =>
    new TableCell({ children, width: { size: half, type: WidthType.DXA }, margins: NO_MARGINS });
  return new Table({
    columnWidths: [half, half],
    width: { size: half * 2, type: WidthType.DXA },
    layout: "fixed",
    borders: TableBorders.NONE,
    margins: NO_MARGINS,
    rows: [new TableRow({ cantSplit: true, children: [cell(distributionCell(doc)), cell(signatureCell(doc))] })],
  });
}
