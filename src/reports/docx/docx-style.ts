// NĐ 30 numbers in WordprocessingML units: twips, half-points, eighths of a point.
import { tinosMetrics } from "../font-metrics.js";
import { ND30_BODY, ND30_HEADER, ND30_PAGE } from "../nd30-style.js";
import { mmToPt, mmToTwip, ptToTwip } from "../units.js";

export const DOCX_PAGE = {
  width: mmToTwip(ND30_PAGE.widthMm),
  height: mmToTwip(ND30_PAGE.heightMm),
  top: mmToTwip(ND30_PAGE.marginTopMm),
  bottom: mmToTwip(ND30_PAGE.marginBottomMm),
  left: mmToTwip(ND30_PAGE.marginLeftMm),
  right: mmToTwip(ND30_PAGE.marginRightMm),
  header: mmToTwip(ND30_PAGE.pageNumberTopMm),
} as const;

/** The text area's width, in points (for the measured rules) and in twips. */
export const TEXT_WIDTH_PT = mmToPt(ND30_PAGE.widthMm - ND30_PAGE.marginLeftMm - ND30_PAGE.marginRightMm);
export const TEXT_WIDTH_TWIP = DOCX_PAGE.width - DOCX_PAGE.left - DOCX_PAGE.right;

/** Font size in half-points. */
export const halfPoints = (pt: number): number => pt * 2;

/** Word's "auto" line spacing in 240ths of a single line: the same pitch as the PDF's. */
export const BODY_LINE = Math.round((240 * ND30_BODY.lineHeightEm) / tinosMetrics("normal").singleLineEm);

export const FIRST_LINE_INDENT = mmToTwip(ND30_BODY.firstLineIndentMm);
export const PARAGRAPH_AFTER = ptToTwip(ND30_BODY.paragraphSpacingPt);

/** A rule's thickness in eighths of a point. */
export const RULE_SIZE = Math.round(ND30_HEADER.ruleThicknessPt * 8);

/** Cells of the borderless layout tables hold their text flush with the column. */
export const NO_MARGINS = { top: 0, bottom: 0, left: 0, right: 0 };
