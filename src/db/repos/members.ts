import type { Role } from "../../domain/types.js";
import type { Db } from "../client.js";
import { type Group, type Member, Prisma, type Ward } from "../generated/sqlite/client.js";

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

/** A registered membership with its ward and group, as the bot acts for it. */
export type Membership = Member & { ward: Ward; group: Group | null };

// How a column comes back from a raw query. Both drivers already type plain columns (seen on
// SQLite and PostgreSQL); the conversions only make that explicit. The records below must name
// every column of the model (the compiler checks), so a new column is never silently dropped.
type Kind = "int" | "text" | "bool" | "date" | "bigint";
const MEMBER_COLUMNS = {
  id: "int", wardId: "int", telegramId: "bigint", fullName: "text", phone: "text", role: "text", salutation: "text",
  groupId: "int", viceChair: "bool", active: "bool", blockedAt: "date", registeredAt: "date", createdAt: "date",
} as const satisfies Record<keyof Member, Kind>;
const WARD_COLUMNS = {
  id: "int", slug: "text", name: "text", cityId: "int", issuerSuperior: "text", issuerName: "text", placeName: "text",
  signerName: "text", signerTitle: "text", signerAuthority: "text", recipients: "text", addressees: "text",
  documentSymbol: "text", documentNumber: "int", reportTemplate: "text", reminderDays: "text", reminderTime: "text",
  timeZone: "text", createdAt: "date",
} as const satisfies Record<keyof Ward, Kind>;
const GROUP_COLUMNS = {
  id: "int", wardId: "int", name: "text", sortOrder: "int", households: "int", active: "bool", mergedIntoId: "int", createdAt: "date",
} as const satisfies Record<keyof Group, Kind>;

function convert(kind: Kind, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case "int":
      return Number(value);
    case "bigint":
      return BigInt(value as bigint | number | string);
    case "bool":
      return value === true || value === 1 || value === 1n;
    case "date":
      return value instanceof Date ? value : new Date(value as string | number);
    case "text":
      return value;
  }
}

const select = (alias: string, columns: Record<string, Kind>) =>
  Object.keys(columns).map((column) => `${alias}."${column}" AS "${alias}_${column}"`);

function pick<T>(row: Record<string, unknown>, alias: string, columns: Record<string, Kind>): T {
  return Object.fromEntries(Object.entries(columns).map(([column, kind]) => [column, convert(kind, row[`${alias}_${column}`])])) as T;
}

/**
 * `membershipsOf` as SQL parts, for a statement that reads more beside (the start of an update,
 * processed-updates.ts): `SELECT <columns> FROM <membershipsFrom> <order>`. One row even when
 * nobody matches (its member columns null), so other values can ride along.
 */
export const MEMBERSHIP_COLUMNS = Prisma.raw([...select("m", MEMBER_COLUMNS), ...select("w", WARD_COLUMNS), ...select("g", GROUP_COLUMNS)].join(", "));
export const membershipsFrom = (telegramId: bigint) => Prisma.sql`(SELECT 1 AS "one") AS "one"
  LEFT JOIN "Member" m ON m."telegramId" = ${telegramId} AND m."active" = ${true}
  LEFT JOIN "Ward" w ON w."id" = m."wardId"
  LEFT JOIN "Group" g ON g."id" = m."groupId"`;
export const MEMBERSHIP_ORDER = Prisma.raw(`ORDER BY m."registeredAt" DESC, m."id" ASC`);

/** A row of the statements above as a membership (null where the row has no member). */
export function membershipFromRow(row: Record<string, unknown>): Membership | null {
  if (row["m_id"] === null || row["m_id"] === undefined) return null;
  const member = pick<Member>(row, "m", MEMBER_COLUMNS);
  const group = row["g_id"] === null || row["g_id"] === undefined ? null : pick<Group>(row, "g", GROUP_COLUMNS);
  return { ...member, ward: pick<Ward>(row, "w", WARD_COLUMNS), group };
}

/**
 * The registered, active memberships of a Telegram user (one per ward), with ward and group:
 * one statement (Prisma's `include` would send three; this runs at every update).
 * The latest registration first: someone who registers in a second ward works there from then
 * on (the first entry is the one the bot acts for).
 */
export async function membershipsOf(db: Db, telegramId: bigint): Promise<Membership[]> {
  const rows = await db.$queryRaw<Array<Record<string, unknown>>>(
    Prisma.sql`SELECT ${MEMBERSHIP_COLUMNS} FROM ${membershipsFrom(telegramId)} ${MEMBERSHIP_ORDER}`,
  );
  return rows.map(membershipFromRow).filter((member): member is Membership => member !== null);
}

export async function leadersOfGroup(db: Db, groupId: number) {
  return db.member.findMany({ where: { groupId, role: "leader", active: true }, orderBy: { id: "asc" } });
}
