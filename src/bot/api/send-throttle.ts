// The bot's own sends stay within Telegram's flood limits (core.telegram.org/bots/faq): about
// 30 messages a second in all, about one a second to one chat (short bursts allowed), at most
// 20 a minute to one group. A message over them gets 429 retry_after, which auto-retry waits
// out — but a round of reminders and the replies of a busy morning would keep hitting it.
// @grammyjs/transformer-throttler would do this but brings the unmaintained bottleneck; this
// is the small part of it we need.
//
// It sits in the bot's `fetch` (grammY's client option), below every transformer: the
// conversations plugin builds its own Api for each replay, and a replayed call, answered from
// storage, must not use up a slot; every Api built from the bot's options (ctx.api, the
// conversations', reminderApi) shares the one throttle, so replies, reminders and notices
// together stay within the limits. Each chat's sends go out in the order they were made.

import { channelOfKey } from "../../channels/ids.js";
import { multipartFields } from "../../channels/multipart.js";

export interface SendLimits {
  /** Messages per second over all chats. */
  global: number;
  /** Messages per second to one chat, on average. */
  perChat: number;
  /** How many messages may go to one chat at once before `perChat` applies. */
  perChatBurst: number;
  /** Messages per minute to one group. */
  perGroupPerMinute: number;
  /** Added to each window: the server counts arrivals, and two requests may arrive closer than they left. */
  marginMs: number;
}

/** Telegram's limits, with the per-chat burst kept small (its size is not published). */
export const TELEGRAM_SEND_LIMITS: SendLimits = { global: 30, perChat: 1, perChatBurst: 5, perGroupPerMinute: 20, marginMs: 100 };

/** The methods that put a message in a chat (what Telegram's flood limits count). */
export const SEND_METHODS: ReadonlySet<string> = new Set([
  "sendMessage",
  "sendDocument",
  "sendPhoto",
  "sendVideo",
  "sendAudio",
  "sendVoice",
  "sendAnimation",
  "sendVideoNote",
  "sendSticker",
  "sendLocation",
  "sendVenue",
  "sendContact",
  "sendPoll",
  "sendDice",
  "sendMediaGroup",
  "sendInvoice",
  "copyMessage",
  "copyMessages",
  "forwardMessage",
  "forwardMessages",
]);

/** Chats remembered before the idle ones are forgotten. */
const PRUNE_ABOVE = 1000;

interface ChatState {
  /** The chat's previous send, until its answer came: the next one waits for it (order kept). */
  tail: Promise<void>;
  tokens: number;
  at: number;
  /** When the sends of the last minute were answered (groups only). */
  stamps: number[];
  pending: number;
}

export interface SendThrottleOptions {
  limits?: Partial<SendLimits>;
  /** Milliseconds, monotonic. */
  now?: () => number;
}

/** Call once the send's answer is back (or it failed): its slot then counts from that moment. */
export type SendDone = () => void;

/**
 * Every slot and bucket counts from when a send's answer came back, not from when it left:
 * Telegram counts arrivals, and on a busy machine a request may arrive long after it left.
 * So a send waits for its chat's previous send, for a token of the chat's bucket (and, in a
 * group, room in the last minute), and for one of `global` slots, each free again one second
 * after its last send was answered.
 */
export class SendThrottle {
  readonly limits: SendLimits;
  private readonly now: () => number;
  private readonly chats = new Map<string, ChatState>();
  private globalTail: Promise<void> = Promise.resolve();
  /** When each global slot is free again; Infinity while its send is out. */
  private readonly slots: number[];
  /** Sends that had to wait, for logs and tests. */
  waited = 0;

  constructor(options: SendThrottleOptions = {}) {
    this.limits = { ...TELEGRAM_SEND_LIMITS, ...options.limits };
    this.now = options.now ?? (() => performance.now());
    this.slots = Array.from({ length: Math.max(1, this.limits.global) }, () => -Infinity);
  }

