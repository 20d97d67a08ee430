import type { Content } from "pdfmake/interfaces.js";

import { ND30_HEADER } from "../nd30-style.js";

/** A solid horizontal line of `length` points, centred in the space it is laid out in. */
export function centredRule(length: number, margin: [number, number, number, number]): Content {
  return {
    canvas: [{ type: "line", x1: 0, y1: 0, x2: length, y2: 0, lineWidth: ND30_HEADER.ruleThicknessPt }],
    alignment: "center",
    margin,
  };
}
