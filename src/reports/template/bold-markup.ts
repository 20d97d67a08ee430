// "**bold**" in a template's own words; the values put into it are never read as markup, and
// an unpaired "**" is printed as it is.
import type { TextSpan } from "../admin-document.js";
import type { TemplateText } from "./template-model.js";

const BOLD = "**";

/** Spans of a text; "**" in the template's own words toggles bold, values are never read as markup. */
export function spans(text: TemplateText, values: Readonly<Record<string, string>>): TextSpan[] {
  const toggles = text.pieces.reduce(
    (count, piece) => count + (typeof piece === "string" ? piece.split(BOLD).length - 1 : 0),
    0,
  );
  let usable = toggles - (toggles % 2);
  let bold = false;
  const result: TextSpan[] = [];
  const add = (chunk: string) => {
    if (!chunk) return;
    const last = result[result.length - 1];
    if (last && (last.bold ?? false) === bold) last.text += chunk;
    else result.push(bold ? { text: chunk, bold } : { text: chunk });
  };
  for (const piece of text.pieces) {
    if (typeof piece !== "string") {
      add(values[piece.placeholder] ?? "");
      continue;
    }
    const parts = piece.split(BOLD);
    parts.forEach((part, index) => {
      if (index > 0) {
        if (usable > 0) {
          bold = !bold;
          usable -= 1;
        } else add(BOLD);
      }
      add(part);
    });
  }
  return result;
}
