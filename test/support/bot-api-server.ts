/**
 * A small, spec-faithful Telegram Bot API server for tests.
 *
 * - Routes `/bot<token>/<method>` (and `/bot<token>/test/<method>`) over real
 *   HTTP, accepting JSON, url-encoded and multipart bodies (what grammY sends).
 * - getUpdates implements real offset/limit/timeout long polling: updates stay
 *   pending until a later call confirms them with offset > update_id, so a
 *   bot that dies mid-batch receives the batch again.
 * - Webhooks: updates are POSTed to the webhook URL, concurrently across
 *   chats but one at a time per chat (like Telegram's per-chat queues), and
 *   retried on non-2xx answers.
 * - Error responses use Bot API wording (taken from tdlib/telegram-bot-api).
 * - The user side lives in ./telegram-user.ts (`server.user(...)`,
 *   `server.groupChat(...)`), transcripts in ./transcript.ts.
 *
 * Only node:http and Node built-ins are used.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import type {
  BotCommand,
  CallbackQuery,
  Chat,
  ChatMemberUpdated,
  InlineKeyboardButton,
  Message,
  MessageEntity,
  ReplyKeyboardMarkup,
  Update,
  User,
  UserFromGetMe,
  WebhookInfo,
} from "grammy/types";
import {
  type ApiErrorShape,
  BotApiError,
  apiErrors,
  badRequest,
  conflict,
  forbidden,
  tooManyRequests,
} from "./bot-api-errors.js";
import { codePointLength, detectEntities, formatText } from "./bot-api-formatting.js";
import { type AnyReplyMarkup, type ParsedMarkup, keyboardButtonText, parseReplyMarkup } from "./bot-api-markup.js";
import { type UploadedFile, parseMultipart } from "./bot-api-multipart.js";
import { GroupChat, TelegramUser, type TelegramUserInit } from "./telegram-user.js";

export { BotApiError, apiErrors } from "./bot-api-errors.js";
export type { ApiErrorShape } from "./bot-api-errors.js";

// Real timers and fetch, captured at import time so that a test calling
// vi.useFakeTimers() or stubbing fetch does not freeze or hijack the server.
const realSetTimeout = globalThis.setTimeout.bind(globalThis);
const realClearTimeout = globalThis.clearTimeout.bind(globalThis);
const realFetch = globalThis.fetch.bind(globalThis);
const monotonicNow = performance.now.bind(performance);

type Timer = ReturnType<typeof setTimeout>;

// === Public types ==========================================================

export interface BotApiServerOptions {
  /** TCP port, 0 (default) for a free one. */
  port?: number;
  /** Interface to listen on, default 127.0.0.1. */
  host?: string;
  /** If set, only this token is accepted; others get 401 Unauthorized. Default: any token. */
  token?: string;
  bot?: {
    id?: number;
    username?: string;
    firstName?: string;
    canJoinGroups?: boolean;
    /** false (default) = privacy mode: in groups the bot only gets commands, replies and mentions. */
    canReadAllGroupMessages?: boolean;
    supportsInlineQueries?: boolean;
  };
  /** Unix time in seconds for `date` fields. Default: Math.floor(Date.now() / 1000). */
  clock?: () => number;
  /**
   * Flood limits, on by default at Telegram's rates (TELEGRAM_RATE_LIMITS): `global`
   * messages per second over all chats (30), `perChat` messages per second to one chat
   * (1) with short bursts of `perChatBurst` (Telegram: "we may allow short bursts"; the
   * size is not published, 20 here; default = perChat when perChat is given), and
   * `perGroupPerMinute` messages per minute to one group (20). Exceeding answers 429 with
   * retry_after. `true` = Telegram's rates; `false` = no limits (say why in the test).
   */
  rateLimit?: boolean | { global?: number; perChat?: number; perChatBurst?: number; perGroupPerMinute?: number };
  /**
   * How long things live, like Telegram (tdlib/telegram-bot-api Client.cpp): a callback
   * query update not fetched within `callbackQueryUpdateMs` is dropped (150 s), any other
   * update within `updateMs` (24 h); answerCallbackQuery works only within
   * `answerCallbackQueryMs` of the press (about 15 s), later it answers 400 "query is too
   * old and response timeout expired or query ID is invalid". Compress them in tests that
   * simulate a long outage; measured on the real (monotonic) clock, not `clock`.
   */
  expiry?: { callbackQueryUpdateMs?: number; updateMs?: number; answerCallbackQueryMs?: number };
  webhook?: {
    /** First retry delay after a failed delivery, doubled per failure. Default 100 ms. */
    retryDelayMs?: number;
    /** Cap for the retry delay. Default 2000 ms. */
    maxRetryDelayMs?: number;
    /** Per-request timeout. Default 10 000 ms. */
    timeoutMs?: number;
    /**
     * The reverse proxy in front of the bot (deploy/nginx-thidua.conf): Telegram posts to the
     * public HTTPS URL given to setWebhook, the proxy forwards to the local process. Returns
     * where to deliver for that URL, e.g. `() => "http://127.0.0.1:8080/telegram/webhook"`.
     * Default: the URL itself.
     */
    forward?: (url: URL) => string;
  };
  /** First update_id. Default 1. */
  firstUpdateId?: number;
}

/** Telegram's flood limits (see BotApiServerOptions.rateLimit). */
export const TELEGRAM_RATE_LIMITS = { global: 30, perChat: 1, perChatBurst: 20, perGroupPerMinute: 20 } as const;

/** Telegram's lifetimes (see BotApiServerOptions.expiry). */
export const TELEGRAM_EXPIRY = { callbackQueryUpdateMs: 150_000, updateMs: 86_400_000, answerCallbackQueryMs: 15_000 } as const;

export interface StoredFile {
  file_id: string;
  file_unique_id: string;
  file_name?: string;
  mime_type?: string;
  file_size: number;
  file_path: string;
  data: Buffer;
}

/** One message in a chat as the server stores it; live (reflects later edits and deletion). */
export class ChatMessage {
  /** Current API object (what the Bot API would return now). */
  message: Message;
  /** Markup as sent by the bot, including reply keyboards (which Message objects never carry). */
  replyMarkup: AnyReplyMarkup | undefined;
  deleted = false;
  editCount = 0;
  file: StoredFile | undefined;

  constructor(
    readonly chatId: number,
    readonly fromBot: boolean,
    message: Message,
    replyMarkup?: AnyReplyMarkup,
    file?: StoredFile,
  ) {
    this.message = message;
    this.replyMarkup = replyMarkup;
    this.file = file;
  }

  get message_id(): number {
    return this.message.message_id;
  }
  /** Current text, or caption for media messages. */
  get text(): string | undefined {
    return this.message.text ?? this.message.caption;
  }
  get inlineKeyboard(): InlineKeyboardButton[][] | undefined {
    const m = this.replyMarkup;
    return m && "inline_keyboard" in m ? m.inline_keyboard : undefined;
  }
  /** Labels of the inline buttons, row by row. */
  get buttons(): string[][] {
    return (this.inlineKeyboard ?? []).map((row) => row.map((b) => b.text));
  }
  get replyKeyboard(): ReplyKeyboardMarkup | undefined {
    const m = this.replyMarkup;
    return m && "keyboard" in m ? m : undefined;
  }
  get document(): (NonNullable<Message["document"]> & { data: Buffer }) | undefined {
    const d = this.message.document;
    return d && this.file ? { ...d, data: this.file.data } : undefined;
  }
}
export type BotMessage = ChatMessage;

export type UserContentKind =
  | "text"
  | "sticker"
  | "photo"
  | "voice"
  | "location"
  | "contact"
  | "document";

export type ChatEvent =
  | { seq: number; type: "user_message"; chatId: number; from: User; message: Message; kind: UserContentKind }
  | { seq: number; type: "user_edit"; chatId: number; from: User; message: Message }
  | {
      seq: number;
      type: "callback_query";
      chatId: number;
      from: User;
      query: CallbackQuery;
      label: string;
      messageId: number;
    }
  | {
      seq: number;
      type: "bot_message";
      chatId: number;
      stored: ChatMessage;
      snapshot: Message;
      replyMarkup: AnyReplyMarkup | undefined;
    }
  | {
      seq: number;
      type: "bot_edit";
      chatId: number;
      stored: ChatMessage;
      snapshot: Message;
      replyMarkup: AnyReplyMarkup | undefined;
      field: "text" | "caption" | "reply_markup";
    }
  | { seq: number; type: "bot_delete"; chatId: number; stored: ChatMessage; snapshot: Message }
  | {
      seq: number;
      type: "callback_answer";
      chatId: number;
      queryId: string;
      text?: string;
      showAlert: boolean;
      url?: string;
    }
  | { seq: number; type: "chat_action"; chatId: number; action: string }
  | { seq: number; type: "bot_status"; chatId: number; status: "member" | "kicked" };

/** A ChatEvent before it gets its sequence number. */
type ChatEventInput = ChatEvent extends infer E ? (E extends ChatEvent ? Omit<E, "seq"> : never) : never;

export interface ApiCall {
  method: string;
  /** Parameters as received; uploaded files appear as { filename, size, data }. */
  params: Record<string, unknown>;
  ok: boolean;
  result?: unknown;
  error?: ApiErrorShape;
  /** The call came back in a webhook response body instead of an HTTP request. */
  viaWebhookReply?: boolean;
}

export interface CallbackAnswer {
  queryId: string;
  text?: string;
  showAlert: boolean;
  url?: string;
}

/** Scope as in the Bot API (BotCommandScope), chat ids as numbers. */
export type CommandScope =
  | { type: "default" | "all_private_chats" | "all_group_chats" | "all_chat_administrators" }
  | { type: "chat" | "chat_administrators"; chat_id: number | string }
  | { type: "chat_member"; chat_id: number | string; user_id: number };

export interface FaultOptions {
  /** How many calls to affect. Default 1. */
  times?: number;
  /** Only calls whose parameters match. */
  when?: (params: Record<string, unknown>) => boolean;
}

export type Fault = { error: ApiErrorShape } | { network: true } | { delayMs: number };

