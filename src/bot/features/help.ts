import { hears } from "@grammyjs/i18n";
import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { mainMenu } from "../keyboards.js";

export function helpFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const help = async (ctx: BotContext) => {
    const member = ctx.member!;
    await ctx.reply(ctx.t(member.role === "leader" ? "help-leader" : "help-official"), { reply_markup: mainMenu(ctx, member) });
  };
  composer.command(["huongdan", "help"], help);
  composer.filter(hears("menu-help"), help);
  return composer;
}
