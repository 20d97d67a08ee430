// A direct client of the Zalo Bot Platform (POST <root>/bot<TOKEN>/<method>, JSON, the
// {ok, result, error_code, description} envelope; an HTTP 2xx does not mean success). Sends
// are retried on 408/425/429/5xx and network errors with exponential backoff; Zalo takes no
// idempotency key, so a retry after a lost answer may deliver twice (accepted, see 003-channels).
import type { Logger } from "../../logger.js";

export const DEFAULT_ZALO_API_ROOT = "https://bot-api.zaloplatforms.com";

export class ZaloError extends Error {
  constructor(
    readonly method: string,
    readonly errorCode: number,
    readonly description: string,
  ) {
    super(`Zalo ${method} failed: ${errorCode} ${description}`);
  }
  get retryable(): boolean {
    return this.errorCode === 0 || this.errorCode === 408 || this.errorCode === 425 || this.errorCode === 429 || this.errorCode >= 500;
  }
}

export interface ZaloMessage {
  from?: { id?: unknown; display_name?: unknown; is_bot?: unknown };
  chat?: { id?: unknown; chat_type?: unknown };
  message_id?: unknown;
  date?: unknown;
  text?: unknown;
  [field: string]: unknown;
}

export interface ZaloUpdate {
  event_name: string;
  message: ZaloMessage;
}

export interface ZaloApiOptions {
  token: string;
  apiRoot?: string;
  logger?: Logger;
  /** Delays before the retries of a send (default 500 ms, 1,5 s, 4 s). */
  retryDelaysMs?: readonly number[];
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

export interface ZaloApi {
  call<T = unknown>(method: string, params?: Record<string, unknown>, options?: { retry?: boolean; signal?: AbortSignal }): Promise<T>;
  /** One update, or null after an empty poll (408). */
  getUpdate(timeoutSeconds: number, signal?: AbortSignal): Promise<ZaloUpdate | null>;
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createZaloApi(options: ZaloApiOptions): ZaloApi {
  const root = (options.apiRoot ?? DEFAULT_ZALO_API_ROOT).replace(/\/+$/, "");
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? sleepFor;
  const delays = options.retryDelaysMs ?? [500, 1500, 4000];

  async function once<T>(method: string, params: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
    let response: Response;
    try {
      response = await doFetch(`${root}/bot${options.token}/${method}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(params),
        signal,
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new ZaloError(method, 0, error instanceof Error ? error.message : "network error");
    }
    const body = (await response.json().catch(() => null)) as { ok?: unknown; result?: unknown; error_code?: unknown; description?: unknown } | null;
    if (body?.ok === true) return body.result as T;
    const code = typeof body?.error_code === "number" ? body.error_code : response.status;
    throw new ZaloError(method, code, typeof body?.description === "string" ? body.description : response.statusText);
  }

  return {
    async call<T>(method: string, params: Record<string, unknown> = {}, callOptions: { retry?: boolean; signal?: AbortSignal } = {}) {
      for (let attempt = 0; ; attempt += 1) {
        try {
          return await once<T>(method, params, callOptions.signal);
        } catch (error) {
          const delay = delays[attempt];
          if (!(error instanceof ZaloError) || !error.retryable || callOptions.retry === false || delay === undefined) throw error;
          options.logger?.warn({ method, error_code: error.errorCode, attempt: attempt + 1 }, "Zalo call failed, retrying");
          await sleep(delay);
        }
      }
    },
    async getUpdate(timeoutSeconds, signal) {
      try {
        // The docs type timeout as a string (their example sends a number).
        const result = await once<unknown>("getUpdates", { timeout: String(timeoutSeconds) }, signal);
        return isZaloUpdate(result) ? result : null;
      } catch (error) {
        if (error instanceof ZaloError && error.errorCode === 408) return null;
        throw error;
      }
    },
  };
}

/** {event_name, message} with a message object. */
export function isZaloUpdate(value: unknown): value is ZaloUpdate {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as ZaloUpdate).event_name === "string" &&
    typeof (value as ZaloUpdate).message === "object" &&
    (value as ZaloUpdate).message !== null
  );
}

/** A webhook body: documented wrapped {ok, result:{…}}, or unwrapped {event_name, message} (seen by openclaw). */
export function unwrapZaloUpdate(body: unknown): ZaloUpdate | null {
  if (isZaloUpdate(body)) return body;
  const result = (body as { result?: unknown } | null)?.result;
  return isZaloUpdate(result) ? result : null;
}
