// An administrative document (NĐ 30/2020) as PDF bytes.
import type { Content, Node, NodeQueries, TDocumentDefinitions } from "pdfmake/interfaces.js";

import type { AdminDocument } from "../admin-document.js";
import { ND30_BODY, ND30_PAGE, ND30_SIZE } from "../nd30-style.js";
import { mmToPt } from "../units.js";
import { bodyBlock, bodyParagraph } from "./admin-body.js";
import { documentFoot } from "./admin-closing.js";
import { documentHead } from "./admin-header.js";
import { LINE_HEIGHT, PAGE } from "./admin-page.js";
import { pdfInfo } from "./pdf-info.js";
import { PDF_FONT, renderPdf } from "./pdfmake-renderer.js";

/** Room a heading needs below its top: two lines of its own and two of the text it leads. */
const HEADING_KEEP = 4 * ND30_BODY.lineHeightEm * ND30_SIZE.body + ND30_BODY.paragraphSpacingPt;

/**
 * A heading at the foot of a page moves to the next page with its text. Position, not "is it
 * the last node on the page": pdfmake reports the nodes of an unbreakable block that moved to
 * the next page as still on this one.
 */
function keepHeadingWithNext(node: Node, queries: NodeQueries): boolean {
  if (!node.headlineLevel) return false;
  if (node.pageNumbers.length > 1) return true;
  return node.startPosition.top + HEADING_KEEP > PAGE.height - PAGE.bottom || queries.getFollowingNodesOnPage().length === 0;
}

/** Page numbers sit centred in the top margin, from page 2 on. */
function pageNumber(currentPage: number): Content | null {
  if (currentPage === 1) return null;
  return {
    text: String(currentPage),
    fontSize: ND30_SIZE.pageNumber,
    alignment: "center",
    margin: [PAGE.left, mmToPt(ND30_PAGE.pageNumberTopMm), PAGE.right, 0],
  };
}

export function adminDocumentDefinition(doc: AdminDocument): TDocumentDefinitions {
  const content: Content[] = [...documentHead(doc), { text: "", margin: [0, 12, 0, 0] }];
  content.push(...doc.body.map(bodyBlock));
  // The closing paragraph travels with the signature: a page never holds the signature alone.
  const ending = doc.closing ? [bodyParagraph(doc.closing), documentFoot(doc)] : [documentFoot(doc)];
  content.push({ stack: ending, unbreakable: true });

  return {
    pageSize: "A4",
    pageOrientation: "portrait",
    pageMargins: [PAGE.left, PAGE.top, PAGE.right, PAGE.bottom],
    header: (currentPage) => pageNumber(currentPage),
    content,
    pageBreakBefore: keepHeadingWithNext,
    defaultStyle: { font: PDF_FONT, fontSize: ND30_SIZE.body, lineHeight: LINE_HEIGHT },
    info: pdfInfo(doc.metadata, {
      title: doc.subjectLines.join(" "),
      author: doc.issuer.nameLines.join(" "),
      subject: doc.kindTitle,
    }),
  };
}

/** Render `doc` in the NĐ 30 layout: A4 portrait, Tinos embedded. */
export function renderAdminDocumentPdf(doc: AdminDocument): Promise<Buffer> {
  return renderPdf(adminDocumentDefinition(doc));
}
