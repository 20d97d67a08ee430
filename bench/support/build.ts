// `npm run build` once per bench run, for the suites that measure the production build.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";

export const projectRoot = join(import.meta.dirname, "..", "..");
let built: Promise<unknown> | undefined;

export function ensureBuild(): Promise<unknown> {
  built ??= promisify(execFile)("npm", ["run", "build"], { cwd: projectRoot });
  return built;
}
