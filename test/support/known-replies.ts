// The fuzz tests' oracle for "every reply is a known message": the start of every vi.ftl message
// as rendered (up to its first placeholder other than the address: "{ $You } gõ số…" becomes
// "Ông/bà gõ số…", "Ông gõ số…", "Bà gõ số…"), the words after the opening placeholder of a
// message that starts with one ("{$group} chưa gửi báo cáo kỳ …"), and the catalogue's texts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_INDICATORS } from "../../src/domain/catalogue.js";

const YOU = ["Ông/bà", "Ông", "Bà"];

export interface KnownReplies {
  starts: string[];
  afterPlaceholder: string[];
}

export function knownReplies(): KnownReplies {
  const ftl = readFileSync(join(import.meta.dirname, "..", "..", "locales", "vi.ftl"), "utf8");
  const known: KnownReplies = { starts: [], afterPlaceholder: [] };
  for (const match of ftl.matchAll(/^[a-z][\w-]* =[ \t]*(.*)\n((?:[ \t]+.*\n|\n)*)/gm)) {
    const value = match[1]!.trim() || match[2]!.trim().split("\n")[0]!.trim();
    const renderings = /^\{\s*\$You\s*\}/.test(value) ? YOU.map((you) => value.replace(/^\{\s*\$You\s*\}/, you)) : [value];
    for (const rendered of renderings) {
      const start = rendered.split("{")[0]!.trim();
      if (start.length >= 3) known.starts.push(start.slice(0, 12));
      const after = /^\{[^}]*\}([^{]*)/u.exec(rendered)?.[1]?.trim() ?? "";
      if (start === "" && after.length >= 12) known.afterPlaceholder.push(` ${after.slice(0, 24)}`);
    }
  }
  for (const indicator of DEFAULT_INDICATORS) known.starts.push(indicator.label.slice(0, 12));
  return known;
}

export function isKnownReply(known: KnownReplies, firstLine: string): boolean {
  return known.starts.some((start) => firstLine.startsWith(start)) || known.afterPlaceholder.some((words) => firstLine.indexOf(words) > 0);
}
