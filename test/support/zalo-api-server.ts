// A Zalo Bot Platform server for tests, faithful to /work/shared/reference/zalo.md (see
// zalo-api-server.md): POST https://…/bot<TOKEN>/<method> with JSON, the {ok, result,
// error_code, description} envelope, string ids, millisecond dates, ONE update per
// getUpdates and 408 on an empty poll, a webhook with X-Bot-Api-Secret-Token, text of 1–2000
// characters, sendPhoto by URL (fetched back from the bot), injected 429s. Behaviour the
// reference marks unverified is an option (`readings`), so tests can cover both readings.
import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface ZaloReadings {
  /** The webhook body: documented wrapped {ok, result:{…}} or unwrapped {event_name, message} (openclaw). */
  webhookBody: "wrapped" | "unwrapped";
  /** Image events carry `photo_url` (what real bots see) or the documented `photo`. */
  imageField: "photo_url" | "photo";
  /** HTTP status of an empty poll's {ok:false, error_code:408} answer (not documented). */
  emptyPollHttpStatus: 200 | 408;
  /** setWebhook refuses http://, localhost and private addresses (documented) or accepts them (for local tests). */
  strictWebhookUrl: boolean;
  /** How a text longer than 2000 characters fails: an error (documented range 1–2000) or cut silently. */
  overLongText: "error" | "truncate";
  /**
   * A webhook POST that got no 2xx answer: lost (the Bot Platform documents no redelivery) or
   * posted again after each of these delays, with a `num_retry` header (what the OA webhook does,
   * reference §2.4: 30 s, 5 min, 15 min, 30 min, 1 h; tests use shorter delays).
   */
  webhookRetryDelaysMs: readonly number[];
}

export const DEFAULT_READINGS: ZaloReadings = {
  webhookBody: "wrapped",
  imageField: "photo_url",
  emptyPollHttpStatus: 200,
  strictWebhookUrl: false,
  overLongText: "error",
  webhookRetryDelaysMs: [],
};

export interface ZaloServerOptions {
  token?: string;
  bot?: { id?: string; accountName?: string };
  /** Epoch milliseconds for `date` fields. */
  clock?: () => number;
  readings?: Partial<ZaloReadings>;
  /** Cap on a long poll, so tests do not wait 30 s (default: the requested timeout). */
  maxPollMs?: number;
}

export interface ZaloBotMessage {
  type: "text" | "photo";
  message_id: string;
  date: number;
  chat_id: string;
  text: string;
  photo?: string;
  /** For a photo: what the server got when it fetched the URL back. */
  fetched?: { status: number; contentType: string | null; bytes: number };
}

export interface ZaloCall {
  method: string;
  params: Record<string, unknown>;
  response: { ok: boolean; error_code?: number; description?: string };
}

export type ZaloChatEvent =
  | { kind: "user"; userId: string; text: string }
  | { kind: "bot"; userId: string; message: ZaloBotMessage };

interface Fault {
  method: string;
  error_code: number;
  description: string;
  remaining: number;
}

const hex20 = () => randomBytes(10).toString("hex");

export class ZaloApiError extends Error {
  constructor(
    readonly errorCode: number,
    description: string,
  ) {
    super(description);
  }
}

export class ZaloUser {
  readonly received: ZaloBotMessage[] = [];
  private readonly waiters: Array<() => void> = [];
  constructor(
    private readonly server: ZaloApiServer,
    readonly id: string,
    readonly displayName: string,
  ) {}

  /** Sends text to the bot (message.text.received); resolves with the update's message_id. */
  sendText(text: string): string {
    this.server.events.push({ kind: "user", userId: this.id, text });
    return this.server.enqueue("message.text.received", this, { text });
  }
  sendSticker(): string {
    this.server.events.push({ kind: "user", userId: this.id, text: "(nhãn dán)" });
    return this.server.enqueue("message.sticker.received", this, { sticker: "bfe458bf64fa8da4d4eb", url: "https://zalo-api.zadn.vn/sticker.png" });
  }
  sendImage(url: string, caption?: string): string {
    this.server.events.push({ kind: "user", userId: this.id, text: `(ảnh)${caption ? ` — ${caption}` : ""}` });
    return this.server.enqueue("message.image.received", this, { [this.server.readings.imageField]: url, ...(caption ? { caption } : {}) });
  }
  /** What a sender in a protected group produces: an event with no content. */
  sendUnsupported(): string {
    this.server.events.push({ kind: "user", userId: this.id, text: "(tin nhắn không hỗ trợ)" });
    return this.server.enqueue("message.unsupported.received", this, {});
  }
  get lastMessage(): ZaloBotMessage | undefined {
    return this.received.at(-1);
  }
  /** Every text the bot sent since `from` (an index into received), joined by blank lines. */
  textsSince(from: number): string {
    return this.received
      .slice(from)
      .map((m) => m.text)
      .join("\n\n");
  }
  deliver(message: ZaloBotMessage): void {
    this.received.push(message);
    for (const wake of this.waiters.splice(0)) wake();
  }
}

