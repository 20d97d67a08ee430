// Groups and their leaders from the office's spreadsheet, all or nothing: one transaction
// creates every group, an unregistered leader member for each named leader and one invite
// bound to that member, and one audit row (who imported, how many).
import { foldDiacritics, normalizeText } from "../../domain/text.js";
import type { Db } from "../client.js";
import { type Actor, CLI_ACTOR, recordAudit } from "./audit.js";
import { INVITE_DEFAULT_DAYS, newInviteCode } from "./invites.js";

export interface ImportGroupRow {
  /** The spreadsheet row number, for messages. */
  row: number;
  name: string;
  households: number | null;
  leaderName: string | null;
  phone: string | null;
}

export type ImportConflict = { row: number; kind: "group-exists"; name: string };

export type ImportResult =
  | { ok: true; groups: number; leaders: number; invites: number }
  | { ok: false; conflicts: ImportConflict[] };

/** The key two group names are the same under: case, diacritics and spacing ignored. */
export function groupNameKey(name: string): string {
  return foldDiacritics(normalizeText(name));
}

class Conflicts extends Error {
  constructor(readonly conflicts: ImportConflict[]) {
    super("groups exist");
  }
}

export async function importGroups(
  db: Db,
  wardId: number,
  rows: ImportGroupRow[],
  options: { now: Date; days?: number; actor?: Actor },
): Promise<ImportResult> {
  const expiresAt = new Date(options.now.getTime() + (options.days ?? INVITE_DEFAULT_DAYS) * 86_400_000);
  try {
    return await db.$transaction(async (tx) => {
      const existing = await tx.group.findMany({ where: { wardId }, select: { name: true, sortOrder: true } });
      const taken = new Set(existing.map((group) => groupNameKey(group.name)));
      const conflicts = rows
        .filter((row) => taken.has(groupNameKey(row.name)))
        .map((row): ImportConflict => ({ row: row.row, kind: "group-exists", name: row.name }));
      if (conflicts.length > 0) throw new Conflicts(conflicts);
      let sortOrder = existing.reduce((max, group) => Math.max(max, group.sortOrder), 0);
      let leaders = 0;
      for (const row of rows) {
        sortOrder += 1;
        const group = await tx.group.create({ data: { wardId, name: row.name, households: row.households, sortOrder } });
        if (!row.leaderName) continue;
        const member = await tx.member.create({
          data: { wardId, fullName: row.leaderName, phone: row.phone, role: "leader", groupId: group.id, telegramId: null },
        });
        await tx.invite.create({
          data: {
            code: newInviteCode(),
            wardId,
            role: "leader",
            groupId: group.id,
            memberId: member.id,
            fullName: row.leaderName,
            phone: row.phone,
            createdAt: options.now,
            expiresAt,
          },
        });
        leaders += 1;
      }
      await recordAudit(tx, {
        wardId,
        actor: options.actor ?? CLI_ACTOR,
        action: "groups.import",
        subject: `ward:${wardId}`,
        detail: { groups: rows.map((row) => row.name), leaders },
        at: options.now,
      });
      return { ok: true as const, groups: rows.length, leaders, invites: leaders };
    });
  } catch (error) {
    if (error instanceof Conflicts) return { ok: false, conflicts: error.conflicts };
    throw error;
  }
}
