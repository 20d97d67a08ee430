// The office's changes to groups and people, each in one transaction with its audit entry:
// add, rename and merge groups; replace a group's leader; deactivate a member; who is who.
import { normalizeText } from "../../domain/text.js";
import type { Db } from "../client.js";
import { recordAudit, type Actor } from "./audit.js";
import { groupNameKey } from "./group-import.js";
import { issueInvite, type IssuedInvite } from "./member-invites.js";

export type GroupChange =
  | { ok: true; groupId: number }
  | { ok: false; reason: "exists" | "not-found" | "same-group" | "bad-name" };

function checkName(name: string): string | null {
  const tidy = normalizeText(name);
  return tidy.length >= 2 && tidy.length <= 80 && /\p{L}|\d/u.test(tidy) ? tidy : null;
}

/** A group of the ward by name (case, accents and spacing ignored); active ones only. */
export async function groupByName(db: Db, wardId: number, name: string) {
  const key = groupNameKey(name);
  const groups = await db.group.findMany({ where: { wardId, active: true } });
  return groups.find((group) => groupNameKey(group.name) === key) ?? null;
}

async function nameTaken(db: Db, wardId: number, name: string, except?: number): Promise<boolean> {
  const key = groupNameKey(name);
  const groups = await db.group.findMany({ where: { wardId }, select: { id: true, name: true } });
  return groups.some((group) => group.id !== except && groupNameKey(group.name) === key);
}

export async function addGroup(db: Db, wardId: number, input: { name: string; households: number | null }, actor: Actor, now: Date): Promise<GroupChange> {
  const name = checkName(input.name);
  if (!name) return { ok: false, reason: "bad-name" };
  if (await nameTaken(db, wardId, name)) return { ok: false, reason: "exists" };
  return db.$transaction(async (tx) => {
    const last = await tx.group.aggregate({ where: { wardId }, _max: { sortOrder: true } });
    const group = await tx.group.create({ data: { wardId, name, households: input.households, sortOrder: (last._max.sortOrder ?? 0) + 1 } });
    await recordAudit(tx, { wardId, actor, action: "group.add", subject: `group:${group.id}`, detail: { groupId: group.id, name, households: input.households }, at: now });
    return { ok: true as const, groupId: group.id };
  });
}

export async function renameGroup(db: Db, wardId: number, from: string, to: string, actor: Actor, now: Date): Promise<GroupChange> {
  const group = await groupByName(db, wardId, from);
  if (!group) return { ok: false, reason: "not-found" };
  const name = checkName(to);
  if (!name) return { ok: false, reason: "bad-name" };
  if (await nameTaken(db, wardId, name, group.id)) return { ok: false, reason: "exists" };
  return db.$transaction(async (tx) => {
    await tx.group.update({ where: { id: group.id }, data: { name } });
    await recordAudit(tx, { wardId, actor, action: "group.rename", subject: `group:${group.id}`, detail: { groupId: group.id, from: group.name, to: name }, at: now });
    return { ok: true as const, groupId: group.id };
  });
}

/**
 * Merges `sources` into `target` (the 2025 reorganisation): each source keeps its reports and
 * pledges but takes no new period; its people and unused invites move to the target, its
 * households are added to the target's. Periods it already reported in still count it.
 */
export async function mergeGroups(db: Db, wardId: number, sources: string[], target: string, actor: Actor, now: Date): Promise<GroupChange & { merged?: string[] }> {
  const into = await groupByName(db, wardId, target);
  if (!into) return { ok: false, reason: "not-found" };
  const from: NonNullable<Awaited<ReturnType<typeof groupByName>>>[] = [];
  for (const name of sources) {
    const group = await groupByName(db, wardId, name);
    if (!group) return { ok: false, reason: "not-found" };
    if (group.id === into.id) return { ok: false, reason: "same-group" };
    if (!from.some((g) => g.id === group.id)) from.push(group);
  }
  return db.$transaction(async (tx) => {
    const ids = from.map((g) => g.id);
    await tx.group.updateMany({ where: { id: { in: ids } }, data: { active: false, mergedIntoId: into.id } });
    await tx.member.updateMany({ where: { groupId: { in: ids } }, data: { groupId: into.id } });
    await tx.invite.updateMany({ where: { groupId: { in: ids }, usedAt: null }, data: { groupId: into.id } });
    const households = [into, ...from].every((g) => g.households !== null) ? [into, ...from].reduce((sum, g) => sum + (g.households ?? 0), 0) : into.households;
    await tx.group.update({ where: { id: into.id }, data: { households } });
    await recordAudit(tx, { wardId, actor, action: "group.merge", subject: `group:${into.id}`, detail: { into: { id: into.id, name: into.name }, merged: from.map((g) => ({ id: g.id, name: g.name })), households }, at: now });
    return { ok: true as const, groupId: into.id, merged: from.map((g) => g.name) };
  });
}

