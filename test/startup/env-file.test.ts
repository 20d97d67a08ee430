// `.env` read at start: values from the file fill what the environment lacks, the environment
// wins over the file, and no file is fine. Checked in a child process (process.env is global).
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = join(import.meta.dirname, "..", "..");
let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

const script = `import { loadEnvFile } from ${JSON.stringify(join(root, "src/env-file.ts"))};
const found = loadEnvFile();
console.log(JSON.stringify({ found, token: process.env.BOT_TOKEN ?? null, level: process.env.LOG_LEVEL ?? null }));`;

async function inDir(env: Record<string, string>) {
  const clean = { ...process.env, ...env };
  for (const name of ["BOT_TOKEN", "LOG_LEVEL"]) if (!(name in env)) delete clean[name];
  const { stdout } = await run(process.execPath, ["--import", pathToFileURL(join(root, "node_modules/tsx/dist/loader.mjs")).href, "--input-type=module", "-e", script], { cwd: dir, env: clean });
  return JSON.parse(stdout.trim()) as { found: boolean; token: string | null; level: string | null };
}

describe("the .env file", () => {
  it("fills in what the environment lacks, and the environment wins", async () => {
    dir = mkdtempSync(join(tmpdir(), "thidua-env-"));
    writeFileSync(join(dir, ".env"), "BOT_TOKEN=123456:from-the-file-aaaaaaaaaaaaaaaaaaaa\nLOG_LEVEL=debug\n");
    expect(await inDir({})).toEqual({ found: true, token: "123456:from-the-file-aaaaaaaaaaaaaaaaaaaa", level: "debug" });
    expect(await inDir({ LOG_LEVEL: "warn" })).toEqual({ found: true, token: "123456:from-the-file-aaaaaaaaaaaaaaaaaaaa", level: "warn" });
  });

  it("is optional", async () => {
    dir = mkdtempSync(join(tmpdir(), "thidua-env-"));
    expect(await inDir({})).toEqual({ found: false, token: null, level: null });
  });
});
