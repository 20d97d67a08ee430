// Channel accounts (a Zalo id, kept as the exact string, ↔ the bot's numeric user key), the inbox
// of incoming updates (stored before they are handled) and the choices last offered in a chat.
import type { Db } from "../client.js";
import { isUniqueViolation } from "../errors.js";

export interface ChannelAccountRow {
  id: number;
  channel: string;
  externalId: string;
  displayName: string | null;
}

/** The account of (channel, external id), created on first contact. */
export async function channelAccount(db: Db, channel: string, externalId: string, displayName: string | null): Promise<ChannelAccountRow> {
  const where = { channel_externalId: { channel, externalId } };
  const found = await db.channelAccount.findUnique({ where });
  if (found) return found;
  try {
    return await db.channelAccount.create({ data: { channel, externalId, displayName } });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return db.channelAccount.findUniqueOrThrow({ where });
  }
}

export async function channelAccountById(db: Db, id: number): Promise<ChannelAccountRow | null> {
  return db.channelAccount.findUnique({ where: { id } });
}

export async function markUnreachable(db: Db, id: number, at: Date): Promise<void> {
  await db.channelAccount.updateMany({ where: { id, unreachableAt: null }, data: { unreachableAt: at } });
}

export async function markReachable(db: Db, id: number): Promise<void> {
  await db.channelAccount.updateMany({ where: { id, unreachableAt: { not: null } }, data: { unreachableAt: null } });
}

export interface InboxRow {
  id: number;
  messageId: string;
  payload: string;
  receivedAt: Date;
}

const INBOX_ROW = { id: true, messageId: true, payload: true, receivedAt: true } as const;

/** Stores an incoming update; null when the same message id was stored before (a duplicate). */
export async function storeIncoming(db: Db, channel: string, messageId: string, payload: string, at: Date): Promise<InboxRow | null> {
  try {
    return await db.channelInbox.create({ data: { channel, messageId, payload, receivedAt: at }, select: INBOX_ROW });
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}

export async function markHandled(db: Db, id: number, at: Date): Promise<void> {
  await db.channelInbox.update({ where: { id }, data: { handledAt: at } });
}

/** Updates stored but not handled (in hand, or a crash fell between), oldest first; `before`: stored before that row. */
export async function unhandledIncoming(db: Db, channel: string, limit = 500, before?: number): Promise<InboxRow[]> {
  return db.channelInbox.findMany({
    where: { channel, handledAt: null, ...(before === undefined ? {} : { id: { lt: before } }) },
    orderBy: { id: "asc" },
    take: limit,
    select: INBOX_ROW,
  });
}

export async function pruneInbox(db: Db, olderThan: Date): Promise<number> {
  const result = await db.channelInbox.deleteMany({ where: { handledAt: { lt: olderThan } } });
  return result.count;
}

// The choices last offered in a chat live in the key-value table beside conversation state.
const choicesKey = (chatKey: number) => `channel-choices:${chatKey}`;

export async function loadChoices<T>(db: Db, chatKey: number): Promise<T | null> {
  const row = await db.conversationState.findUnique({ where: { key: choicesKey(chatKey) } });
  return row ? (JSON.parse(row.value) as T) : null;
}

export async function saveChoices<T>(db: Db, chatKey: number, choices: T): Promise<void> {
  const key = choicesKey(chatKey);
  const value = JSON.stringify(choices);
  await db.conversationState.upsert({ where: { key }, create: { key, value }, update: { value } });
}
