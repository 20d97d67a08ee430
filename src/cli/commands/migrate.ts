import { applyMigrations } from "../../db/migrate/migrations.js";
import { providerOf } from "../../db/provider.js";
import type { Command } from "./index.js";

export const migrateCommand: Command = {
  name: "migrate",
  summary: "Apply pending database migrations (DATABASE_URL)",
  async run(_args, config) {
    const applied = await applyMigrations(config.DATABASE_URL);
    const where = providerOf(config.DATABASE_URL) === "sqlite" ? "SQLite" : "PostgreSQL";
    console.log(applied.length ? `Applied on ${where}: ${applied.join(", ")}` : `${where} is up to date.`);
    return 0;
  },
};
