// What the pledge conversation needs, as plain JSON-safe data.
import type { PledgeItemDef } from "../../domain/types.js";
import type { Db } from "../client.js";
import { wardPledgeItems } from "./catalogue.js";
import { findPledge, type PledgeItems, savePledge, signPledge } from "./pledges.js";

export interface PledgeState {
  year: number;
  group: { id: number; name: string; households: number | null };
  wardName: string;
  items: PledgeItemDef[];
  answers: PledgeItems;
  signedAt: string | null;
}

export async function loadPledgeState(db: Db, groupId: number, year: number): Promise<PledgeState> {
  const group = await db.group.findUniqueOrThrow({ where: { id: groupId }, include: { ward: true } });
  const pledge = await findPledge(db, groupId, year);
  return {
    year,
    group: { id: group.id, name: group.name, households: group.households },
    wardName: group.ward.name,
    items: await wardPledgeItems(db, group.wardId),
    answers: pledge?.items ?? {},
    signedAt: pledge?.signedAt?.toISOString() ?? null,
  };
}

/** Saves the items and the text as shown, and signs: one transaction of intent, idempotent. */
export async function saveAndSignPledge(
  db: Db,
  groupId: number,
  year: number,
  items: PledgeItems,
  text: string,
  memberId: number,
  at: Date,
): Promise<void> {
  await savePledge(db, groupId, year, items, text);
  await signPledge(db, groupId, year, memberId, at);
}
