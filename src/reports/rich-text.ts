import type { RichText, TextSpan } from "./admin-document.js";

/** Spans of a paragraph's text, whatever form it was given in. */
export function toSpans(text: RichText): readonly TextSpan[] {
  return typeof text === "string" ? [{ text }] : text;
}

/** The text without emphasis. */
export function plainText(text: RichText): string {
  return toSpans(text)
    .map((span) => span.text)
    .join("");
}
