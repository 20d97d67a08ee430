import type { Db } from "../client.js";

export interface GroupInput {
  name: string;
  households?: number | null;
  sortOrder?: number;
}

export async function createGroups(db: Db, wardId: number, groups: GroupInput[]) {
  return db.$transaction(async (tx) => {
    const created = [];
    for (const [index, group] of groups.entries()) {
      created.push(
        await tx.group.create({
          data: { wardId, name: group.name, households: group.households ?? null, sortOrder: group.sortOrder ?? index + 1 },
        }),
      );
    }
    return created;
  });
}

export async function listGroups(db: Db, wardId: number) {
  return db.group.findMany({ where: { wardId, active: true }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }] });
}
