// Indicator figures in the báo cáo template: "{chi_tieu_<code>}" prints that indicator's figure.
import { INDICATOR_PLACEHOLDER_PREFIX } from "./layout.js";
import type { TemplateUse } from "./changes.js";

export function indicatorPlaceholderName(code: string): string {
  return `${INDICATOR_PLACEHOLDER_PREFIX}${code}`;
}

/** Every "{chi_tieu_…}" of a template's text, with its line (literal "{{" braces skipped). */
export function indicatorPlaceholderUses(template: string): TemplateUse[] {
  const uses: TemplateUse[] = [];
  template.split(/\r\n?|\n/u).forEach((line, index) => {
    const unescaped = line.replace(/\{\{|\}\}/gu, "  ");
    for (const match of unescaped.matchAll(/\{\s*chi_tieu_([a-z0-9_]+)\s*\}/giu)) {
      uses.push({ code: match[1]!.toLowerCase(), line: index + 1 });
    }
  });
  return uses;
}
