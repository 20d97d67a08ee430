/**
 * The user side of the Bot API test server: a Telegram user who sends
 * messages, presses buttons and reads what the bot sent to a chat.
 *
 *   const server = await startBotApiServer();
 *   const lan = server.user({ id: 1001, firstName: "Lan", languageCode: "vi" });
 *   lan.sendText("/start");
 *   const reply = await lan.nextReply();
 *   await lan.pressButton("Có").answer();
 */
import type {
  CallbackQuery,
  Chat,
  InlineKeyboardButton,
  KeyboardButton,
  Message,
  ReplyKeyboardMarkup,
  User,
} from "grammy/types";
import type {
  BotApiServer,
  CallbackAnswer,
  ChatEvent,
  ChatMessage,
  StoredFile,
  UserContentKind,
} from "./bot-api-server.js";
import { detectEntities } from "./bot-api-formatting.js";
import { keyboardButtonText } from "./bot-api-markup.js";
import { renderEvent } from "./transcript.js";

export interface TelegramUserInit {
  id: number;
  firstName: string;
  lastName?: string;
  username?: string;
  /** IETF tag as Telegram sends it, e.g. "vi". */
  languageCode?: string;
  /** Used when the user shares their own contact (request_contact buttons). */
  phoneNumber?: string;
  /**
   * true = the user has already started the bot (e.g. in an earlier run),
   * so the bot may message them first. Default false: until the user writes,
   * bot messages fail with 403 "bot can't initiate conversation with a user".
   */
  startedBot?: boolean;
}

export interface WaitOptions {
  /** Default 3000 ms. */
  timeoutMs?: number;
}

export interface CallbackPress {
  kind: "callback";
  query: CallbackQuery;
  /** The bot message whose button was pressed. */
  message: ChatMessage;
  /** Waits for the bot's answerCallbackQuery for this press. */
  answer(opts?: WaitOptions): Promise<CallbackAnswer>;
}

export type PressResult = CallbackPress | { kind: "text"; message: Message } | { kind: "url"; url: string };

const DEFAULT_TIMEOUT = 3000;
// Captured at import so fake timers in a test do not distort deadlines.
const monotonicNow = performance.now.bind(performance);

/** Read access to the bot messages of one chat, with a private read cursor. */
export class ChatView {
  private readSeq: number;
  private editSeq: number;

  constructor(
    readonly server: BotApiServer,
    readonly chatId: number,
  ) {
    this.readSeq = server.currentSeq;
    this.editSeq = server.currentSeq;
  }

  /** Bot messages in this chat (current text and markup after edits), deleted ones left out. */
  get messages(): ChatMessage[] {
    return this.server.botMessages(this.chatId);
  }

  /** The newest bot message still present. */
  get lastMessage(): ChatMessage | undefined {
    const all = this.messages;
    return all[all.length - 1];
  }

  /** Bot messages not yet returned by nextReply()/waitForMessages(). Does not consume them. */
  unread(): ChatMessage[] {
    return this.server
      .chatEvents(this.chatId, this.readSeq)
      .flatMap((e) => (e.type === "bot_message" ? [e.stored] : []));
  }

  /** Marks everything received so far as read. */
  markRead(): void {
    this.readSeq = this.server.currentSeq;
    this.editSeq = this.server.currentSeq;
  }

  /** The next bot message in this chat not returned before (waits for it). */
  async nextReply(opts: WaitOptions = {}): Promise<ChatMessage> {
    const event = await this.server.waitForEvent(
      (e): e is Extract<ChatEvent, { type: "bot_message" }> => e.type === "bot_message" && e.chatId === this.chatId,
      {
        sinceSeq: this.readSeq,
        timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT,
        describe: () => `no bot message in chat ${this.chatId}. ${this.describeRecent()}`,
      },
    );
    this.readSeq = event.seq;
    return event.stored;
  }

  /** The next `n` bot messages (waits until all arrived; one deadline for all). */
  async waitForMessages(n: number, opts: WaitOptions = {}): Promise<ChatMessage[]> {
    const deadline = monotonicNow() + (opts.timeoutMs ?? DEFAULT_TIMEOUT);
    const result: ChatMessage[] = [];
    for (let i = 0; i < n; i++) {
      try {
        result.push(await this.nextReply({ timeoutMs: Math.max(1, deadline - monotonicNow()) }));
      } catch (e) {
        throw new Error(`got ${result.length} of ${n} bot messages: ${(e as Error).message}`);
      }
    }
    return result;
  }

