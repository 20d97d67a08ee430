// A report template's text into its parts, with every problem found and its line.
import { parseBody } from "./parse-body.js";
import { REPORT_PLACEHOLDER_NAMES } from "./placeholders.js";
import { issue, type TemplateIssue } from "./template-issues.js";
import { SECTIONS, sourceLines, splitSections, type Section, type SectionKey, type SourceLine } from "./template-lines.js";
import type { ParsedTemplate, TemplateText } from "./template-model.js";
import { joinLines, type TextContext } from "./template-text.js";

export interface ParseOptions {
  /** Placeholder names the template may use; the report catalogue by default. */
  placeholders?: readonly string[];
}

export type ParseResult =
  | { ok: true; template: ParsedTemplate }
  | { ok: false; issues: TemplateIssue[] };

const REQUIRED: readonly SectionKey[] = ["trich_yeu", "noi_dung"];

function nonBlank(section: Section | undefined): SourceLine[] {
  return section ? section.lines.filter((line) => line.text.trim() !== "") : [];
}

function at(line: SourceLine) {
  const indent = line.text.length - line.text.trimStart().length;
  return { text: line.text.trim(), line: line.number, column: indent + 1 };
}

/** Each line its own item; in a "- " list, a line without the dash continues the item above. */
function listItems(section: Section | undefined, context: TextContext): TemplateText[] {
  const lines = nonBlank(section);
  const dashed = lines.some((line) => /^\s*-\s/.test(line.text));
  const groups: SourceLine[][] = [];
  for (const line of lines) {
    const last = groups[groups.length - 1];
    if (dashed && last && !/^\s*-\s/.test(line.text)) last.push(line);
    else groups.push([line]);
  }
  return groups.map((group) => joinLines(group.map(at), context));
}

export function parseTemplate(text: string, options: ParseOptions = {}): ParseResult {
  const issues: TemplateIssue[] = [];
  const context: TextContext = { known: options.placeholders ?? REPORT_PLACEHOLDER_NAMES, issues };
  const sections = splitSections(sourceLines(text), issues);
  const find = (key: SectionKey) => sections.find((section) => section.key === key);

  for (const key of REQUIRED) {
    if (!find(key)) issues.push(issue.missingSection(SECTIONS[key]));
  }

  const kindLines = nonBlank(find("loai_van_ban"));
  const closingLines = nonBlank(find("doan_ket"));
  const template: ParsedTemplate = {
    ...(kindLines.length > 0 ? { kindTitle: joinLines(kindLines.map(at), context) } : {}),
    subjectLines: nonBlank(find("trich_yeu")).map((line) => joinLines([at(line)], context)),
    addressees: listItems(find("kinh_gui"), context),
    body: parseBody(find("noi_dung")?.lines ?? [], context),
    ...(closingLines.length > 0 ? { closing: joinLines(closingLines.map(at), context) } : {}),
    distribution: listItems(find("noi_nhan"), context),
  };
  return issues.length > 0 ? { ok: false, issues } : { ok: true, template };
}
