// Page set-up of the summary sheet, chosen from the number of columns it must hold.
import type { PageOrientation } from "pdfmake/interfaces.js";

import { mmToPt } from "../units.js";

/** Up to this many data columns fit on a portrait page at a readable size. */
export const PORTRAIT_MAX_COLUMNS = 6;

export const SUMMARY_MARGIN = {
  left: mmToPt(15),
  right: mmToPt(15),
  top: mmToPt(20),
  bottom: mmToPt(18),
} as const;

export interface SummaryPage {
  orientation: PageOrientation;
  width: number;
  height: number;
  fontSize: number;
}

const A4 = { short: mmToPt(210), long: mmToPt(297) };

export function summaryPage(dataColumns: number): SummaryPage {
  if (dataColumns <= PORTRAIT_MAX_COLUMNS) {
    return { orientation: "portrait", width: A4.short, height: A4.long, fontSize: 10 };
  }
  const fontSize = dataColumns <= 10 ? 10 : dataColumns <= 14 ? 9 : 8;
  return { orientation: "landscape", width: A4.long, height: A4.short, fontSize };
}
