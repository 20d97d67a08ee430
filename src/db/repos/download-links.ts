// Files for Zalo chats (Zalo sends no files): each becomes a download link with an unguessable
// token (24 random bytes, 192 bits), bound to the member it was made for, valid 24 h.
import { randomBytes } from "node:crypto";
import type { Db } from "../client.js";

export const DOWNLOAD_LINK_HOURS = 24;

export interface NewDownload {
  memberId: number;
  wardId: number;
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
  now: Date;
}

export async function createDownloadLink(db: Db, input: NewDownload): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(24).toString("base64url");
  const expiresAt = new Date(input.now.getTime() + DOWNLOAD_LINK_HOURS * 3_600_000);
  await db.downloadLink.create({
    data: {
      token,
      memberId: input.memberId,
      wardId: input.wardId,
      fileName: input.fileName,
      contentType: input.contentType,
      bytes: Buffer.from(input.bytes),
      createdAt: input.now,
      expiresAt,
    },
  });
  return { token, expiresAt };
}

export type DownloadLookup =
  | { status: "ok"; link: { id: number; memberId: number; wardId: number; fileName: string; contentType: string; bytes: Uint8Array; fetchCount: number } }
  | { status: "unknown" | "expired" | "revoked" };

/** The file behind a token, if it is still valid and its member still active. */
export async function findDownload(db: Db, token: string, now: Date): Promise<DownloadLookup> {
  if (!/^[A-Za-z0-9_-]{32}$/u.test(token)) return { status: "unknown" };
  const link = await db.downloadLink.findUnique({ where: { token } });
  if (!link) return { status: "unknown" };
  if (link.expiresAt <= now) return { status: "expired" };
  const member = await db.member.findUnique({ where: { id: link.memberId }, select: { active: true } });
  if (!member?.active) return { status: "revoked" };
  return { status: "ok", link };
}

export async function countFetch(db: Db, id: number): Promise<number> {
  const row = await db.downloadLink.update({ where: { id }, data: { fetchCount: { increment: 1 } }, select: { fetchCount: true } });
  return row.fetchCount;
}

/** Links past their time: their bytes are no longer kept. */
export async function pruneDownloadLinks(db: Db, now: Date): Promise<number> {
  const result = await db.downloadLink.deleteMany({ where: { expiresAt: { lt: now } } });
  return result.count;
}