  /**
   * Resolves when a message to `chatId` may go, with the function to call once it is answered;
   * rejects, taking nothing, if `signal` aborts first.
   */
  async acquire(chatId: string | number, signal?: AbortSignal): Promise<SendDone> {
    const key = String(chatId);
    const group = typeof chatId === "number" ? chatId < 0 : !/^\d+$/.test(chatId);
    const chat = this.chats.get(key) ?? { tail: Promise.resolve(), tokens: this.limits.perChatBurst, at: this.now(), stamps: [], pending: 0 };
    this.chats.set(key, chat);
    chat.pending++;
    const previous = chat.tail;
    let releaseChat!: () => void;
    chat.tail = new Promise<void>((resolve) => (releaseChat = resolve));
    let slot: number;
    try {
      await previous;
      await this.sleepUntil(this.chatReadyAt(chat, group), signal);
      slot = await this.takeGlobalSlot(signal);
    } catch (error) {
      chat.pending--;
      releaseChat();
      throw error;
    }
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const now = this.now();
      this.slots[slot] = now + 1000 + this.limits.marginMs;
      this.refill(chat, now);
      chat.tokens -= 1;
      if (group) chat.stamps.push(now);
      chat.pending--;
      releaseChat();
      if (this.chats.size > PRUNE_ABOVE) this.prune();
    };
  }

  private refill(chat: ChatState, now: number): void {
    chat.tokens = Math.min(this.limits.perChatBurst, chat.tokens + ((now - chat.at) / 1000) * this.limits.perChat);
    chat.at = now;
  }

  /** Forgets chats that are back where a new one starts: nothing waiting, bucket full, no group minute running. */
  private prune(): void {
    const now = this.now();
    for (const [key, chat] of this.chats) {
      this.refill(chat, now);
      const minuteOver = (chat.stamps.at(-1) ?? -Infinity) <= now - 60_000 - this.limits.marginMs;
      if (chat.pending === 0 && chat.tokens >= this.limits.perChatBurst && minuteOver) this.chats.delete(key);
    }
  }

  /** When the chat's bucket has a whole message again, and (a group) its last minute has room. */
  private chatReadyAt(chat: ChatState, group: boolean): number {
    const now = this.now();
    this.refill(chat, now);
    let at = chat.tokens >= 1 ? now : now + ((1 - chat.tokens) / this.limits.perChat) * 1000 + this.limits.marginMs;
    if (group) {
      const windowMs = 60_000 + this.limits.marginMs;
      while (chat.stamps.length > 0 && chat.stamps[0]! <= now - windowMs) chat.stamps.shift();
      const max = this.limits.perGroupPerMinute;
      if (chat.stamps.length >= max) at = Math.max(at, chat.stamps[chat.stamps.length - max]! + windowMs);
    }
    return at;
  }

  /** One grant at a time, in the order sends became ready: the slot free soonest. */
  private async takeGlobalSlot(signal?: AbortSignal): Promise<number> {
    const previous = this.globalTail;
    let release!: () => void;
    this.globalTail = new Promise<void>((resolve) => (release = resolve));
    try {
      await previous;
      for (;;) {
        let slot = 0;
        for (let i = 1; i < this.slots.length; i++) if (this.slots[i]! < this.slots[slot]!) slot = i;
        const freeAt = this.slots[slot]!;
        if (freeAt === Infinity) {
          // Every slot has a send out: look again shortly.
          await this.sleepUntil(this.now() + 50, signal);
          continue;
        }
        await this.sleepUntil(freeAt, signal);
        if (this.slots[slot] !== freeAt) continue;
        this.slots[slot] = Infinity;
        return slot;
      }
    } finally {
      release();
    }
  }

  private sleepUntil(at: number, signal?: AbortSignal): Promise<void> {
    const ms = at - this.now();
    if (signal?.aborted) return Promise.reject(signal.reason ?? new Error("aborted"));
    if (ms <= 0) return Promise.resolve();
    this.waited++;
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => (signal?.removeEventListener("abort", onAbort), resolve()), ms);
      const onAbort = () => (clearTimeout(timer), reject(signal?.reason ?? new Error("aborted")));
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  }
}

/** The chat a send goes to, from a grammY request body (JSON, or multipart whose first fields are plain). */
async function chatOf(init: RequestInit | undefined): Promise<{ chatId: string | number | undefined; body: BodyInit | null | undefined; streamed: boolean }> {
  const body = init?.body;
  if (typeof body === "string") {
    const chatId = (JSON.parse(body) as { chat_id?: string | number }).chat_id;
    return { chatId, body, streamed: false };
  }
  if (body === undefined || body === null) return { chatId: undefined, body, streamed: false };
  // A file upload (a report): buffered, as the built-in fetch takes no Node stream.
  const chunks: Uint8Array[] = [];
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array | string>) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  const buffered = Buffer.concat(chunks);
  const field = multipartFields(buffered, new Headers(init?.headers).get("content-type") ?? "").get("chat_id");
  const chatId = typeof field === "string" ? field : undefined;
  return { chatId, body: new Blob([buffered]).stream(), streamed: true };
}

/**
 * The bot's `fetch`: sends wait for their slot in `throttle`, then go to `base` (the channel
 * router, or the built-in fetch). Other calls pass straight through.
 */
export function throttledFetch(throttle: SendThrottle, base: typeof fetch = fetch): typeof fetch {
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    const method = /\/([A-Za-z]+)$/.exec(new URL(url).pathname)?.[1] ?? "";
    // grammY's signals come from a polyfill the built-in fetch does not take.
    const given = init?.signal;
    const controller = new AbortController();
    if (given?.aborted) controller.abort();
    else given?.addEventListener?.("abort", () => controller.abort());
    const { chatId, body, streamed } = await chatOf(init);
    const forward = () => base(input, { ...init, body, signal: controller.signal, ...(streamed ? { duplex: "half" } : {}) } as RequestInit);
    if (!SEND_METHODS.has(method) || chatId === undefined || channelOfKey(chatId) !== "telegram") return forward();
    const done = await throttle.acquire(chatId, controller.signal);
    try {
      return await forward();
    } finally {
      done();
    }
  }) as typeof fetch;
}
