// The printable invite sheet of a ward (the CLI's invite-sheet and the officer's /phieumoi).
import type { Db } from "../../db/client.js";
import { inviteLink, inviteSheetEntries } from "../../db/repos/member-invites.js";
import { renderInviteSheet } from "./invite-sheet.js";

export interface WardInviteSheet {
  pdf: Buffer;
  entries: Awaited<ReturnType<typeof inviteSheetEntries>>;
}

export async function wardInviteSheet(
  db: Db,
  ward: { id: number; name: string; timeZone: string },
  options: { botUsername: string; now: Date; days: number; renew: boolean; zaloLink?: string | null },
): Promise<WardInviteSheet> {
  const entries = await inviteSheetEntries(db, ward.id, { now: options.now, days: options.days, renew: options.renew });
  const pdf = await renderInviteSheet({
    wardName: ward.name,
    createdAt: options.now,
    timeZone: ward.timeZone,
    zaloLink: options.zaloLink ?? null,
    blocks: entries.map((entry) => ({
      groupName: entry.groupName,
      leaderName: entry.leaderName,
      kind: entry.kind,
      // Without Telegram (no bot username) only the code and the Zalo QR are printed.
      link: entry.invite && options.botUsername ? inviteLink(options.botUsername, entry.invite.code) : null,
      shortCode: entry.invite?.shortCode ?? null,
      expiresAt: entry.invite ? new Date(entry.invite.expiresAt) : null,
    })),
  });
  return { pdf: Buffer.from(pdf), entries };
}
