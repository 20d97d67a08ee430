// The numeric user keys the bot sees for people on other channels. Telegram user ids have at
// most 52 significant bits (< 2^52), so a Zalo account is 2^52 + its ChannelAccount id: the two
// ranges never meet, and every table keyed by a Telegram-style number (members, conversation
// state, processed updates, reminders) works unchanged. Update ids of Zalo updates use the same
// offset over the inbox id. This file is the one place that knows the ranges.
export const CHANNEL_KEY_BASE = 2 ** 52;

export type Channel = "telegram" | "zalo";

export function zaloKey(accountId: number): number {
  return CHANNEL_KEY_BASE + accountId;
}

export function accountIdOfKey(key: number): number {
  return key - CHANNEL_KEY_BASE;
}

/** The channel of a chat or user key (a number, or a string as in a Bot API payload). */
export function channelOfKey(key: unknown): Channel {
  const value = typeof key === "string" && /^\d+$/.test(key) ? Number(key) : key;
  return typeof value === "number" && value > CHANNEL_KEY_BASE && Number.isSafeInteger(value) ? "zalo" : "telegram";
}

export function zaloUpdateId(inboxId: number): number {
  return CHANNEL_KEY_BASE + inboxId;
}
