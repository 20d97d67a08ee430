/**
 * Conversation transcripts: what the users and the bot said in one chat,
 * rendered as Markdown, one line per message, no timestamps:
 *
 *   **Tổ trưởng:** 5.829
 *
 *   **Bot:** Tổng số hộ trong tổ hiện nay là bao nhiêu? [Hủy]
 *
 * Messages are separated by a blank line so the file also renders as one
 * paragraph per message; line breaks inside a message become `<br>`.
 *
 *   const t = recordTranscript(lan, "Tổ trưởng");
 *   ... conversation ...
 *   expectTranscript("bao-cao-ket-qua", t);   // test/transcripts/bao-cao-ket-qua.md
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import type { InlineKeyboardMarkup, Message } from "grammy/types";
import type { ChatEvent } from "./bot-api-server.js";
import type { AnyReplyMarkup } from "./bot-api-markup.js";
import { keyboardButtonText } from "./bot-api-markup.js";
import { onCI } from "./ci.js";

/** Fixed words of the rendering. Defaults are Vietnamese, as the transcripts are read by the team. */
export interface TranscriptLabels {
  bot: string;
  edited: string;
  deleted: string;
  notice: string;
  alert: string;
  sticker: string;
  photo: string;
  voice: string;
  location: string;
  contact: string;
  blocked: string;
  unblocked: string;
  file: string;
  /** Marker before a reply keyboard. */
  keyboard: string;
  /** After the marker: a keyboard that stays on screen (is_persistent). */
  keyboardPersistent: string;
  /** After the marker: a keyboard that hides once a button is pressed (one_time_keyboard). */
  keyboardOneTime: string;
  /** Shown when the bot removes the reply keyboard. */
  keyboardRemoved: string;
  /** Marker before the label of a pressed inline button. */
  press: string;
  /** Replaces line breaks inside one message. */
  newline: string;
}

export const DEFAULT_LABELS: TranscriptLabels = {
  bot: "Bot",
  edited: "sửa",
  deleted: "xóa",
  notice: "thông báo",
  alert: "cảnh báo",
  sticker: "(nhãn dán)",
  photo: "(ảnh)",
  voice: "(tin nhắn thoại)",
  location: "(vị trí)",
  contact: "(danh bạ)",
  blocked: "(chặn bot)",
  unblocked: "(bỏ chặn bot)",
  file: "📎",
  keyboard: "⌨",
  keyboardPersistent: "(luôn hiện)",
  keyboardOneTime: "(ẩn sau khi bấm)",
  keyboardRemoved: "⌨ ✕",
  press: "▸",
  newline: "<br>",
};

export interface RenderOptions {
  /** user id → role label ("Tổ trưởng"). Users without a role show their first name. */
  roles?: ReadonlyMap<number, string> | Record<number, string>;
  labels?: Partial<TranscriptLabels>;
  /** Show deleted bot messages as "Bot (xóa)". Default true. */
  includeDeletes?: boolean;
  /** Show answerCallbackQuery texts (toasts/alerts). Default true. */
  includeCallbackAnswers?: boolean;
  /** Show block/unblock of the bot. Default true. */
  includeBlocking?: boolean;
}

function roleOf(roles: RenderOptions["roles"], userId: number, fallback: string): string {
  if (!roles) return fallback;
  if (roles instanceof Map) return roles.get(userId) ?? fallback;
  return (roles as Record<number, string>)[userId] ?? fallback;
}

function oneLine(text: string, labels: TranscriptLabels): string {
  return text.replace(/\r?\n/g, labels.newline);
}

function withCaption(head: string, caption: string | undefined, labels: TranscriptLabels): string {
  return caption ? `${head} — ${oneLine(caption, labels)}` : head;
}

function renderMarkup(markup: AnyReplyMarkup | undefined, labels: TranscriptLabels): string {
  if (!markup) return "";
  if ("inline_keyboard" in markup) {
    return (markup as InlineKeyboardMarkup).inline_keyboard.flat().map((b) => `[${b.text}]`).join(" ");
  }
  if ("keyboard" in markup) {
    // What a person sees of it: whether it stays, or hides after one press.
    const kind = markup.one_time_keyboard ? ` ${labels.keyboardOneTime}` : markup.is_persistent ? ` ${labels.keyboardPersistent}` : "";
    return `${labels.keyboard}${kind} ${markup.keyboard.flat().map((b) => `[${keyboardButtonText(b)}]`).join(" ")}`;
  }
  if ("remove_keyboard" in markup) return labels.keyboardRemoved;
  return "";
}

function renderContent(message: Message, labels: TranscriptLabels): string {
  if (message.text !== undefined) return oneLine(message.text, labels);
  if (message.document) {
    return withCaption(`${labels.file} ${message.document.file_name ?? "file"}`, message.caption, labels);
  }
  if (message.photo) return withCaption(labels.photo, message.caption, labels);
  if (message.sticker) return labels.sticker;
  if (message.voice) return withCaption(labels.voice, message.caption, labels);
  if (message.location) return labels.location;
  if (message.contact) return `${labels.contact.replace(/\)$/, "")}: ${message.contact.phone_number})`;
  return message.caption !== undefined ? oneLine(message.caption, labels) : "(?)";
}

function line(who: string, body: string): string {
  return body === "" ? `**${who}:**` : `**${who}:** ${body}`;
}

