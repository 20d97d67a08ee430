// The one place where a Bot API call picks its channel. It is the bot's `fetch` (grammY's
// client option), so it sits below every transformer, including the conversations' replay:
// a call for a Zalo chat (its chat_id, or its scope's chat_id, is a Zalo user key, or its
// callback query came from Zalo) goes to the Zalo outbound side; everything else goes to
// Telegram. Without Telegram (a Zalo-only ward), Telegram-only calls that do not matter
// (command lists) succeed and the others fail plainly.
import { TYPED_ANSWER } from "../bot/keyboards.js";
import { channelOfKey } from "./ids.js";
import { multipartFields } from "./multipart.js";
import type { ZaloCall } from "./zalo/outbound.js";

export interface RouteOptions {
  zalo: ZaloCall | null;
  telegram: boolean;
  /** The real HTTP (default global fetch). */
  fetch?: typeof fetch;
}

const TELEGRAM_OPTIONAL = new Set(["setMyCommands", "deleteMyCommands", "setChatMenuButton", "deleteWebhook"]);

const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json" } });

/** The Bot API payload of a grammY request (JSON, or multipart whose files become {filename, size, bytes}), and its body buffered. */
async function readRequest(init: RequestInit | undefined): Promise<{ payload: Record<string, unknown>; body: BodyInit | null | undefined }> {
  const body = init?.body;
  if (body === undefined || body === null) return { payload: {}, body };
  if (typeof body === "string") return { payload: JSON.parse(body) as Record<string, unknown>, body };
  const chunks: Uint8Array[] = [];
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array | string>) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  const buffered = Buffer.concat(chunks);
  const contentType = new Headers(init?.headers).get("content-type") ?? "";
  const payload: Record<string, unknown> = {};
  const fields = multipartFields(buffered, contentType);
  for (const [key, value] of fields) {
    // grammY names a file "attach://<part>" and sends it in that part: the field is the file.
    const attached = typeof value === "string" && value.startsWith("attach://") ? fields.get(value.slice("attach://".length)) : undefined;
    payload[key] = attached ?? (typeof value !== "string" ? value : /^[[{]/.test(value) ? safeJson(value) : value);
  }
  return { payload, body: buffered };
}

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/** A JSON body without the keyboard's mark for Zalo (TYPED_ANSWER), which Telegram has no use for. */
function withoutZaloMarks(body: BodyInit | null | undefined): BodyInit | null | undefined {
  if (typeof body !== "string" || !body.includes(`"${TYPED_ANSWER}"`)) return body;
  const payload = JSON.parse(body) as Record<string, unknown>;
  const markup = payload.reply_markup;
  if (typeof markup !== "object" || markup === null || !(TYPED_ANSWER in markup)) return body;
  const { [TYPED_ANSWER]: _mark, ...plain } = markup as Record<string, unknown>;
  return JSON.stringify({ ...payload, reply_markup: plain });
}

/** The real HTTP to Telegram: the body without the Zalo mark, the call's signal as one the built-in fetch takes. */
function telegramFetch(realFetch: typeof fetch) {
  return (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    // grammY's own fetch signals come from a polyfill the built-in fetch does not take.
    const given = init?.signal;
    const controller = new AbortController();
    if (given?.aborted) controller.abort();
    else given?.addEventListener?.("abort", () => controller.abort());
    return realFetch(input, { ...init, body: withoutZaloMarks(init?.body), signal: controller.signal });
  };
}

export function channelFetch(options: RouteOptions): typeof fetch {
  const toTelegram = telegramFetch(options.fetch ?? fetch);
  // Telegram alone: nothing to route, so the request is neither read nor buffered.
  if (!options.zalo && options.telegram) return toTelegram as typeof fetch;
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    const method = /\/([A-Za-z]+)$/.exec(new URL(url).pathname)?.[1] ?? "";
    const { payload, body } = await readRequest(init);
    const scope = payload.scope as { chat_id?: unknown } | undefined;
    const fromZalo =
      channelOfKey(payload.chat_id) === "zalo" ||
      channelOfKey(scope?.chat_id) === "zalo" ||
      (typeof payload.callback_query_id === "string" && payload.callback_query_id.startsWith("zalo:"));
    if (fromZalo && options.zalo) return json(await options.zalo(method, payload));
    if (fromZalo || !options.telegram) {
      if (!fromZalo && TELEGRAM_OPTIONAL.has(method)) return json({ ok: true, result: true });
      return json({ ok: false, error_code: 400, description: `Bad Request: no channel for ${method}` });
    }
    return toTelegram(input, { ...init, body });
  }) as typeof fetch;
}