interface FaultRule {
  method: string;
  fault: Fault;
  remaining: number;
  when: ((params: Record<string, unknown>) => boolean) | undefined;
}

interface UserRecord {
  user: User;
  phoneNumber: string | undefined;
  blocked: boolean;
  started: boolean;
  deactivated: boolean;
  view: TelegramUser | undefined;
}

export type ChatMemberStatus = "creator" | "administrator" | "member" | "restricted" | "left" | "kicked";

interface ChatRecord {
  chat: Chat;
  nextMessageId: number;
  messages: Map<number, ChatMessage>;
  /** For groups: the bot's own status. */
  botStatus: "member" | "administrator" | "left" | "kicked";
  members: Map<number, ChatMemberStatus>;
  menuButton: unknown;
  group: GroupChat | undefined;
}

interface PendingUpdate {
  update: Update;
  type: string;
  /** monotonicNow() when the update was created (for expiry). */
  createdAt: number;
  /** Webhook delivery queue: same queue = delivered one at a time, in order. */
  queueKey: string;
  inFlight: boolean;
  attempts: number;
  nextAttemptAt: number;
}

interface WebhookState {
  url: string;
  secretToken: string | undefined;
  maxConnections: number;
  ipAddress: string | undefined;
  allowedUpdates: string[] | undefined;
  lastErrorDate: number | undefined;
  lastErrorMessage: string | undefined;
  inFlight: Map<number, AbortController>;
  timer: Timer | undefined;
}

interface LongPoll {
  limit: number;
  settle: (value: Update[] | BotApiError) => void;
}

class NetworkFault extends Error {}

/** A handler result that also carries a `description` (e.g. "Webhook was set"). */
class Described {
  constructor(
    readonly result: unknown,
    readonly description: string,
  ) {}
}

interface CallContext {
  /** Registers a callback for when the HTTP client goes away. */
  onClientClose(fn: () => void): void;
}

type Handler = (p: Params, ctx: CallContext) => unknown;

const ALL_UPDATE_TYPES = [
  "message", "edited_message", "channel_post", "edited_channel_post", "business_connection",
  "business_message", "edited_business_message", "deleted_business_messages", "message_reaction",
  "message_reaction_count", "inline_query", "chosen_inline_result", "callback_query", "shipping_query",
  "pre_checkout_query", "purchased_paid_media", "poll", "poll_answer", "my_chat_member", "chat_member",
  "chat_join_request", "chat_boost", "removed_chat_boost",
];
const DEFAULT_ALLOWED = ALL_UPDATE_TYPES.filter(
  (t) => t !== "chat_member" && t !== "message_reaction" && t !== "message_reaction_count",
);

const CHAT_ACTIONS = new Set([
  "typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice",
  "upload_document", "choose_sticker", "find_location", "record_video_note", "upload_video_note",
]);

const MIME_BY_EXT: Record<string, string> = {
  pdf: "application/pdf",
  doc: "application/msword",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xls: "application/vnd.ms-excel",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ppt: "application/vnd.ms-powerpoint",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  odt: "application/vnd.oasis.opendocument.text",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
  csv: "text/csv",
  txt: "text/plain",
  md: "text/markdown",
  html: "text/html",
  json: "application/json",
  xml: "application/xml",
  zip: "application/zip",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  ogg: "audio/ogg",
  mp3: "audio/mpeg",
  mp4: "video/mp4",
};

// === Request parameters ====================================================

const INVALID_JSON = Symbol("invalid JSON");

/** Typed access to method parameters, whichever body encoding carried them. */
export class Params {
  constructor(
    readonly values: Record<string, unknown>,
    readonly files: Map<string, UploadedFile>,
  ) {}

  raw(name: string): unknown {
    const v = this.values[name];
    return v === null ? undefined : v;
  }
  has(name: string): boolean {
    return this.raw(name) !== undefined && this.raw(name) !== "";
  }
  str(name: string): string | undefined {
    const v = this.raw(name);
    if (v === undefined) return undefined;
    if (typeof v === "string") return v;
    if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") return String(v);
    return JSON.stringify(v);
  }
  /** Integer like TDLib's to_integer: garbage reads as 0, absent as undefined. */
  int(name: string): number | undefined {
    const v = this.raw(name);
    if (v === undefined || v === "") return undefined;
    if (typeof v === "number") return Math.trunc(v);
    if (typeof v === "boolean") return v ? 1 : 0;
    const m = /^\s*(-?\d+)/.exec(String(v));
    return m ? Number(m[1]) : 0;
  }
  bool(name: string): boolean {
    const v = this.raw(name);
    if (typeof v === "boolean") return v;
    if (typeof v === "number") return v !== 0;
    if (typeof v === "string") return ["true", "yes", "1"].includes(v.trim().toLowerCase());
    return false;
  }
  /** Objects/arrays arrive as JSON strings in form bodies. */
  json(name: string): unknown {
    const v = this.raw(name);
    if (typeof v !== "string") return v;
    if (v === "") return undefined;
    try {
      return JSON.parse(v) as unknown;
    } catch {
      return INVALID_JSON;
    }
  }
  /** An InputFile parameter: uploaded file (attach:// or direct) or a string (file_id / URL). */
  file(name: string): { upload: UploadedFile } | { ref: string } | undefined {
    const direct = this.files.get(name);
    if (direct) return { upload: direct };
    const v = this.str(name);
    if (v === undefined || v === "") return undefined;
    if (v.startsWith("attach://")) {
      const attached = this.files.get(v.slice("attach://".length));
      return attached ? { upload: attached } : undefined;
    }
    return { ref: v };
  }
}

// === The server ============================================================

export class BotApiServer {
  readonly botUser: UserFromGetMe;
  /** Every API call the bot made, in order (getUpdates included). */
  readonly calls: ApiCall[] = [];
  /** Everything that happened in any chat, in order. */
  readonly events: ChatEvent[] = [];

  private httpServer!: http.Server;
  private urlValue = "";
  private closed = false;
  private readonly users = new Map<number, UserRecord>();
  private readonly chats = new Map<number, ChatRecord>();
  private readonly files = new Map<string, StoredFile>();
  private readonly filesByPath = new Map<string, StoredFile>();
  private readonly callbackQueries = new Map<
    string,
    { chatId: number; userId: number; answered: boolean; pressedAt: number }
  >();
  private readonly commands = new Map<string, BotCommand[]>();
  private readonly botTexts = new Map<string, string>();
  private defaultMenuButton: unknown = { type: "commands" };
  private readonly faults: FaultRule[] = [];
  private readonly handlers = new Map<string, Handler>();
  private readonly listeners = new Set<(e: ChatEvent) => void>();
  private pending: PendingUpdate[] = [];
  private allowedUpdates: string[] = DEFAULT_ALLOWED;
  private longPoll: LongPoll | undefined;
  private wakeTimer: Timer | undefined;
  private webhook: WebhookState | undefined;
  private nextUpdateId: number;
  private seq = 0;
  private fileCounter = 0;
  private callbackCounter = 0;
  private readonly sentGlobal: number[] = [];
  private readonly sentPerChat = new Map<number, number[]>();
  private readonly chatBuckets = new Map<number, { tokens: number; at: number }>();
  private expiry: Required<NonNullable<BotApiServerOptions["expiry"]>>;
  /** Updates dropped because they expired before the bot fetched them. */
  readonly expiredUpdates: Update[] = [];
  private readonly options: BotApiServerOptions;
  private readonly clock: () => number;

  constructor(options: BotApiServerOptions = {}) {
    this.options = options;
    this.clock = options.clock ?? (() => Math.floor(Date.now() / 1000));
    this.expiry = { ...TELEGRAM_EXPIRY, ...options.expiry };
    this.nextUpdateId = options.firstUpdateId ?? 1;
    const bot = options.bot ?? {};
    this.botUser = {
      id: bot.id ?? 7000000001,
      is_bot: true,
      first_name: bot.firstName ?? "Thi đua Test Bot",
      username: bot.username ?? "thidua_test_bot",
      can_join_groups: bot.canJoinGroups ?? true,
      can_read_all_group_messages: bot.canReadAllGroupMessages ?? false,
      supports_inline_queries: bot.supportsInlineQueries ?? false,
      can_connect_to_business: false,
      has_main_web_app: false,
      has_topics_enabled: false,
      allows_users_to_create_topics: false,
      can_manage_bots: false,
      supports_join_request_queries: false,
    } as UserFromGetMe;
    this.registerBuiltins();
  }

  /** The apiRoot for grammY: `new Bot(token, { client: { apiRoot: server.url } })`. */
  get url(): string {
    return this.urlValue;
  }
  /** Alias of `url`. */
  get apiRoot(): string {
    return this.urlValue;
  }
  /** A plain User object for the bot (as in `from` of its messages). */
  get botAsUser(): User {
    const { id, is_bot, first_name, username } = this.botUser;
    return { id, is_bot, first_name, username };
  }

