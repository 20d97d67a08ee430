// Report files made in a worker thread (render-worker.ts), never on the bot's event loop, and
// without loading pdfmake, docx or exceljs into the bot's own thread. Each job gets a fresh
// worker with a memory limit and a time limit; at most MAX_WORKERS run at once, others wait.
import { Worker } from "node:worker_threads";
import type { RenderedFile, RenderJob } from "./render-job.js";

/**
 * Compiled (dist/), the worker is render-worker.js beside this file. Under tsx (development,
 * tests) it is render-worker.ts, and a worker thread does not inherit tsx's loader: a one-line
 * module registers tsx in the thread first, then imports the .ts file.
 */
const UNDER_TSX = import.meta.url.endsWith(".ts");
const WORKER_FILE = new URL(UNDER_TSX ? "./render-worker.ts" : "./render-worker.js", import.meta.url);
const WORKER_URL = UNDER_TSX
  ? new URL(
      `data:text/javascript,${encodeURIComponent(
        `import { register } from ${JSON.stringify(import.meta.resolve("tsx/esm/api"))}; register(); await import(${JSON.stringify(WORKER_FILE.href)});`,
      )}`,
    )
  : WORKER_FILE;
const MAX_WORKERS = 2;

export interface OffThreadOptions {
  /** A job still running after this is stopped (default 2 minutes). */
  timeoutMs?: number;
  /** The worker's heap limit (default 1.024 MB). */
  maxHeapMb?: number;
}

export class RenderTimeoutError extends Error {
  constructor(timeoutMs: number) {
    super(`report rendering took longer than ${timeoutMs} ms and was stopped`);
  }
}

let running = 0;
const waiting: Array<() => void> = [];

async function slot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_WORKERS) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

function runWorker(job: RenderJob, { timeoutMs = 120_000, maxHeapMb = 1024 }: OffThreadOptions): Promise<RenderedFile[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_URL, { workerData: job, resourceLimits: { maxOldGenerationSizeMb: maxHeapMb } });
    let result: RenderedFile[] | undefined;
    const timer = setTimeout(() => {
      reject(new RenderTimeoutError(timeoutMs));
      void worker.terminate();
    }, timeoutMs);
    worker.once("message", (files: RenderedFile[]) => {
      result = files;
    });
    worker.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    worker.once("exit", (code) => {
      clearTimeout(timer);
      if (result) resolve(result.map((file) => ({ ...file, bytes: Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength) })));
      else reject(new Error(`report worker exited with code ${code} before sending its files`));
    });
  });
}

/** The files of `job`, made in a worker thread. */
export function renderOffThread(job: RenderJob, options: OffThreadOptions = {}): Promise<RenderedFile[]> {
  return slot(() => runWorker(job, options));
}
