// Groups and people for the office, in the chat: /thanhvien lists who is registered, pending
// or has blocked the bot; /phieumoi sends the printable invite sheet (PDF) of the leaders not
// yet registered. (Adding, renaming and merging groups, replacing a leader: the `group` and
// `member` CLI commands and src/db/repos/group-admin.ts.)
import { Composer, InputFile } from "grammy";
import { wardMembers, type MemberRow } from "../../../db/repos/group-admin.js";
import { wardInviteSheet } from "../../../reports/invite-sheet/ward-invite-sheet.js";
import type { BotContext } from "../../context.js";
import { isManager, roleText } from "../../roles.js";
import type { Role } from "../../../domain/types.js";

const SHEET_DAYS = 30;

export function groupsFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.command("thanhvien", async (ctx) => {
    const member = ctx.member;
    if (!member || !isManager(member)) return void (await ctx.reply(ctx.t("catalogue-not-allowed")));
    const rows = await wardMembers(ctx.services.db, member.wardId);
    const of = (state: MemberRow["state"]) => rows.filter((row) => row.state === state);
    const section = (key: string, list: MemberRow[]) =>
      [ctx.t(key), ...(list.length > 0 ? list.map((row) => ctx.t("members-line", { name: row.fullName, role: roleText(ctx, row.role as Role, row.groupName) })) : [ctx.t("members-none")])].join("\n");
    const text = [
      ctx.t("members-title", { ward: member.ward.name, registered: of("registered").length, pending: of("pending").length, blocked: of("blocked").length }),
      section("members-section-registered", of("registered")),
      section("members-section-pending", of("pending")),
      ...(of("blocked").length > 0 ? [section("members-section-blocked", of("blocked"))] : []),
    ].join("\n\n");
    await ctx.reply(text);
  });

  composer.command("phieumoi", async (ctx) => {
    const member = ctx.member;
    if (!member || !isManager(member)) return void (await ctx.reply(ctx.t("catalogue-not-allowed")));
    const { db, clock, botUsername } = ctx.services;
    await ctx.reply(ctx.t("invite-sheet-making"));
    const { pdf, entries } = await wardInviteSheet(db, member.ward, { botUsername, now: clock.now(), days: SHEET_DAYS, renew: false });
    const count = (kind: string) => entries.filter((entry) => entry.kind === kind).length;
    if (count("pending") === 0) return void (await ctx.reply(ctx.t("invite-sheet-nothing")));
    await ctx.replyWithDocument(new InputFile(pdf, `phieu-moi-${member.ward.slug}.pdf`), {
      caption: ctx.t("invite-sheet-caption", { ward: member.ward.name, pending: count("pending"), registered: count("registered"), noLeader: count("no-leader") }),
    });
  });
  return composer;
}
