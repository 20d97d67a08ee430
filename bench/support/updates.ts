// Private-chat text updates as Telegram sends them, with increasing update ids.
import type { Update } from "grammy/types";
import { nextMessageId } from "./instant-telegram.js";

let updateId = 1;
export function textUpdate(userId: number, text: string): Update {
  return {
    update_id: updateId++,
    message: {
      message_id: nextMessageId(), date: 0, text,
      chat: { id: userId, type: "private", first_name: "Bench" },
      from: { id: userId, is_bot: false, first_name: "Bench" },
      ...(text.startsWith("/") ? { entities: [{ type: "bot_command", offset: 0, length: text.split(" ")[0]!.length }] } : {}),
    },
  };
}

