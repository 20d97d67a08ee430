// pdfmake breaks "15/2024/QĐ-UBND" after "/" and "-" into separate inlines, and justification
// then spreads space between those pieces too ("15/2024/ QĐ- UBND"). Words with such inner
// break points are handed over as single unbreakable inlines.
import type { ContentText } from "pdfmake/interfaces.js";

const INNER_BREAK = /[/\-–—…‐]/;
/** Longer words may still be broken, rather than run out of the text area. */
const MAX_WHOLE_WORD = 40;

/** Split `inline` so each word with an inner break point is its own `noWrap` inline. */
export function keepWordsWhole(inline: ContentText): ContentText[] {
  if (typeof inline.text !== "string") return [inline];
  const result: ContentText[] = [];
  let plain = "";
  for (const word of inline.text.split(/(?<=\s)(?=\S)/u)) {
    const bare = word.trimEnd();
    if (INNER_BREAK.test(bare) && bare.length > 1 && bare.length <= MAX_WHOLE_WORD) {
      if (plain) result.push({ ...inline, text: plain });
      plain = "";
      result.push({ ...inline, text: word, noWrap: true });
    } else {
      plain += word;
    }
  }
  if (plain || result.length === 0) result.push({ ...inline, text: plain });
  return result;
}
