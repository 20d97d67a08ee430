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

/** The node flags of the production start (`npm start`, e.g. V8 heap settings), so the benches run what a ward runs. */
export function productionNodeFlags(): string[] {
  const pkg = JSON.parse(readFileSync(join(projectRoot, "package.json"), "utf8")) as { scripts: { start: string } };
  const words = pkg.scripts.start.split(/\s+/u);
  return words.slice(words.indexOf("node") + 1, words.indexOf("dist/main.js"));
}
