// pdfmake breaks "15/2024/QĐ-UBND" after "/" and "-" into separate inlines, and justification
// then spreads space between those pieces too ("15/2024/ QĐ- UBND"). Words with such inner
// break points (the rule in ../whole-words.ts, shared with the DOCX) are handed over as single
// unbreakable inlines.
import type { ContentText } from "pdfmake/interfaces.js";

import { wholeWordPieces } from "../whole-words.js";

/** Split `inline` so each word with an inner break point is its own `noWrap` inline. */
export function keepWordsWhole(inline: ContentText): ContentText[] {
  if (typeof inline.text !== "string") return [inline];
  return wholeWordPieces(inline.text).map((piece) => (piece.whole ? { ...inline, text: piece.text, noWrap: true } : { ...inline, text: piece.text }));
}
