// Prisma's WebAssembly schema engine, loaded without the native binary the CLI
// would download (see docs/decisions/001-one-model-two-databases.md).
import { readFile } from "node:fs/promises";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { type Provider, sqliteFilePath } from "../provider.js";

let initialised: Promise<void> | undefined;

function initWasm(): Promise<void> {
  initialised ??= (async () => {
    const wasmUrl = new URL("schema_engine_bg.wasm", import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
    const module = await WebAssembly.compile(await readFile(wasmUrl));
    const imports: Record<string, unknown> = { ...bindings };
    // The engine arms 10 s timers on PostgreSQL that would keep a script alive.
    for (const name of Object.keys(imports)) {
      if (name.startsWith("__wbg_setTimeout_")) {
        const original = imports[name] as (cb: () => void, ms: number) => NodeJS.Timeout;
        imports[name] = (cb: () => void, ms: number) => original(cb, ms).unref();
      }
    }
    const instance = await WebAssembly.instantiate(module, { "./schema_engine_bg.js": imports as WebAssembly.ModuleImports });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return initialised;
}

export interface EngineTarget {
  provider: Provider;
  /** The database to act on; for a pure diff an in-memory SQLite database serves. */
  url: string;
}

type AdapterFactory = PrismaBetterSqlite3 | PrismaPg;

function adapterFactory(target: EngineTarget): AdapterFactory {
  if (target.provider === "postgresql") return new PrismaPg({ connectionString: target.url });
  return new PrismaBetterSqlite3({ url: sqliteFilePath(target.url), timeout: 10_000 });
}

/** Runs `work` with a schema engine bound to `target`, then frees it and its connections. */
export async function withSchemaEngine<T>(
  target: EngineTarget,
  datamodels: Array<[path: string, content: string]>,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await initWasm();
  const factory = adapterFactory(target);
  const opened: Array<{ dispose(): Promise<void> }> = [];
  // Track the adapters the engine opens so they can be disposed (engine.free() alone leaves SQLite locked).
  const tracking = Object.create(factory) as AdapterFactory;
  tracking.connect = async () => {
    const adapter = await factory.connect();
    opened.push(adapter);
    return adapter as never;
  };
  if ("connectToShadowDb" in factory) {
    (tracking as { connectToShadowDb: () => Promise<unknown> }).connectToShadowDb = async () => {
      const adapter = await factory.connectToShadowDb();
      opened.push(adapter);
      return adapter;
    };
  }
  const bound = bindMigrationAwareSqlAdapterFactory(tracking as never);
  let engine: SchemaEngine | undefined;
  try {
    engine = await bindings.SchemaEngine.new({ datamodels }, () => {}, bound);
    return await work(engine);
  } catch (error) {
    throw withDriverError(error, bound);
  } finally {
    engine?.free();
    for (const adapter of opened) await adapter.dispose().catch(() => {});
  }
}

/** Engine errors read "External error id#N"; the driver's own error is kept in the bound factory. */
function withDriverError(error: unknown, bound: unknown): unknown {
  const message = error instanceof Error ? error.message : String(error);
  const match = /id#(\d+)/.exec(message);
  const registry = (bound as { errorRegistry?: { consumeError(id: number): unknown } }).errorRegistry;
  if (!match || !registry) return error;
  const inner = registry.consumeError(Number(match[1]));
  return new Error(`${message}: ${JSON.stringify(inner)}`, { cause: error });
}
