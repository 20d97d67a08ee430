// Placeholders inside one line: "{ten_phuong}", with "{{" and "}}" for literal braces.
import { closestName, foldName } from "./fold-name.js";
import type { TemplatePiece, TemplateText } from "./template-model.js";
import { issue, type TemplateIssue } from "./template-issues.js";

export interface TextContext {
  known: readonly string[];
  issues: TemplateIssue[];
}

/** Literal text and placeholders of `text`, which starts at `column` of line `line`. */
export function lineToPieces(text: string, line: number, column: number, context: TextContext): TemplatePiece[] {
  const pieces: TemplatePiece[] = [];
  let literal = "";
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    const next = text[i + 1];
    if ((char === "{" && next === "{") || (char === "}" && next === "}")) {
      literal += char;
      i += 2;
    } else if (char === "{") {
      const end = text.indexOf("}", i + 1);
      if (end < 0) {
        context.issues.push(issue.unclosedPlaceholder(line, column + i));
        literal += text.slice(i);
        break;
      }
      const written = text.slice(i + 1, end).trim();
      const name = foldName(written);
      if (context.known.includes(name)) {
        if (literal) pieces.push(literal);
        literal = "";
        pieces.push({ placeholder: name, line, column: column + i });
      } else {
        context.issues.push(issue.unknownPlaceholder(written, line, column + i, closestName(written, context.known)));
        literal += text.slice(i, end + 1);
      }
      i = end + 1;
    } else {
      literal += char;
      i += 1;
    }
  }
  if (literal) pieces.push(literal);
  return pieces;
}

/** Several source lines joined into one run of text: line breaks and repeated spaces become one space. */
export function joinLines(
  lines: readonly { text: string; line: number; column: number }[],
  context: TextContext,
): TemplateText {
  const pieces: TemplatePiece[] = [];
  lines.forEach((source, index) => {
    if (index > 0) pieces.push(" ");
    pieces.push(...lineToPieces(source.text, source.line, source.column, context));
  });
  return { line: lines[0]?.line ?? 0, pieces: mergeLiterals(pieces) };
}

function mergeLiterals(pieces: readonly TemplatePiece[]): TemplatePiece[] {
  const merged: TemplatePiece[] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (typeof piece === "string" && typeof last === "string") merged[merged.length - 1] = last + piece;
    else merged.push(piece);
  }
  return merged.map((piece) => (typeof piece === "string" ? piece.replace(/\s+/g, " ") : piece));
}