  /** @internal use startBotApiServer() */
  async listen(): Promise<void> {
    this.httpServer = http.createServer((req, res) => {
      void this.handleHttp(req, res);
    });
    this.httpServer.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve, reject) => {
      this.httpServer.once("error", reject);
      this.httpServer.listen(this.options.port ?? 0, this.options.host ?? "127.0.0.1", () => {
        this.httpServer.off("error", reject);
        resolve();
      });
    });
    const address = this.httpServer.address() as AddressInfo;
    const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
    this.urlValue = `http://${host}:${address.port}`;
  }

  /** Stops the server: pending long polls end, webhook deliveries stop, sockets close. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.longPoll?.settle([]);
    this.longPoll = undefined;
    if (this.wakeTimer) realClearTimeout(this.wakeTimer);
    this.stopWebhook();
    await new Promise<void>((resolve) => {
      this.httpServer.close(() => resolve());
      this.httpServer.closeAllConnections();
    });
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  // --- Users and chats ------------------------------------------------------

  /**
   * Creates (or returns the existing) user and their private chat with the bot.
   * A new user has not started the bot yet: the bot can't message them
   * (403) until they send something, unless `startedBot: true`.
   */
  user(init: TelegramUserInit): TelegramUser {
    const existing = this.users.get(init.id);
    if (existing?.view) return existing.view;
    if (!Number.isSafeInteger(init.id) || init.id <= 0) throw new Error(`user id must be a positive integer`);
    const user: User = {
      id: init.id,
      is_bot: false,
      first_name: init.firstName,
      ...(init.lastName !== undefined ? { last_name: init.lastName } : {}),
      ...(init.username !== undefined ? { username: init.username } : {}),
      ...(init.languageCode !== undefined ? { language_code: init.languageCode } : {}),
    };
    const record: UserRecord = existing ?? {
      user,
      phoneNumber: init.phoneNumber,
      blocked: false,
      started: init.startedBot ?? false,
      deactivated: false,
      view: undefined,
    };
    record.user = user;
    this.users.set(init.id, record);
    if (!this.chats.has(init.id)) {
      const chat: Chat.PrivateChat = {
        id: init.id,
        type: "private",
        first_name: init.firstName,
        ...(init.lastName !== undefined ? { last_name: init.lastName } : {}),
        ...(init.username !== undefined ? { username: init.username } : {}),
      };
      this.chats.set(init.id, this.newChatRecord(chat));
    }
    record.view = new TelegramUser(this, record.user, init.id, init.phoneNumber);
    return record.view;
  }

  /**
   * Creates a group (negative id; ids below -1e12 become supergroups unless
   * `type` says otherwise). The bot is a member.
   */
  groupChat(
    id: number,
    title: string,
    opts: { type?: "group" | "supergroup"; username?: string; botIsAdmin?: boolean } = {},
  ): GroupChat {
    const existing = this.chats.get(id);
    if (existing?.group) return existing.group;
    if (!Number.isSafeInteger(id) || id >= 0) throw new Error(`group chat id must be a negative integer`);
    const type = opts.type ?? (id < -1_000_000_000_000 ? "supergroup" : "group");
    const chat =
      type === "group"
        ? ({ id, type: "group", title } as Chat.GroupChat)
        : ({ id, type: "supergroup", title, ...(opts.username ? { username: opts.username } : {}) } as Chat.SupergroupChat);
    const record = this.newChatRecord(chat);
    record.botStatus = opts.botIsAdmin ? "administrator" : "member";
    this.chats.set(id, record);
    record.group = new GroupChat(this, chat);
    return record.group;
  }

  private newChatRecord(chat: Chat): ChatRecord {
    return {
      chat,
      nextMessageId: 1,
      messages: new Map(),
      botStatus: "member",
      members: new Map(),
      menuButton: undefined,
      group: undefined,
    };
  }

  /** All messages of a chat (user and bot), in order, including deleted ones. */
  chatMessages(chatId: number): ChatMessage[] {
    return [...(this.chats.get(chatId)?.messages.values() ?? [])];
  }

  /** Bot messages of a chat still present (not deleted), in order. */
  botMessages(chatId: number): ChatMessage[] {
    return this.chatMessages(chatId).filter((m) => m.fromBot && !m.deleted);
  }

  chatEvents(chatId: number, sinceSeq = 0): ChatEvent[] {
    return this.events.filter((e) => e.chatId === chatId && e.seq > sinceSeq);
  }

  get currentSeq(): number {
    return this.seq;
  }

  /** The reply keyboard currently shown in a chat (the last one sent and not removed). */
  currentKeyboard(chatId: number): ReplyKeyboardMarkup | undefined {
    const messages = this.chatMessages(chatId).filter((m) => m.fromBot);
    for (let i = messages.length - 1; i >= 0; i--) {
      const markup = messages[i]?.replyMarkup;
      if (!markup) continue;
      if ("keyboard" in markup) return markup;
      if ("remove_keyboard" in markup) return undefined;
    }
    return undefined;
  }

  /**
   * The reply keyboard a person sees under the input field right now: the current one,
   * except a one-time keyboard (one_time_keyboard) that hides once one of its buttons was
   * pressed, as Telegram's apps do (it stays reachable through the keyboard icon).
   */
  keyboardOnScreen(chatId: number): ReplyKeyboardMarkup | undefined {
    const keyboard = this.currentKeyboard(chatId);
    if (!keyboard?.one_time_keyboard) return keyboard;
    const messages = this.chatMessages(chatId);
    const shownAt = messages.findLastIndex((m) => m.fromBot && m.replyMarkup === keyboard);
    const labels = new Set(keyboard.keyboard.flat().map(keyboardButtonText));
    const pressed = messages.slice(shownAt + 1).some((m) => !m.fromBot && m.message.text !== undefined && labels.has(m.message.text));
    return pressed ? undefined : keyboard;
  }

  /** Chat actions (sendChatAction) the bot sent to a chat, in order. */
  chatActions(chatId: number): string[] {
    return this.events.flatMap((e) => (e.type === "chat_action" && e.chatId === chatId ? [e.action] : []));
  }

  /** A stored file by file_id (documents sent by the bot or by users). */
  file(fileId: string): StoredFile | undefined {
    return this.files.get(fileId);
  }

  setMemberStatus(chatId: number, userId: number, status: ChatMemberStatus): void {
    const chat = this.chats.get(chatId);
    if (!chat) throw new Error(`unknown chat ${chatId}`);
    chat.members.set(userId, status);
  }

  /** Sets the bot's own status in a group ("kicked" makes sends fail with 403). */
  setBotStatus(chatId: number, status: "member" | "administrator" | "left" | "kicked"): void {
    const chat = this.chats.get(chatId);
    if (!chat) throw new Error(`unknown chat ${chatId}`);
    chat.botStatus = status;
  }

  /** Marks a user as deactivated (deleted account): sends give 403 "user is deactivated". */
  deactivateUser(userId: number): void {
    const record = this.users.get(userId);
    if (!record) throw new Error(`unknown user ${userId}`);
    record.deactivated = true;
  }

  // --- Commands and bot settings (read side for tests) -------------------------

  /** Commands stored for exactly this scope and language (like getMyCommands). */
  commandsFor(scope: CommandScope = { type: "default" }, languageCode = ""): BotCommand[] {
    return [...(this.commands.get(this.scopeKey(scope, languageCode)) ?? [])];
  }

  /**
   * The command menu a user would see in a chat, resolved the way Telegram
   * documents it (chat_member, chat_administrators, chat, all_* scopes, default;
   * each with the user's language first).
   */
  visibleCommands(chatId: number, userId: number, languageCode = ""): BotCommand[] {
    const chat = this.chats.get(chatId);
    const isPrivate = chat?.chat.type === "private";
    const status = chat?.members.get(userId);
    const isAdmin = status === "administrator" || status === "creator";
    const scopes: CommandScope[] = isPrivate
      ? [{ type: "chat", chat_id: chatId }, { type: "all_private_chats" }, { type: "default" }]
      : [
          { type: "chat_member", chat_id: chatId, user_id: userId },
          ...(isAdmin ? [{ type: "chat_administrators" as const, chat_id: chatId }] : []),
          { type: "chat", chat_id: chatId },
          ...(isAdmin ? [{ type: "all_chat_administrators" as const }] : []),
          { type: "all_group_chats" },
          { type: "default" },
        ];
    for (const scope of scopes) {
      for (const lang of languageCode ? [languageCode, ""] : [""]) {
        const list = this.commands.get(this.scopeKey(scope, lang));
        if (list && list.length > 0) return [...list];
      }
    }
    return [];
  }

  /** Values set with setMyDescription / setMyShortDescription / setMyName. */
  botText(kind: "description" | "short_description" | "name", languageCode = ""): string {
    return this.botTexts.get(`${kind}|${languageCode}`) ?? "";
  }

  // --- Webhook and updates inspection ------------------------------------------

  get webhookUrl(): string | undefined {
    return this.webhook?.url;
  }

  /** Updates not yet confirmed by the bot (getUpdates offset or webhook 2xx). */
  get pendingUpdates(): Update[] {
    return this.pending.map((u) => u.update);
  }

  /**
   * Resolves once every update so far has been confirmed: with long polling,
   * grammY confirms a batch with its next getUpdates call, i.e. after its
   * middleware finished; with webhooks, on the 2xx answer.
   */
  async settled(opts: { timeoutMs?: number } = {}): Promise<void> {
    const timeoutMs = opts.timeoutMs ?? 3000;
    const deadline = monotonicNow() + timeoutMs;
    while (this.pending.length > 0) {
      if (monotonicNow() > deadline) {
        const left = this.pending.map((u) => `${u.type}#${u.update.update_id}`).join(", ");
        throw new Error(`updates not confirmed within ${timeoutMs} ms: ${left} (is the bot running?)`);
      }
      await new Promise((resolve) => realSetTimeout(resolve, 5));
    }
  }

  // --- Fault injection ---------------------------------------------------------

  /**
   * Makes the next call(s) of `method` fail with `error` (a Bot API error
   * shape, e.g. apiErrors.tooManyRequests(1)) or, with "network", drops the
   * connection without an answer.
   */
  failNext(method: string, error: ApiErrorShape | "network", opts: FaultOptions = {}): void {
    this.faults.push({
      method: method.toLowerCase(),
      fault: error === "network" ? { network: true } : { error },
      remaining: opts.times ?? 1,
      when: opts.when,
    });
  }

  /** Delays the next call(s) of `method` by `ms` before it is handled. */
  delayNext(method: string, ms: number, opts: FaultOptions = {}): void {
    this.faults.push({
      method: method.toLowerCase(),
      fault: { delayMs: ms },
      remaining: opts.times ?? 1,
      when: opts.when,
    });
  }

  /** Changes lifetimes from now on (e.g. a long outage compressed into a short test). */
  setExpiry(expiry: NonNullable<BotApiServerOptions["expiry"]>): void {
    this.expiry = { ...this.expiry, ...expiry };
  }

  /** Removes all pending fault rules. */
  clearFaults(): void {
    this.faults.length = 0;
  }

  /** Overrides or adds a method. Throw BotApiError (or use apiErrors/badRequest) for errors. */
  handle(method: string, handler: (params: Params) => unknown): void {
    this.handlers.set(method.toLowerCase(), (p) => handler(p));
  }

  /** Calls of one method (case-insensitive), in order. */
  callsTo(method: string): ApiCall[] {
    const m = method.toLowerCase();
    return this.calls.filter((c) => c.method.toLowerCase() === m);
  }

  // --- Events ------------------------------------------------------------------

  subscribe(listener: (e: ChatEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Waits for the first event after `sinceSeq` that matches `predicate`
   * (events already recorded count). Rejects after `timeoutMs` with
   * `describe()` in the message.
   */
  waitForEvent<E extends ChatEvent>(
    predicate: (e: ChatEvent) => e is E,
    opts: { sinceSeq?: number; timeoutMs?: number; describe?: () => string },
  ): Promise<E>;
  waitForEvent(
    predicate: (e: ChatEvent) => boolean,
    opts: { sinceSeq?: number; timeoutMs?: number; describe?: () => string },
  ): Promise<ChatEvent>;
  waitForEvent(
    predicate: (e: ChatEvent) => boolean,
    opts: { sinceSeq?: number; timeoutMs?: number; describe?: () => string },
  ): Promise<ChatEvent> {
    const since = opts.sinceSeq ?? 0;
    const found = this.events.find((e) => e.seq > since && predicate(e));
    if (found) return Promise.resolve(found);
    const timeoutMs = opts.timeoutMs ?? 3000;
    return new Promise((resolve, reject) => {
      const unsubscribe = this.subscribe((e) => {
        if (predicate(e)) {
          unsubscribe();
          realClearTimeout(timer);
          resolve(e);
        }
      });
      const timer = realSetTimeout(() => {
        unsubscribe();
        reject(new Error(`timed out after ${timeoutMs} ms${opts.describe ? `: ${opts.describe()}` : ""}`));
      }, timeoutMs);
    });
  }

  private emit(event: ChatEventInput): ChatEvent {
    const full = { ...event, seq: ++this.seq } as ChatEvent;
    this.events.push(full);
    for (const listener of [...this.listeners]) listener(full);
    return full;
  }

  // --- User side (used by TelegramUser / GroupChat) -------------------------

  /** @internal The user sends a message to a chat; creates a `message` update. */
  userSends(
    chatId: number,
    userId: number,
    content: Record<string, unknown>,
    kind: UserContentKind,
    opts: { replyTo?: number; file?: StoredFile } = {},
  ): Message {
    const chat = this.requireChat(chatId);
    const record = this.requireUser(userId);
    if (chat.chat.type === "private") {
      if (record.blocked) this.setBlocked(userId, false, true);
      record.started = true;
    } else if (!chat.members.has(userId)) {
      chat.members.set(userId, "member");
    }
    const message = {
      message_id: chat.nextMessageId++,
      from: { ...record.user },
      chat: { ...chat.chat },
      date: this.clock(),
      ...content,
    } as unknown as Message;
    if (opts.replyTo !== undefined) {
      const target = chat.messages.get(opts.replyTo);
      if (!target || target.deleted) throw new Error(`no message ${opts.replyTo} to reply to`);
      (message as { reply_to_message?: Message }).reply_to_message = this.shallowMessage(target.message);
    }
    chat.messages.set(message.message_id, new ChatMessage(chatId, false, message, undefined, opts.file));
    this.emit({ type: "user_message", chatId, from: record.user, message: structuredClone(message), kind });
    if (this.botReceivesGroupMessage(chat, message)) {
      this.enqueue("message", { message } as Partial<Update>, `chat:${chatId}`);
    }
    return message;
  }

  /** @internal The user edits one of their text messages; creates an `edited_message` update. */
  userEdits(chatId: number, userId: number, messageId: number, text: string): Message {
    const chat = this.requireChat(chatId);
    const stored = chat.messages.get(messageId);
    if (!stored || stored.fromBot || stored.message.from?.id !== userId || stored.deleted) {
      throw new Error(`user ${userId} has no message ${messageId} in chat ${chatId}`);
    }
    const edited = {
      ...stored.message,
      text,
      edit_date: this.clock(),
    } as Message;
    const entities = detectEntities(text);
    if (entities.length > 0) (edited as { entities?: MessageEntity[] }).entities = entities;
    else delete (edited as { entities?: MessageEntity[] }).entities;
    stored.message = edited;
    stored.editCount++;
    const record = this.requireUser(userId);
    this.emit({ type: "user_edit", chatId, from: record.user, message: structuredClone(edited) });
    if (this.botReceivesGroupMessage(chat, edited)) {
      this.enqueue("edited_message", { edited_message: edited } as Partial<Update>, `chat:${chatId}`);
    }
    return edited;
  }

  /** @internal The user presses an inline button; creates a `callback_query` update. */
  userPressesCallback(chatId: number, userId: number, messageId: number, button: InlineKeyboardButton): CallbackQuery {
    const chat = this.requireChat(chatId);
    const record = this.requireUser(userId);
    const stored = chat.messages.get(messageId);
    if (!stored || stored.deleted) throw new Error(`message ${messageId} is gone`);
    if (!("callback_data" in button)) throw new Error(`button "${button.text}" has no callback_data`);
    const id = String(4_000_000_000_000_000_000n + BigInt(++this.callbackCounter));
    const query: CallbackQuery = {
      id,
      from: { ...record.user },
      message: structuredClone(stored.message),
      chat_instance: chatInstance(chatId),
      data: button.callback_data,
    } as CallbackQuery;
    this.callbackQueries.set(id, { chatId, userId, answered: false, pressedAt: monotonicNow() });
    this.emit({
      type: "callback_query",
      chatId,
      from: record.user,
      query: structuredClone(query),
      label: button.text,
      messageId,
    });
    this.enqueue("callback_query", { callback_query: query }, `user:${userId}`);
    return query;
  }

  /** @internal Stores a file uploaded by a user. */
  storeUserFile(data: Buffer, kind: "document" | "photo" | "voice" | "sticker", fileName?: string, mimeType?: string): StoredFile {
    return this.storeFile(data, kind, fileName, mimeType);
  }

  /**
   * The user blocks (or unblocks) the bot. Like Telegram, this sends the bot
   * a `my_chat_member` update unless `notify` is false.
   */
  setBlocked(userId: number, blocked: boolean, notify = true): void {
    const record = this.requireUser(userId);
    if (record.blocked === blocked) return;
    record.blocked = blocked;
    const chat = this.requireChat(userId);
    this.emit({ type: "bot_status", chatId: userId, status: blocked ? "kicked" : "member" });
    if (!notify) return;
    const bot = this.botAsUser;
    const update: ChatMemberUpdated = {
      chat: { ...chat.chat },
      from: { ...record.user },
      date: this.clock(),
      old_chat_member: blocked ? { status: "member", user: bot } : { status: "kicked", user: bot, until_date: 0 },
      new_chat_member: blocked ? { status: "kicked", user: bot, until_date: 0 } : { status: "member", user: bot },
    } as ChatMemberUpdated;
    this.enqueue("my_chat_member", { my_chat_member: update }, `member:${userId}`);
  }

  isBlocked(userId: number): boolean {
    return this.users.get(userId)?.blocked ?? false;
  }

  private botReceivesGroupMessage(chat: ChatRecord, message: Message): boolean {
    if (chat.chat.type === "private" || chat.chat.type === "channel") return true;
    if (this.botUser.can_read_all_group_messages) return true;
    if (chat.botStatus === "administrator") return true;
    if (chat.botStatus === "kicked" || chat.botStatus === "left") return false;
    if (message.reply_to_message?.from?.id === this.botUser.id) return true;
    const text = message.text ?? message.caption ?? "";
    const entities = message.entities ?? message.caption_entities ?? [];
    const me = this.botUser.username.toLowerCase();
    for (const e of entities) {
      const part = text.slice(e.offset, e.offset + e.length).toLowerCase();
      if (e.type === "bot_command") {
        const at = part.indexOf("@");
        if (at === -1 || part.slice(at + 1) === me) return true;
      }
      if (e.type === "mention" && part === `@${me}`) return true;
    }
    return false;
  }

  // --- Updates -----------------------------------------------------------------

  private enqueue(type: string, payload: Partial<Update>, queueKey: string): void {
    if (this.closed) return;
    // Like Telegram, updates of types not allowed right now are dropped.
    if (!this.allowedUpdates.includes(type)) return;
    const update = { update_id: this.nextUpdateId++, ...payload } as Update;
    this.pending.push({ update, type, queueKey, createdAt: monotonicNow(), inFlight: false, attempts: 0, nextAttemptAt: 0 });
    if (this.webhook) this.pumpWebhook();
    else this.wakeLongPoll();
  }

  private applyAllowedUpdates(raw: unknown): void {
    let value = raw;
    if (typeof value === "string") {
      if (value === "") return;
      try {
        value = JSON.parse(value) as unknown;
      } catch {
        return;
      }
    }
    if (!Array.isArray(value)) return;
    if (!value.every((v) => typeof v === "string")) return;
    const wanted = (value as string[]).map((v) => v.toLowerCase()).filter((v) => ALL_UPDATE_TYPES.includes(v));
    this.allowedUpdates = wanted.length === 0 ? DEFAULT_ALLOWED : wanted;
  }

  private confirm(offset: number): void {
    if (offset < 0) {
      const keep = -offset;
      if (this.pending.length > keep) this.pending = this.pending.slice(this.pending.length - keep);
    } else if (offset > 0) {
      this.pending = this.pending.filter((u) => u.update.update_id >= offset);
    }
  }

  private getUpdates(p: Params, ctx: CallContext): Update[] | Promise<Update[]> {
    if (this.webhook) {
      throw conflict(
        "can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
      );
    }
    const offset = p.int("offset") ?? 0;
    const limit = Math.min(100, Math.max(1, p.int("limit") ?? 100));
    const timeout = Math.min(50, Math.max(0, p.int("timeout") ?? 0));
    this.applyAllowedUpdates(p.raw("allowed_updates"));
    this.confirm(offset);
    this.dropExpired();
    const batch = this.pending.slice(0, limit).map((u) => u.update);
    // A new getUpdates call terminates the one still waiting.
    if (this.longPoll) {
      this.longPoll.settle(
        conflict("terminated by other getUpdates request; make sure that only one bot instance is running"),
      );
    }
    if (batch.length > 0 || timeout === 0 || this.closed) return batch;
    return new Promise<Update[]>((resolve, reject) => {
      let done = false;
      const poll: LongPoll = {
        limit,
        settle: (value) => {
          if (done) return;
          done = true;
          realClearTimeout(timer);
          if (this.longPoll === poll) this.longPoll = undefined;
          if (value instanceof BotApiError) reject(value);
          else resolve(value);
        },
      };
      const timer = realSetTimeout(() => poll.settle([]), timeout * 1000);
      this.longPoll = poll;
      ctx.onClientClose(() => poll.settle([]));
    });
  }

  /** Drops updates older than their lifetime (not those being delivered right now). */
  private dropExpired(): void {
    const now = monotonicNow();
    const alive = (u: PendingUpdate) =>
      u.inFlight || now - u.createdAt <= (u.type === "callback_query" ? this.expiry.callbackQueryUpdateMs : this.expiry.updateMs);
    if (this.pending.every(alive)) return;
    for (const u of this.pending) if (!alive(u)) this.expiredUpdates.push(u.update);
    this.pending = this.pending.filter(alive);
  }

  private wakeLongPoll(): void {
    if (!this.longPoll || this.wakeTimer) return;
    // Telegram waits ~1 ms after an update arrives so a burst becomes one batch.
    this.wakeTimer = realSetTimeout(() => {
      this.wakeTimer = undefined;
      const poll = this.longPoll;
      if (!poll) return;
      this.dropExpired();
      const batch = this.pending.slice(0, poll.limit).map((u) => u.update);
      if (batch.length > 0) poll.settle(batch);
    }, 1);
  }

  // --- Webhook delivery --------------------------------------------------------

  private pumpWebhook(): void {
    const wh = this.webhook;
    if (!wh || this.closed) return;
    if (wh.timer) {
      realClearTimeout(wh.timer);
      wh.timer = undefined;
    }
    this.dropExpired();
    const now = monotonicNow();
    const busy = new Set(this.pending.filter((u) => u.inFlight).map((u) => u.queueKey));
    let soonest = Infinity;
    for (const u of this.pending) {
      if (wh.inFlight.size >= wh.maxConnections) break;
      if (u.inFlight || busy.has(u.queueKey)) continue;
      // Only the head of each queue may go; later updates of the queue wait.
      busy.add(u.queueKey);
      if (u.nextAttemptAt > now) {
        soonest = Math.min(soonest, u.nextAttemptAt);
        continue;
      }
      void this.deliver(wh, u);
    }
    if (soonest !== Infinity) {
      wh.timer = realSetTimeout(() => {
        wh.timer = undefined;
        this.pumpWebhook();
      }, Math.max(1, soonest - now));
    }
  }

  private async deliver(wh: WebhookState, u: PendingUpdate): Promise<void> {
    u.inFlight = true;
    const controller = new AbortController();
    wh.inFlight.set(u.update.update_id, controller);
    const timeout = realSetTimeout(() => controller.abort(), this.options.webhook?.timeoutMs ?? 10_000);
    let error: string | undefined;
    let retryAfter = 0;
    try {
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (wh.secretToken) headers["X-Telegram-Bot-Api-Secret-Token"] = wh.secretToken;
      const target = this.options.webhook?.forward?.(new URL(wh.url)) ?? wh.url;
      const res = await realFetch(target, {
        method: "POST",
        headers,
        body: JSON.stringify(u.update),
        signal: controller.signal,
      });
      const body = await res.text();
      if (res.status >= 200 && res.status <= 299) {
        await this.handleWebhookReply(res.headers.get("content-type") ?? "", body);
        this.pending = this.pending.filter((x) => x !== u);
      } else {
        error = `Wrong response from the webhook: ${res.status} ${res.statusText}`;
        retryAfter = Number(res.headers.get("retry-after") ?? 0) || 0;
      }
    } catch (e) {
      const code = (e as { cause?: { code?: string } }).cause?.code;
      error =
        code === "ECONNREFUSED"
          ? "Connection refused"
          : controller.signal.aborted
            ? "Read timeout expired"
            : "Webhook connection closed";
    } finally {
      realClearTimeout(timeout);
      wh.inFlight.delete(u.update.update_id);
      u.inFlight = false;
    }
    if (error !== undefined && this.webhook === wh) {
      wh.lastErrorDate = this.clock();
      wh.lastErrorMessage = error;
      u.attempts++;
      const base = this.options.webhook?.retryDelayMs ?? 100;
      const cap = this.options.webhook?.maxRetryDelayMs ?? 2000;
      const delay = retryAfter > 0 ? retryAfter * 1000 : Math.min(cap, base * 2 ** (u.attempts - 1));
      u.nextAttemptAt = monotonicNow() + delay;
    }
    if (this.webhook) this.pumpWebhook();
    else this.wakeLongPoll();
  }

  /**
   * A webhook answer may carry one method call (Telegram's "webhook reply").
   * It is executed before the update counts as delivered and logged in
   * `calls` with `viaWebhookReply: true`.
   */
  private async handleWebhookReply(contentType: string, body: string): Promise<void> {
    if (!contentType.includes("application/json") || body.trim() === "") return;
    let payload: unknown;
    try {
      payload = JSON.parse(body);
    } catch {
      return;
    }
    if (typeof payload !== "object" || payload === null) return;
    const { method, ...rest } = payload as Record<string, unknown>;
    if (typeof method !== "string") return;
    const m = method.toLowerCase();
    if (m.startsWith("get") || ["setwebhook", "deletewebhook", "close", "logout"].includes(m)) return;
    const params = new Params(rest, new Map());
    const call: ApiCall = { method, params: summarizeParams(params), ok: false, viaWebhookReply: true };
    this.calls.push(call);
    try {
      const value = await this.invoke(method, params, { onClientClose: () => {} });
      call.ok = true;
      call.result = value instanceof Described ? value.result : value;
    } catch (e) {
      if (e instanceof BotApiError) call.error = errorShape(e);
    }
  }

  private stopWebhook(): void {
    const wh = this.webhook;
    if (!wh) return;
    if (wh.timer) realClearTimeout(wh.timer);
    for (const controller of wh.inFlight.values()) controller.abort();
    this.webhook = undefined;
  }

  // --- HTTP layer --------------------------------------------------------------

  private async handleHttp(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://localhost");
    const fileMatch = /^\/file\/bot([^/]+)\/(.+)$/.exec(url.pathname);
    if (fileMatch && (req.method === "GET" || req.method === "HEAD")) {
      const file = this.filesByPath.get(decodeURIComponent(fileMatch[2] ?? ""));
      if (!file || !this.tokenAccepted(fileMatch[1] ?? "")) {
        this.sendJson(res, 404, { ok: false, error_code: 404, description: "Not Found" });
        return;
      }
      res.writeHead(200, {
        "content-type": file.mime_type ?? "application/octet-stream",
        "content-length": String(file.data.length),
      });
      res.end(req.method === "HEAD" ? undefined : file.data);
      return;
    }
    const match = /^\/bot([^/]*)\/(?:test\/)?([A-Za-z0-9_]+)\/?$/.exec(url.pathname);
    if (!match || match[1] === "") {
      this.sendJson(res, 404, { ok: false, error_code: 404, description: "Not Found" });
      return;
    }
    const token = match[1] ?? "";
    const method = match[2] ?? "";
    let params: Params;
    try {
      params = await this.readParams(req, url);
    } catch (e) {
      const err = e instanceof BotApiError ? e : badRequest("can't parse request body");
      this.sendJson(res, err.error_code, err.toJSON());
      return;
    }
    const call: ApiCall = { method, params: summarizeParams(params), ok: false };
    this.calls.push(call);
    if (!this.tokenAccepted(token)) {
      const err = apiErrors.unauthorized();
      call.error = errorShape(err);
      this.sendJson(res, 401, err.toJSON());
      return;
    }
    const closeHandlers: (() => void)[] = [];
    res.on("close", () => {
      if (!res.writableFinished) for (const fn of closeHandlers) fn();
    });
    try {
      const value = await this.invoke(method, params, { onClientClose: (fn) => closeHandlers.push(fn) });
      const result = value instanceof Described ? value.result : value;
      call.ok = true;
      call.result = result;
      const body: Record<string, unknown> = { ok: true, result };
      if (value instanceof Described) body.description = value.description;
      this.sendJson(res, 200, body);
    } catch (e) {
      if (e instanceof NetworkFault) {
        call.error = { error_code: 0, description: "network fault injected" };
        req.socket.destroy();
        return;
      }
      const err =
        e instanceof BotApiError
          ? e
          : new BotApiError(500, `Internal Server Error: ${e instanceof Error ? e.message : String(e)}`);
      call.error = errorShape(err);
      this.sendJson(res, err.error_code, err.toJSON());
    }
  }

  private tokenAccepted(token: string): boolean {
    return this.options.token === undefined || token === this.options.token;
  }

  private sendJson(res: http.ServerResponse, status: number, body: unknown): void {
    if (res.writableEnded || res.destroyed) return;
    const text = JSON.stringify(body);
    res.writeHead(status, {
      "content-type": "application/json",
      "content-length": String(Buffer.byteLength(text)),
    });
    res.end(text);
  }

  private async readParams(req: http.IncomingMessage, url: URL): Promise<Params> {
    const values: Record<string, unknown> = {};
    for (const [k, v] of url.searchParams) values[k] = v;
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const files = new Map<string, UploadedFile>();
    const type = (req.headers["content-type"] ?? "").toLowerCase();
    if (body.length > 0) {
      if (type.startsWith("application/json")) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(body.toString("utf8"));
        } catch {
          throw badRequest("can't parse JSON encoded request: JSON parse error");
        }
        if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) Object.assign(values, parsed);
      } else if (type.startsWith("multipart/form-data")) {
        const parsed = parseMultipart(body, req.headers["content-type"] ?? "");
        for (const [k, v] of parsed.fields) values[k] = v;
        for (const [k, v] of parsed.files) files.set(k, v);
      } else {
        for (const [k, v] of new URLSearchParams(body.toString("utf8"))) values[k] = v;
      }
    }
    return new Params(values, files);
  }

  private async invoke(method: string, params: Params, ctx: CallContext): Promise<unknown> {
    const name = method.toLowerCase();
    const ruleIndex = this.faults.findIndex((r) => r.method === name && (!r.when || r.when(params.values)));
    if (ruleIndex !== -1) {
      const rule = this.faults[ruleIndex]!;
      if (--rule.remaining <= 0) this.faults.splice(ruleIndex, 1);
      if ("network" in rule.fault) throw new NetworkFault();
      if ("error" in rule.fault) throw BotApiError.from(rule.fault.error);
      await new Promise((r) => realSetTimeout(r, (rule.fault as { delayMs: number }).delayMs));
    }
    const handler = this.handlers.get(name);
    if (!handler) throw apiErrors.methodNotFound();
    // Telegram reads every string as UTF-8: an unpaired UTF-16 surrogate (what a JS string
    // cut in the middle of an emoji holds) cannot be encoded and the call is refused.
    if (Object.values(params.values).some(hasLoneSurrogate)) throw badRequest("strings must be encoded in UTF-8");
    return await handler(params, ctx);
  }

  // --- Helpers for methods -----------------------------------------------------

  private requireChat(chatId: number): ChatRecord {
    const chat = this.chats.get(chatId);
    if (!chat) throw new Error(`unknown chat ${chatId}`);
    return chat;
  }

  private requireUser(userId: number): UserRecord {
    const user = this.users.get(userId);
    if (!user) throw new Error(`unknown user ${userId}`);
    return user;
  }

  private resolveChat(p: Params, field = "chat_id"): ChatRecord {
    const raw = p.str(field)?.trim();
    if (raw === undefined || raw === "") throw badRequest("chat_id is empty");
    if (raw.startsWith("@")) {
      const name = raw.slice(1).toLowerCase();
      for (const chat of this.chats.values()) {
        if (chat.chat.type !== "private" && "username" in chat.chat && chat.chat.username?.toLowerCase() === name) {
          return chat;
        }
      }
      throw badRequest("chat not found");
    }
    if (!/^-?\d+$/.test(raw)) throw badRequest("chat not found");
    const chat = this.chats.get(Number(raw));
    if (!chat) throw badRequest("chat not found");
    return chat;
  }

  /** Checks that the bot may write to the chat (blocked, not started, kicked...). */
  private checkWritable(chat: ChatRecord): void {
    if (chat.chat.type === "private") {
      const user = this.users.get(chat.chat.id);
      if (!user) throw badRequest("chat not found");
      if (user.deactivated) throw apiErrors.userDeactivated();
      if (user.blocked) throw apiErrors.blockedByUser();
      if (!user.started) throw apiErrors.cantInitiate();
      return;
    }
    const kind = chat.chat.type === "supergroup" ? "supergroup" : "group";
    if (chat.botStatus === "kicked") throw forbidden(`bot was kicked from the ${kind} chat`);
    if (chat.botStatus === "left") throw forbidden(`bot is not a member of the ${kind} chat`);
  }

  private checkRateLimit(chat: ChatRecord): void {
    const option = this.options.rateLimit ?? true;
    if (option === false) return;
    const limits =
      option === true
        ? TELEGRAM_RATE_LIMITS
        : { ...option, perChatBurst: option.perChatBurst ?? option.perChat };
    const now = monotonicNow();
    const retryAfter = (stamps: number[], max: number | undefined, windowMs: number): number | undefined => {
      if (!max || max <= 0) return undefined;
      const recent = stamps.filter((t) => t > now - windowMs);
      if (recent.length < max) return undefined;
      const oldest = recent[recent.length - max] ?? now;
      return Math.max(1, Math.ceil((oldest + windowMs - now) / 1000));
    };
    // One chat: `perChat` a second on average, with bursts of `perChatBurst` (a token bucket).
    const bucketWait = (): number | undefined => {
      const rate = limits.perChat;
      if (!rate || rate <= 0) return undefined;
      const burst = Math.max(1, limits.perChatBurst ?? rate);
      const bucket = this.chatBuckets.get(chat.chat.id) ?? { tokens: burst, at: now };
      bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * rate);
      bucket.at = now;
      this.chatBuckets.set(chat.chat.id, bucket);
      return bucket.tokens >= 1 ? undefined : Math.max(1, Math.ceil((1 - bucket.tokens) / rate));
    };
    const perChat = this.sentPerChat.get(chat.chat.id) ?? [];
    const wait =
      retryAfter(this.sentGlobal, limits.global, 1000) ??
      bucketWait() ??
      (chat.chat.type !== "private" ? retryAfter(perChat, limits.perGroupPerMinute, 60_000) : undefined);
    if (wait !== undefined) throw tooManyRequests(wait);
    const bucket = this.chatBuckets.get(chat.chat.id);
    if (bucket) bucket.tokens -= 1;
    this.sentGlobal.push(now);
    while ((this.sentGlobal[0] ?? now) <= now - 1000) this.sentGlobal.shift();
    perChat.push(now);
    while ((perChat[0] ?? now) <= now - 60_000) perChat.shift();
    this.sentPerChat.set(chat.chat.id, perChat);
  }

  private parseMarkup(p: Params): ParsedMarkup | undefined {
    return parseReplyMarkup(p.raw("reply_markup"));
  }

  private entitiesParam(p: Params, name: string): MessageEntity[] | undefined {
    const value = p.json(name);
    if (value === INVALID_JSON) throw badRequest(`can't parse entities JSON object`);
    return Array.isArray(value) ? (value as MessageEntity[]) : undefined;
  }

  private formatMessageText(p: Params): { text: string; entities: MessageEntity[] } {
    const raw = p.str("text") ?? "";
    if (raw === "") throw badRequest("message text is empty");
    const formatted = formatText(raw, p.str("parse_mode"), this.entitiesParam(p, "entities"));
    if (formatted.text === "") throw badRequest("text must be non-empty");
    if (codePointLength(formatted.text) > 4096) throw badRequest("message is too long");
    return formatted;
  }

  private formatCaption(p: Params): { text: string; entities: MessageEntity[] } | undefined {
    const raw = p.str("caption") ?? "";
    if (raw === "") return undefined;
    const formatted = formatText(raw, p.str("parse_mode"), this.entitiesParam(p, "caption_entities"));
    if (formatted.text === "") return undefined;
    if (codePointLength(formatted.text) > 1024) throw badRequest("message caption is too long");
    return formatted;
  }

  private replyTarget(chat: ChatRecord, p: Params): Message | undefined {
    let messageId: number | undefined;
    let allowWithout = p.bool("allow_sending_without_reply");
    const params = p.json("reply_parameters");
    if (params === INVALID_JSON) throw badRequest("can't parse reply parameters JSON object");
    if (typeof params === "object" && params !== null) {
      const rp = params as { message_id?: unknown; allow_sending_without_reply?: unknown };
      messageId = typeof rp.message_id === "number" ? rp.message_id : Number(rp.message_id);
      allowWithout = rp.allow_sending_without_reply === true;
    } else if (p.has("reply_to_message_id")) {
      messageId = p.int("reply_to_message_id");
    }
    if (messageId === undefined || !Number.isFinite(messageId) || messageId <= 0) return undefined;
    const target = chat.messages.get(messageId);
    if (!target || target.deleted) {
      if (allowWithout) return undefined;
      throw badRequest("message to be replied not found");
    }
    return this.shallowMessage(target.message);
  }

  private shallowMessage(message: Message): Message {
    const copy = structuredClone(message) as Message & { reply_to_message?: Message };
    delete copy.reply_to_message;
    return copy;
  }

  private storeFile(
    data: Buffer,
    kind: "document" | "photo" | "voice" | "sticker",
    fileName?: string,
    mimeType?: string,
  ): StoredFile {
    const n = ++this.fileCounter;
    const prefix = { document: "BQACAgIAAxkDAA", photo: "AgACAgIAAxkDAA", voice: "AwACAgIAAxkDAA", sticker: "CAACAgIAAxkDAA" }[kind];
    const folder = { document: "documents", photo: "photos", voice: "voice", sticker: "stickers" }[kind];
    const ext =
      fileName && /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]
        ? `.${/\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]}`
        : { document: "", photo: ".jpg", voice: ".oga", sticker: ".webp" }[kind];
    const file: StoredFile = {
      file_id: `${prefix}${String(n).padStart(8, "0")}`,
      file_unique_id: `AgAD${String(n).padStart(4, "0")}`,
      ...(fileName !== undefined ? { file_name: fileName } : {}),
      ...(mimeType !== undefined ? { mime_type: mimeType } : {}),
      file_size: data.length,
      file_path: `${folder}/file_${n}${ext}`,
      data,
    };
    this.files.set(file.file_id, file);
    this.filesByPath.set(file.file_path, file);
    return file;
  }

  private async inputFile(p: Params, name: string, kind: "document" | "photo"): Promise<StoredFile> {
    const input = p.file(name);
    if (!input) throw badRequest(`there is no ${kind} in the request`);
    if ("upload" in input) {
      const { data, filename, contentType } = input.upload;
      const ext = /\.([A-Za-z0-9]+)$/.exec(filename)?.[1]?.toLowerCase() ?? "";
      const mime =
        contentType && contentType !== "application/octet-stream"
          ? contentType
          : (MIME_BY_EXT[ext] ?? "application/octet-stream");
      return this.storeFile(data, kind, filename, mime);
    }
    const existing = this.files.get(input.ref);
    if (existing) return existing;
    if (/^https?:\/\//i.test(input.ref)) {
      let res: Response;
      try {
        res = await realFetch(input.ref);
      } catch {
        throw badRequest("failed to get HTTP URL content");
      }
      if (!res.ok) throw badRequest("failed to get HTTP URL content");
      const data = Buffer.from(await res.arrayBuffer());
      const name = decodeURIComponent(new URL(input.ref).pathname.split("/").pop() || "file");
      const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? "";
      const mime = res.headers.get("content-type")?.split(";")[0] ?? MIME_BY_EXT[ext];
      return this.storeFile(data, kind, name, mime);
    }
    throw badRequest("wrong file identifier/HTTP URL specified");
  }

  private commitBotMessage(
    chat: ChatRecord,
    content: Record<string, unknown>,
    markup: ParsedMarkup | undefined,
    replyTo: Message | undefined,
    file?: StoredFile,
  ): Message {
    const message = {
      message_id: chat.nextMessageId++,
      from: this.botAsUser,
      chat: { ...chat.chat },
      date: this.clock(),
      ...(replyTo ? { reply_to_message: replyTo } : {}),
      ...content,
      ...(markup?.kind === "inline" ? { reply_markup: markup.markup } : {}),
    } as unknown as Message;
    const stored = new ChatMessage(chat.chat.id, true, message, markup?.markup, file);
    chat.messages.set(message.message_id, stored);
    this.emit({
      type: "bot_message",
      chatId: chat.chat.id,
      stored,
      snapshot: structuredClone(message),
      replyMarkup: structuredClone(markup?.markup),
    });
    return structuredClone(message);
  }

  private findBotMessageForEdit(p: Params): { chat: ChatRecord; stored: ChatMessage } {
    if (p.has("inline_message_id") && !p.has("chat_id")) throw badRequest("message to edit not found");
    const chat = this.resolveChat(p);
    const messageId = p.int("message_id");
    if (messageId === undefined) throw badRequest("message identifier is not specified");
    const stored = chat.messages.get(messageId);
    if (!stored || stored.deleted) throw badRequest("message to edit not found");
    if (!stored.fromBot) throw badRequest("message can't be edited");
    return { chat, stored };
  }

  private editInlineMarkup(p: Params): ParsedMarkup | undefined {
    const markup = this.parseMarkup(p);
    if (markup && markup.kind !== "inline") throw badRequest("inline keyboard expected");
    return markup;
  }

  private applyEdit(
    chat: ChatRecord,
    stored: ChatMessage,
    changes: Record<string, unknown>,
    markup: ParsedMarkup | undefined,
    field: "text" | "caption" | "reply_markup",
  ): Message {
    const before = stored.message as unknown as Record<string, unknown>;
    const next: Record<string, unknown> = { ...before, ...changes };
    for (const [k, v] of Object.entries(changes)) if (v === undefined) delete next[k];
    delete next.reply_markup;
    if (markup?.kind === "inline") next.reply_markup = markup.markup;
    const comparable = (m: Record<string, unknown>) =>
      JSON.stringify([m.text, m.entities ?? [], m.caption, m.caption_entities ?? [], m.reply_markup ?? null]);
    if (comparable(before) === comparable(next)) throw apiErrors.messageNotModified();
    next.edit_date = this.clock();
    stored.message = next as unknown as Message;
    stored.replyMarkup = markup?.markup;
    stored.editCount++;
    this.emit({
      type: "bot_edit",
      chatId: chat.chat.id,
      stored,
      snapshot: structuredClone(stored.message),
      replyMarkup: structuredClone(stored.replyMarkup),
      field,
    });
    return structuredClone(stored.message);
  }

  private scopeKey(scope: CommandScope, languageCode: string): string {
    switch (scope.type) {
      case "chat":
      case "chat_administrators":
        return `${scope.type}:${scope.chat_id}|${languageCode}`;
      case "chat_member":
        return `${scope.type}:${scope.chat_id}:${scope.user_id}|${languageCode}`;
      default:
        return `${scope.type}|${languageCode}`;
    }
  }

  private parseScope(p: Params): CommandScope {
    const raw = p.json("scope");
    if (raw === undefined) return { type: "default" };
    if (raw === INVALID_JSON) throw badRequest("Can't parse BotCommandScope JSON object");
    const fail = (msg: string) => badRequest(`Can't parse BotCommandScope: ${msg}`);
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw fail("BotCommandScope must be an Object");
    const s = raw as Record<string, unknown>;
    if (typeof s.type !== "string") throw fail(`Can't find field "type"`);
    switch (s.type) {
      case "default":
      case "all_private_chats":
      case "all_group_chats":
      case "all_chat_administrators":
        return { type: s.type };
      case "chat":
      case "chat_administrators":
      case "chat_member": {
        if (s.chat_id === undefined || s.chat_id === "") throw fail("Empty chat_id specified");
        const chat = this.resolveChat(new Params({ chat_id: s.chat_id }, new Map()));
        if (s.type !== "chat_member") return { type: s.type, chat_id: chat.chat.id };
        const userId = Number(s.user_id);
        if (!Number.isSafeInteger(userId) || userId <= 0) throw fail("Invalid user_id specified");
        return { type: "chat_member", chat_id: chat.chat.id, user_id: userId };
      }
      default:
        throw fail("Unsupported type specified");
    }
  }

  private languageCode(p: Params): string {
    const lc = p.str("language_code") ?? "";
    if (lc !== "" && !/^[a-z]{2}(-[a-z0-9-]*)?$/.test(lc)) throw badRequest("Invalid language code specified");
    return lc;
  }

  // --- Built-in methods --------------------------------------------------------

  private registerBuiltins(): void {
    const h = (name: string, fn: Handler) => this.handlers.set(name.toLowerCase(), fn);

    h("getMe", () => ({ ...this.botUser }));
    h("logOut", () => true);
    h("close", () => true);
    h("getUpdates", (p, ctx) => this.getUpdates(p, ctx));

    h("setWebhook", (p) => {
      const url = p.str("url") ?? "";
      if (url === "") return this.deleteWebhook(p);
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        throw badRequest("invalid webhook URL specified");
      }
      // Telegram delivers to HTTPS only, on four ports (a local Bot API server with --local
      // is laxer; this one is Telegram).
      if (parsed.protocol !== "https:") throw badRequest("bad webhook: An HTTPS URL must be provided for webhook");
      if (!["", "443", "80", "88", "8443"].includes(parsed.port)) {
        throw badRequest("bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443");
      }
      const secret = p.str("secret_token");
      if (secret !== undefined && secret !== "") {
        if (secret.length > 256) throw badRequest("secret token is too long");
        if (!/^[A-Za-z0-9_-]+$/.test(secret)) throw badRequest("secret token contains unallowed characters");
      }
      const maxConnections = Math.min(100, Math.max(1, p.int("max_connections") ?? 40));
      this.applyAllowedUpdates(p.raw("allowed_updates"));
      if (p.bool("drop_pending_updates")) this.pending = this.pending.filter((u) => u.inFlight);
      const same =
        this.webhook &&
        this.webhook.url === url &&
        this.webhook.secretToken === (secret || undefined) &&
        this.webhook.maxConnections === maxConnections;
      if (this.longPoll) this.longPoll.settle(conflict("terminated by setWebhook request"));
      if (!same) {
        this.stopWebhook();
        this.webhook = {
          url,
          secretToken: secret || undefined,
          maxConnections,
          ipAddress: p.str("ip_address") || undefined,
          allowedUpdates: undefined,
          lastErrorDate: undefined,
          lastErrorMessage: undefined,
          inFlight: new Map(),
          timer: undefined,
        };
        for (const u of this.pending) {
          u.attempts = 0;
          u.nextAttemptAt = 0;
        }
      }
      this.pumpWebhook();
      return new Described(true, same ? "Webhook is already set" : "Webhook was set");
    });
    h("deleteWebhook", (p) => this.deleteWebhook(p));
    h("getWebhookInfo", () => {
      const wh = this.webhook;
      const info: WebhookInfo = {
        url: wh?.url ?? "",
        has_custom_certificate: false,
        pending_update_count: this.pending.length,
      };
      if (wh) {
        info.max_connections = wh.maxConnections;
        info.ip_address = wh.ipAddress ?? "127.0.0.1";
        if (wh.lastErrorDate !== undefined) info.last_error_date = wh.lastErrorDate;
        if (wh.lastErrorMessage !== undefined) info.last_error_message = wh.lastErrorMessage;
        if (this.allowedUpdates !== DEFAULT_ALLOWED) {
          info.allowed_updates = [...this.allowedUpdates] as WebhookInfo["allowed_updates"];
        }
      }
      return info;
    });

    h("sendMessage", (p) => {
      const chat = this.resolveChat(p);
      const formatted = this.formatMessageText(p);
      const markup = this.parseMarkup(p);
      const replyTo = this.replyTarget(chat, p);
      this.checkWritable(chat);
      this.checkRateLimit(chat);
      const content: Record<string, unknown> = { text: formatted.text };
      if (formatted.entities.length > 0) content.entities = formatted.entities;
      const lpo = p.json("link_preview_options");
      if (typeof lpo === "object" && lpo !== null && (lpo as { is_disabled?: boolean }).is_disabled) {
        content.link_preview_options = { is_disabled: true };
      }
      return this.commitBotMessage(chat, content, markup, replyTo);
    });

    const sendMedia = async (p: Params, kind: "document" | "photo") => {
      const chat = this.resolveChat(p);
      const caption = this.formatCaption(p);
      const markup = this.parseMarkup(p);
      const replyTo = this.replyTarget(chat, p);
      const file = await this.inputFile(p, kind, kind);
      this.checkWritable(chat);
      this.checkRateLimit(chat);
      const content: Record<string, unknown> = {};
      if (kind === "document") {
        content.document = {
          file_id: file.file_id,
          file_unique_id: file.file_unique_id,
          ...(file.file_name !== undefined ? { file_name: file.file_name } : {}),
          ...(file.mime_type !== undefined ? { mime_type: file.mime_type } : {}),
          file_size: file.file_size,
        };
      } else {
        content.photo = [
          { file_id: file.file_id, file_unique_id: file.file_unique_id, file_size: file.file_size, width: 800, height: 600 },
        ];
      }
      if (caption) {
        content.caption = caption.text;
        if (caption.entities.length > 0) content.caption_entities = caption.entities;
      }
      return this.commitBotMessage(chat, content, markup, replyTo, file);
    };
    h("sendDocument", (p) => sendMedia(p, "document"));
    h("sendPhoto", (p) => sendMedia(p, "photo"));

    h("sendChatAction", (p) => {
      const chat = this.resolveChat(p);
      const action = p.str("action") ?? "";
      if (!CHAT_ACTIONS.has(action)) throw badRequest("wrong parameter action in request");
      this.checkWritable(chat);
      this.emit({ type: "chat_action", chatId: chat.chat.id, action });
      return true;
    });

    h("editMessageText", (p) => {
      const { chat, stored } = this.findBotMessageForEdit(p);
      if (stored.message.text === undefined) throw badRequest("there is no text in the message to edit");
      const formatted = this.formatMessageText(p);
      const markup = this.editInlineMarkup(p);
      return this.applyEdit(
        chat,
        stored,
        { text: formatted.text, entities: formatted.entities.length > 0 ? formatted.entities : undefined },
        markup,
        "text",
      );
    });

    h("editMessageCaption", (p) => {
      const { chat, stored } = this.findBotMessageForEdit(p);
      if (stored.message.text !== undefined) throw badRequest("there is no caption in the message to edit");
      const caption = this.formatCaption(p);
      const markup = this.editInlineMarkup(p);
      return this.applyEdit(
        chat,
        stored,
        {
          caption: caption?.text,
          caption_entities: caption && caption.entities.length > 0 ? caption.entities : undefined,
        },
        markup,
        "caption",
      );
    });

    h("editMessageReplyMarkup", (p) => {
      const { chat, stored } = this.findBotMessageForEdit(p);
      const markup = this.editInlineMarkup(p);
      return this.applyEdit(chat, stored, {}, markup, "reply_markup");
    });

    const deleteOne = (chat: ChatRecord, messageId: number): boolean => {
      const stored = chat.messages.get(messageId);
      if (!stored || stored.deleted) return false;
      stored.deleted = true;
      this.emit({ type: "bot_delete", chatId: chat.chat.id, stored, snapshot: structuredClone(stored.message) });
      return true;
    };
    h("deleteMessage", (p) => {
      const chat = this.resolveChat(p);
      const messageId = p.int("message_id");
      if (messageId === undefined || !deleteOne(chat, messageId)) throw badRequest("message to delete not found");
      return true;
    });
    h("deleteMessages", (p) => {
      const chat = this.resolveChat(p);
      const ids = p.json("message_ids");
      if (!Array.isArray(ids) || ids.length === 0) throw badRequest("message identifiers are not specified");
      if (ids.length > 100) throw badRequest("too many messages to delete");
      for (const id of ids) deleteOne(chat, Number(id));
      return true;
    });

    h("answerCallbackQuery", (p) => {
      const id = p.str("callback_query_id") ?? "";
      const query = this.callbackQueries.get(id);
      if (!query || query.answered) throw apiErrors.queryTooOld();
      if (monotonicNow() - query.pressedAt > this.expiry.answerCallbackQueryMs) throw apiErrors.queryTooOld();
      const text = p.str("text");
      if (text !== undefined && codePointLength(text) > 200) throw badRequest("MESSAGE_TOO_LONG");
      query.answered = true;
      const url = p.str("url");
      this.emit({
        type: "callback_answer",
        chatId: query.chatId,
        queryId: id,
        ...(text ? { text } : {}),
        showAlert: p.bool("show_alert"),
        ...(url ? { url } : {}),
      });
      return true;
    });

    h("setMyCommands", (p) => {
      const raw = p.json("commands");
      if (raw === INVALID_JSON) throw badRequest("Can't parse commands JSON object");
      const list = raw === undefined ? [] : raw;
      if (!Array.isArray(list)) throw badRequest("Expected an Array of BotCommand");
      const commands: BotCommand[] = list.map((c: unknown) => {
        if (typeof c !== "object" || c === null) throw badRequest("Can't parse BotCommand: expected an Object");
        const { command, description } = c as { command?: unknown; description?: unknown };
        if (typeof command !== "string") throw badRequest(`Can't parse BotCommand: Can't find field "command"`);
        if (typeof description !== "string") {
          throw badRequest(`Can't parse BotCommand: Can't find field "description"`);
        }
        let name = command.trim();
        if (name.startsWith("/")) name = name.slice(1);
        if (name === "") throw badRequest("command must be non-empty");
        if (codePointLength(name) > 32) throw badRequest("command length must not exceed 32");
        const desc = description.trim();
        if (desc === "") throw badRequest("command description must be non-empty");
        if (codePointLength(desc) > 256) throw badRequest("command description length must not exceed 256");
        if (!/^[a-z0-9_]+$/.test(name)) throw badRequest("BOT_COMMAND_INVALID");
        return { command: name, description: desc };
      });
      if (commands.length > 100) throw badRequest("BOT_COMMANDS_TOO_MUCH");
      const scope = this.parseScope(p);
      const key = this.scopeKey(scope, this.languageCode(p));
      if (commands.length === 0) this.commands.delete(key);
      else this.commands.set(key, commands);
      return true;
    });
    h("getMyCommands", (p) => this.commandsFor(this.parseScope(p), this.languageCode(p)));
    h("deleteMyCommands", (p) => {
      this.commands.delete(this.scopeKey(this.parseScope(p), this.languageCode(p)));
      return true;
    });

    const botText = (kind: "description" | "short_description" | "name", max: number) => {
      h(`setMy${kind === "short_description" ? "ShortDescription" : kind === "name" ? "Name" : "Description"}`, (p) => {
        const value = p.str(kind) ?? "";
        if (codePointLength(value) > max) throw badRequest(`${kind.replace("_", " ")} is too long`);
        const key = `${kind}|${this.languageCode(p)}`;
        if (value === "") this.botTexts.delete(key);
        else this.botTexts.set(key, value);
        return true;
      });
      h(`getMy${kind === "short_description" ? "ShortDescription" : kind === "name" ? "Name" : "Description"}`, (p) => {
        const lc = this.languageCode(p);
        const value = this.botTexts.get(`${kind}|${lc}`) ?? this.botTexts.get(`${kind}|`) ?? (kind === "name" ? this.botUser.first_name : "");
        return { [kind]: value };
      });
    };
    botText("description", 512);
    botText("short_description", 120);
    botText("name", 64);

    h("setChatMenuButton", (p) => {
      const button = p.json("menu_button");
      if (button === INVALID_JSON) throw badRequest("Can't parse menu button JSON object");
      const value = button ?? { type: "default" };
      if (p.has("chat_id")) this.resolveChat(p).menuButton = value;
      else this.defaultMenuButton = value;
      return true;
    });
    h("getChatMenuButton", (p) => {
      if (p.has("chat_id")) {
        const chat = this.resolveChat(p);
        const own = chat.menuButton as { type?: string } | undefined;
        return own && own.type !== "default" ? own : this.defaultMenuButton;
      }
      return this.defaultMenuButton;
    });

    h("getFile", (p) => {
      const id = p.str("file_id") ?? "";
      if (id === "") throw badRequest("file_id not specified");
      const file = this.files.get(id);
      if (!file) throw badRequest("wrong file_id or the file is temporarily unavailable");
      return {
        file_id: file.file_id,
        file_unique_id: file.file_unique_id,
        file_size: file.file_size,
        file_path: file.file_path,
      };
    });

    h("getChat", (p) => {
      const chat = this.resolveChat(p);
      return { ...chat.chat, accent_color_id: 0, max_reaction_count: 11, accepted_gift_types: {
        unlimited_gifts: false, limited_gifts: false, unique_gifts: false, premium_subscription: false,
      } };
    });

    h("getChatMember", (p) => {
      const chat = this.resolveChat(p);
      const userId = p.int("user_id");
      const record = userId === this.botUser.id ? undefined : this.users.get(userId ?? 0);
      if (userId === this.botUser.id) {
        return { status: chat.chat.type === "private" ? "member" : chat.botStatus, user: this.botAsUser };
      }
      if (!record) throw badRequest("user not found");
      if (chat.chat.type === "private") {
        if (chat.chat.id !== userId) throw badRequest("user not found");
        return { status: "member", user: { ...record.user } };
      }
      const status = chat.members.get(record.user.id) ?? "left";
      return status === "kicked"
        ? { status, user: { ...record.user }, until_date: 0 }
        : { status, user: { ...record.user } };
    });
  }

  private deleteWebhook(p: Params): Described {
    const had = this.webhook !== undefined;
    this.stopWebhook();
    if (p.bool("drop_pending_updates")) this.pending = [];
    for (const u of this.pending) u.inFlight = false;
    return new Described(true, had ? "Webhook was deleted" : "Webhook is already deleted");
  }
}

