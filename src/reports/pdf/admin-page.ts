// The NĐ 30 page in points, as pdfmake wants it.
import { ND30_BODY, ND30_PAGE } from "../nd30-style.js";
import { mmToPt } from "../units.js";
import { tinosMetrics } from "../font-metrics.js";

export const PAGE = {
  width: mmToPt(ND30_PAGE.widthMm),
  height: mmToPt(ND30_PAGE.heightMm),
  left: mmToPt(ND30_PAGE.marginLeftMm),
  right: mmToPt(ND30_PAGE.marginRightMm),
  top: mmToPt(ND30_PAGE.marginTopMm),
  bottom: mmToPt(ND30_PAGE.marginBottomMm),
} as const;

export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/** pdfmake's line height is a multiple of the font's own (ascent − descent). */
export const LINE_HEIGHT = ND30_BODY.lineHeightEm / tinosMetrics("normal").lineHeightEm;

export const FIRST_LINE_INDENT = mmToPt(ND30_BODY.firstLineIndentMm);
