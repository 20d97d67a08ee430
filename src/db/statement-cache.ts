// Prepared statements reused on SQLite. Prisma's better-sqlite3 adapter prepares every query
// anew (`client.prepare(sql).bind(args)`): about a tenth of a conversation step went to
// sqlite3_prepare in the profile. This wraps the adapter's connection so that the same SQL text
// returns the same prepared statement (kept in a bounded LRU), with the arguments passed at each
// run instead of bound once — better-sqlite3 allows bind() only once per statement.
import type { Statement } from "better-sqlite3";

type Args = unknown[];

interface Preparing {
  prepare(sql: string): Statement;
}

function reusable(statement: Statement) {
  return {
    reader: statement.reader,
    run: (...args: Args) => statement.run(...args),
    bind: (args: Args) => ({
      reader: statement.reader,
      columns: () => statement.columns(),
      run: () => statement.run(args),
      raw: () => ({ all: () => statement.raw(true).all(args) }),
    }),
  };
}

/** Makes `client.prepare` return cached statements; `size` distinct SQL texts are kept. */
export function cacheStatements(client: Preparing, size = 500): void {
  const prepare = client.prepare.bind(client);
  const cache = new Map<string, Statement>();
  (client as { prepare: unknown }).prepare = (sql: string) => {
    let statement = cache.get(sql);
    if (statement) {
      cache.delete(sql);
    } else {
      statement = prepare(sql);
      if (cache.size >= size) cache.delete(cache.keys().next().value!);
    }
    cache.set(sql, statement);
    return reusable(statement);
  };
}

interface AdapterFactory {
  readonly provider: string;
  readonly adapterName: string;
  connect(): Promise<unknown>;
  connectToShadowDb?(): Promise<unknown>;
}

/** The factory, with every connection it opens given the statement cache. */
export function withStatementCache<F extends AdapterFactory>(factory: F): F {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      const adapter = await factory.connect();
      cacheStatements((adapter as { client: Preparing }).client);
      return adapter;
    },
  } as unknown as F;
}
