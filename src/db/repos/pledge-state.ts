// What the pledge conversation needs, as plain JSON-safe data.
import type { PledgeItemDef } from "../../domain/types.js";
import type { Db } from "../client.js";
import { wardPledgeItems } from "./catalogue.js";
import { findPledge, type PledgeItems, writePledge } from "./pledges.js";
import { type Actor, asActor, type Guarded } from "./write-guard.js";

export interface PledgeState {
  year: number;
  group: { id: number; name: string; households: number | null };
  wardId: number;
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
    wardId: group.wardId,
    wardName: group.ward.name,
    items: await wardPledgeItems(db, group.wardId),
    answers: pledge?.items ?? {},
    signedAt: pledge?.signedAt?.toISOString() ?? null,
  };
}

/**
 * Saves the items and the text as shown, and signs, in one transaction that first checks the
 * member is still this group's active leader. Idempotent.
 */
export async function saveAndSignPledge(
  db: Db,
  actor: Actor & { groupId: number },
  year: number,
  items: PledgeItems,
  text: string,
  at: Date,
): Promise<Guarded<void>> {
  return asActor(db, actor, async (tx) => {
    await writePledge(tx, actor.groupId, year, items, text);
    await tx.pledge.update({
      where: { groupId_year: { groupId: actor.groupId, year } },
      data: { signedAt: at, signedById: actor.memberId },
    });
  });
}
