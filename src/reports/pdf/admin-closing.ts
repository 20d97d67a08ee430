// The foot of the document: "Nơi nhận" on the left, the signature on the right, side by side.
import type { Content } from "pdfmake/interfaces.js";

import type { AdminDocument } from "../admin-document.js";
import { capitals, ND30_SIGNATURE, ND30_SIZE } from "../nd30-style.js";
import { distributionLines } from "../recipient-lines.js";
import { mmToPt } from "../units.js";
import { TEXT_WIDTH } from "./admin-page.js";
import { words } from "../../i18n/words.js";

function distributionColumn(doc: AdminDocument): Content {
  const lines = distributionLines(doc.distribution);
  if (lines.length === 0) return { text: "" };
  return {
    stack: [
      { text: words("report-distribution-title"), fontSize: ND30_SIZE.distributionTitle, bold: true, italics: true },
      { stack: lines, fontSize: ND30_SIZE.distributionItem, lineHeight: 1 },
    ],
  };
}

function signatureColumn(doc: AdminDocument): Content {
  const { authority, title, name } = doc.signature;
  const lines: Content[] = [];
  if (authority?.trim()) lines.push({ text: capitals(authority.trim()) });
  lines.push({ text: capitals(title) });
  lines.push({ text: name, margin: [0, mmToPt(ND30_SIGNATURE.signatureGapMm), 0, 0] });
  return { stack: lines, fontSize: ND30_SIZE.signature, bold: true, alignment: "center" };
}

/** Kept on one page: the two columns start at the same height. */
export function documentFoot(doc: AdminDocument): Content {
  return {
    columns: [
      { width: TEXT_WIDTH / 2, stack: [distributionColumn(doc)] },
      { width: TEXT_WIDTH / 2, stack: [signatureColumn(doc)] },
    ],
    columnGap: 0,
    unbreakable: true,
    margin: [0, 6, 0, 0],
  };
}
