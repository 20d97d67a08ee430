// `npm run build` once per bench run, for the suites that measure the production build.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";

export const projectRoot = join(import.meta.dirname, "..", "..");
let built: Promise<unknown> | undefined;

export function ensureBuild(): Promise<unknown> {
  built ??= promisify(execFile)("npm", ["run", "build"], { cwd: projectRoot });
  return built;
}

/** The production start (`npm start`): its environment settings (e.g. MALLOC_ARENA_MAX) and node flags (V8 heap settings), so the benches run what a ward runs. */
export function productionStart(): { env: Record<string, string>; nodeFlags: string[]; shown: string } {
  const pkg = JSON.parse(readFileSync(join(projectRoot, "package.json"), "utf8")) as { scripts: { start: string } };
  const words = pkg.scripts.start.split(/\s+/u);
  const node = words.indexOf("node");
  const env = Object.fromEntries(words.slice(0, node).map((word) => word.split("=", 2) as [string, string]));
  return { env, nodeFlags: words.slice(node + 1, words.indexOf("dist/main.js")), shown: words.slice(0, words.indexOf("dist/main.js")).join(" ") };
}
