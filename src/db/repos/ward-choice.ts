// One person may hold roles in two wards (one Member row each). Which one the bot acts for is
// the person's choice (/phuong), kept here per Telegram user; without a choice, the latest
// registration (membershipsOf's first row).
import type { Db } from "../client.js";
import { plainStore } from "./plain-kv.js";
import { membershipsOf } from "./members.js";

const PREFIX = "ward-choice";
const store = (db: Db) => plainStore<WardChoice>(db, PREFIX);

/** The stored row's key (the start of an update reads it with the memberships, processed-updates.ts). */
export const wardChoiceKey = (telegramId: bigint): string => `${PREFIX}:${telegramId}`;

export interface WardChoice {
  memberId: number;
}

/** The memberships, the chosen one first. */
export function inChosenOrder<M extends { id: number }>(memberships: M[], chosen: WardChoice | null | undefined): M[] {
  if (memberships.length < 2 || !chosen) return memberships;
  const index = memberships.findIndex((member) => member.id === chosen.memberId);
  return index <= 0 ? memberships : [memberships[index]!, ...memberships.slice(0, index), ...memberships.slice(index + 1)];
}

/** The active memberships, the chosen one first. */
export async function membershipsInOrder(db: Db, telegramId: bigint) {
  const memberships = await membershipsOf(db, telegramId);
  if (memberships.length < 2) return memberships;
  const chosen = await store(db).read(String(telegramId));
  return inChosenOrder(memberships, chosen);
}

/** Stores the choice; false if the member is not one of the person's active memberships. */
export async function chooseMembership(db: Db, telegramId: bigint, memberId: number): Promise<boolean> {
  const memberships = await membershipsOf(db, telegramId);
  if (!memberships.some((member) => member.id === memberId)) return false;
  await store(db).write(String(telegramId), { memberId });
  return true;
}

/** After a new registration the newest membership is the one acted for again. */
export async function forgetChoice(db: Db, telegramId: bigint): Promise<void> {
  await store(db).delete(String(telegramId));
}
