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
  /** Table names a `{bang:…}` line may use; any name when absent (the filler then reports a missing one). */
  tables?: readonly string[];
  /** Refuse words longer than this (template import); the renderers cope with any length. */
  maxWord?: number;
}

/** The longest run of characters without a space a template may hold (the longest Vietnamese words are short; a URL fits). */
export const MAX_TEMPLATE_WORD = 80;
/** The longest template, in characters (the default one has about 16.000). */
export const MAX_TEMPLATE_LENGTH = 100_000;

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

/** Words longer than `max`, each with its place. */
function longWords(lines: readonly SourceLine[], max: number, issues: TemplateIssue[]): void {
  for (const line of lines) {
    for (const match of line.text.matchAll(/\S+/gu)) {
      const length = Array.from(match[0]).length;
      if (length > max) issues.push(issue.longWord(line.number, match.index + 1, length, max));
    }
  }
}

export function parseTemplate(text: string, options: ParseOptions = {}): ParseResult {
  if (text.length > MAX_TEMPLATE_LENGTH) return { ok: false, issues: [issue.templateTooLong(text.length, MAX_TEMPLATE_LENGTH)] };
  const issues: TemplateIssue[] = [];
  const context: TextContext = { known: options.placeholders ?? REPORT_PLACEHOLDER_NAMES, issues };
  const lines = sourceLines(text);
  if (options.maxWord !== undefined) longWords(lines, options.maxWord, issues);
  const sections = splitSections(lines, issues);
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
  const tables = options.tables;
  if (tables) {
    for (const block of template.body) {
      if (block.kind === "table" && !tables.includes(block.name)) issues.push(issue.unknownTable(block.name, block.line, tables));
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, template };
}
