// Which words a line must not break inside, shared by the PDF and the DOCX renderers: a word
// with an inner break point ("15/2024/QĐ-UBND", "2021–2025", "Thi đua-Khen thưởng" halves),
// where a renderer would otherwise end a line after "QĐ-" or before "—".

/** Characters after (or before) which a line breaker may end a line inside a word. */
export const INNER_BREAK = /[/\-–—…‐]/u;
/** Longer words may still be broken, rather than run out of the text area. */
export const MAX_WHOLE_WORD = 40;

export interface WordPiece {
  /** The text, with the spaces that follow it. */
  readonly text: string;
  /** A word to keep on one line (its trailing spaces may still break). */
  readonly whole: boolean;
}

/** `text` cut into runs of ordinary words and single words to keep whole, in order. */
export function wholeWordPieces(text: string): WordPiece[] {
  const result: WordPiece[] = [];
  let plain = "";
  for (const word of text.split(/(?<=\s)(?=\S)/u)) {
    const bare = word.trimEnd();
    if (INNER_BREAK.test(bare) && bare.length > 1 && bare.length <= MAX_WHOLE_WORD) {
      if (plain) result.push({ text: plain, whole: false });
      plain = "";
      result.push({ text: word, whole: true });
    } else {
      plain += word;
    }
  }
  if (plain || result.length === 0) result.push({ text: plain, whole: false });
  return result;
}
