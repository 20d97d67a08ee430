// The Quyết định as PDF: the báo cáo's header, title and foot (src/reports/pdf), with the
// decision's own middle — the authority line, the italic "Căn cứ" lines, "QUYẾT ĐỊNH:",
// Điều 1–3 — and the annex on a page of its own. Page numbers from page 2, centred on top; the
// annex's pages numbered on their own.
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces.js";

import { ND30_BODY, ND30_PAGE, ND30_SIZE } from "../nd30-style.js";
import { bodyBlock } from "../pdf/admin-body.js";
import { documentFoot } from "../pdf/admin-closing.js";
import { documentHead } from "../pdf/admin-header.js";
import { FIRST_LINE_INDENT, LINE_HEIGHT, PAGE, TEXT_WIDTH } from "../pdf/admin-page.js";
import { centredRule } from "../pdf/canvas-rule.js";
import { keepWordsWhole } from "../pdf/keep-words-whole.js";
import { pdfInfo } from "../pdf/pdf-info.js";
import { PDF_FONT, renderPdf } from "../pdf/pdfmake-renderer.js";
import { mmToPt } from "../units.js";
import { ANNEX_ACHIEVEMENT_HEADER, ANNEX_AMOUNT_HEADER, type DecisionModel } from "./decision-model.js";

function pageNumber(shown: number): Content {
  return { text: String(shown), fontSize: ND30_SIZE.pageNumber, alignment: "center", margin: [PAGE.left, mmToPt(ND30_PAGE.pageNumberTopMm), PAGE.right, 0] };
}

/**
 * The page numbers: the decision's from its page 2; the annex's counted on their own
 * (NĐ 30/2020, Phụ lục I, III.1.đ: "Số trang của Phụ lục được đánh số riêng theo từng Phụ lục"),
 * none on its first page, then 2, 3 … The annex is a section of its own; pdfmake asks for the
 * headers after the layout, page by page in order, so the first page the annex's header is asked
 * for is the annex's first page (the decision's page 1, asked first, starts every layout afresh).
 */
function pageNumbers(): { decision: (currentPage: number) => Content | null; annex: (currentPage: number) => Content | null } {
  let annexStart: number | null = null;
  return {
    decision: (currentPage) => {
      if (currentPage === 1) annexStart = null;
      return currentPage === 1 ? null : pageNumber(currentPage);
    },
    annex: (currentPage) => {
      annexStart ??= currentPage;
      return currentPage === annexStart ? null : pageNumber(currentPage - annexStart + 1);
    },
  };
}

function justified(text: Content[] | string, italics = false): Content {
  const inline = typeof text === "string" ? keepWordsWhole({ text, italics }) : text;
  return { text: inline, alignment: "justify", leadingIndent: FIRST_LINE_INDENT, margin: [0, 0, 0, ND30_BODY.paragraphSpacingPt] } as Content;
}

function centredBold(text: string, top: number): Content {
  return { text, bold: true, alignment: "center", fontSize: ND30_SIZE.kindTitle, margin: [0, top, 0, 6] };
}

export function decisionMiddle(model: DecisionModel): Content[] {
  return [
    centredBold(model.authorityLine, 14),
    ...model.basis.map((line) => justified(line, true)),
    centredBold(model.decides, 4),
    ...model.articles.map((article) =>
      justified([{ text: `${article.heading} `, bold: true }, ...keepWordsWhole({ text: article.text })]),
    ),
  ];
}

/** The annex's content (a section of its own starts it on a new page). */
export function annexContent(model: DecisionModel): Content[] {
  const { annex } = model;
  return [
    { text: annex.title, bold: true, alignment: "center", fontSize: ND30_SIZE.kindTitle },
    { stack: annex.subjectLines, bold: true, alignment: "center", fontSize: ND30_SIZE.subject },
    { text: annex.attachedTo, italics: true, alignment: "center", fontSize: ND30_SIZE.body, margin: [0, 2, 0, 0] },
    centredRule(TEXT_WIDTH * 0.25, [0, 3, 0, 12]),
    annexTable(model),
  ];
}

/** The báo cáo's table, with widths for the annex's columns: STT, name, place, achievement, amount. */
function annexTable(model: DecisionModel): Content {
  const block = bodyBlock({ kind: "table", table: model.annex.table }) as Content & { table: { widths: unknown[] } };
  const columns = model.annex.table.headers.length;
  const widths: (number | string)[] = [34, TEXT_WIDTH * 0.22, TEXT_WIDTH * 0.19];
  if (model.annex.table.headers.includes(ANNEX_ACHIEVEMENT_HEADER())) widths.push("*");
  if (model.annex.table.headers.includes(ANNEX_AMOUNT_HEADER())) widths.push(62);
  if (widths.length === 3) widths[2] = "*";
  block.table.widths = widths.slice(0, columns);
  return block;
}

export function decisionDefinition(model: DecisionModel): TDocumentDefinitions {
  const doc = model.document;
  const numbers = pageNumbers();
  return {
    pageSize: "A4",
    pageOrientation: "portrait",
    pageMargins: [PAGE.left, PAGE.top, PAGE.right, PAGE.bottom],
    header: numbers.decision,
    content: [...documentHead(doc), ...decisionMiddle(model), documentFoot(doc), { section: { stack: annexContent(model) }, header: numbers.annex }],
    defaultStyle: { font: PDF_FONT, fontSize: ND30_SIZE.body, lineHeight: LINE_HEIGHT },
    info: pdfInfo(doc.metadata, { title: doc.subjectLines.join(" "), author: doc.issuer.nameLines.join(" "), subject: doc.kindTitle }),
  };
}

export function renderDecisionPdf(model: DecisionModel): Promise<Buffer> {
  return renderPdf(decisionDefinition(model));
}
