// What command list was last sent to Telegram for each scope (the default one, each member's
// chat), as a digest in the key-value table: a start calls setMyCommands only where it changed.
import type { Db } from "../client.js";

const PREFIX = "commands:";

export async function registeredCommandDigests(db: Db): Promise<Map<string, string>> {
  const rows = await db.conversationState.findMany({ where: { key: { startsWith: PREFIX } }, select: { key: true, value: true } });
  return new Map(rows.map((row) => [row.key.slice(PREFIX.length), row.value]));
}

export async function rememberCommandDigest(db: Db, scope: string, digest: string): Promise<void> {
  const key = PREFIX + scope;
  await db.conversationState.upsert({ where: { key }, create: { key, value: digest }, update: { value: digest } });
}
