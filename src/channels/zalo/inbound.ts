// In: a stored Zalo update becomes a Telegram-shaped Update for the one bot. The sender's Zalo
// id (a string, kept exactly) maps to a numeric user key through ChannelAccount; a typed reply
// that matches the options last offered in the chat becomes the button it stands for (a
// callback query with its callback_data, or the reply-keyboard text); a typed invite code
// becomes /start <code>; images, stickers and unsupported events become content-less messages
// the features already answer ("text only").
import type { Update } from "grammy/types";
import { isOutsideChoice, matchChoice, offerChoices } from "../../domain/choices.js";
import type { Db } from "../../db/client.js";
import { channelAccount, loadChoices } from "../../db/repos/channels.js";
import { zaloKey, zaloUpdateId } from "../ids.js";
import type { ZaloUpdate } from "./api.js";
import { NO_CHOICES, type StoredChoices, inlineOffer } from "./choices-state.js";

/**
 * Message ids of incoming Zalo messages sit above every id given to our own sends
 * (outbound.ts counts from below 10^9): a message read after a question is newer than it, as on
 * Telegram, where the report conversation refuses a text older than the question it would answer.
 */
const INBOUND_ID_BASE = 2_000_000_000;

export const ZALO = "zalo";
export const ZALO_GROUP = "zalo-group";

/** An invite code as printed (20 URL-safe characters), typed alone. */
const INVITE_CODE = /^[A-Za-z0-9_-]{20}$/;

export interface InboundContext {
  db: Db;
  inboxId: number;
}

const str = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : typeof value === "number" ? String(value) : null);

/** Epoch milliseconds (as documented) or seconds → Telegram's seconds. */
function seconds(date: unknown): number {
  const value = typeof date === "number" ? date : Number(date);
  if (!Number.isFinite(value) || value <= 0) return Math.floor(Date.now() / 1000);
  return Math.floor(value > 1e11 ? value / 1000 : value);
}

/** The image URL of an image event: photo_url (what real bots get), then photo, then url. */
export function imageUrlOf(message: ZaloUpdate["message"]): string | null {
  for (const field of ["photo_url", "photo", "url"]) {
    const value = message[field];
    if (typeof value === "string" && /^https?:\/\//.test(value)) return value;
  }
  return null;
}

/** A typed number that is no option of the numbered list last offered: the channel answers it (the list again), the bot never sees it. */
export interface OutsideChoices {
  outside: { chatKey: number; count: number };
}

export const isOutside = (converted: Update | OutsideChoices): converted is OutsideChoices => "outside" in converted;

/** The Telegram-shaped update, the channel's own answer to a number outside the list, or null when the event has no sender or chat. */
export async function toTelegramUpdate(zalo: ZaloUpdate, context: InboundContext): Promise<Update | OutsideChoices | null> {
  const { message } = zalo;
  const fromId = str(message.from?.id);
  const chatId = str(message.chat?.id) ?? fromId;
  if (fromId === null || chatId === null) return null;
  const displayName = str(message.from?.display_name) ?? "Zalo";
  const group = message.chat?.chat_type === "GROUP" && chatId !== fromId;
  const account = await channelAccount(context.db, ZALO, fromId, displayName);
  const userKey = zaloKey(account.id);
  const chatKey = group ? zaloKey((await channelAccount(context.db, ZALO_GROUP, chatId, null)).id) : userKey;
  const from = { id: userKey, is_bot: false, first_name: displayName };
  const chat = group ? { id: chatKey, type: "group" as const, title: "Zalo" } : { id: chatKey, type: "private" as const, first_name: displayName };
  const base = { message_id: INBOUND_ID_BASE + context.inboxId, date: seconds(message.date), chat, from };
  const update_id = zaloUpdateId(context.inboxId);

  const text = typeof message.text === "string" && zalo.event_name.startsWith("message.text") ? message.text : null;
  if (text === null) {
    const image = zalo.event_name === "message.image.received" ? imageUrlOf(message) : null;
    const caption = typeof message.caption === "string" ? { caption: message.caption } : {};
    const content = image
      ? { photo: [{ file_id: image, file_unique_id: image.slice(-32), width: 0, height: 0 }], ...caption }
      : zalo.event_name === "message.sticker.received"
        ? { sticker: { file_id: str(message.sticker) ?? "zalo", file_unique_id: str(message.sticker) ?? "zalo", type: "regular", width: 0, height: 0, is_animated: false, is_video: false } }
        : {};
    return { update_id, message: { ...base, ...content } as Update["message"] };
  }

  const choices = group ? NO_CHOICES : ((await loadChoices<StoredChoices>(context.db, chatKey)) ?? NO_CHOICES);
  if (choices.inline) {
    const offer = offerChoices(choices.inline.labels, inlineOffer(choices.inline));
    const index = matchChoice(offer, text);
    const data = index === null ? undefined : choices.inline.data[index];
    if (data !== undefined) {
      return {
        update_id,
        callback_query: {
          id: `zalo:${chatKey}:${context.inboxId}`,
          from,
          chat_instance: `zalo:${chatKey}`,
          data,
          message: { message_id: choices.inline.messageId, date: base.date, chat, text: choices.inline.text } as NonNullable<Update["callback_query"]>["message"],
        },
      };
    }
    // "9" for a list of 3: not handed on (to the menu's item 9 or as an answer nobody asked for).
    if (index === null && isOutsideChoice(offer, text)) return { outside: { chatKey, count: offer.options.length } };
  }
  let typed = text.trim();
  if (choices.reply) {
    const index = matchChoice(offerChoices(choices.reply.labels), typed);
    if (index !== null) typed = choices.reply.labels[index]!;
  }
  if (INVITE_CODE.test(typed) && !/^\d+$/.test(typed)) typed = `/start ${typed}`;
  const command = /^\/[A-Za-z0-9_]+/.exec(typed);
  const entities = command ? { entities: [{ type: "bot_command" as const, offset: 0, length: command[0].length }] } : {};
  return { update_id, message: { ...base, text: typed, ...entities } as Update["message"] };
}
