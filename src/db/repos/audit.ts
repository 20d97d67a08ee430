// The audit trail of actions that are not report values (ValueChange keeps those): who did
// what, when, to what. Written in the same transaction as the change it records.
import type { Db } from "../client.js";

type Writer = Pick<Db, "auditEvent">;

export interface Actor {
  /** The member who acted; null for the command line. */
  memberId: number | null;
  source: "chat" | "cli";
}

export const CLI_ACTOR: Actor = { memberId: null, source: "cli" };

export interface AuditInput {
  wardId: number;
  actor: Actor;
  action: string;
  subject: string;
  detail: Record<string, unknown>;
  at: Date;
}

export async function recordAudit(db: Writer, input: AuditInput): Promise<void> {
  await db.auditEvent.create({
    data: {
      wardId: input.wardId,
      actorId: input.actor.memberId,
      source: input.actor.source,
      action: input.action,
      subject: input.subject,
      detail: JSON.stringify(input.detail),
      at: input.at,
    },
  });
}

export async function auditOf(db: Db, subject: string) {
  return db.auditEvent.findMany({ where: { subject }, orderBy: { id: "asc" } });
}

/** A ward's audit rows, oldest first; only one kind of action when given. */
export async function auditEntries(db: Db, wardId: number, action?: string) {
  return db.auditEvent.findMany({ where: { wardId, ...(action ? { action } : {}) }, orderBy: { id: "asc" } });
}
