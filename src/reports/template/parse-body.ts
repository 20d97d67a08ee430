// The [Nội dung] section: Markdown-like lines into body blocks.
//   # I. PART            part heading
//   ## 3.1. Section:     section heading; lines right under it (no blank line) run on after it
//   * text / - text      a paragraph that starts with its marker
//   {bang:name}          a table supplied with the values
//   blank line           ends the paragraph
import type { TemplateBlock, TemplateText } from "./template-model.js";

/** What an office writes under a heading with nothing to report. */
export const EMPTY_SECTION = "Không.";
import type { SourceLine } from "./template-lines.js";
import { joinLines, type TextContext } from "./template-text.js";

interface Located {
  text: string;
  line: number;
  column: number;
}

type Open =
  | { kind: "paragraph"; lines: Located[] }
  | { kind: "bullet"; marker: "*" | "-"; lines: Located[] }
  | { kind: "section"; heading: Located; lines: Located[] };

const PART = /^#(?!#)\s*/;
const SECTION = /^#{2,}\s*/;
const BULLET = /^([*-])\s+/;
const TABLE = /^\{\s*bang\s*:\s*([^{}]+?)\s*\}$/i;

function located(line: SourceLine, prefix: RegExp): Located {
  const indent = line.text.length - line.text.trimStart().length;
  const trimmed = line.text.trim();
  const skip = prefix.exec(trimmed)?.[0].length ?? 0;
  return { text: trimmed.slice(skip), line: line.number, column: indent + skip + 1 };
}

export function parseBody(lines: readonly SourceLine[], context: TextContext): TemplateBlock[] {
  const blocks: TemplateBlock[] = [];
  let open: Open | undefined;

  const close = () => {
    if (!open) return;
    if (open.kind === "section") {
      const heading = joinLines([open.heading], context);
      blocks.push(
        open.lines.length > 0
          ? { kind: "section", heading, runIn: joinLines(open.lines, context) }
          : { kind: "section", heading },
      );
    } else if (open.kind === "bullet") {
      blocks.push({ kind: "bullet", marker: open.marker, text: joinLines(open.lines, context) });
    } else {
      blocks.push({ kind: "paragraph", text: joinLines(open.lines, context) });
    }
    open = undefined;
  };

  for (const line of lines) {
    const trimmed = line.text.trim();
    if (trimmed === "") {
      close();
      continue;
    }
    const table = TABLE.exec(trimmed);
    if (table) {
      close();
      blocks.push({ kind: "table", name: (table[1] ?? "").toLowerCase(), line: line.number });
    } else if (SECTION.test(trimmed)) {
      close();
      open = { kind: "section", heading: located(line, SECTION), lines: [] };
    } else if (PART.test(trimmed)) {
      close();
      blocks.push({ kind: "part", text: joinLines([located(line, PART)], context) });
    } else if (BULLET.test(trimmed)) {
      close();
      const marker = trimmed.startsWith("*") ? "*" : "-";
      open = { kind: "bullet", marker, lines: [located(line, BULLET)] };
    } else if (open) {
      open.lines.push(located(line, /^/));
    } else {
      open = { kind: "paragraph", lines: [located(line, /^/)] };
    }
  }
  close();
  return withEmptySectionsSaid(blocks);
}

/** "3." of "3. Kết quả …", "3.1." of "3.1. Công tác …"; null when the heading has no number. */
function sectionNumber(heading: TemplateText): string | null {
  const first = heading.pieces[0];
  return typeof first === "string" ? (/^(\d+(?:\.\d+)*)\./u.exec(first)?.[1] ?? null) : null;
}

/**
 * A section with nothing under it (the next block is a sibling section, a part, or the end)
 * says so: "5. Những nội dung khác: Không.", as an office writes it. A section whose next block
 * is its own subsection ("3." then "3.1.") is a parent, not empty.
 */
function withEmptySectionsSaid(blocks: TemplateBlock[]): TemplateBlock[] {
  return blocks.map((block, index) => {
    if (block.kind !== "section" || block.runIn !== undefined) return block;
    const next = blocks[index + 1];
    if (next !== undefined && next.kind !== "section" && next.kind !== "part") return block;
    const own = sectionNumber(block.heading);
    const child = next?.kind === "section" ? sectionNumber(next.heading) : null;
    if (own !== null && child !== null && child.startsWith(`${own}.`)) return block;
    return { ...block, runIn: { line: block.heading.line, pieces: [EMPTY_SECTION] } };
  });
}
