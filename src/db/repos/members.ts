import type { Role } from "../../domain/types.js";
import type { Db } from "../client.js";

export interface MemberInput {
  fullName: string;
  phone?: string | null;
  role: Role;
  groupId?: number | null;
  telegramId?: bigint | null;
}

export async function createMember(db: Db, wardId: number, input: MemberInput) {
  return db.member.create({
    data: {
      wardId,
      fullName: input.fullName,
      phone: input.phone ?? null,
      role: input.role,
      groupId: input.groupId ?? null,
      telegramId: input.telegramId ?? null,
      registeredAt: input.telegramId ? new Date() : null,
    },
  });
}

/** The registered, active memberships of a Telegram user (one per ward). */
export async function membershipsOf(db: Db, telegramId: bigint) {
  return db.member.findMany({
    where: { telegramId, active: true },
    include: { ward: true, group: true },
    // The latest registration first: someone who registers in a second ward works there from
    // then on (the first entry is the one the bot acts for).
    orderBy: [{ registeredAt: "desc" }, { id: "asc" }],
  });
}

export async function leadersOfGroup(db: Db, groupId: number) {
  return db.member.findMany({ where: { groupId, role: "leader", active: true }, orderBy: { id: "asc" } });
}
