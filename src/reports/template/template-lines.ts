// A template's text as numbered lines, comments removed, grouped under their [section] lines.
import { closestName, foldName } from "./fold-name.js";
import { issue, type TemplateIssue } from "./template-issues.js";

export interface SourceLine {
  /** Line number in the file, from 1. */
  number: number;
  text: string;
}

export const SECTIONS = {
  loai_van_ban: "Loại văn bản",
  trich_yeu: "Trích yếu",
  kinh_gui: "Kính gửi",
  noi_dung: "Nội dung",
  doan_ket: "Đoạn kết",
  noi_nhan: "Nơi nhận",
} as const;

export type SectionKey = keyof typeof SECTIONS;

const SECTION_KEYS = Object.keys(SECTIONS) as SectionKey[];

export interface Section {
  key: SectionKey;
  line: number;
  lines: SourceLine[];
}

/** The lines of `text` without `<!-- … -->` comments; a line that held only a comment is dropped. */
export function sourceLines(text: string): SourceLine[] {
  const raw = text.normalize("NFC").replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const result: SourceLine[] = [];
  let inComment = false;
  raw.forEach((line, index) => {
    let kept = "";
    let hadComment = inComment;
    let rest = line;
    while (rest.length > 0) {
      if (inComment) {
        const end = rest.indexOf("-->");
        if (end < 0) {
          rest = "";
        } else {
          rest = rest.slice(end + 3);
          inComment = false;
        }
      } else {
        const start = rest.indexOf("<!--");
        if (start < 0) {
          kept += rest;
          rest = "";
        } else {
          kept += rest.slice(0, start);
          rest = rest.slice(start + 4);
          inComment = true;
          hadComment = true;
        }
      }
    }
    const clean = kept.replace(/\t/g, "    ").trimEnd();
    if (hadComment && clean.trim() === "") return;
    result.push({ number: index + 1, text: clean });
  });
  return result;
}

const SECTION_LINE = /^\s*\[([^\]]+)\]\s*$/;

/** Group lines under their `[Section]` line; problems go to `issues`. */
export function splitSections(lines: readonly SourceLine[], issues: TemplateIssue[]): Section[] {
  const sections: Section[] = [];
  // "skipped": the lines under a section line already reported as wrong.
  let current: Section | "skipped" | undefined;
  for (const line of lines) {
    const match = SECTION_LINE.exec(line.text);
    if (match) {
      const title = (match[1] ?? "").trim();
      const key = foldName(title);
      if (!isSectionKey(key)) {
        issues.push(issue.unknownSection(title, line.number, suggestedTitle(title)));
        current = "skipped";
        continue;
      }
      if (sections.some((section) => section.key === key)) {
        issues.push(issue.duplicateSection(title, line.number));
        current = "skipped";
        continue;
      }
      current = { key, line: line.number, lines: [] };
      sections.push(current);
    } else if (current === "skipped") {
      continue;
    } else if (current) {
      current.lines.push(line);
    } else if (line.text.trim() !== "") {
      issues.push(issue.textOutsideSection(line.number));
    }
  }
  return sections;
}

function isSectionKey(key: string): key is SectionKey {
  return (SECTION_KEYS as string[]).includes(key);
}

function suggestedTitle(title: string): string | undefined {
  const key = closestName(title, SECTION_KEYS);
  return key ? SECTIONS[key as SectionKey] : undefined;
}
