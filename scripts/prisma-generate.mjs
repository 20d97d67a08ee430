// Writes the per-provider schemas from prisma/schema.base.prisma and generates
// one Prisma client for each (src/db/generated/<provider>). Runs on `npm install`.
// Offline: the Prisma CLI wants a native schema engine it cannot download; `generate`
// does not use it, so any existing file satisfies the check (see docs/decisions/001).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const providers = ["sqlite", "postgresql"];
const base = readFileSync(join(root, "prisma", "schema.base.prisma"), "utf8");
const onlyWrite = process.argv.includes("--write-only");

for (const provider of providers) {
  const dir = join(root, "prisma", provider);
  mkdirSync(dir, { recursive: true });
  const header = `// GENERATED from prisma/schema.base.prisma by scripts/prisma-generate.mjs: do not edit.\n`;
  writeFileSync(join(dir, "schema.prisma"), header + base.replaceAll("__PROVIDER__", provider));
}

const prismaCli = join(root, "node_modules", "prisma", "build", "index.js");
if (!onlyWrite && !existsSync(prismaCli)) {
  // `npm ci --omit=dev` (production): the Prisma CLI is a dev dependency; the clients are
  // compiled into dist/ by `npm run build`, which ran where the CLI was installed.
  console.log("Prisma CLI not installed (production install): clients not generated; dist/ carries them.");
} else if (!onlyWrite) {
  for (const provider of providers) {
    execFileSync(process.execPath, [prismaCli, "generate", "--schema", join("prisma", provider, "schema.prisma")], {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
      env: {
        ...process.env,
        PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? join(root, "package.json"),
        CHECKPOINT_DISABLE: "1",
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
      },
    });
  }
  console.log(`Prisma clients generated for ${providers.join(" and ")}.`);
}
