// "/thoidung Nguyễn Văn Hùng" (or "/thoidung Tổ 3" for that group's leader): the officer lets a
// member go. The member is picked when several match, the change confirmed, then stored and
// audited (deactivateMember); from then on the person is turned away like a stranger, and the
// reports already sent stay with who sent them.
import { Composer, InlineKeyboard } from "grammy";
import { deactivateMember, wardMembers } from "../../../db/repos/group-admin.js";
import { foldDiacritics, normalizeText } from "../../../domain/text.js";
import type { Role } from "../../../domain/types.js";
import type { BotContext } from "../../context.js";
import { isManager, roleText } from "../../roles.js";

const PICK = /^md:pick:(\d+)$/;
const YES = /^md:yes:(\d+)$/;

export function deactivateFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const managers = composer.filter((ctx) => isManager(ctx.member));

  const confirm = async (ctx: BotContext, memberId: number) => {
    const rows = await wardMembers(ctx.services.db, ctx.member!.wardId);
    const row = rows.find((candidate) => candidate.id === memberId);
    if (!row) return void (await ctx.reply(ctx.t("deactivate-gone")));
    const keyboard = new InlineKeyboard().text(ctx.t("deactivate-button"), `md:yes:${row.id}`).text(ctx.t("deactivate-button-cancel"), "md:no");
    await ctx.reply(ctx.t("deactivate-confirm", { name: row.fullName, role: roleText(ctx, row.role as Role, row.groupName) }), { reply_markup: keyboard });
  };

  managers.command("thoidung", async (ctx) => {
    const member = ctx.member!;
    const wanted = normalizeText(ctx.match);
    if (wanted === "") return void (await ctx.reply(ctx.t("deactivate-usage")));
    const key = foldDiacritics(wanted);
    const rows = (await wardMembers(ctx.services.db, member.wardId)).filter((row) => row.id !== member.id);
    const matches = rows.filter((row) => foldDiacritics(row.fullName) === key || (row.role === "leader" && row.groupName !== null && foldDiacritics(row.groupName) === key));
    if (matches.length === 0) return void (await ctx.reply(ctx.t(foldDiacritics(member.fullName) === key ? "deactivate-self" : "deactivate-not-found", { name: wanted })));
    if (matches.length === 1) return confirm(ctx, matches[0]!.id);
    const keyboard = new InlineKeyboard();
    for (const row of matches) keyboard.text(`${row.fullName} - ${roleText(ctx, row.role as Role, row.groupName)}`, `md:pick:${row.id}`).row();
    await ctx.reply(ctx.t("deactivate-pick", { name: wanted, count: matches.length }), { reply_markup: keyboard });
  });

  managers.callbackQuery(PICK, async (ctx) => {
    await ctx.answerCallbackQuery();
    await confirm(ctx, Number(ctx.match[1]));
  });

  managers.callbackQuery(YES, async (ctx) => {
    await ctx.answerCallbackQuery();
    const member = ctx.member!;
    const result = await deactivateMember(ctx.services.db, member.wardId, Number(ctx.match[1]), { memberId: member.id, source: "chat" }, ctx.services.clock.now());
    if (!result.ok) return void (await ctx.reply(ctx.t(result.reason === "self" ? "deactivate-self" : "deactivate-gone")));
    await ctx.reply(ctx.t("deactivate-done", { name: result.fullName }));
  });

  managers.callbackQuery("md:no", async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.reply(ctx.t("deactivate-cancelled"));
  });

  composer.command("thoidung", (ctx) => ctx.reply(ctx.t("catalogue-not-allowed")));
  return composer;
}
