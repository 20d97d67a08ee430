// Applying and creating migrations for both providers through the WebAssembly schema engine.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { migrationsDir, providerSchemaPath } from "../paths.js";
import { type Provider, providerOf } from "../provider.js";
import { appliedMigrationNames } from "./applied.js";

// The schema engine (WebAssembly, about 10 MB) is loaded only when there is work for it.
const withSchemaEngine: typeof import("./schema-engine.js").withSchemaEngine = async (...args) =>
  (await import("./schema-engine.js")).withSchemaEngine(...args);

const noFilters = { externalTables: [], externalEnums: [] };

export function providerSchema(provider: Provider): string {
  return readFileSync(providerSchemaPath(provider), "utf8");
}

/** Turns a base schema (with the __PROVIDER__ placeholder) into one provider's schema. */
export function schemaFor(baseSchema: string, provider: Provider): string {
  return baseSchema.replaceAll("__PROVIDER__", provider);
}

export function migrationNames(provider: Provider): string[] {
  const dir = migrationsDir(provider);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}

function migrationsList(provider: Provider) {
  const baseDir = migrationsDir(provider);
  const lockPath = join(baseDir, "migration_lock.toml");
  return {
    baseDir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    migrationDirectories: migrationNames(provider).map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok" as const, value: readFileSync(join(baseDir, name, "migration.sql"), "utf8") },
      },
    })),
    shadowDbInitScript: "",
  };
}

/** `prisma migrate deploy`: applies the migrations the database has not seen yet. */
export async function applyMigrations(databaseUrl: string): Promise<string[]> {
  const provider = providerOf(databaseUrl);
  const applied = await appliedMigrationNames(databaseUrl);
  if (migrationNames(provider).every((name) => applied.has(name))) return [];
  const schema = providerSchema(provider);
  return withSchemaEngine({ provider, url: databaseUrl }, [["schema.prisma", schema]], async (engine) => {
    const result = await engine.applyMigrations({ migrationsList: migrationsList(provider), filters: noFilters });
    return result.appliedMigrationNames;
  });
}

/** The SQL that turns schema `from` (null: an empty database) into schema `to`. No server needed. */
export async function diffSchemas(from: string | null, to: string): Promise<string> {
  const target = { provider: "sqlite" as const, url: "file::memory:" };
  return withSchemaEngine(target, [["schema.prisma", to]], async (engine) => {
    const result = await engine.diff({
      from: from === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: "from.prisma", content: from }] },
      to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: to }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    } as never);
    return (result as { stdout?: string }).stdout ?? "";
  });
}

/** SQLite drift check: the schema a database has after the migrations, diffed against the schema. */
export async function sqliteDriftAfterMigrations(databaseUrl: string): Promise<string> {
  const schema = providerSchema("sqlite");
  return withSchemaEngine({ provider: "sqlite", url: databaseUrl }, [["schema.prisma", schema]], async (engine) => {
    const result = await engine.diff({
      from: { tag: "schemaDatasource", files: [{ path: "schema.prisma", content: schema }], configDir: "." },
      to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: schema }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    } as never);
    return (result as { stdout?: string }).stdout ?? "";
  });
}

export function isEmptyMigration(sql: string): boolean {
  return sql.trim() === "" || sql.includes("This is an empty migration.");
}
