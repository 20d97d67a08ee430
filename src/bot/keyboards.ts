import { type InlineKeyboard, Keyboard } from "grammy";
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

/**
 * The field of reply_markup that marks a keyboard offered beside a question answered by typing
 * (a figure, a date, a name). On Zalo, where a keyboard becomes a list to type from, its options
 * are then words, so a typed "2" stays the answer "2"; a list without it (periods, groups) is
 * numbered. The channel router drops it before a call goes to Telegram.
 */
export const TYPED_ANSWER = "typed_answer";

/** The keyboard, marked as offered beside a typed answer (see TYPED_ANSWER). */
export function besideTypedAnswer<K extends InlineKeyboard>(keyboard: K): K {
  return Object.assign(keyboard, { [TYPED_ANSWER]: true });
}
