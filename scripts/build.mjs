// `npm run build`: the production build in dist/. TypeScript compiled by tsc (tsconfig.build.json,
// the generated Prisma clients in src/db/generated included), then every file under src/ that is
// not TypeScript (the default report template, anything a module reads beside itself through
// `new URL(…, import.meta.url)`) copied to the same place under dist/. Modules that read from the
// project root (locales/, prisma/) find it from dist/ as from src/: both sit one level below it.
import { execFileSync } from "node:child_process";
import { cpSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const src = join(root, "src");
const dist = join(root, "dist");

rmSync(dist, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
execFileSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json")], { cwd: root, stdio: "inherit" });

let copied = 0;
for (const entry of readdirSync(src, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || entry.name.endsWith(".ts")) continue;
  const from = join(entry.parentPath, entry.name);
  cpSync(from, join(dist, relative(src, from)));
  copied++;
}
console.log(`Built dist/ (${copied} asset${copied === 1 ? "" : "s"} copied).`);
