// Bounded retries for every Bot API call (bot.api and the Api objects conversations build).
// Flood limits (429 retry_after up to a minute) and 5xx answers: @grammyjs/auto-retry, three
// attempts. Network errors (Bot API unreachable): two more tries after 1 s and 2 s, then the
// error reaches the caller — auto-retry alone would retry them forever (rethrowHttpErrors:
// false), so a SIGTERM with Telegram down never completed. Once the process is stopping,
// no new retry starts.
import { autoRetry } from "@grammyjs/auto-retry";
import { HttpError, type Transformer } from "grammy";

export const NETWORK_RETRY_DELAYS_MS = [1000, 2000] as const;

const stopping = new AbortController();

/** Called at shutdown: calls in flight get their error at once instead of waiting to retry. */
export function stopApiRetries(): void {
  stopping.abort();
}

function pause(ms: number, signal?: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    const signals = signal ? AbortSignal.any([signal, stopping.signal]) : stopping.signal;
    if (signals.aborted) return resolve(false);
    const timer = setTimeout(() => resolve(true), ms);
    signals.addEventListener("abort", () => (clearTimeout(timer), resolve(false)), { once: true });
  });
}

export function apiRetry(): Transformer {
  const flood = autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60, rethrowHttpErrors: true });
  return async (prev, method, payload, signal) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await flood(prev, method, payload, signal);
      } catch (error) {
        const delay = NETWORK_RETRY_DELAYS_MS[attempt];
        if (!(error instanceof HttpError) || delay === undefined || !(await pause(delay, signal as AbortSignal | undefined))) throw error;
      }
    }
  };
}