export type LeaderChange =
  | { ok: true; invite: IssuedInvite; replaced: Array<{ id: number; fullName: string }>; immediately: boolean }
  | { ok: false; reason: "not-found" | "bad-name" };

/**
 * A new leader for a group: an unregistered member and an invite. The group's current leaders
 * lose access when the new one registers — or at once with `immediately`. Their rows (and
 * every report they sent) stay.
 */
export async function replaceLeader(
  db: Db,
  wardId: number,
  groupName: string,
  input: { fullName: string; phone: string | null; days: number; immediately: boolean },
  actor: Actor,
  now: Date,
): Promise<LeaderChange> {
  const group = await groupByName(db, wardId, groupName);
  if (!group) return { ok: false, reason: "not-found" };
  const fullName = checkName(input.fullName);
  if (!fullName) return { ok: false, reason: "bad-name" };
  const current = await db.member.findMany({ where: { wardId, groupId: group.id, role: "leader", active: true } });
  return db.$transaction(async (tx) => {
    const member = await tx.member.create({ data: { wardId, fullName, phone: input.phone, role: "leader", groupId: group.id } });
    const replaced = current.map((m) => ({ id: m.id, fullName: m.fullName }));
    if (input.immediately && replaced.length > 0) {
      await tx.member.updateMany({ where: { id: { in: replaced.map((m) => m.id) } }, data: { active: false } });
    }
    // Unused invites of the people replaced stop working.
    await tx.invite.updateMany({ where: { memberId: { in: replaced.map((m) => m.id) }, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
    const invite = await issueInvite(tx as unknown as Db, {
      wardId,
      role: "leader",
      groupId: group.id,
      memberId: member.id,
      fullName,
      phone: input.phone,
      now,
      days: input.days,
      createdById: actor.memberId,
    });
    // With several current leaders (a tổ phó standing in), the first is the one replaced; the
    // officer deactivates any other.
    if (!input.immediately && replaced.length > 0) {
      await tx.invite.update({ where: { id: invite.id }, data: { replacesMemberId: replaced[0]!.id } });
    }
    await recordAudit(tx, { wardId, actor, action: "member.replace-leader", subject: `member:${member.id}`, detail: { group: group.name, newMemberId: member.id, fullName, replaced, immediately: input.immediately }, at: now });
    return { ok: true as const, invite, replaced, immediately: input.immediately };
  });
}

export type MemberChange = { ok: true; fullName: string } | { ok: false; reason: "not-found" | "self" };

export async function deactivateMember(db: Db, wardId: number, memberId: number, actor: Actor, now: Date): Promise<MemberChange> {
  if (actor.memberId === memberId) return { ok: false, reason: "self" };
  const member = await db.member.findFirst({ where: { id: memberId, wardId, active: true } });
  if (!member) return { ok: false, reason: "not-found" };
  return db.$transaction(async (tx) => {
    await tx.member.update({ where: { id: member.id }, data: { active: false } });
    await tx.invite.updateMany({ where: { memberId: member.id, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
    await recordAudit(tx, { wardId, actor, action: "member.deactivate", subject: `member:${member.id}`, detail: { memberId: member.id, fullName: member.fullName, role: member.role, groupId: member.groupId }, at: now });
    return { ok: true as const, fullName: member.fullName };
  });
}

export type MemberState = "registered" | "pending" | "blocked" | "inactive";

export interface MemberRow {
  id: number;
  fullName: string;
  role: string;
  groupName: string | null;
  phone: string | null;
  state: MemberState;
}

/** Everyone of the ward with their state: registered, pending (invited), blocked the bot, or inactive. */
export async function wardMembers(db: Db, wardId: number, options: { includeInactive?: boolean } = {}): Promise<MemberRow[]> {
  const rows = await db.member.findMany({
    where: { wardId, ...(options.includeInactive ? {} : { active: true }) },
    include: { group: { select: { name: true, sortOrder: true } } },
    orderBy: [{ role: "asc" }, { id: "asc" }],
  });
  const state = (m: (typeof rows)[number]): MemberState =>
    !m.active ? "inactive" : m.blockedAt ? "blocked" : m.telegramId !== null ? "registered" : "pending";
  return rows
    .map((m) => ({ id: m.id, fullName: m.fullName, role: m.role, groupName: m.group?.name ?? null, phone: m.phone, state: state(m), order: m.group?.sortOrder ?? -1 }))
    .sort((a, b) => a.order - b.order || a.id - b.id)
    .map(({ order: _order, ...row }) => row);
}
