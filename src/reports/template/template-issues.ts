// Problems found in a template or its values, each with the line to look at and a message in
// Vietnamese the office can act on (locales/vi.ftl, template-issue-*).
import { words } from "../../i18n/words.js";

export type TemplateIssueCode =
  | "unknown_placeholder"
  | "unclosed_placeholder"
  | "unknown_section"
  | "duplicate_section"
  | "text_outside_section"
  | "missing_section"
  | "missing_value"
  | "empty_value"
  | "missing_table"
  | "unknown_table"
  | "long_word"
  | "template_too_long";

export interface TemplateIssue {
  code: TemplateIssueCode;
  /** First line concerned, from 1 (0 when the whole template is concerned). */
  line: number;
  column?: number;
  /** Every line concerned, when the same name is used on several. */
  lines?: readonly number[];
  /** The placeholder, section or table name as written. */
  name?: string;
  /** The known name the writer probably meant. */
  suggestion?: string;
  message: string;
}

function meant(suggestion: string | undefined, wrap: (name: string) => string): string {
  return suggestion ? words("template-issue-meant", { name: wrap(suggestion) }) : "";
}

const braces = (name: string) => `{${name}}`;
/** 20000 → "20.000", as numbers are written in Vietnamese documents. */
const count = (n: number) => n.toLocaleString("vi-VN");
const brackets = (name: string) => `[${name}]`;
const onLines = (lines: readonly number[]) =>
  lines.length === 1 ? words("template-issue-on-line", { line: String(lines[0]) }) : words("template-issue-on-lines", { lines: lines.join(", ") });
const at = (line: number, column?: number) => ({ line: String(line), ...(column === undefined ? {} : { column: String(column) }) });

export const issue = {
  unknownPlaceholder(name: string, line: number, column: number, suggestion?: string): TemplateIssue {
    return {
      code: "unknown_placeholder",
      line,
      column,
      name,
      ...(suggestion ? { suggestion } : {}),
      message: /^chi_tieu_/u.test(name)
        ? words("template-issue-unknown-indicator", { ...at(line, column), name: braces(name), code: name.slice("chi_tieu_".length), meant: meant(suggestion, braces) })
        : words("template-issue-unknown-placeholder", { ...at(line, column), name: braces(name), meant: meant(suggestion, braces) }),
    };
  },
  unclosedPlaceholder(line: number, column: number): TemplateIssue {
    return {
      code: "unclosed_placeholder",
      line,
      column,
      message: words("template-issue-unclosed", at(line, column)),
    };
  },
  unknownSection(name: string, line: number, suggestion?: string): TemplateIssue {
    return {
      code: "unknown_section",
      line,
      name,
      ...(suggestion ? { suggestion } : {}),
      message: words("template-issue-unknown-section", { ...at(line), name: brackets(name), meant: meant(suggestion, brackets) }),
    };
  },
  duplicateSection(name: string, line: number): TemplateIssue {
    return { code: "duplicate_section", line, name, message: words("template-issue-duplicate-section", { ...at(line), name: brackets(name) }) };
  },
  textOutsideSection(line: number): TemplateIssue {
    return {
      code: "text_outside_section",
      line,
      message: words("template-issue-outside-section", at(line)),
    };
  },
  missingSection(name: string): TemplateIssue {
    return { code: "missing_section", line: 0, name, message: words("template-issue-missing-section", { name: brackets(name) }) };
  },
  missingValue(name: string, lines: readonly number[]): TemplateIssue {
    return {
      code: "missing_value",
      line: lines[0] ?? 0,
      lines,
      name,
      message: words("template-issue-missing-value", { name: braces(name), where: onLines(lines) }),
    };
  },
  emptyValue(name: string, lines: readonly number[]): TemplateIssue {
    return {
      code: "empty_value",
      line: lines[0] ?? 0,
      lines,
      name,
      message: words("template-issue-empty-value", { name: braces(name), where: onLines(lines) }),
    };
  },
  missingTable(name: string, line: number): TemplateIssue {
    return { code: "missing_table", line, name, message: words("template-issue-missing-table", { ...at(line), name: `{bang:${name}}` }) };
  },
  unknownTable(name: string, line: number, known: readonly string[]): TemplateIssue {
    const message =
      known.length > 0
        ? words("template-issue-unknown-table", { ...at(line), name: `{bang:${name}}`, known: known.map((table) => `{bang:${table}}`).join(", ") })
        : words("template-issue-unknown-table-none", { ...at(line), name: `{bang:${name}}` });
    return { code: "unknown_table", line, name, message };
  },
  longWord(line: number, column: number, length: number, max: number): TemplateIssue {
    return {
      code: "long_word",
      line,
      column,
      message: words("template-issue-long-word", { ...at(line, column), length: count(length), max: count(max) }),
    };
  },
  templateTooLong(length: number, max: number): TemplateIssue {
    return { code: "template_too_long", line: 0, message: words("template-issue-too-long", { length: count(length), max: count(max) }) };
  },
};

/** All issues, one per line, in line order. */
export function formatIssues(issues: readonly TemplateIssue[]): string {
  return [...issues]
    .sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0))
    .map((item) => item.message)
    .join("\n");
}
