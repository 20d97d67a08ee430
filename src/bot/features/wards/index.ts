// /phuong: someone who holds roles in two wards (an officer of one, a leader in another)
// chooses which ward the bot works for; the choice stays until they choose again or register anew.
import { Composer, InlineKeyboard } from "grammy";
import { membershipsInOrder, chooseMembership } from "../../../db/repos/ward-choice.js";
import { setMemberCommands } from "../../commands.js";
import type { BotContext } from "../../context.js";
import { mainMenu } from "../../keyboards.js";
import { memberRoleText } from "../../roles.js";

const CHOOSE_PATTERN = /^ward:(\d{1,9})$/;

export function wardsFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.command("phuong", async (ctx) => {
    const member = ctx.member!;
    const memberships = await membershipsInOrder(ctx.services.db, BigInt(ctx.from!.id));
    const current = { role: memberRoleText(ctx, member), ward: member.ward.name };
    if (memberships.length < 2) return void (await ctx.reply(ctx.t("ward-choice-only-one", current), { reply_markup: mainMenu(ctx, member) }));
    const keyboard = new InlineKeyboard();
    for (const other of memberships) keyboard.text(ctx.t("ward-choice-button", { role: memberRoleText(ctx, other), ward: other.ward.name }), `ward:${other.id}`).row();
    await ctx.reply(ctx.t("ward-choice-ask", { ...current, count: memberships.length }), { reply_markup: keyboard });
  });

  composer.callbackQuery(CHOOSE_PATTERN, async (ctx) => {
    await ctx.answerCallbackQuery();
    const telegramId = BigInt(ctx.from.id);
    const { db, logger } = ctx.services;
    if (!(await chooseMembership(db, telegramId, Number(ctx.match[1])))) return void (await ctx.reply(ctx.t("ward-choice-gone")));
    const [chosen] = await membershipsInOrder(db, telegramId);
    if (!chosen) return;
    await ctx.editMessageReplyMarkup().catch(() => {});
    await setMemberCommands(ctx.api, ctx.chatId!, chosen.role, { db }).catch((error: unknown) => logger.warn({ err: error }, "setMyCommands failed"));
    await ctx.reply(ctx.t("ward-choice-done", { role: memberRoleText(ctx, chosen), ward: chosen.ward.name }), { reply_markup: mainMenu(ctx, chosen) });
  });
  return composer;
}
