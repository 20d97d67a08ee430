// Invites: single-use, expiring, unguessable codes for Telegram deep links, and a short code
// to type (src/domain/invite-code.ts) for Zalo, where there are no deep links.
import { randomBytes, timingSafeEqual } from "node:crypto";
import { generateShortCode, parseShortCode } from "../../domain/invite-code.js";
import { isUniqueViolation } from "../errors.js";
import type { Role, Salutation } from "../../domain/types.js";
import type { Db } from "../client.js";
import { type Actor as AuditActor, recordAudit } from "./audit.js";

export const INVITE_DEFAULT_DAYS = 14;

export interface InviteInput {
  wardId: number;
  role: Role;
  groupId?: number | null;
  memberId?: number | null;
  fullName?: string | null;
  phone?: string | null;
  createdById?: number | null;
  now: Date;
  days?: number;
}

/** 15 random bytes → 20 URL-safe characters (Telegram's start parameter allows A-Z a-z 0-9 _ -). */
export function newInviteCode(): string {
  return randomBytes(15).toString("base64url");
}

export async function createInvite(db: Db, input: InviteInput) {
  // A short code may (one chance in millions per live code) be taken: draw again.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await createInviteOnce(db, input);
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 5) throw error;
    }
  }
}

async function createInviteOnce(db: Db, input: InviteInput) {
  const expiresAt = new Date(input.now.getTime() + (input.days ?? INVITE_DEFAULT_DAYS) * 86_400_000);
  return db.invite.create({
    data: {
      code: newInviteCode(),
      shortCode: generateShortCode((size) => randomBytes(size)),
      wardId: input.wardId,
      role: input.role,
      groupId: input.groupId ?? null,
      memberId: input.memberId ?? null,
      fullName: input.fullName ?? null,
      phone: input.phone ?? null,
      createdById: input.createdById ?? null,
      createdAt: input.now,
      expiresAt,
    },
    include: { ward: true, group: true },
  });
}

export type InviteCheck =
  | { status: "valid"; invite: NonNullable<Awaited<ReturnType<typeof findInvite>>> }
  | { status: "unknown" | "used" | "expired" };

async function findInvite(db: Db, code: string) {
  return db.invite.findUnique({ where: { code }, include: { ward: true, group: true } });
}

/** An invite by its long code (a deep link) or its short code (typed, in any case or spacing). */
export async function checkInvite(db: Db, code: string, now: Date): Promise<InviteCheck> {
  const short = parseShortCode(code);
  if (short !== null) {
    const invite = await db.invite.findUnique({ where: { shortCode: short }, include: { ward: true, group: true } });
    if (!invite || !sameCode(invite.shortCode ?? "", short)) return { status: "unknown" };
    if (invite.usedAt) return { status: "used" };
    if (invite.expiresAt <= now) return { status: "expired" };
    return { status: "valid", invite };
  }
  if (!/^[A-Za-z0-9_-]{10,64}$/.test(code)) return { status: "unknown" };
  const invite = await findInvite(db, code);
  if (!invite || !sameCode(invite.code, code)) return { status: "unknown" };
  if (invite.usedAt) return { status: "used" };
  if (invite.expiresAt <= now) return { status: "expired" };
  return { status: "valid", invite };
}

function sameCode(stored: string, given: string): boolean {
  const a = Buffer.from(stored);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Registers the Telegram user through the invite, once: the invite is claimed with a
 * conditional update, so two taps (or two processes) cannot both use it.
 */
export async function redeemInvite(
  db: Db,
  code: string,
  telegramId: bigint,
  fullName: string,
  now: Date,
  salutation: Salutation | null = null,
  options: { audit?: { actor: AuditActor; action: string } } = {},
) {
  return db.$transaction(async (tx) => {
    const claimed = await tx.invite.updateMany({
      where: { code, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) return null;
    const invite = await tx.invite.findUniqueOrThrow({ where: { code } });
    const existing = await tx.member.findFirst({ where: { wardId: invite.wardId, telegramId } });
    const data = { fullName, telegramId, registeredAt: now, active: true, role: invite.role, groupId: invite.groupId, salutation };
    const member = existing
      ? await tx.member.update({ where: { id: existing.id }, data })
      : invite.memberId
        ? await tx.member.update({ where: { id: invite.memberId }, data })
        : await tx.member.create({ data: { wardId: invite.wardId, phone: invite.phone, ...data } });
    await tx.invite.update({ where: { code }, data: { usedByMemberId: member.id } });
    if (options.audit) {
      await recordAudit(tx, {
        wardId: invite.wardId,
        actor: options.audit.actor,
        action: options.audit.action,
        subject: `invite:${invite.id}`,
        detail: { memberId: member.id, fullName, role: invite.role },
        at: now,
      });
    }
    // A new leader's invite: the leader replaced loses access now (the row and history stay).
    if (invite.replacesMemberId !== null && invite.replacesMemberId !== member.id) {
      await tx.member.updateMany({ where: { id: invite.replacesMemberId, active: true }, data: { active: false } });
    }
    return member;
  });
}
