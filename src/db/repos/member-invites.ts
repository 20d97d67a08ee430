// Invites as the office hands them out: bound to a member the office already knows (an
// imported leader) or open for a role; at most one usable invite per known member.
import type { Role } from "../../domain/types.js";
import { foldDiacritics, normalizeText } from "../../domain/text.js";
import type { Db } from "../client.js";
import { createInvite, INVITE_DEFAULT_DAYS, type InviteInput } from "./invites.js";

/** JSON-safe view of an invite. */
export interface IssuedInvite {
  id: number;
  code: string;
  /** The code to type (Zalo); null for invites made before short codes. */
  shortCode: string | null;
  role: Role;
  groupId: number | null;
  groupName: string | null;
  memberId: number | null;
  fullName: string | null;
  /** ISO 8601. */
  expiresAt: string;
}

function toIssued(row: {
  id: number;
  code: string;
  shortCode: string | null;
  role: Role;
  groupId: number | null;
  memberId: number | null;
  fullName: string | null;
  expiresAt: Date;
  group: { name: string } | null;
}): IssuedInvite {
  return {
    id: row.id,
    code: row.code,
    shortCode: row.shortCode,
    role: row.role,
    groupId: row.groupId,
    groupName: row.group?.name ?? null,
    memberId: row.memberId,
    fullName: row.fullName,
    expiresAt: row.expiresAt.toISOString(),
  };
}

/**
 * Creates an invite. One bound to a member replaces that member's older unused invites
 * (they expire now): a lost or leaked printout cannot register someone else in their place.
 */
export async function issueInvite(db: Db, input: InviteInput): Promise<IssuedInvite> {
  if (input.memberId != null) {
    await db.invite.updateMany({
      where: { memberId: input.memberId, usedAt: null, expiresAt: { gt: input.now } },
      data: { expiresAt: input.now },
    });
  }
  return toIssued(await createInvite(db, input));
}

/** `https://t.me/<bot>?start=<code>`: what the person taps or scans. */
export function inviteLink(botUsername: string, code: string): string {
  return `https://t.me/${botUsername.replace(/^@/u, "")}?start=${code}`;
}

export interface WardGroup {
  id: number;
  name: string;
}

/** Active groups of the ward in order (for choosing one). */
export async function wardGroups(db: Db, wardId: number): Promise<WardGroup[]> {
  return db.group.findMany({
    where: { wardId, active: true },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
  });
}

/** An active group of the ward by id (null if it is another ward's). */
export async function wardGroup(db: Db, wardId: number, groupId: number): Promise<WardGroup | null> {
  return db.group.findFirst({ where: { id: groupId, wardId, active: true }, select: { id: true, name: true } });
}

/** A group by the name a person types: exact first, then ignoring case, diacritics and spacing. */
export async function findGroupByName(db: Db, wardId: number, name: string): Promise<WardGroup | null> {
  const groups = await wardGroups(db, wardId);
  const wanted = normalizeText(name);
  const exact = groups.find((group) => group.name === wanted);
  if (exact) return exact;
  const folded = foldDiacritics(wanted);
  const matches = groups.filter((group) => foldDiacritics(normalizeText(group.name)) === folded);
  return matches.length === 1 ? matches[0]! : null;
}

export interface PendingLeader {
  memberId: number;
  fullName: string;
  phone: string | null;
}

/** Leaders of a group the office listed (an import) who have not registered yet. */
export async function unregisteredLeaders(db: Db, wardId: number, groupId: number): Promise<PendingLeader[]> {
  const rows = await db.member.findMany({
    where: { wardId, groupId, role: "leader", active: true, telegramId: null },
    orderBy: { id: "asc" },
  });
  return rows.map((row) => ({ memberId: row.id, fullName: row.fullName, phone: row.phone }));
}

export interface SheetEntry {
  groupId: number;
  groupName: string;
  leaderName: string | null;
  /** "pending": an invite below; "registered": the leader already uses the bot; "no-leader": none known. */
  kind: "pending" | "registered" | "no-leader";
  invite: IssuedInvite | null;
  reused: boolean;
}

export interface SheetOptions {
  now: Date;
  days?: number;
  /** Always create fresh invites (the older ones expire). Default: reuse an invite valid for at least `minDaysLeft` more days. */
  renew?: boolean;
  minDaysLeft?: number;
}

/**
 * One entry per leader of every active group (in the ward's order): registered leaders as
 * such, unregistered ones with a usable invite (reused if it stays valid long enough, else
 * fresh), and groups without any leader.
 */
export async function inviteSheetEntries(db: Db, wardId: number, options: SheetOptions): Promise<SheetEntry[]> {
  const days = options.days ?? INVITE_DEFAULT_DAYS;
  const minDaysLeft = options.minDaysLeft ?? Math.min(7, days);
  const reuseAfter = new Date(options.now.getTime() + minDaysLeft * 86_400_000);
  // Three queries whatever the ward's size: no list of ids is sent as parameters (SQLite's
  // parameter limit broke this from about 1.000 groups).
  const groups = await db.group.findMany({ where: { wardId, active: true }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }] });
  const leaders = await db.member.findMany({ where: { role: "leader", active: true, group: { wardId, active: true } }, orderBy: { id: "asc" } });
  const reusable = options.renew
    ? []
    : await db.invite.findMany({ where: { wardId, usedAt: null, memberId: { not: null }, expiresAt: { gt: reuseAfter } }, orderBy: { expiresAt: "desc" } });
  const leadersByGroup = new Map<number, typeof leaders>();
  for (const leader of leaders) {
    if (leader.groupId === null) continue;
    leadersByGroup.set(leader.groupId, [...(leadersByGroup.get(leader.groupId) ?? []), leader]);
  }
  const groupById = new Map(groups.map((group) => [group.id, group]));
  const reusableByMember = new Map<number, (typeof reusable)[number]>();
  for (const invite of reusable) if (invite.memberId !== null && !reusableByMember.has(invite.memberId)) reusableByMember.set(invite.memberId, invite);

  const entries: SheetEntry[] = [];
  for (const group of groups) {
    const members = leadersByGroup.get(group.id) ?? [];
    if (members.length === 0) {
      entries.push({ groupId: group.id, groupName: group.name, leaderName: null, kind: "no-leader", invite: null, reused: false });
      continue;
    }
    for (const member of members) {
      const base = { groupId: group.id, groupName: group.name, leaderName: member.fullName };
      if (member.telegramId !== null) {
        entries.push({ ...base, kind: "registered", invite: null, reused: false });
        continue;
      }
      const found = reusableByMember.get(member.id);
      const existing = found ? { ...found, group: found.groupId === null ? null : (groupById.get(found.groupId) ?? null) } : null;
      const invite = existing
        ? toIssued(existing)
        : await issueInvite(db, {
            wardId,
            role: "leader",
            groupId: group.id,
            memberId: member.id,
            fullName: member.fullName,
            phone: member.phone,
            now: options.now,
            days,
          });
      entries.push({ ...base, kind: "pending", invite, reused: existing !== null });
    }
  }
  return entries;
}
