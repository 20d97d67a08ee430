/**
 * reply_markup validation as done by the Bot API server (Client::get_reply_markup)
 * plus the server-side checks (BUTTON_DATA_INVALID, BUTTON_URL_INVALID).
 */
import type {
  ForceReply,
  InlineKeyboardButton,
  InlineKeyboardMarkup,
  KeyboardButton,
  ReplyKeyboardMarkup,
  ReplyKeyboardRemove,
} from "grammy/types";
import { badRequest } from "./bot-api-errors.js";

export type AnyReplyMarkup = InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove | ForceReply;

export type ParsedMarkup =
  | { kind: "inline"; markup: InlineKeyboardMarkup }
  | { kind: "keyboard"; markup: ReplyKeyboardMarkup }
  | { kind: "remove"; markup: ReplyKeyboardRemove }
  | { kind: "force_reply"; markup: ForceReply };

const INLINE_ACTIONS = [
  "url",
  "callback_data",
  "callback_game",
  "pay",
  "switch_inline_query",
  "switch_inline_query_chosen_chat",
  "switch_inline_query_current_chat",
  "login_url",
  "web_app",
  "copy_text",
] as const;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function stripNulls<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (_k, v: unknown) => (v === null ? undefined : v))) as T;
}

function checkUrl(url: string): void {
  if (!/^(https?|tg):\/\/\S+$/i.test(url) && !/^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(url)) {
    throw badRequest("BUTTON_URL_INVALID");
  }
}

function parseInlineButton(button: unknown): InlineKeyboardButton {
  const fail = (msg: string) => badRequest(`Can't parse inline keyboard button: ${msg}`);
  if (!isObject(button)) throw fail("InlineKeyboardButton must be an Object");
  if (typeof button.text !== "string") {
    throw fail(button.text === undefined ? `Can't find field "text"` : `Field "text" must be of type String`);
  }
  // The first non-empty action wins, in this order (like TDLib).
  if (typeof button.url === "string" && button.url !== "") {
    checkUrl(button.url);
    return { text: button.text, url: button.url };
  }
  if (typeof button.callback_data === "string" && button.callback_data !== "") {
    if (Buffer.byteLength(button.callback_data, "utf8") > 64) throw badRequest("BUTTON_DATA_INVALID");
    return { text: button.text, callback_data: button.callback_data };
  }
  for (const action of INLINE_ACTIONS.slice(2)) {
    if (action in button && button[action] !== undefined) {
      return { text: button.text, [action]: button[action] } as unknown as InlineKeyboardButton;
    }
  }
  throw fail("Text buttons are unallowed in the inline keyboard");
}

function parseKeyboardButton(button: unknown): KeyboardButton {
  if (typeof button === "string") return button;
  if (!isObject(button)) {
    throw badRequest(`Can't parse keyboard button: KeyboardButton must be a String or an Object`);
  }
  if (typeof button.text !== "string") {
    throw badRequest(`Can't parse keyboard button: Can't find field "text"`);
  }
  return button as unknown as KeyboardButton;
}

/**
 * Parses the reply_markup parameter (object from JSON bodies, string from
 * form bodies). Returns undefined when no markup is given or when it is
 * empty (e.g. `{ inline_keyboard: [] }`), like Telegram.
 */
export function parseReplyMarkup(raw: unknown): ParsedMarkup | undefined {
  if (raw === undefined || raw === null || raw === "") return undefined;
  let value: unknown = raw;
  if (typeof raw === "string") {
    try {
      value = JSON.parse(raw);
    } catch {
      throw badRequest("Can't parse reply keyboard markup JSON object");
    }
  }
  if (!isObject(value)) throw badRequest("Object expected as reply markup");
  value = stripNulls(value);
  const obj = value as Record<string, unknown>;

  const rows: KeyboardButton[][] = [];
  if (obj.keyboard !== undefined) {
    if (!Array.isArray(obj.keyboard)) throw badRequest(`Field "keyboard" must be an Array of Arrays`);
    for (const row of obj.keyboard) {
      if (!Array.isArray(row)) throw badRequest(`Field "keyboard" must be an Array of Arrays`);
      const parsedRow = row.map(parseKeyboardButton);
      if (parsedRow.length > 0) rows.push(parsedRow);
    }
  }
  const inlineRows: InlineKeyboardButton[][] = [];
  if (obj.inline_keyboard !== undefined) {
    if (!Array.isArray(obj.inline_keyboard)) {
      throw badRequest(`Field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays`);
    }
    for (const row of obj.inline_keyboard) {
      if (!Array.isArray(row)) {
        throw badRequest(`Field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays`);
      }
      const parsedRow = row.map(parseInlineButton);
      if (parsedRow.length > 0) inlineRows.push(parsedRow);
    }
  }
  if (rows.length > 0) {
    const markup: ReplyKeyboardMarkup = { ...(obj as object), keyboard: rows } as ReplyKeyboardMarkup;
    delete (markup as { inline_keyboard?: unknown }).inline_keyboard;
    return { kind: "keyboard", markup };
  }
  if (inlineRows.length > 0) return { kind: "inline", markup: { inline_keyboard: inlineRows } };
  if (obj.remove_keyboard === true || obj.hide_keyboard === true) {
    return {
      kind: "remove",
      markup: { remove_keyboard: true, ...(obj.selective === true ? { selective: true } : {}) },
    };
  }
  if (obj.force_reply === true) {
    const markup: ForceReply = { force_reply: true };
    if (typeof obj.input_field_placeholder === "string") markup.input_field_placeholder = obj.input_field_placeholder;
    if (obj.selective === true) markup.selective = true;
    return { kind: "force_reply", markup };
  }
  return undefined;
}

/** Label of a reply keyboard button, which may be a plain string. */
export function keyboardButtonText(button: KeyboardButton): string {
  return typeof button === "string" ? button : button.text;
}
