// Telegram replaced by a fetch that answers every Bot API call at once, as Telegram would on
// success: what remains to measure is the bot's own work.
import type { UserFromGetMe } from "grammy/types";

export const botInfo: UserFromGetMe = {
  id: 42, is_bot: true, first_name: "Thi đua", username: "thidua_bench_bot",
  can_join_groups: false, can_read_all_group_messages: false, supports_inline_queries: false,
  can_connect_to_business: false, has_main_web_app: false, has_topics_enabled: false, allows_users_to_create_topics: false,
} as UserFromGetMe;

let messageId = 1;
/** A private chat numbers both sides' messages in one sequence: incoming updates take theirs here too. */
export const nextMessageId = (): number => messageId++;

/** Answers every Bot API call at once, as Telegram would on success. */
export const instantTelegram: typeof fetch = async (_input, init) => {
  const body = typeof init?.body === "string" ? (JSON.parse(init.body) as Record<string, unknown>) : {};
  const result = { message_id: nextMessageId(), date: 0, chat: { id: body["chat_id"] ?? 0, type: "private" }, text: body["text"] ?? "" };
  return new Response(JSON.stringify({ ok: true, result }), { headers: { "content-type": "application/json" } });
};