export class ZaloApiServer {
  readonly readings: ZaloReadings;
  readonly calls: ZaloCall[] = [];
  readonly events: ZaloChatEvent[] = [];
  readonly botId: string;
  readonly accountName: string;
  private readonly token: string | undefined;
  private readonly clock: () => number;
  private readonly server: http.Server;
  private readonly users = new Map<string, ZaloUser>();
  private readonly queue: Array<{ message_id: string; body: { event_name: string; message: Record<string, unknown> } }> = [];
  private readonly pollers: Array<() => void> = [];
  private readonly faults: Fault[] = [];
  private webhook: { url: string; secret: string; updatedAt: number } | null = null;
  private openPolls = 0;
  private deliveriesInFlight = 0;
  /** Updates handed out (by getUpdates or a 2xx webhook answer), by message_id. */
  readonly delivered: string[] = [];
  /** Webhook deliveries the bot did not answer 2xx, after every retry (Zalo does not redeliver: these are lost). */
  readonly lostDeliveries: string[] = [];
  /** Webhook POSTs that got no 2xx answer and were posted again (webhookRetryDelaysMs). */
  readonly retriedDeliveries: string[] = [];
  private retriesWaiting = 0;
  private port = 0;

  constructor(private readonly options: ZaloServerOptions = {}) {
    this.readings = { ...DEFAULT_READINGS, ...options.readings };
    this.token = options.token;
    this.clock = options.clock ?? Date.now;
    this.botId = options.bot?.id ?? "1459232241454765289";
    this.accountName = options.bot?.accountName ?? "bot.ThiDuaTest";
    this.server = http.createServer((req, res) => void this.onRequest(req, res));
  }

  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  /** The API root the bot uses as ZALO_API_ROOT. */
  get apiRoot(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  user(displayName: string, id: string = hex20()): ZaloUser {
    const user = new ZaloUser(this, id, displayName);
    this.users.set(id, user);
    return user;
  }

  get webhookUrl(): string | null {
    return this.webhook?.url ?? null;
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Makes the next `times` calls of `method` fail with `error_code` (429 by default). */
  failNext(method: string, opts: { times?: number; errorCode?: number; description?: string } = {}): void {
    this.faults.push({
      method,
      error_code: opts.errorCode ?? 429,
      description: opts.description ?? "Quota exceeded",
      remaining: opts.times ?? 1,
    });
  }

  callsTo(method: string): ZaloCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /**
   * Resolves once every update was handed out and the bot is idle: polling, it waits in a new
   * getUpdates (it handles one update before it asks for the next); webhook, every POST answered.
   */
  async settled(opts: { timeoutMs?: number } = {}): Promise<void> {
    const deadline = Date.now() + (opts.timeoutMs ?? 5000);
    for (;;) {
      const idle = this.queue.length === 0 && (this.webhook ? this.deliveriesInFlight === 0 && this.retriesWaiting === 0 : this.openPolls > 0);
      if (idle) return;
      if (Date.now() > deadline) {
        throw new Error(
          `Zalo server not settled: ${this.queue.length} queued, ${this.openPolls} polls open, ${this.deliveriesInFlight} webhook POSTs in flight, ${this.retriesWaiting} retries waiting`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  enqueue(eventName: string, user: ZaloUser, content: Record<string, unknown>): string {
    const message_id = hex20();
    const message = {
      from: { id: user.id, display_name: user.displayName, is_bot: false },
      chat: { id: user.id, chat_type: "PRIVATE" },
      message_id,
      date: this.clock(),
      ...content,
    };
    this.queue.push({ message_id, body: { event_name: eventName, message } });
    if (this.webhook) void this.pushWebhook();
    else this.pollers.shift()?.();
    return message_id;
  }

  /** Delivers the same update again (what a Zalo retry, undocumented, would do). */
  redeliver(messageId: string): void {
    const original = this.sentUpdates.get(messageId);
    if (!original) throw new Error(`no update ${messageId}`);
    this.queue.push(original);
    if (this.webhook) void this.pushWebhook();
    else this.pollers.shift()?.();
  }

  private readonly sentUpdates = new Map<string, (typeof this.queue)[number]>();

  async close(): Promise<void> {
    for (const wake of this.pollers.splice(0)) wake();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // --- HTTP -------------------------------------------------------------------

  private async onRequest(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://localhost");
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
    const chunks: Buffer[] = [];
    for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
    const answer = (status: number, body: object) => {
      res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
      res.end(JSON.stringify(body));
    };
    if (!match) return answer(404, { ok: false, error_code: 404, description: "Not Found" });
    const [, token, method] = match as unknown as [string, string, string];
    let params: Record<string, unknown> = Object.fromEntries(url.searchParams);
    if (chunks.length > 0) {
      try {
        params = { ...params, ...(JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>) };
      } catch {
        return answer(400, { ok: false, error_code: 400, description: "Bad Request" });
      }
    }
    const record = (response: ZaloCall["response"]) => this.calls.push({ method, params, response });
    if (this.token !== undefined && token !== this.token) {
      const body = { ok: false, error_code: 401, description: "Unauthorized" };
      record(body);
      return answer(401, body);
    }
    const fault = this.faults.find((f) => f.method === method && f.remaining > 0);
    if (fault) {
      fault.remaining -= 1;
      const body = { ok: false, error_code: fault.error_code, description: fault.description };
      record(body);
      return answer(fault.error_code, body);
    }
    try {
      const { status, body } = await this.dispatch(method, params);
      record(body);
      answer(status, body);
    } catch (error) {
      const body =
        error instanceof ZaloApiError
          ? { ok: false, error_code: error.errorCode, description: error.message }
          : { ok: false, error_code: 403, description: "internal server error" };
      record(body);
      answer(error instanceof ZaloApiError ? error.errorCode : 500, body);
    }
  }

  private async dispatch(method: string, params: Record<string, unknown>): Promise<{ status: number; body: ZaloCall["response"] & { result?: unknown } }> {
    const ok = (result: unknown) => ({ status: 200, body: { ok: true, result } });
    switch (method) {
      case "getMe":
        return ok({ id: this.botId, account_name: this.accountName, account_type: "BASIC", can_join_groups: false });
      case "getUpdates":
        return this.getUpdates(params);
      case "setWebhook":
        return ok(this.setWebhook(params));
      case "deleteWebhook":
        this.webhook = null;
        return ok({ url: "", updated_at: this.clock() });
      case "getWebhookInfo":
        return ok({ url: this.webhook?.url ?? "", updated_at: this.webhook?.updatedAt ?? 0 });
      case "sendMessage": {
        const user = this.chat(params.chat_id);
        const text = this.text(params.text, "text");
        return ok(this.deliver(user, { type: "text", text }));
      }
      case "sendPhoto": {
        const user = this.chat(params.chat_id);
        const caption = params.caption === undefined ? "" : this.text(params.caption, "caption");
        const photo = params.photo;
        if (typeof photo !== "string" || !/^https?:\/\//.test(photo)) throw new ZaloApiError(400, "photo must be an image URL");
        const fetched = await this.fetchBack(photo);
        if (fetched.status !== 200 || !fetched.contentType?.startsWith("image/")) throw new ZaloApiError(400, "Could not get the image from the URL");
        return ok(this.deliver(user, { type: "photo", text: caption, photo, fetched }));
      }
      case "sendChatAction":
        this.chat(params.chat_id);
        if (params.action !== "typing") throw new ZaloApiError(400, "action not supported");
        return ok(true);
      default:
        // The docs know no sendDocument, answerCallbackQuery, editMessageText, reply_markup…
        throw new ZaloApiError(404, "Not Found");
    }
  }

  private chat(chatId: unknown): ZaloUser {
    if (typeof chatId !== "string") throw new ZaloApiError(400, "chat_id is required (a string)");
    const user = this.users.get(chatId);
    if (!user) throw new ZaloApiError(400, "chat not found");
    return user;
  }

  private text(value: unknown, name: string): string {
    if (typeof value !== "string" || value.length === 0) throw new ZaloApiError(400, `${name} is required`);
    if (value.length > 2000) {
      if (this.readings.overLongText === "error") throw new ZaloApiError(400, `${name} must be between 1 and 2000 characters`);
      return value.slice(0, 2000);
    }
    return value;
  }

  private deliver(user: ZaloUser, content: Pick<ZaloBotMessage, "type" | "text" | "photo" | "fetched">) {
    const message: ZaloBotMessage = { ...content, message_id: hex20(), date: this.clock(), chat_id: user.id };
    user.deliver(message);
    this.events.push({ kind: "bot", userId: user.id, message });
    return { message_id: message.message_id, date: message.date };
  }

  private async fetchBack(url: string): Promise<NonNullable<ZaloBotMessage["fetched"]>> {
    try {
      const response = await fetch(url);
      const bytes = (await response.arrayBuffer()).byteLength;
      return { status: response.status, contentType: response.headers.get("content-type"), bytes };
    } catch {
      return { status: 0, contentType: null, bytes: 0 };
    }
  }

  private async getUpdates(params: Record<string, unknown>) {
    if (this.webhook) throw new ZaloApiError(400, "getUpdates is not available while a webhook is set");
    const seconds = Number(params.timeout ?? 30);
    const waitMs = Math.min(Number.isFinite(seconds) ? seconds * 1000 : 30_000, this.options.maxPollMs ?? Infinity);
    if (this.queue.length === 0) {
      this.openPolls += 1;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          const index = this.pollers.indexOf(wake);
          if (index >= 0) this.pollers.splice(index, 1);
          resolve();
        }, waitMs);
        const wake = () => {
          clearTimeout(timer);
          resolve();
        };
        this.pollers.push(wake);
      });
      this.openPolls -= 1;
    }
    const next = this.queue.shift();
    if (!next) return { status: this.readings.emptyPollHttpStatus, body: { ok: false, error_code: 408, description: "Request timeout" } };
    this.sentUpdates.set(next.message_id, next);
    this.delivered.push(next.message_id);
    // Gone once returned: no offset, no acknowledgement.
    return { status: 200, body: { ok: true, result: next.body } };
  }

  private setWebhook(params: Record<string, unknown>) {
    const { url, secret_token: secret } = params;
    if (typeof url !== "string" || typeof secret !== "string") throw new ZaloApiError(400, "url and secret_token are required");
    if (secret.length < 8 || secret.length > 256) throw new ZaloApiError(400, "secret_token must be 8-256 characters");
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new ZaloApiError(400, "url is invalid");
    }
    if (this.readings.strictWebhookUrl) {
      const host = parsed.hostname;
      const privateHost = host === "localhost" || /^(127\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|\[?::1\]?$)/.test(host);
      if (parsed.protocol !== "https:" || privateHost) throw new ZaloApiError(400, "url must be a public HTTPS URL");
    }
    this.webhook = { url, secret, updatedAt: this.clock() };
    // Updates queued for polling go to the webhook now.
    if (this.queue.length > 0) void this.pushWebhook();
    return { url, updated_at: this.webhook.updatedAt };
  }

  private async pushWebhook(): Promise<void> {
    const webhook = this.webhook;
    const next = this.queue.shift();
    if (!webhook || !next) return;
    this.sentUpdates.set(next.message_id, next);
    await this.post(webhook, next, 0);
  }

  private async post(webhook: NonNullable<typeof this.webhook>, next: (typeof this.queue)[number], attempt: number): Promise<void> {
    this.deliveriesInFlight += 1;
    const body = this.readings.webhookBody === "wrapped" ? { ok: true, result: next.body } : next.body;
    let answered = false;
    try {
      const response = await fetch(webhook.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-bot-api-secret-token": webhook.secret,
          ...(attempt > 0 ? { num_retry: String(attempt) } : {}),
        },
        body: JSON.stringify(body),
      });
      await response.arrayBuffer();
      answered = response.ok;
    } catch {
      answered = false;
    } finally {
      this.deliveriesInFlight -= 1;
    }
    if (answered) {
      this.delivered.push(next.message_id);
      return;
    }
    const delay = this.readings.webhookRetryDelaysMs[attempt];
    if (delay === undefined) {
      this.lostDeliveries.push(next.message_id);
      return;
    }
    this.retriedDeliveries.push(next.message_id);
    this.retriesWaiting += 1;
    setTimeout(() => {
      this.retriesWaiting -= 1;
      void this.post(this.webhook ?? webhook, next, attempt + 1);
    }, delay);
  }
}

export async function startZaloApiServer(options: ZaloServerOptions = {}): Promise<ZaloApiServer> {
  return new ZaloApiServer(options).listen();
}
