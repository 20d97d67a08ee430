// The architecture, as rules a test can check: a pure domain, data access only in src/db,
// and every word a user reads in locales/vi.ftl.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "generated" ? [] : sources(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] ?? m[2]!);
}

describe("architecture", () => {
  it("src/domain imports nothing from grammY, Prisma, Node's I/O or the rest of the project", () => {
    const offending = sources(join(root, "src/domain")).flatMap((file) =>
      imports(file)
        .filter((spec) => /^(grammy|@grammyjs\/|@prisma\/|prisma$|node:|fs$|path$|pino)/.test(spec) || /\.\.\/(db|bot|reports|reminders|cli)\//.test(spec) || /^\.\.\/\.\.\//.test(spec))
        .map((spec) => `${relative(root, file)} → ${spec}`),
    );
    expect(offending).toEqual([]);
  });

  it("only src/db imports Prisma", () => {
    const offending = sources(join(root, "src"))
      .filter((file) => !relative(root, file).startsWith("src/db/"))
      .flatMap((file) => imports(file).filter((spec) => /^(@prisma\/|prisma$)|db\/generated/.test(spec)).map((spec) => `${relative(root, file)} → ${spec}`));
    expect(offending).toEqual([]);
  });

  // Where people's words are written: the chat, its channels, reminders, and the documents moved to
  // vi.ftl so far (src/i18n/words.ts). Data (the default catalogue, the demo ward, words the
  // parser reads, the default báo cáo text) stays beside its code.
  const WORDS_FROM_FTL = ["src/bot", "src/channels", "src/reminders", "src/server", "src/reports/invite-sheet", "src/reports/xlsx", "src/reports/city", "src/reports/groups-sheet", "src/reports/decision", "src/i18n"];

  it.each(WORDS_FROM_FTL)("%s holds no Vietnamese string literal: every word a user reads comes from locales/vi.ftl", (dir) => {
    // Letters only Vietnamese uses (with their capitals): ă â đ ê ô ơ ư and the tone marks.
    const vietnamese = /[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;
    const offending = sources(join(root, dir)).flatMap((file) => {
      const code = readFileSync(file, "utf8")
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/(^|[^:])\/\/.*$/gm, "$1");
      const literals = code.match(/(["'`])(?:\\.|(?!\1)[^\\])*\1/g) ?? [];
      return literals.filter((literal) => vietnamese.test(literal)).map((literal) => `${relative(root, file)}: ${literal}`);
    });
    expect(offending).toEqual([]);
  });
});
