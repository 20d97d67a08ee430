// An officer-level invite (officer, admin, chair, council) does not take effect when it is
// opened: the person's claim waits here until the member who made the invite confirms it
// (or refuses it) in the chat. A leaked link alone gives nobody a ward's officer rights.
// The claim is stored under the invite and the Telegram user, so a press redelivered after a
// crash, or pressed twice, finds it done.
import type { Role, Salutation } from "../../domain/types.js";
import type { Db } from "../client.js";
import { recordAudit } from "./audit.js";
import { plainStore } from "./plain-kv.js";
import { redeemInvite } from "./invites.js";

/** Roles whose invite the inviter confirms before it takes effect. */
export const CONFIRMED_ROLES: readonly Role[] = ["officer", "admin", "chair", "council"];

export interface InviteClaim {
  inviteId: number;
  telegramId: string;
  /** What the person's Telegram account shows, for the inviter to recognise them. */
  account: string;
  fullName: string;
  salutation: Salutation | null;
  /** ISO 8601. */
  claimedAt: string;
  status: "pending" | "refused";
}

const store = (db: Db) => plainStore<InviteClaim>(db, "invite-claim");
const keyOf = (inviteId: number, telegramId: bigint | string) => `${inviteId}:${String(telegramId)}`;

/** Who confirms an invite: its maker while still an active, reachable manager of its ward; null when nobody can. */
export async function inviteConfirmer(db: Db, inviteId: number) {
  const invite = await db.invite.findUnique({ where: { id: inviteId }, select: { createdById: true, wardId: true } });
  if (!invite?.createdById) return null;
  const maker = await db.member.findFirst({
    where: { id: invite.createdById, wardId: invite.wardId, active: true, role: { in: ["officer", "admin"] }, telegramId: { not: null } },
  });
  return maker && { memberId: maker.id, chatId: Number(maker.telegramId), fullName: maker.fullName, salutation: maker.salutation };
}

export async function findClaim(db: Db, inviteId: number, telegramId: bigint | string): Promise<InviteClaim | undefined> {
  return store(db).read(keyOf(inviteId, telegramId));
}

export async function saveClaim(db: Db, claim: InviteClaim): Promise<void> {
  await store(db).write(keyOf(claim.inviteId, claim.telegramId), claim);
}

export type ClaimDecision =
  | { kind: "confirmed"; memberId: number; claim: InviteClaim; role: Role; groupName: string | null; wardName: string }
  | { kind: "refused"; claim: InviteClaim; role: Role; groupName: string | null; wardName: string }
  /** This very claim was confirmed (or refused) before: a second press. */
  | { kind: "already"; confirmed: boolean; fullName: string }
  /** The invite was used by someone else, expired, or the claim is unknown. */
  | { kind: "gone" };

/** The inviter's answer, from the press's ids: checked against the invite's maker and applied once. */
export async function decideClaim(
  db: Db,
  input: { inviteId: number; telegramId: string; deciderId: number; confirm: boolean; now: Date },
): Promise<ClaimDecision | { kind: "not_yours" }> {
  const invite = await db.invite.findUnique({ where: { id: input.inviteId }, include: { ward: true, group: true } });
  if (!invite || invite.createdById !== input.deciderId) return { kind: "not_yours" };
  const claim = await findClaim(db, input.inviteId, input.telegramId);
  if (invite.usedAt) {
    const user = invite.usedByMemberId === null ? null : await db.member.findUnique({ where: { id: invite.usedByMemberId } });
    if (user && String(user.telegramId) === input.telegramId) return { kind: "already", confirmed: true, fullName: user.fullName };
    return { kind: "gone" };
  }
  if (!claim) return { kind: "gone" };
  if (claim.status === "refused") return { kind: "already", confirmed: false, fullName: claim.fullName };
  if (!input.confirm) {
    const refused = { ...claim, status: "refused" as const };
    await saveClaim(db, refused);
    await recordAudit(db, {
      wardId: invite.wardId,
      actor: { memberId: input.deciderId, source: "chat" },
      action: "invite.refuse",
      subject: `invite:${invite.id}`,
      detail: { telegramId: claim.telegramId, fullName: claim.fullName, role: invite.role },
      at: input.now,
    });
    return { kind: "refused", claim: refused, role: invite.role, groupName: invite.group?.name ?? null, wardName: invite.ward.name };
  }
  const member = await redeemInvite(db, invite.code, BigInt(claim.telegramId), claim.fullName, input.now, claim.salutation, {
    audit: { actor: { memberId: input.deciderId, source: "chat" }, action: "invite.confirm" },
  });
  if (!member) {
    // Two presses at once: the other one registered this very person.
    const now = await db.invite.findUnique({ where: { id: input.inviteId }, select: { usedByMemberId: true } });
    const user = now?.usedByMemberId == null ? null : await db.member.findUnique({ where: { id: now.usedByMemberId } });
    if (user && String(user.telegramId) === input.telegramId) return { kind: "already", confirmed: true, fullName: user.fullName };
    return { kind: "gone" };
  }
  await store(db).delete(keyOf(input.inviteId, input.telegramId));
  return { kind: "confirmed", memberId: member.id, claim, role: invite.role, groupName: invite.group?.name ?? null, wardName: invite.ward.name };
}
