// Each provider's migrations folder must produce exactly the schema it belongs to.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  applyMigrations,
  diffSchemas,
  isEmptyMigration,
  migrationNames,
  providerSchema,
  schemaFor,
  sqliteDriftAfterMigrations,
} from "../../src/db/migrate/migrations.js";
import { baseSchemaPath, snapshotSchemaPath } from "../../src/db/paths.js";
import { createTestDatabase, postgresAvailable } from "../support/databases.js";
import { describePostgresSchema, runSqlScript } from "../support/pg-catalog.js";

const pgAvailable = await postgresAvailable();

describe("migrations", () => {
  it("have the same history for both providers", () => {
    expect(migrationNames("sqlite").length).toBeGreaterThan(0);
    expect(migrationNames("postgresql")).toEqual(migrationNames("sqlite"));
  });

  it("leave nothing of the base schema unmigrated (snapshot = schema)", async () => {
    const base = readFileSync(baseSchemaPath, "utf8");
    const snapshot = readFileSync(snapshotSchemaPath, "utf8");
    for (const provider of ["sqlite", "postgresql"] as const) {
      const sql = await diffSchemas(schemaFor(snapshot, provider), schemaFor(base, provider));
      expect(isEmptyMigration(sql), `${provider}: ${sql}`).toBe(true);
    }
  });

  it("generated provider schemas are up to date with the base schema", () => {
    const base = readFileSync(baseSchemaPath, "utf8");
    for (const provider of ["sqlite", "postgresql"] as const) {
      expect(providerSchema(provider)).toContain(schemaFor(base, provider));
    }
  });

  it("SQLite: a fresh file migrated has no drift from the schema, and a second run is a no-op", async () => {
    const database = await createTestDatabase("sqlite");
    try {
      expect(await applyMigrations(database.url)).toEqual(migrationNames("sqlite"));
      expect(await applyMigrations(database.url)).toEqual([]);
      const drift = await sqliteDriftAfterMigrations(database.url);
      expect(isEmptyMigration(drift), drift).toBe(true);
    } finally {
      await database.drop();
    }
  });

  it.runIf(pgAvailable)("PostgreSQL: migrations produce the same catalog as the schema itself", async () => {
    const migrated = await createTestDatabase("postgresql");
    const direct = await createTestDatabase("postgresql");
    try {
      expect(await applyMigrations(migrated.url)).toEqual(migrationNames("postgresql"));
      expect(await applyMigrations(migrated.url)).toEqual([]);
      await runSqlScript(direct.url, await diffSchemas(null, providerSchema("postgresql")));
      const fromMigrations = await describePostgresSchema(migrated.url);
      expect(fromMigrations.length).toBeGreaterThan(100);
      expect(fromMigrations).toEqual(await describePostgresSchema(direct.url));
    } finally {
      await migrated.drop();
      await direct.drop();
    }
  });
});
