import { Keyboard } from "grammy";
import type { BaseContext, Membership } from "./context.js";
import { isManager } from "./roles.js";

/** The large reply-keyboard menu of a member, by role. */
export function mainMenu(ctx: BaseContext, member: Membership): Keyboard {
  const keyboard = new Keyboard();
  if (member.role === "leader") {
    keyboard.text(ctx.t("menu-report")).text(ctx.t("menu-pledge")).row();
    keyboard.text(ctx.t("menu-view-report")).text(ctx.t("menu-help"));
  } else {
    keyboard.text(ctx.t("menu-progress")).text(ctx.t("menu-reports")).row();
    if (isManager(member)) keyboard.text(ctx.t("menu-invite"));
    keyboard.text(ctx.t("menu-help"));
  }
  return keyboard.resized().persistent();
}
