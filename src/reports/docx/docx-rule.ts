// A short solid line under a text, drawn as the bottom border of a paragraph whose indents make
// it exactly as wide as the line (Word has no other way to draw one without shapes).
import { BorderStyle, Paragraph, TextRun, type ParagraphChild } from "docx";

import { ptToTwip } from "../units.js";
import { BODY_LINE, RULE_SIZE } from "./docx-style.js";

const border = { bottom: { style: BorderStyle.SINGLE, size: RULE_SIZE, color: "000000", space: 1 } };

function indentsFor(ruleWidthPt: number, boxWidthPt: number) {
  const side = ptToTwip(Math.max(0, (boxWidthPt - ruleWidthPt) / 2));
  return { left: side, right: side };
}

/** A paragraph of `children`, centred, underlined by a rule `ruleWidthPt` long. */
export function underlinedParagraph(children: ParagraphChild[], ruleWidthPt: number, boxWidthPt: number): Paragraph {
  return new Paragraph({
    children,
    alignment: "center",
    indent: indentsFor(ruleWidthPt, boxWidthPt),
    border,
    spacing: { after: 0, line: BODY_LINE, lineRule: "auto" },
  });
}

/** An otherwise empty, tiny paragraph carrying only the rule. */
export function ruleParagraph(ruleWidthPt: number, boxWidthPt: number, after = 0): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text: "", size: 2 })],
    indent: indentsFor(ruleWidthPt, boxWidthPt),
    border,
    spacing: { before: 0, after, line: 40, lineRule: "exact" },
  });
}
