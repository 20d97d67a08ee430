// The real bot process (`node --import tsx src/main.ts`), pointed at the Bot API test server:
// started, SIGKILLed and started again by end-to-end tests.
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { TEST_TOKEN } from "./bot-harness.js";

const root = join(import.meta.dirname, "..", "..");

export interface BotProcessOptions {
  apiRoot: string;
  databaseUrl: string;
  clockStart?: Date;
  env?: Record<string, string>;
}

export interface BotProcess {
  child: ChildProcess;
  output(): string;
  /** Resolves once the bot logged that it is polling. */
  ready: Promise<void>;
  kill(signal?: NodeJS.Signals): Promise<number | null>;
}

export function startBotProcess(options: BotProcessOptions): BotProcess {
  const child = spawn(process.execPath, ["--import", "tsx", join(root, "src/main.ts")], {
    cwd: root,
    env: {
      ...process.env,
      BOT_TOKEN: TEST_TOKEN,
      BOT_API_ROOT: options.apiRoot,
      DATABASE_URL: options.databaseUrl,
      LOG_LEVEL: "info",
      // Scripted users type faster than people; the limit has its own test (test/security).
      RATE_LIMIT: "off",
      ...(options.clockStart ? { THIDUA_CLOCK_START: options.clockStart.toISOString() } : {}),
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes("bot started")) resolve();
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    void exited.then((code) => reject(new Error(`bot exited with ${code} before it was ready:\n${log}`)));
  });
  ready.catch(() => {});
  return {
    child,
    output: () => log,
    ready,
    async kill(signal = "SIGKILL") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
