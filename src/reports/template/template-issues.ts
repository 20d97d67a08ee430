// Problems found in a template or its values, each with the line to look at and a message in
// Vietnamese the office can act on.

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
  return suggestion ? ` Có phải ý là ${wrap(suggestion)}?` : "";
}

const braces = (name: string) => `{${name}}`;
/** 20000 → "20.000", as numbers are written in Vietnamese documents. */
const count = (n: number) => n.toLocaleString("vi-VN");
const brackets = (name: string) => `[${name}]`;
const onLines = (lines: readonly number[]) => (lines.length === 1 ? `dòng ${lines[0]}` : `các dòng ${lines.join(", ")}`);

export const issue = {
  unknownPlaceholder(name: string, line: number, column: number, suggestion?: string): TemplateIssue {
    return {
      code: "unknown_placeholder",
      line,
      column,
      name,
      ...(suggestion ? { suggestion } : {}),
      message: /^chi_tieu_/u.test(name)
        ? `Dòng ${line}, cột ${column}: ${braces(name)} không dùng được vì danh mục không có chỉ tiêu mã “${name.slice("chi_tieu_".length)}”.${meant(suggestion, braces)}`
        : `Dòng ${line}, cột ${column}: không có số liệu nào tên ${braces(name)}.${meant(suggestion, braces)}`,
    };
  },
  unclosedPlaceholder(line: number, column: number): TemplateIssue {
    return {
      code: "unclosed_placeholder",
      line,
      column,
      message: `Dòng ${line}, cột ${column}: dấu “{” chưa có dấu “}” đóng lại (muốn in dấu “{” thì viết “{{”).`,
    };
  },
  unknownSection(name: string, line: number, suggestion?: string): TemplateIssue {
    return {
      code: "unknown_section",
      line,
      name,
      ...(suggestion ? { suggestion } : {}),
      message: `Dòng ${line}: không có phần nào tên ${brackets(name)}.${meant(suggestion, brackets)}`,
    };
  },
  duplicateSection(name: string, line: number): TemplateIssue {
    return { code: "duplicate_section", line, name, message: `Dòng ${line}: phần ${brackets(name)} đã có ở trên.` };
  },
  textOutsideSection(line: number): TemplateIssue {
    return {
      code: "text_outside_section",
      line,
      message: `Dòng ${line}: chữ nằm ngoài mọi phần; hãy đặt nó dưới một dòng tên phần như [Nội dung].`,
    };
  },
  missingSection(name: string): TemplateIssue {
    return { code: "missing_section", line: 0, name, message: `Mẫu chưa có phần ${brackets(name)}.` };
  },
  missingValue(name: string, lines: readonly number[]): TemplateIssue {
    return {
      code: "missing_value",
      line: lines[0] ?? 0,
      lines,
      name,
      message: `Chưa có số liệu cho ${braces(name)} (${onLines(lines)}).`,
    };
  },
  emptyValue(name: string, lines: readonly number[]): TemplateIssue {
    return {
      code: "empty_value",
      line: lines[0] ?? 0,
      lines,
      name,
      message: `Số liệu ${braces(name)} đang để trống (${onLines(lines)}).`,
    };
  },
  missingTable(name: string, line: number): TemplateIssue {
    return { code: "missing_table", line, name, message: `Dòng ${line}: chưa có bảng {bang:${name}}.` };
  },
  unknownTable(name: string, line: number, known: readonly string[]): TemplateIssue {
    const hint = known.length > 0 ? `các bảng có thể chèn: ${known.map((table) => `{bang:${table}}`).join(", ")}` : "báo cáo hiện chưa chèn được bảng nào, xin bỏ dòng này";
    return { code: "unknown_table", line, name, message: `Dòng ${line}: không có bảng nào tên {bang:${name}}; ${hint}.` };
  },
  longWord(line: number, column: number, length: number, max: number): TemplateIssue {
    return {
      code: "long_word",
      line,
      column,
      message: `Dòng ${line}, cột ${column}: một từ dài ${count(length)} ký tự liền nhau, không có dấu cách; mỗi từ dài nhất ${count(max)} ký tự.`,
    };
  },
  templateTooLong(length: number, max: number): TemplateIssue {
    return { code: "template_too_long", line: 0, message: `Mẫu dài ${count(length)} ký tự; mẫu báo cáo dài nhất ${count(max)} ký tự.` };
  },
};

/** All issues, one per line, in line order. */
export function formatIssues(issues: readonly TemplateIssue[]): string {
  return [...issues]
    .sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0))
    .map((item) => item.message)
    .join("\n");
}