  /** The next edit of a bot message in this chat (optionally of one message). */
  async nextEdit(opts: WaitOptions & { messageId?: number } = {}): Promise<ChatMessage> {
    const event = await this.server.waitForEvent(
      (e): e is Extract<ChatEvent, { type: "bot_edit" }> =>
        e.type === "bot_edit" &&
        e.chatId === this.chatId &&
        (opts.messageId === undefined || e.stored.message_id === opts.messageId),
      {
        sinceSeq: this.editSeq,
        timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT,
        describe: () => `no edit in chat ${this.chatId}. ${this.describeRecent()}`,
      },
    );
    this.editSeq = event.seq;
    return event.stored;
  }

  /**
   * Waits until the bot has confirmed every update (it finished handling
   * them), then fails if it sent a message here that was not read yet.
   */
  async expectNoReply(opts: WaitOptions = {}): Promise<void> {
    await this.server.settled({ timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT });
    const unread = this.unread();
    if (unread.length > 0) {
      throw new Error(`expected no reply, got: ${unread.map((m) => JSON.stringify(m.text ?? "")).join(", ")}`);
    }
  }

  /** The reply keyboard currently shown (last one sent and not removed). */
  currentKeyboard(): ReplyKeyboardMarkup | undefined {
    return this.server.currentKeyboard(this.chatId);
  }

  /** Labels of the reply keyboard the person sees now (a used one-time keyboard is hidden), row by row. */
  keyboardOnScreen(): string[][] {
    return (this.server.keyboardOnScreen(this.chatId)?.keyboard ?? []).map((row) => row.map(keyboardButtonText));
  }

  /** Labels of the current reply keyboard, row by row ([] when none). */
  keyboardLabels(): string[][] {
    return (this.currentKeyboard()?.keyboard ?? []).map((row) => row.map(keyboardButtonText));
  }

  /** Chat actions the bot sent here (typing, upload_document, ...). */
  get chatActions(): string[] {
    return this.server.chatActions(this.chatId);
  }

  protected describeRecent(): string {
    const events = this.server.chatEvents(this.chatId).slice(-8);
    if (events.length === 0) return "Nothing happened in this chat.";
    return `Last events:\n${events.map((e) => `  ${renderEvent(e, {}) ?? e.type}`).join("\n")}`;
  }
}

/** A group chat with the bot. Users write in it via `user.in(group)`. */
export class GroupChat extends ChatView {
  constructor(
    server: BotApiServer,
    readonly chat: Chat.GroupChat | Chat.SupergroupChat,
  ) {
    super(server, chat.id);
  }

  get id(): number {
    return this.chat.id;
  }
  get title(): string {
    return this.chat.title;
  }

  /** Makes the user a member with this status (for getChatMember and command scopes). */
  setMember(user: TelegramUser, status: "creator" | "administrator" | "member" | "restricted" | "left" | "kicked"): void {
    this.server.setMemberStatus(this.id, user.id, status);
  }

  /** The bot is removed from the group: sends fail with 403 "bot was kicked from the group chat". */
  kickBot(): void {
    this.server.setBotStatus(this.id, "kicked");
  }
}

/** A Telegram user, bound to one chat (their private chat with the bot, or a group via `in()`). */
export class TelegramUser extends ChatView {
  private readonly groupViews = new Map<number, TelegramUser>();

  constructor(
    server: BotApiServer,
    readonly user: User,
    chatId: number,
    private readonly phoneNumber?: string,
  ) {
    super(server, chatId);
  }

  get id(): number {
    return this.user.id;
  }

  /** The same user, writing and reading in a group chat. */
  in(group: GroupChat): TelegramUser {
    let view = this.groupViews.get(group.id);
    if (!view) {
      view = new TelegramUser(this.server, this.user, group.id, this.phoneNumber);
      this.groupViews.set(group.id, view);
    }
    return view;
  }

  private send(content: Record<string, unknown>, kind: UserContentKind, opts: { replyTo?: number | ChatMessage; file?: StoredFile } = {}): Message {
    const replyTo = typeof opts.replyTo === "object" ? opts.replyTo.message_id : opts.replyTo;
    return this.server.userSends(this.chatId, this.id, content, kind, {
      ...(replyTo !== undefined ? { replyTo } : {}),
      ...(opts.file ? { file: opts.file } : {}),
    });
  }

  /**
   * Sends a text message. Commands ("/start abc", "/help@bot") get
   * bot_command entities, "@name" mentions and URLs their entities.
   */
  sendText(text: string, opts: { replyTo?: number | ChatMessage } = {}): Message {
    if (text === "") throw new Error("Telegram clients cannot send empty messages");
    const entities = detectEntities(text);
    return this.send({ text, ...(entities.length > 0 ? { entities } : {}) }, "text", opts);
  }

