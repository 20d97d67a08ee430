// Out: the Bot API calls the bot makes to a Zalo chat, carried out on Zalo. Keyboards become
// typed choices (stored for the inbound side), long texts are split, edits become new messages
// (Zalo cannot edit), files become a plain line (download links: not built yet), callback
// answers and command lists are no-ops. Results are Telegram-shaped so the bot cannot tell.
import type { Db } from "../../db/client.js";
import { channelAccountById, loadChoices, markReachable, markUnreachable, saveChoices } from "../../db/repos/channels.js";
import type { Logger } from "../../logger.js";
import { accountIdOfKey } from "../ids.js";
import { type ZaloApi, ZaloError } from "./api.js";
import { NO_CHOICES, type StoredChoices, inlineOffer } from "./choices-state.js";
import { addressing } from "../../bot/addressing.js";
import { TYPED_ANSWER } from "../../bot/keyboards.js";
import { formatDateTime } from "../../domain/format.js";
import { splitMessage, ZALO_TEXT_MAX } from "../../domain/split-message.js";
import type { FileLinks } from "../../server/downloads.js";
import { renderChoices, type Translate } from "./render.js";

export interface ZaloOutboundOptions {
  db: Db;
  api: ZaloApi;
  logger: Logger;
  /** vi.ftl, for the words the channel adds. */
  t: Translate;
  now?: () => Date;
  /** Download links on the bot's HTTP server (PUBLIC_URL); absent: files are not sent, the person is told where to get them. */
  files?: FileLinks;
  /** The time zone a link's expiry is written in. */
  timeZone?: string;
}

type Payload = Record<string, unknown>;
type ApiResult = { ok: true; result: unknown } | { ok: false; error_code: number; description: string };

interface Button {
  text?: unknown;
  callback_data?: unknown;
  url?: unknown;
}

const DEFAULT_TIME_ZONE = "Asia/Ho_Chi_Minh";

let nextMessageId = (Math.floor(Date.now() / 1000) % 1_000_000) * 1000;

const NO_OPS = new Set([
  "setMyCommands",
  "deleteMyCommands",
  "setChatMenuButton",
  "deleteMessage",
  "deleteMessages",
  "pinChatMessage",
  "unpinChatMessage",
  "setMessageReaction",
  "setMyDescription",
  "setMyShortDescription",
]);

function keyboardOf(markup: unknown): { inline?: Button[]; typedAnswer?: boolean; reply?: string[]; remove?: boolean } {
  if (typeof markup !== "object" || markup === null) return {};
  const m = markup as { inline_keyboard?: Button[][]; keyboard?: Array<Array<string | { text?: unknown }>>; remove_keyboard?: unknown; [TYPED_ANSWER]?: unknown };
  if (Array.isArray(m.inline_keyboard)) return { inline: m.inline_keyboard.flat(), typedAnswer: m[TYPED_ANSWER] === true };
  if (Array.isArray(m.keyboard)) return { reply: m.keyboard.flat().map((b) => (typeof b === "string" ? b : String(b.text ?? ""))) };
  if (m.remove_keyboard === true) return { remove: true };
  return {};
}

