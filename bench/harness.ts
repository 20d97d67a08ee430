// A tiny benchmark harness: timings as medians of repeated runs, each beside a baseline
// measured in the same run, printed as one table and written as JSON.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

export interface Result {
  suite: string;
  name: string;
  value: number;
  unit: string;
  baseline?: { name: string; value: number };
  note?: string;
}

export async function timeMedian(runs: number, work: () => unknown | Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

/** Operations per second over at least `minMs` of work. */
export function throughput(work: () => void, minMs = 500): number {
  let operations = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (let i = 0; i < 1000; i++) work();
    operations += 1000;
    elapsed = performance.now() - start;
  }
  return (operations * 1000) / elapsed;
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function fmt(value: number): string {
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

export function printTable(results: Result[]): void {
  const rows = results.map((r) => [
    r.suite,
    r.name,
    `${fmt(r.value)} ${r.unit}`,
    r.baseline ? `${fmt(r.baseline.value)} ${r.unit} (${r.baseline.name})` : "",
    r.baseline ? `${(r.value / r.baseline.value).toFixed(2)}×` : "",
    r.note ?? "",
  ]);
  const header = ["suite", "measure", "value", "baseline", "ratio", "note"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join(" | ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("-|-"));
  for (const row of rows) console.log(line(row));
}

export function writeJson(path: string, results: Result[]): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify({ at: new Date().toISOString(), node: process.version, results }, null, 2));
}
