// What a conversation step's database work costs, piece by piece, on an SQLite file: one
// statement, a batch transaction of two (the state and the processed mark) and an interactive
// transaction of four (the answer's guarded write) through Prisma, each beside the same SQL run
// on better-sqlite3 directly; and the commit's sync of the WAL (synchronous=FULL against
// normal). The conversation suite's step is made of these: the gap to bare grammY is read here.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Sqlite from "better-sqlite3";
import { openDatabase } from "../../src/db/client.js";
import type { Result } from "../harness.js";

const RUNS = 2000;
const UPSERT = `INSERT INTO "BenchKv" ("k", "v") VALUES (?, ?) ON CONFLICT ("k") DO UPDATE SET "v" = excluded."v"`;

async function medianOf(work: (i: number) => unknown): Promise<number> {
  for (let i = 0; i < 200; i++) await work(i);
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await work(i);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

async function costs(synchronous: "FULL" | "normal"): Promise<Result[]> {
  const dir = mkdtempSync(join(tmpdir(), "thidua-db-costs-"));
  const file = join(dir, "costs.db");
  const database = await openDatabase(`file:${file}${synchronous === "normal" ? "?synchronous=normal" : ""}`);
  const direct = new Sqlite(file);
  try {
    const { db } = database;
    await db.$executeRawUnsafe(`CREATE TABLE "BenchKv" ("k" TEXT PRIMARY KEY, "v" TEXT)`);
    direct.pragma("journal_mode = WAL");
    direct.pragma(`synchronous = ${synchronous}`);
    const statement = direct.prepare(UPSERT);
    const value = "x".repeat(2000); // about a conversation state's size
    const key = (i: number) => String(i % 50);
    const label = `synchronous=${synchronous}`;
    const pair = async (name: string, prisma: (i: number) => unknown, raw: (i: number) => unknown): Promise<Result> => ({
      suite: "db-costs",
      name: `${name}, Prisma (${label})`,
      value: await medianOf(prisma),
      unit: "ms",
      baseline: { name: "the same SQL on better-sqlite3", value: await medianOf(raw) },
    });
    return [
      await pair("one upsert", (i) => db.$executeRawUnsafe(UPSERT, key(i), value), (i) => statement.run(key(i), value)),
      await pair(
        "batch transaction of 2 upserts",
        (i) => db.$transaction([db.$executeRawUnsafe(UPSERT, key(i), value), db.$executeRawUnsafe(UPSERT, key(i + 1), "mark")]),
        direct.transaction((i: number) => {
          statement.run(key(i), value);
          statement.run(key(i + 1), "mark");
        }),
      ),
      await pair(
        "interactive transaction of 4 upserts",
        (i) =>
          db.$transaction(async (tx) => {
            for (let j = 0; j < 4; j++) await tx.$executeRawUnsafe(UPSERT, key(i + j), "answer");
          }),
        direct.transaction((i: number) => {
          for (let j = 0; j < 4; j++) statement.run(key(i + j), "answer");
        }),
      ),
    ];
  } finally {
    direct.close();
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function dbCostsSuite(): Promise<Result[]> {
  return [...(await costs("FULL")), ...(await costs("normal"))];
}
