import { Keyboard } from "grammy";
import type { Role } from "../domain/types.js";
import type { BaseContext } from "./context.js";

/** The large reply-keyboard menu of a member, by role. */
export function mainMenu(ctx: BaseContext, member: { role: Role }): Keyboard {
  const keyboard = new Keyboard();
  if (member.role === "leader") {
    keyboard.text(ctx.t("menu-report")).text(ctx.t("menu-pledge")).row();
    keyboard.text(ctx.t("menu-view-report")).text(ctx.t("menu-help")).row();
    keyboard.text(ctx.t("menu-nominate"));
  } else if (member.role === "city") {
    keyboard.text(ctx.t("menu-reports")).text(ctx.t("menu-help"));
  } else {
    keyboard.text(ctx.t("menu-progress")).text(ctx.t("menu-reports")).row();
    if (member.role === "officer" || member.role === "admin") keyboard.text(ctx.t("menu-invite"));
    keyboard.text(ctx.t("menu-help")).row();
    keyboard.text(ctx.t("menu-awards"));
  }
  return keyboard.resized().persistent();
}

/** While a leader answers questions: one large "Hủy" button. */
export function cancelKeyboard(ctx: BaseContext): Keyboard {
  return new Keyboard().text(ctx.t("button-cancel")).resized().persistent();
}
