import type { Db } from "../client.js";
import type { Tx } from "./write-guard.js";

export type PledgeItems = Record<string, number | boolean>;

function entryColumns(value: number | boolean) {
  return typeof value === "number"
    ? { numberValue: BigInt(value), boolValue: null }
    : { numberValue: null, boolValue: value };
}

/** Saves a group's pledge for a year (unsigned until signPledge); replaces its items. */
export async function savePledge(db: Db, groupId: number, year: number, items: PledgeItems, text: string) {
  return db.$transaction((tx) => writePledge(tx, groupId, year, items, text));
}

/** savePledge inside a caller's transaction. */
export async function writePledge(tx: Tx, groupId: number, year: number, items: PledgeItems, text: string) {
  {
    const pledge = await tx.pledge.upsert({
      where: { groupId_year: { groupId, year } },
      create: { groupId, year, text },
      update: { text },
    });
    await tx.pledgeEntry.deleteMany({ where: { pledgeId: pledge.id } });
    await tx.pledgeEntry.createMany({
      data: Object.entries(items).map(([itemCode, value]) => ({ pledgeId: pledge.id, itemCode, ...entryColumns(value) })),
    });
    return pledge;
  }
}

export async function signPledge(db: Db, groupId: number, year: number, memberId: number | null, at: Date) {
  return db.pledge.update({
    where: { groupId_year: { groupId, year } },
    data: { signedAt: at, signedById: memberId },
  });
}

export async function findPledge(db: Db, groupId: number, year: number) {
  const row = await db.pledge.findUnique({ where: { groupId_year: { groupId, year } }, include: { entries: true } });
  if (!row) return null;
  const items: PledgeItems = {};
  for (const entry of row.entries) {
    items[entry.itemCode] = entry.numberValue !== null ? Number(entry.numberValue) : (entry.boolValue ?? false);
  }
  const { entries: _entries, ...pledge } = row;
  return { ...pledge, items };
}