  /** Edits one of this user's text messages (the bot gets an edited_message update). */
  editText(message: Message | number, text: string): Message {
    const id = typeof message === "number" ? message : message.message_id;
    return this.server.userEdits(this.chatId, this.id, id, text);
  }

  sendSticker(opts: { emoji?: string; setName?: string } = {}): Message {
    const file = this.server.storeUserFile(Buffer.from("RIFF-sticker"), "sticker");
    return this.send(
      {
        sticker: {
          file_id: file.file_id,
          file_unique_id: file.file_unique_id,
          type: "regular",
          width: 512,
          height: 512,
          is_animated: false,
          is_video: false,
          emoji: opts.emoji ?? "👍",
          ...(opts.setName ? { set_name: opts.setName } : {}),
          file_size: file.file_size,
        },
      },
      "sticker",
      { file },
    );
  }

  sendPhoto(opts: { caption?: string; data?: Buffer } = {}): Message {
    const file = this.server.storeUserFile(opts.data ?? Buffer.from("\xff\xd8\xff-photo"), "photo", undefined, "image/jpeg");
    const thumb = this.server.storeUserFile(file.data.subarray(0, Math.min(16, file.data.length)), "photo");
    return this.send(
      {
        photo: [
          { file_id: thumb.file_id, file_unique_id: thumb.file_unique_id, file_size: thumb.file_size, width: 90, height: 67 },
          { file_id: file.file_id, file_unique_id: file.file_unique_id, file_size: file.file_size, width: 1280, height: 960 },
        ],
        ...(opts.caption ? { caption: opts.caption } : {}),
      },
      "photo",
      { file },
    );
  }

  sendVoice(opts: { duration?: number; data?: Buffer } = {}): Message {
    const file = this.server.storeUserFile(opts.data ?? Buffer.from("OggS-voice"), "voice", undefined, "audio/ogg");
    return this.send(
      {
        voice: {
          file_id: file.file_id,
          file_unique_id: file.file_unique_id,
          duration: opts.duration ?? 3,
          mime_type: "audio/ogg",
          file_size: file.file_size,
        },
      },
      "voice",
      { file },
    );
  }

  /** Default position: Hà Nội. */
  sendLocation(latitude = 21.0285, longitude = 105.8542): Message {
    return this.send({ location: { latitude, longitude } }, "location");
  }

  /**
   * Sends a document with its bytes; the bot can getFile and download it
   * from `${server.url}/file/bot<token>/<file_path>`.
   */
  sendDocument(
    data: Buffer | string,
    fileName: string,
    opts: { mimeType?: string; caption?: string } = {},
  ): Message {
    const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    const file = this.server.storeUserFile(bytes, "document", fileName, opts.mimeType ?? guessMime(fileName));
    return this.send(
      {
        document: {
          file_id: file.file_id,
          file_unique_id: file.file_unique_id,
          file_name: fileName,
          ...(file.mime_type ? { mime_type: file.mime_type } : {}),
          file_size: file.file_size,
        },
        ...(opts.caption ? { caption: opts.caption } : {}),
      },
      "document",
      { file },
    );
  }

  /**
   * Shares a contact. With no `firstName`, it is the user's own contact
   * (then `user_id` is set, like Telegram does for request_contact).
   */
  sendContact(phone: string, opts: { firstName?: string; lastName?: string; userId?: number } = {}): Message {
    const own = opts.firstName === undefined;
    const contact: Record<string, unknown> = {
      phone_number: phone,
      first_name: opts.firstName ?? this.user.first_name,
    };
    const lastName = opts.lastName ?? (own ? this.user.last_name : undefined);
    if (lastName !== undefined) contact.last_name = lastName;
    const userId = opts.userId ?? (own ? this.id : undefined);
    if (userId !== undefined) contact.user_id = userId;
    return this.send({ contact }, "contact");
  }