// === Helpers ================================================================

function errorShape(err: BotApiError): ApiErrorShape {
  return {
    error_code: err.error_code,
    description: err.description,
    ...(err.parameters ? { parameters: err.parameters } : {}),
  };
}

/** Whether a parameter (or a JSON object or array inside it) holds an unpaired surrogate. */
function hasLoneSurrogate(value: unknown): boolean {
  if (typeof value === "string") {
    if (/\p{Surrogate}/u.test(value)) return true;
    // Objects sent as JSON text (form bodies: reply_markup, entities...) may carry "\ud83d" escapes.
    if (/^\s*[[{]/.test(value) && /\\u[dD][89a-fA-F]/.test(value)) {
      try {
        return hasLoneSurrogate(JSON.parse(value) as unknown);
      } catch {
        return false;
      }
    }
    return false;
  }
  if (Array.isArray(value)) return value.some(hasLoneSurrogate);
  if (typeof value === "object" && value !== null) return Object.values(value).some(hasLoneSurrogate);
  return false;
}

function chatInstance(chatId: number): string {
  const mixed = BigInt.asIntN(64, BigInt(chatId) * 0x9e3779b97f4a7c15n + 0x632be59bd9b4e019n);
  return mixed.toString();
}

/** Parameters for the call log: uploaded files become { filename, size }. */
function summarizeParams(p: Params): Record<string, unknown> {
  const out: Record<string, unknown> = { ...p.values };
  for (const [key, file] of p.files) {
    const ref = Object.entries(out).find(([, v]) => v === `attach://${key}`)?.[0];
    out[ref ?? key] = { filename: file.filename, size: file.data.length, data: file.data };
  }
  return out;
}

/**
 * Starts a Bot API test server on 127.0.0.1 (free port by default).
 * Always `await server.close()` (e.g. in afterEach).
 */
export async function startBotApiServer(options: BotApiServerOptions = {}): Promise<BotApiServer> {
  const server = new BotApiServer(options);
  await server.listen();
  return server;
}
