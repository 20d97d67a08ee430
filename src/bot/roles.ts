// Role names as a person reads them, and what each role may do.
import type { Role } from "../domain/types.js";
import type { BaseContext, Membership } from "./context.js";

export function roleText(ctx: BaseContext, role: Role, groupName: string | null): string {
  return ctx.t(`role-${role}`, { group: groupName ?? "" });
}

export function memberRoleText(ctx: BaseContext, member: Membership): string {
  return roleText(ctx, member.role, member.group?.name ?? null);
}

const officials: Role[] = ["officer", "chair", "council", "admin"];
const managers: Role[] = ["officer", "admin"];

/** Reads every group's answers and reports of the ward. */
export function isOfficial(member: Membership | null): boolean {
  return member !== null && officials.includes(member.role);
}

/** Manages periods, invites and reviews. */
export function isManager(member: Membership | null): boolean {
  return member !== null && managers.includes(member.role);
}
