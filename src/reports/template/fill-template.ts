// Values into a parsed template: the document's text, or every missing value with its lines.
import type { AdminDocument, BodyBlock, TableBlock, TextSpan } from "../admin-document.js";
import { plainText } from "../rich-text.js";
import { issue, type TemplateIssue } from "./template-issues.js";
import { spans } from "./bold-markup.js";
import type { ParsedTemplate, TemplateBlock, TemplateText } from "./template-model.js";
import { words } from "../../i18n/words.js";

/** The parts of an administrative document a template supplies. */
export type TemplateContent = Pick<
  AdminDocument,
  "kindTitle" | "subjectLines" | "addressees" | "body" | "closing" | "distribution"
>;

export interface FillOptions {
  /** Tables for `{bang:name}` lines. */
  tables?: Readonly<Record<string, TableBlock>>;
  /** Blocks (any number, none too) for `{bang:name}` lines; they win over `tables`. */
  blocks?: Readonly<Record<string, readonly BodyBlock[]>>;
}

export type FillResult = { ok: true; content: TemplateContent } | { ok: false; issues: TemplateIssue[] };

function plain(text: TemplateText, values: Readonly<Record<string, string>>): string {
  return plainText(spans(text, values)).trim();
}

function richText(text: TemplateText, values: Readonly<Record<string, string>>): string | TextSpan[] {
  const result = spans(text, values);
  const only = result[0];
  return result.length === 1 && only && !only.bold ? only.text.trim() : result;
}

function texts(template: ParsedTemplate): TemplateText[] {
  const fromBlock = (block: TemplateBlock): TemplateText[] => {
    switch (block.kind) {
      case "section":
        return block.runIn ? [block.heading, block.runIn] : [block.heading];
      case "table":
        return [];
      default:
        return [block.text];
    }
  };
  return [
    ...(template.kindTitle ? [template.kindTitle] : []),
    ...template.subjectLines,
    ...template.addressees,
    ...template.body.flatMap(fromBlock),
    ...(template.closing ? [template.closing] : []),
    ...template.distribution,
  ];
}

/** Every placeholder name the template writes, anywhere in its text. */
export function usedPlaceholders(template: ParsedTemplate): Set<string> {
  const names = new Set<string>();
  for (const text of texts(template)) {
    for (const piece of text.pieces) if (typeof piece !== "string") names.add(piece.placeholder);
  }
  return names;
}

function valueIssues(template: ParsedTemplate, values: Readonly<Record<string, string>>): TemplateIssue[] {
  const linesByName = new Map<string, number[]>();
  for (const text of texts(template)) {
    for (const piece of text.pieces) {
      if (typeof piece === "string") continue;
      const lines = linesByName.get(piece.placeholder) ?? [];
      if (!lines.includes(piece.line)) lines.push(piece.line);
      linesByName.set(piece.placeholder, lines);
    }
  }
  const issues: TemplateIssue[] = [];
  for (const [name, lines] of linesByName) {
    const value = values[name];
    if (value === undefined) issues.push(issue.missingValue(name, lines));
    else if (value.trim() === "") issues.push(issue.emptyValue(name, lines));
  }
  return issues;
}

export function fillTemplate(
  template: ParsedTemplate,
  values: Readonly<Record<string, string>>,
  options: FillOptions = {},
): FillResult {
  const issues = valueIssues(template, values);
  const body: BodyBlock[] = [];
  for (const block of template.body) {
    switch (block.kind) {
      case "part":
        body.push({ kind: "part", text: plain(block.text, values) });
        break;
      case "section":
        body.push({
          kind: "section",
          heading: plain(block.heading, values),
          ...(block.runIn ? { runIn: richText(block.runIn, values) } : {}),
        });
        break;
      case "paragraph":
        body.push({ kind: "paragraph", text: richText(block.text, values) });
        break;
      case "bullet":
        body.push({ kind: "bullet", marker: block.marker, text: richText(block.text, values) });
        break;
      case "table": {
        const blocks = options.blocks?.[block.name];
        if (blocks) {
          body.push(...blocks);
          break;
        }
        const table = options.tables?.[block.name];
        if (table) body.push({ kind: "table", table });
        else issues.push(issue.missingTable(block.name, block.line));
        break;
      }
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    content: {
      kindTitle: template.kindTitle ? plain(template.kindTitle, values) : words("report-default-kind-title"),
      subjectLines: template.subjectLines.map((line) => plain(line, values)),
      addressees: template.addressees.map((line) => plain(line, values)),
      body,
      ...(template.closing ? { closing: richText(template.closing, values) } : {}),
      distribution: template.distribution.map((line) => plain(line, values)),
    },
  };
}
