// For the crash test only (test/e2e/crash-points.test.ts): kills the real process at a named
// point of one update's life, so the test knows which point it hit. Off unless
// THIDUA_TEST_CRASH_FILE names a file; nothing happens until that file exists. The file holds
// { point, from, kind }: the first update of that kind ("text" or "press") from that user
// after the file appeared is the one; at its point the process writes
// "crash point reached: <point> (update <id>)" to stderr, removes the file (the restarted
// process runs normally) and SIGKILLs itself.
//
//   before-handling       the update was fetched, nothing of it done
//   during-handling       its first Bot API call (answer to a press, reply) about to leave
//   after-handling        handled and marked as processed, Telegram not told yet
//   before-confirmation   the getUpdates that confirms it about to leave
import { existsSync, readFileSync, rmSync, writeSync } from "node:fs";
import type { NextFunction } from "grammy";
import type { Update } from "grammy/types";

export const CRASH_POINTS = ["before-handling", "during-handling", "after-handling", "before-confirmation"] as const;
export type CrashPoint = (typeof CRASH_POINTS)[number];

export interface CrashPlan {
  point: CrashPoint;
  /** The user whose update it is. */
  from: number;
  kind: "text" | "press";
}

const FILE = process.env.THIDUA_TEST_CRASH_FILE;

/** Whether the crash points are wired in (the variable is set: tests only). */
export const crashPointsEnabled = FILE !== undefined && FILE !== "";

let target: { updateId: number; point: CrashPoint; handling: boolean } | null = null;

function plan(): CrashPlan | null {
  if (!FILE || !existsSync(FILE)) return null;
  try {
    return JSON.parse(readFileSync(FILE, "utf8")) as CrashPlan;
  } catch {
    return null; // being written
  }
}

function die(point: CrashPoint, updateId: number): never {
  writeSync(2, `crash point reached: ${point} (update ${updateId})\n`);
  if (FILE) rmSync(FILE, { force: true });
  process.kill(process.pid, "SIGKILL");
  throw new Error("unreachable");
}

function matches(update: Update, wanted: CrashPlan): boolean {
  if (wanted.kind === "text") return update.message?.text !== undefined && update.message.from?.id === wanted.from;
  return update.callback_query !== undefined && update.callback_query.from.id === wanted.from;
}

/** The first middleware: finds the update and stops before or after all of its handling. */
export async function crashPointMiddleware(ctx: { update: Update }, next: NextFunction): Promise<void> {
  const wanted = target === null ? plan() : null;
  if (wanted && matches(ctx.update, wanted)) {
    target = { updateId: ctx.update.update_id, point: wanted.point, handling: true };
    if (wanted.point === "before-handling") die(wanted.point, ctx.update.update_id);
  }
  const mine = target?.updateId === ctx.update.update_id;
  await next();
  if (mine && target) {
    target.handling = false;
    if (target.point === "after-handling") die(target.point, target.updateId);
  }
}

/** The bot's outermost fetch: stops during the handling, or before the confirmation goes out. */
export function crashPointFetch(base: typeof fetch): typeof fetch {
  return (async (input: string | URL | Request, init?: RequestInit) => {
    if (target) {
      const url = String(input instanceof Request ? input.url : input);
      const method = /\/([A-Za-z]+)$/.exec(new URL(url).pathname)?.[1] ?? "";
      if (method !== "getUpdates" && target.point === "during-handling" && target.handling) die(target.point, target.updateId);
      if (method === "getUpdates" && target.point === "before-confirmation" && typeof init?.body === "string") {
        const offset = (JSON.parse(init.body) as { offset?: number }).offset ?? 0;
        if (offset > target.updateId) die(target.point, target.updateId);
      }
    }
    return base(input, init);
  }) as typeof fetch;
}
