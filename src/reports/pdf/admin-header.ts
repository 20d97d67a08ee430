// The header of page 1: issuer | national title, then the kind, subject and "Kính gửi".
import type { Content, TableLayout } from "pdfmake/interfaces.js";

import type { AdminDocument } from "../admin-document.js";
import {
  ADDRESSEE_LABEL,
  addresseeGeometry,
  headerGeometry,
  subjectRule,
  type HeaderGeometry,
} from "../header-geometry.js";
import { capitals, MOTTO, NATIONAL_TITLE, ND30_SIZE } from "../nd30-style.js";
import { addresseeLines } from "../recipient-lines.js";
import { TEXT_WIDTH } from "./admin-page.js";
import { centredRule } from "./canvas-rule.js";

const BORDERLESS: TableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 0,
  paddingTop: () => 0,
  paddingBottom: () => 0,
};

function issuerColumn(geometry: HeaderGeometry): Content {
  const lines: Content[] = [
    ...geometry.superiorLines.map((text) => ({ text, fontSize: ND30_SIZE.issuer })),
    ...geometry.nameLines.map((text) => ({ text, fontSize: ND30_SIZE.issuer, bold: true })),
    centredRule(geometry.issuerRule, [0, 2, 0, 0]),
  ];
  return { stack: lines, alignment: "center" };
}

function nationalColumn(ruleLength: number): Content {
  return {
    stack: [
      { text: NATIONAL_TITLE, fontSize: ND30_SIZE.nationalTitle, bold: true },
      { text: MOTTO, fontSize: ND30_SIZE.motto, bold: true },
      centredRule(ruleLength, [0, 3, 0, 0]),
    ],
    alignment: "center",
  };
}

/** The borderless two-column table; "Số" and the place-and-date line share its second row. */
function headerTable(doc: AdminDocument): Content {
  const geometry = headerGeometry(doc, TEXT_WIDTH);
  return {
    table: {
      widths: [geometry.leftWidth, geometry.rightWidth],
      body: [
        [issuerColumn(geometry), nationalColumn(geometry.mottoRule)],
        [
          { text: doc.numberLine, fontSize: ND30_SIZE.numberLine, alignment: "center", margin: [0, 6, 0, 0] },
          {
            text: doc.placeDateLine,
            fontSize: ND30_SIZE.placeDate,
            italics: true,
            alignment: "center",
            margin: [0, 6, 0, 0],
          },
        ],
      ],
    },
    layout: BORDERLESS,
    margin: [-geometry.overhang, 0, 0, 0],
  };
}

function titleBlock(doc: AdminDocument): Content[] {
  const blocks: Content[] = [
    { text: capitals(doc.kindTitle), fontSize: ND30_SIZE.kindTitle, bold: true, alignment: "center", margin: [0, 18, 0, 0] },
  ];
  if (doc.subjectLines.length > 0) {
    blocks.push(
      { stack: [...doc.subjectLines], fontSize: ND30_SIZE.subject, bold: true, alignment: "center" },
      centredRule(subjectRule(doc.subjectLines, TEXT_WIDTH), [0, 3, 0, 0]),
    );
  }
  return blocks;
}

function addresseeBlock(doc: AdminDocument): Content[] {
  const lines = addresseeLines(doc.addressees);
  if (lines.length === 0) return [];
  const at = addresseeGeometry(lines, TEXT_WIDTH);
  return [
    {
      columns: [
        { text: "", width: at.label },
        { text: ADDRESSEE_LABEL, width: at.list - at.label },
        { stack: lines, width: "*" },
      ],
      columnGap: 0,
      fontSize: ND30_SIZE.addressee,
      margin: [0, 14, 0, 0],
    },
  ];
}

/** Everything above the body, in order. */
export function documentHead(doc: AdminDocument): Content[] {
  return [headerTable(doc), ...titleBlock(doc), ...addresseeBlock(doc)];
}