/** One transcript line for an event, or undefined for events not shown. */
export function renderEvent(event: ChatEvent, options: RenderOptions = {}): string | undefined {
  const labels = { ...DEFAULT_LABELS, ...options.labels };
  const bot = labels.bot;
  const join = (...parts: string[]) => parts.filter((p) => p !== "").join(" ");
  switch (event.type) {
    case "user_message":
      return line(roleOf(options.roles, event.from.id, event.from.first_name), renderContent(event.message, labels));
    case "user_edit":
      return line(
        `${roleOf(options.roles, event.from.id, event.from.first_name)} (${labels.edited})`,
        renderContent(event.message, labels),
      );
    case "callback_query":
      return line(roleOf(options.roles, event.from.id, event.from.first_name), `${labels.press} ${event.label}`);
    case "bot_message":
      return line(bot, join(renderContent(event.snapshot, labels), renderMarkup(event.replyMarkup, labels)));
    case "bot_edit":
      return line(
        `${bot} (${labels.edited})`,
        join(renderContent(event.snapshot, labels), renderMarkup(event.replyMarkup, labels)),
      );
    case "bot_delete":
      if (options.includeDeletes === false) return undefined;
      return line(`${bot} (${labels.deleted})`, renderContent(event.snapshot, labels));
    case "callback_answer":
      if (options.includeCallbackAnswers === false || !event.text) return undefined;
      return line(`${bot} (${event.showAlert ? labels.alert : labels.notice})`, oneLine(event.text, labels));
    case "bot_status":
      if (options.includeBlocking === false) return undefined;
      return line(
        roleOf(options.roles, event.chatId, String(event.chatId)),
        event.status === "kicked" ? labels.blocked : labels.unblocked,
      );
    case "chat_action":
      return undefined;
  }
}

export function renderTranscript(events: readonly ChatEvent[], options: RenderOptions = {}): string {
  const lines = events.flatMap((e) => {
    const l = renderEvent(e, options);
    return l === undefined ? [] : [l];
  });
  return lines.length === 0 ? "" : `${lines.join("\n\n")}\n`;
}

/** Anything with a chat: a TelegramUser (its current chat), a GroupChat. */
export interface TranscriptTarget {
  readonly chatId: number;
  readonly server: {
    readonly currentSeq: number;
    chatEvents(chatId: number, sinceSeq?: number): ChatEvent[];
  };
  /** Present on TelegramUser: used when a single role label is given. */
  readonly user?: { id: number };
}

export class Transcript {
  private readonly startSeq: number;

  constructor(
    private readonly target: TranscriptTarget,
    private readonly options: RenderOptions & { fromStart?: boolean } = {},
  ) {
    this.startSeq = options.fromStart ? 0 : target.server.currentSeq;
  }

  get events(): ChatEvent[] {
    return this.target.server.chatEvents(this.target.chatId, this.startSeq);
  }

  get lines(): string[] {
    return this.render().split("\n\n").map((l) => l.trimEnd()).filter((l) => l !== "");
  }

  render(): string {
    return renderTranscript(this.events, this.options);
  }

  toString(): string {
    return this.render();
  }
}

/**
 * Starts recording the chat of `target` from now on (`fromStart: true` for
 * the whole chat). `roles` is either the label of `target`'s user (private
 * chats) or a map user id → label.
 */
export function recordTranscript(
  target: TranscriptTarget,
  roles: string | ReadonlyMap<number, string> | Record<number, string> = {},
  options: Omit<RenderOptions, "roles"> & { fromStart?: boolean } = {},
): Transcript {
  let roleMap: ReadonlyMap<number, string> | Record<number, string>;
  if (typeof roles === "string") {
    if (!target.user) throw new Error("a single role label needs a TelegramUser target");
    roleMap = new Map([[target.user.id, roles]]);
  } else {
    roleMap = roles;
  }
  return new Transcript(target, { ...options, roles: roleMap });
}

const TRANSCRIPTS_DIR = fileURLToPath(new URL("../transcripts/", import.meta.url));

function normalize(markdown: string): string {
  const text = markdown.replace(/\r\n/g, "\n").replace(/\s+$/, "");
  return text === "" ? "" : `${text}\n`;
}

/**
 * Compares a transcript with test/transcripts/<name>.md. Writes the file when
 * it does not exist yet (except on CI) or when UPDATE_TRANSCRIPTS=1; when it
 * differs, writes <name>.actual.md next to it and fails with a diff.
 */
export function expectTranscript(
  name: string,
  markdown: string | Transcript,
  opts: { /** Directory of the .md files. Default test/transcripts. */ dir?: string } = {},
): void {
  if (name === "" || name.includes("..") || path.isAbsolute(name) || !/^[\p{L}\p{N}_ ./-]+$/u.test(name)) {
    throw new Error(`invalid transcript name ${JSON.stringify(name)}`);
  }
  const actualText = normalize(typeof markdown === "string" ? markdown : markdown.render());
  const dir = opts.dir ?? TRANSCRIPTS_DIR;
  const file = path.join(dir, `${name}.md`);
  const actualFile = path.join(dir, `${name}.actual.md`);
  const exists = fs.existsSync(file);
  if (process.env.UPDATE_TRANSCRIPTS === "1" || !exists) {
    if (!exists && onCI() && process.env.UPDATE_TRANSCRIPTS !== "1") {
      throw new Error(`transcript ${file} is missing (not written on CI; run locally or set UPDATE_TRANSCRIPTS=1)`);
    }
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, actualText);
    fs.rmSync(actualFile, { force: true });
    return;
  }
  const expected = normalize(fs.readFileSync(file, "utf8"));
  if (expected === actualText) {
    fs.rmSync(actualFile, { force: true });
    return;
  }
  fs.writeFileSync(actualFile, actualText);
  expect(actualText, `transcript ${name} differs (see ${path.relative(process.cwd(), actualFile)})`).toBe(expected);
}
