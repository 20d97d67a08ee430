// An administrative document (NĐ 30/2020) as DOCX bytes. The font is named, not embedded:
// Word shows Times New Roman, which every Vietnamese office has.
import { Document, Header, Packer, Paragraph, TextRun, PageNumber, type ISectionOptions } from "docx";

import type { AdminDocument } from "../admin-document.js";
import { DOCX_FONT_NAME } from "../fonts.js";
import { ND30_SIZE } from "../nd30-style.js";
import { bodyBlock, closingParagraph } from "./docx-body.js";
import { documentFoot } from "./docx-closing.js";
import { documentHead } from "./docx-header.js";
import { DOCX_PAGE, halfPoints } from "./docx-style.js";
import { normaliseDeep } from "../nfc.js";

function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: "center",
        children: [new TextRun({ children: [PageNumber.CURRENT], size: halfPoints(ND30_SIZE.pageNumber) })],
      }),
    ],
  });
}

function section(doc: AdminDocument): ISectionOptions {
  const children = [...documentHead(doc), new Paragraph({ spacing: { after: 120 } }), ...doc.body.map(bodyBlock)];
  if (doc.closing) children.push(closingParagraph(doc.closing));
  // Word wants a paragraph after a closing table; a hair-thin one never spills onto a new page.
  children.push(documentFoot(doc), new Paragraph({ spacing: { after: 0, line: 20, lineRule: "exact" } }));
  return {
    properties: {
      titlePage: true,
      page: {
        size: { width: DOCX_PAGE.width, height: DOCX_PAGE.height, orientation: "portrait" },
        margin: {
          top: DOCX_PAGE.top,
          bottom: DOCX_PAGE.bottom,
          left: DOCX_PAGE.left,
          right: DOCX_PAGE.right,
          header: DOCX_PAGE.header,
          footer: DOCX_PAGE.header,
        },
      },
    },
    // Page 1 gets an empty header: NĐ 30 prints no number on the first page.
    headers: { default: pageNumberHeader(), first: new Header({ children: [new Paragraph("")] }) },
    children,
  };
}

/** Render `doc` as a Word document in the NĐ 30 layout: A4 portrait, Times New Roman. */
export function renderAdminDocumentDocx(input: AdminDocument): Promise<Buffer> {
  const doc = normaliseDeep(input);
  const meta = doc.metadata ?? {};
  const document = new Document({
    title: meta.title ?? doc.subjectLines.join(" "),
    subject: meta.subject ?? doc.kindTitle,
    creator: meta.author ?? doc.issuer.nameLines.join(" "),
    lastModifiedBy: "thidua-bot",
    description: "thidua-bot",
    styles: {
      default: {
        document: {
          run: { font: DOCX_FONT_NAME, size: halfPoints(ND30_SIZE.body), color: "000000" },
          paragraph: { spacing: { after: 0 } },
        },
      },
    },
    sections: [section(doc)],
  });
  return Packer.toBuffer(document);
}