export function zaloOutbound(options: ZaloOutboundOptions) {
  const { db, api, logger, t } = options;
  const now = options.now ?? (() => new Date());

  async function externalIdOf(chatKey: number): Promise<{ accountId: number; externalId: string } | null> {
    const account = await channelAccountById(db, accountIdOfKey(chatKey));
    return account ? { accountId: account.id, externalId: account.externalId } : null;
  }

  async function sendTexts(chatKey: number, text: string): Promise<ApiResult> {
    const target = await externalIdOf(chatKey);
    if (!target) return { ok: false, error_code: 400, description: "Bad Request: chat not found" };
    try {
      for (const part of splitMessage(text, ZALO_TEXT_MAX)) await api.call("sendMessage", { chat_id: target.externalId, text: part });
      await markReachable(db, target.accountId);
    } catch (error) {
      if (!(error instanceof ZaloError)) throw error;
      logger.warn({ method: error.method, error_code: error.errorCode }, "Zalo send failed");
      if (!error.retryable) {
        await markUnreachable(db, target.accountId, now());
        // What a refused send means to the bot: the person cannot be reached (as Telegram's 403).
        return { ok: false, error_code: 403, description: `Forbidden: Zalo refused the message (${error.errorCode} ${error.description})` };
      }
      return { ok: false, error_code: error.errorCode === 0 ? 502 : error.errorCode, description: error.description };
    }
    return { ok: true, result: message(chatKey, text) };
  }

  function message(chatKey: number, text: string) {
    nextMessageId += 1;
    return { message_id: nextMessageId, date: Math.floor(now().getTime() / 1000), chat: { id: chatKey, type: "private", first_name: "" }, text };
  }

  /** vi.ftl with the person's "ông"/"bà" (the member on this chat), for the lines the channel adds. */
  async function addressed(chatKey: number): Promise<Translate> {
    const member = await db.member.findFirst({ where: { telegramId: BigInt(chatKey), active: true, salutation: { not: null } }, select: { salutation: true } });
    const you = addressing(member?.salutation ?? null);
    return (key, vars) => t(key, { ...you, ...vars });
  }

  /** The text with its options appended, and the choices to store. */
  async function withChoices(chatKey: number, text: string, markup: unknown, messageId: number): Promise<{ text: string; choices: StoredChoices }> {
    const stored = (await loadChoices<StoredChoices>(db, chatKey)) ?? NO_CHOICES;
    const keyboard = keyboardOf(markup);
    const t = keyboard.inline || keyboard.reply ? await addressed(chatKey) : options.t;
    const blocks = [text];
    let choices: StoredChoices = { inline: null, reply: stored.reply };
    if (keyboard.inline) {
      const pressable = keyboard.inline.filter((b) => typeof b.callback_data === "string");
      const links = keyboard.inline.filter((b) => typeof b.url === "string");
      if (pressable.length > 0) {
        const labels = pressable.map((b) => String(b.text ?? ""));
        const typedAnswer = keyboard.typedAnswer === true;
        blocks.push(renderChoices(t, labels, text, { typedAnswer }));
        choices.inline = { messageId, text, labels, data: pressable.map((b) => String(b.callback_data)), typedAnswer };
      }
      for (const link of links) blocks.push(`${String(link.text ?? "")}: ${String(link.url)}`);
    } else if (keyboard.reply) {
      const labels = keyboard.reply.filter((label) => label !== "");
      blocks.push(renderChoices(t, labels, text));
      choices = { inline: null, reply: { labels } };
    } else if (keyboard.remove) {
      choices = { inline: null, reply: null };
    }
    return { text: blocks.filter((b) => b !== "").join("\n\n"), choices };
  }

  /** A picture by URL (Zalo fetches it from the bot's HTTP server); a failure is logged, the link went out already. */
  async function sendPicture(chatKey: number, url: string, caption: string): Promise<void> {
    const target = await externalIdOf(chatKey);
    if (!target) return;
    await api.call("sendPhoto", { chat_id: target.externalId, photo: url, caption }).catch((error: unknown) => logger.warn({ err: error }, "Zalo picture not sent"));
  }

  async function send(chatKey: number, text: string, markup: unknown): Promise<ApiResult> {
    const id = nextMessageId + 1;
    const rendered = await withChoices(chatKey, text, markup, id);
    // Stored before the send: the answer may arrive before the send returns.
    await saveChoices(db, chatKey, rendered.choices);
    const result = await sendTexts(chatKey, rendered.text);
    if (result.ok) nextMessageId = Math.max(nextMessageId, id);
    if (result.ok) (result.result as { message_id: number }).message_id = id;
    return result;
  }

  /**
   * A number typed that is no option of the list last offered ("9" for 3 periods): said so, and
   * the same list again; the stored choices stay as they are, so the next "2" still picks.
   */
  async function offerAgain(chatKey: number): Promise<void> {
    const { inline } = (await loadChoices<StoredChoices>(db, chatKey)) ?? NO_CHOICES;
    if (!inline) return;
    const you = await addressed(chatKey);
    const outside = you("zalo-choices-outside", { count: inline.labels.length });
    await sendTexts(chatKey, [outside, renderChoices(you, inline.labels, inline.text, inlineOffer(inline))].join("\n\n"));
  }

  return Object.assign(zaloCall, { offerAgain });

  async function zaloCall(method: string, payload: Payload): Promise<ApiResult> {
    const chatKey = Number(payload.chat_id);
    switch (method) {
      case "sendMessage":
        return send(chatKey, String(payload.text ?? ""), payload.reply_markup);
      case "editMessageText":
        // Zalo cannot edit: the new text comes as a new message.
        return send(chatKey, String(payload.text ?? ""), payload.reply_markup);
      case "editMessageReplyMarkup": {
        const stored = (await loadChoices<StoredChoices>(db, chatKey)) ?? NO_CHOICES;
        const keyboard = keyboardOf(payload.reply_markup);
        if (!keyboard.inline || keyboard.inline.length === 0) {
          if (stored.inline?.messageId === Number(payload.message_id)) await saveChoices(db, chatKey, { ...stored, inline: null });
          return { ok: true, result: true };
        }
        // Changed options (e.g. items ticked): show them again.
        return send(chatKey, "", payload.reply_markup);
      }
      case "sendDocument":
      case "sendPhoto": {
        const file = (payload.document ?? payload.photo) as { filename?: unknown; bytes?: unknown } | string | undefined;
        const name = typeof file === "object" && file !== null ? String(file.filename ?? "") : "";
        const caption = typeof payload.caption === "string" ? `${payload.caption}\n\n` : "";
        const bytes = typeof file === "object" && file !== null && file.bytes instanceof Uint8Array ? file.bytes : null;
        const link = options.files && bytes ? await options.files.link(chatKey, { fileName: name, bytes }) : null;
        if (!link) return send(chatKey, caption + (method === "sendDocument" ? t("zalo-file-no-link", { name }) : t("zalo-photo-no-link")), payload.reply_markup);
        const you = await addressed(chatKey);
        const expires = formatDateTime(link.expiresAt, options.timeZone ?? DEFAULT_TIME_ZONE);
        const sent = await send(chatKey, caption + you("zalo-file-link", { name, url: link.url, expires }), payload.reply_markup);
        if (sent.ok && link.pictureUrl) await sendPicture(chatKey, link.pictureUrl, you("zalo-summary-picture", { name }));
        return sent;
      }
      case "answerCallbackQuery": {
        // The id is "zalo:<chat key>:<inbox id>"; an alert's text is worth a message, a toast is not.
        const chat = Number(String(payload.callback_query_id).split(":")[1]);
        if (payload.show_alert === true && typeof payload.text === "string" && payload.text !== "") await sendTexts(chat, payload.text);
        return { ok: true, result: true };
      }
      case "sendChatAction": {
        const target = await externalIdOf(chatKey);
        if (target) await api.call("sendChatAction", { chat_id: target.externalId, action: "typing" }, { retry: false }).catch(() => {});
        return { ok: true, result: true };
      }
      default:
        if (NO_OPS.has(method)) return { ok: true, result: true };
        return { ok: false, error_code: 400, description: `Bad Request: ${method} is not available on Zalo` };
    }
  }
}

/** One Bot API call for a Zalo chat (what the router hands over). */
export type ZaloCall = (method: string, payload: Payload) => Promise<ApiResult>;
