// The one place where a Bot API call picks its channel. It is the bot's `fetch` (grammY's
// client option), so it sits below every transformer, including the conversations' replay:
// a call for a Zalo chat (its chat_id, or its scope's chat_id, is a Zalo user key, or its
// callback query came from Zalo) goes to the Zalo outbound side; everything else goes to
// Telegram. Without Telegram (a Zalo-only ward), Telegram-only calls that do not matter
// (command lists) succeed and the others fail plainly.
import { channelOfKey } from "./ids.js";
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
  for (const part of multipartParts(buffered, contentType)) {
    if (part.filename !== null) {
      payload[part.name] = { filename: part.filename, size: part.body.length, bytes: new Uint8Array(part.body) };
    } else {
      const value = part.body.toString("utf8");
      payload[part.name] = /^[[{]/.test(value) ? safeJson(value) : value;
    }
  }
  // grammY sends a file as "attach://<id>" and the file under the field <id>: put it back in place.
  for (const [key, value] of Object.entries(payload)) {
    const attached = typeof value === "string" ? /^attach:\/\/(.+)$/u.exec(value)?.[1] : undefined;
    if (attached !== undefined && attached in payload) {
      payload[key] = payload[attached];
      delete payload[attached];
    }
  }
  return { payload, body: buffered };
}

interface Part {
  name: string;
  filename: string | null;
  body: Buffer;
}

/**
 * The parts of grammY's multipart body. Its headers are written without spaces and with an
 * unquoted file name (`content-disposition:form-data;name="x";filename=a.pdf`), which the
 * built-in FormData parser refuses, so they are read here.
 */
export function multipartParts(body: Buffer, contentType: string): Part[] {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/iu.exec(contentType);
  const marker = boundary?.[1] ?? boundary?.[2];
  if (!marker) return [];
  const delimiter = Buffer.from(`--${marker}`);
  const parts: Part[] = [];
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const from = start + delimiter.length;
    if (body.subarray(from, from + 2).toString() === "--") break;
    const next = body.indexOf(delimiter, from);
    if (next === -1) break;
    const chunk = body.subarray(from + 2, next - 2); // after "\r\n", before "\r\n--"
    const split = chunk.indexOf("\r\n\r\n");
    if (split !== -1) {
      const headers = chunk.subarray(0, split).toString("utf8");
      const name = /name="([^"]*)"/iu.exec(headers)?.[1] ?? /[;\s]name=([^;\r\n]*)/iu.exec(headers)?.[1];
      const filename = /filename="([^"]*)"/iu.exec(headers)?.[1] ?? /filename=([^;\r\n]*)/iu.exec(headers)?.[1] ?? null;
      if (name !== undefined) parts.push({ name, filename, body: Buffer.from(chunk.subarray(split + 4)) });
    }
    start = next;
  }
  return parts;
}

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

export function channelFetch(options: RouteOptions): typeof fetch {
  const realFetch = options.fetch ?? fetch;
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
    // grammY's own fetch signals come from a polyfill the built-in fetch does not take.
    const given = init?.signal;
    const controller = new AbortController();
    if (given?.aborted) controller.abort();
    else given?.addEventListener?.("abort", () => controller.abort());
    return realFetch(input, { ...init, body, signal: controller.signal });
  }) as typeof fetch;
}
