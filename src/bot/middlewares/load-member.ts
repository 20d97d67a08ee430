import type { NextFunction } from "grammy";
import { membershipsInOrder } from "../../db/repos/ward-choice.js";
import { rememberSalutation } from "../addressing.js";
import type { BaseContext } from "../context.js";

/** Finds who is writing: their registered membership, or null for a stranger. */
export async function loadMember(ctx: BaseContext, next: NextFunction): Promise<void> {
  ctx.member = null;
  if (ctx.from && !ctx.from.is_bot) {
    // Someone in two wards works in the one chosen with /phuong (else the latest registration).
    const memberships = await membershipsInOrder(ctx.services.db, BigInt(ctx.from.id));
    ctx.member = memberships[0] ?? null;
    rememberSalutation(ctx.from.id, ctx.member?.salutation ?? null);
  }
  await next();
}
