// The ward's audit trail of office actions: who (a member, or the command line), when, what.
import type { Db } from "../client.js";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export interface Actor {
  /** The member who acted; null: the command line. */
  memberId: number | null;
  source: "chat" | "cli";
}

export const CLI_ACTOR: Actor = { memberId: null, source: "cli" };

export async function recordAudit(db: Db | Tx, wardId: number, actor: Actor, action: string, detail: unknown, at: Date): Promise<void> {
  await db.auditEntry.create({ data: { wardId, actorId: actor.memberId, source: actor.source, action, detail: JSON.stringify(detail), at } });
}

export async function auditEntries(db: Db, wardId: number, action?: string) {
  return db.auditEntry.findMany({ where: { wardId, ...(action ? { action } : {}) }, orderBy: { id: "asc" } });
}
