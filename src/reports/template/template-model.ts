// What a parsed report template holds, before its placeholders are filled.

/** A placeholder where it was written: `{ten_phuong}` on line 12, column 40 (both from 1). */
export interface PlaceholderRef {
  placeholder: string;
  line: number;
  column: number;
}

/** Literal text and placeholders, in order. */
export type TemplatePiece = string | PlaceholderRef;

/** One run of text (a heading, a paragraph, a list item) and the line it starts on. */
export interface TemplateText {
  line: number;
  pieces: readonly TemplatePiece[];
}

export type TemplateBlock =
  | { kind: "part"; text: TemplateText }
  | { kind: "section"; heading: TemplateText; runIn?: TemplateText }
  | { kind: "paragraph"; text: TemplateText }
  | { kind: "bullet"; marker: "*" | "-"; text: TemplateText }
  /** A line `{bang:name}`: a table supplied with the values. */
  | { kind: "table"; name: string; line: number };

export interface ParsedTemplate {
  kindTitle?: TemplateText;
  subjectLines: readonly TemplateText[];
  addressees: readonly TemplateText[];
  body: readonly TemplateBlock[];
  closing?: TemplateText;
  distribution: readonly TemplateText[];
}
