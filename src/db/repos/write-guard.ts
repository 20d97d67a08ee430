// What a write from a conversation checks inside its own transaction: the member as they
// are now (still active, same ward, same role, same group). Conversations load the world
// when they start; by the time a person answers, an officer may have deactivated or moved
// them. Every chat write goes through `guarded`, so the check and the write commit together.
import type { Role } from "../../domain/types.js";
import type { Conflict } from "../../domain/validate.js";
import type { Db } from "../client.js";

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Who writes, as the conversation knew them when it started. */
export interface Actor {
  memberId: number;
  wardId: number;
  /** Roles that may make this write. */
  roles: readonly Role[];
  /** For a leader's write: the group they must still lead. */
  groupId?: number;
}

export type RefusalReason =
  /** Deactivated or removed. */
  | "member_inactive"
  /** Another role, ward or group than when the conversation started. */
  | "member_changed"
  | "period_closed"
  | "report_approved"
  /** The report's status changed under the writer (e.g. no longer waiting for review). */
  | "report_status"
  /** The value breaks a rule against what is stored now. */
  | "invalid";

export type Refusal = { ok: false; reason: RefusalReason; conflicts: Conflict[] };
export type Guarded<T> = { ok: true; value: T } | Refusal;

/** Thrown inside a guarded write before it writes anything: `guarded` returns the refusal. */
export class WriteRefused extends Error {
  constructor(
    readonly reason: RefusalReason,
    readonly conflicts: Conflict[] = [],
  ) {
    super(`write refused: ${reason}`);
  }
}

/** The member as stored now (null if gone), as a guarded write reads it. */
export interface ActorNow {
  active: boolean;
  role: Role;
  wardId: number;
  groupId: number | null;
}

/** Throws the refusal when the member now is not who the conversation knew. */
export function refuseUnlessActor(member: ActorNow | null, actor: Actor): void {
  if (!member || !member.active) throw new WriteRefused("member_inactive");
  if (member.wardId !== actor.wardId || !actor.roles.includes(member.role)) throw new WriteRefused("member_changed");
  if (actor.groupId !== undefined && member.groupId !== actor.groupId) throw new WriteRefused("member_changed");
}

/** One query: the member now, against what the conversation knew. */
export async function checkActor(tx: Tx, actor: Actor): Promise<void> {
  const member = await tx.member.findUnique({
    where: { id: actor.memberId },
    select: { active: true, role: true, wardId: true, groupId: true },
  });
  refuseUnlessActor(member, actor);
}

/**
 * Runs `write` in a transaction; a WriteRefused thrown inside is returned. The transaction
 * still commits: a refusal comes before the write proper (after at most the lock's touch of
 * `updatedAt`), and on SQLite a rollback would also undo statements that other updates ran
 * on the same connection meanwhile.
 */
export async function guarded<T>(db: Db, write: (tx: Tx) => Promise<T>): Promise<Guarded<T>> {
  return db.$transaction(
    async (tx): Promise<Guarded<T>> => {
      try {
        return { ok: true, value: await write(tx) };
      } catch (error) {
        if (error instanceof WriteRefused) return { ok: false, reason: error.reason, conflicts: error.conflicts };
        throw error;
      }
    },
    { timeout: 20_000, maxWait: 20_000 },
  );
}

/**
 * A write checked against the actor only (pledges, ward figures, settings, invites), in one
 * transaction. `write` gets the transaction typed as the client, so repos written for `Db`
 * run in it unchanged; they must not open a transaction of their own.
 */
export async function asActor<T>(db: Db, actor: Actor, write: (tx: Db) => Promise<T>): Promise<Guarded<T>> {
  return guarded(db, async (tx) => {
    await checkActor(tx, actor);
    return write(tx as Db);
  });
}
