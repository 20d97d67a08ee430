import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Provider } from "./provider.js";

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const prismaDir = join(projectRoot, "prisma");
export const baseSchemaPath = join(prismaDir, "schema.base.prisma");
/** The base schema as of the newest migration; new migrations are diffs from it. */
export const snapshotSchemaPath = join(prismaDir, "migrations.snapshot.prisma");

export function providerSchemaPath(provider: Provider): string {
  return join(prismaDir, provider, "schema.prisma");
}
export function migrationsDir(provider: Provider): string {
  return join(prismaDir, provider, "migrations");
}
