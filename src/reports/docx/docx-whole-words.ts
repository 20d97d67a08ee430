// Word has no "no wrap" for a span of text, so the words the PDF keeps whole (../whole-words.ts)
// are written with unbreakable joins: a hyphen becomes Word's own no-break hyphen
// (<w:noBreakHyphen/>, shown and exported to PDF as "-", LibreOffice reads it as U+2011), and a
// dash or an ellipsis is held to its neighbours by word joiners (U+2060, zero width). A slash is
// left as typed: neither Word nor LibreOffice ends a line after one inside a word.
import { NoBreakHyphen, TextRun, type IRunPropertiesOptions } from "docx";

import { wholeWordPieces } from "../whole-words.js";

const WORD_JOINER = "\u2060";
const HYPHEN = /[-‐]/u;
const DASH = /([–—…])/gu;

function unbreakable(word: string): (string | NoBreakHyphen)[] {
  const children: (string | NoBreakHyphen)[] = [];
  word.split(HYPHEN).forEach((part, index) => {
    if (index > 0) children.push(new NoBreakHyphen());
    if (part) children.push(part.replace(DASH, `${WORD_JOINER}$1${WORD_JOINER}`));
  });
  return children;
}

/** Runs of `text` in `style`, no line ending inside a document symbol or a joined word. */
export function wholeWordRuns(text: string, style: IRunPropertiesOptions = {}): TextRun[] {
  return wholeWordPieces(text).map((piece) => {
    if (!piece.whole) return new TextRun({ ...style, text: piece.text });
    const word = piece.text.trimEnd();
    const spaces = piece.text.slice(word.length);
    return new TextRun({ ...style, children: [...unbreakable(word), ...(spaces ? [spaces] : [])] });
  });
}