  /**
   * Presses a button by its label. Looks in the newest bot message with an
   * inline keyboard (or `messageId`): a callback button sends a
   * callback_query. Otherwise, a button of the current reply keyboard is sent
   * as text (request_contact / request_location buttons share the user's
   * contact / location). Throws when there is no such button.
   */
  pressButton(label: string | RegExp, opts: { messageId?: number } = {}): PressResult {
    const matches = (text: string) => (typeof label === "string" ? text === label : label.test(text));
    const withInline = this.messages.filter((m) => m.inlineKeyboard !== undefined);
    const target =
      opts.messageId !== undefined
        ? this.messages.find((m) => m.message_id === opts.messageId)
        : withInline[withInline.length - 1];
    if (opts.messageId !== undefined && !target) {
      throw new Error(`no bot message ${opts.messageId} in chat ${this.chatId}`);
    }
    const inlineButton = target?.inlineKeyboard?.flat().find((b) => matches(b.text));
    if (target && inlineButton) return this.pressInline(target, inlineButton);

    if (opts.messageId === undefined) {
      const keyboard = this.currentKeyboard();
      const button = keyboard?.keyboard.flat().find((b: KeyboardButton) => matches(keyboardButtonText(b)));
      if (button !== undefined) {
        if (typeof button !== "string" && "request_contact" in button && button.request_contact) {
          if (!this.phoneNumber) throw new Error(`user ${this.id} has no phoneNumber to share`);
          return { kind: "text", message: this.sendContact(this.phoneNumber) };
        }
        if (typeof button !== "string" && "request_location" in button && button.request_location) {
          return { kind: "text", message: this.sendLocation() };
        }
        return { kind: "text", message: this.sendText(keyboardButtonText(button)) };
      }
    }

    const inlineLabels = target?.buttons.map((row) => row.map((t) => `[${t}]`).join(" ")).join(" / ") ?? "(none)";
    const replyLabels =
      this.keyboardLabels().map((row) => row.map((t) => `[${t}]`).join(" ")).join(" / ") || "(none)";
    throw new Error(
      `no button ${String(label)} in chat ${this.chatId}. ` +
        `Inline keyboard of message ${target?.message_id ?? "-"}: ${inlineLabels}. Reply keyboard: ${replyLabels}`,
    );
  }

  /**
   * Like pressButton, but only for a callback button of an inline keyboard,
   * so the result can be awaited directly: `await lan.pressInlineButton("Có").answer()`.
   */
  pressInlineButton(label: string | RegExp, opts: { messageId?: number } = {}): CallbackPress {
    const withInline = this.messages.filter((m) => m.inlineKeyboard !== undefined);
    const target =
      opts.messageId !== undefined
        ? this.messages.find((m) => m.message_id === opts.messageId)
        : withInline[withInline.length - 1];
    const button = target?.inlineKeyboard
      ?.flat()
      .find((b) => (typeof label === "string" ? b.text === label : label.test(b.text)));
    if (!target || !button) {
      const labels = target?.buttons.map((row) => row.map((t) => `[${t}]`).join(" ")).join(" / ") ?? "(none)";
      throw new Error(`no inline button ${String(label)} in chat ${this.chatId}; message ${target?.message_id ?? "-"} has ${labels}`);
    }
    const press = this.pressInline(target, button);
    if (press.kind !== "callback") throw new Error(`inline button ${button.text} is not a callback button`);
    return press;
  }

  private pressInline(target: ChatMessage, button: InlineKeyboardButton): PressResult {
    if ("url" in button && button.url) return { kind: "url", url: button.url };
    if (!("callback_data" in button)) {
      throw new Error(`button "${button.text}" is not a callback button (${Object.keys(button).join(", ")})`);
    }
    const query = this.server.userPressesCallback(this.chatId, this.id, target.message_id, button);
    const server = this.server;
    return {
      kind: "callback",
      query,
      message: target,
      async answer(opts: WaitOptions = {}): Promise<CallbackAnswer> {
        const event = await server.waitForEvent(
          (e): e is Extract<ChatEvent, { type: "callback_answer" }> =>
            e.type === "callback_answer" && e.queryId === query.id,
          {
            timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT,
            describe: () => `the bot did not answer callback query "${button.text}" (${query.data ?? ""})`,
          },
        );
        return {
          queryId: event.queryId,
          showAlert: event.showAlert,
          ...(event.text !== undefined ? { text: event.text } : {}),
          ...(event.url !== undefined ? { url: event.url } : {}),
        };
      },
    };
  }

  /** The user blocks the bot (the bot gets a my_chat_member update unless notify is false). */
  blockBot(opts: { notify?: boolean } = {}): void {
    this.server.setBlocked(this.id, true, opts.notify ?? true);
  }

  /** The user unblocks the bot (my_chat_member update unless notify is false). */
  unblockBot(opts: { notify?: boolean } = {}): void {
    this.server.setBlocked(this.id, false, opts.notify ?? true);
  }
}

function guessMime(fileName: string): string | undefined {
  const ext = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase();
  const table: Record<string, string> = {
    pdf: "application/pdf",
    docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    xls: "application/vnd.ms-excel",
    doc: "application/msword",
    csv: "text/csv",
    txt: "text/plain",
    json: "application/json",
    png: "image/png",
    jpg: "image/jpeg",
    jpeg: "image/jpeg",
    zip: "application/zip",
  };
  return ext ? table[ext] : undefined;
}
