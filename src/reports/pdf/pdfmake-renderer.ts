// The one place pdfmake is configured: Tinos embedded, no network, no file access but the fonts.
import pdfmake from "pdfmake";
import type { TDocumentDefinitions } from "pdfmake/interfaces.js";

import { TINOS_PATHS } from "../fonts.js";
import { normaliseDeep } from "../nfc.js";
import { breakLongWords } from "./break-long-words.js";

export const PDF_FONT = "Tinos";

let configured = false;

function configure(): void {
  if (configured) return;
  pdfmake.setFonts({ [PDF_FONT]: { ...TINOS_PATHS } });
  const fontFiles = new Set<string>(Object.values(TINOS_PATHS));
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => fontFiles.has(path));
  configured = true;
}

/** Lay out and write a PDF; every string is normalised to NFC first, long words in pieces. */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  configure();
  const normalised = breakLongWords(normaliseDeep(definition));
  return pdfmake.createPdf(normalised).getBuffer();
}
