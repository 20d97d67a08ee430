/**
 * Runs a grammY bot with long polling for a test and stops it cleanly.
 *
 *   const running = await runBot(bot);
 *   ...
 *   await running.stop();   // bot.stop() + wait for bot.start() to return
 */
import type { Bot, Context, PollingOptions } from "grammy";

export interface RunningBot {
  /** Stops polling (confirming the last batch, like bot.stop()) and waits for bot.start() to end. */
  stop(): Promise<void>;
  /** Settles when bot.start() returns (rejects if polling failed, e.g. 401/409). */
  readonly done: Promise<void>;
}

export async function runBot<C extends Context>(bot: Bot<C>, options: PollingOptions = {}): Promise<RunningBot> {
  let markStarted!: () => void;
  const started = new Promise<void>((resolve) => (markStarted = resolve));
  const done = bot.start({
    ...options,
    onStart: async (info) => {
      await options.onStart?.(info);
      markStarted();
    },
  });
  // Keep a failing start from becoming an unhandled rejection; callers see it via `done`.
  done.catch(() => {});
  await Promise.race([started, done]);
  return {
    done,
    async stop() {
      if (bot.isRunning()) await bot.stop();
      await done.catch(() => {});
    },
  };
}
