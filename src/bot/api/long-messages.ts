// Every text the bot sends may be longer than one Telegram message (a ballot of 190 households,
// the progress of a ward with many groups): Telegram refuses 4.096 characters and more with
// "message is too long", which would break the feature for good. So below every feature a long
// sendMessage goes as several messages cut at line breaks (domain/split-message.ts), the
// keyboard on the last part, and the caller gets the last message; a long editMessageText
// edits the message into the first part and sends the rest after it, the keyboard again last.
import type { Transformer } from "grammy";
import { splitMessage, TELEGRAM_MESSAGE_LIMIT } from "../../domain/split-message.js";

type Payload = Record<string, unknown>;

export function longMessages(limit: number = TELEGRAM_MESSAGE_LIMIT): Transformer {
  return async (prev, method, payload, signal) => {
    const fields = payload as Payload;
    const text = fields.text;
    if ((method !== "sendMessage" && method !== "editMessageText") || typeof text !== "string" || text.length <= limit) {
      return prev(method, payload, signal);
    }
    const [first, ...rest] = splitMessage(text, limit);
    const { reply_markup, reply_parameters, ...plain } = fields;
    const last = rest.length - 1;

    if (method === "sendMessage") {
      let response = await prev(method, { ...plain, text: first, ...(reply_parameters ? { reply_parameters } : {}), ...(last < 0 && reply_markup ? { reply_markup } : {}) } as typeof payload, signal);
      for (const [index, part] of rest.entries()) {
        if (!response.ok) return response;
        response = await prev(method, { ...plain, text: part, ...(index === last && reply_markup ? { reply_markup } : {}) } as typeof payload, signal);
      }
      return response;
    }

    // An inline message (no chat) can only be edited: it keeps the first part and its keyboard.
    const chatId = fields.chat_id;
    if (chatId === undefined) return prev(method, { ...plain, text: first, ...(reply_markup ? { reply_markup } : {}) } as typeof payload, signal);
    const edited = await prev(method, { ...plain, text: first } as typeof payload, signal);
    if (!edited.ok) return edited;
    const { message_id: _messageId, inline_message_id: _inline, ...sendFields } = plain;
    for (const [index, part] of rest.entries()) {
      const sent = await prev("sendMessage", { ...sendFields, chat_id: chatId, text: part, ...(index === last && reply_markup ? { reply_markup } : {}) } as never, signal);
      if (!sent.ok) return sent;
    }
    return edited;
  };
}
