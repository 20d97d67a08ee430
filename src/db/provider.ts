// Which database a DATABASE_URL points at, and where its SQLite file lives.
import { mkdirSync } from "node:fs";
import { dirname, isAbsolute, resolve } from "node:path";

export type Provider = "sqlite" | "postgresql";

export function providerOf(databaseUrl: string): Provider {
  if (/^postgres(ql)?:\/\//i.test(databaseUrl)) return "postgresql";
  if (/^file:/i.test(databaseUrl)) return "sqlite";
  throw new Error(`Unsupported DATABASE_URL scheme: ${databaseUrl.split(":")[0]}`);
}

/** "file:./data/x.db" → absolute path (":memory:" stays as it is); the folder is created. */
export function sqliteFilePath(databaseUrl: string, cwd = process.cwd()): string {
  const raw = databaseUrl.replace(/^file:/i, "").split("?")[0] ?? "";
  if (raw === ":memory:") return raw;
  const path = isAbsolute(raw) ? raw : resolve(cwd, raw);
  mkdirSync(dirname(path), { recursive: true });
  return path;
}
