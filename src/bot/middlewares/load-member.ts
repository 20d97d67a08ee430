import type { NextFunction } from "grammy";
import { inChosenOrder, membershipsInOrder, type WardChoice } from "../../db/repos/ward-choice.js";
import { rememberSalutation } from "../addressing.js";
import type { BaseContext, Membership } from "../context.js";

/** Memberships the update's first statement already read (dedupe-updates.ts), in the order the bot acts for them. */
const prefetched = new WeakMap<object, Membership[]>();

/** Hands loadMember the memberships read with the duplicate check, and the stored ward choice (JSON) if any. */
export function prefetchMemberships(ctx: BaseContext, memberships: Membership[], choice: string | null | undefined): void {
  prefetched.set(ctx, inChosenOrder(memberships, choice ? (JSON.parse(choice) as WardChoice) : null));
}

/** Finds who is writing: their registered membership, or null for a stranger. */
export async function loadMember(ctx: BaseContext, next: NextFunction): Promise<void> {
  ctx.member = null;
  if (ctx.from && !ctx.from.is_bot) {
    // Someone in two wards works in the one chosen with /phuong (else the latest registration).
    const memberships = prefetched.get(ctx) ?? (await membershipsInOrder(ctx.services.db, BigInt(ctx.from.id)));
    prefetched.delete(ctx);
    ctx.member = memberships[0] ?? null;
    rememberSalutation(ctx.from.id, ctx.member?.salutation ?? null);
  }
  await next();
}
