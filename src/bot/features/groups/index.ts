// Groups and people for the office, in the chat: /thanhvien lists who is registered, pending
// or has blocked the bot; /phieumoi sends the printable invite sheet (PDF) of the leaders not
// yet registered. (Adding, renaming and merging groups, replacing a leader: the `group` and
// `member` CLI commands and src/db/repos/group-admin.ts.)
import { Composer, InlineKeyboard, InputFile } from "grammy";
import { leadersOfGroup } from "../../../db/repos/members.js";
import { currentOpenPeriod } from "../../../db/repos/periods.js";
import { REPORT, type ReportArgs } from "../report/report-conversation.js";
import { addGroup, mergeGroups, renameGroup, replaceLeader, wardMembers, type MemberRow } from "../../../db/repos/group-admin.js";
import { formatDateTime } from "../../../domain/format.js";
import { formatShortCode } from "../../../domain/invite-code.js";
import { addressing } from "../../addressing.js";
import type { BotContext } from "../../context.js";
import { isManager, roleText } from "../../roles.js";
import type { Role } from "../../../domain/types.js";
import { deactivateFeature } from "./deactivate.js";
import { codeLine, telegramLink, zaloLine } from "../invites/invite-ways.js";

const SHEET_DAYS = 30;
const ON_BEHALF = /^ob:(\d+):(\d+)$/;

export function groupsFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.use(deactivateFeature());

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
    const { db, clock, botUsername, zaloBotLink } = ctx.services;
    await ctx.reply(ctx.t("invite-sheet-making"));
    // The PDF renderer (pdfmake, about 20 MiB) loads with the first sheet, not at start.
    const { wardInviteSheet } = await import("../../../reports/invite-sheet/ward-invite-sheet.js");
    const { pdf, entries } = await wardInviteSheet(db, member.ward, { botUsername, now: clock.now(), days: SHEET_DAYS, renew: false, zaloLink: zaloBotLink });
    const count = (kind: string) => entries.filter((entry) => entry.kind === kind).length;
    if (count("pending") === 0) return void (await ctx.reply(ctx.t("invite-sheet-nothing")));
    await ctx.replyWithDocument(new InputFile(pdf, `phieu-moi-${member.ward.slug}.pdf`), {
      caption: ctx.t("invite-sheet-caption", { ward: member.ward.name, pending: count("pending"), registered: count("registered"), noLeader: count("no-leader") }),
    });
  });

  // "/to them Tổ 27", "/to doiten Tổ 3 | Tổ dân phố số 3", "/to gop Tổ 1 | Tổ 2".
  composer.command("to", async (ctx) => {
    const member = ctx.member;
    if (!member || !isManager(member)) return void (await ctx.reply(ctx.t("catalogue-not-allowed")));
    const match = /^(\S+)\s+(.+)$/su.exec(ctx.match.trim());
    const action = match?.[1]?.toLowerCase();
    const parts = (match?.[2] ?? "").split("|").map((part) => part.trim()).filter(Boolean);
    const actor = { memberId: member.id, source: "chat" as const };
    const { db, clock } = ctx.services;
    let result;
    if (action === "them" && parts.length === 1) result = await addGroup(db, member.wardId, { name: parts[0]!, households: null }, actor, clock.now());
    else if (action === "doiten" && parts.length === 2) result = await renameGroup(db, member.wardId, parts[0]!, parts[1]!, actor, clock.now());
    else if (action === "gop" && parts.length >= 2) result = await mergeGroups(db, member.wardId, parts.slice(1), parts[0]!, actor, clock.now());
    else return void (await ctx.reply(ctx.t("groups-usage")));
    if (!result.ok) return void (await ctx.reply(ctx.t(`groups-refused-${result.reason}`)));
    if (action === "them") await ctx.reply(ctx.t("groups-added", { name: parts[0]! }));
    else if (action === "doiten") await ctx.reply(ctx.t("groups-renamed", { from: parts[0]!, to: parts[1]! }));
    else await ctx.reply(ctx.t("groups-merged", { into: parts[0]!, from: parts.slice(1).join(", ") }));
  });

  // "/totruong Tổ 3 | Lê Văn Mới [| ngay]": invite the new leader; the old one goes when the new one registers (or now).
  composer.command("totruong", async (ctx) => {
    const member = ctx.member;
    if (!member || !isManager(member)) return void (await ctx.reply(ctx.t("catalogue-not-allowed")));
    const parts = ctx.match.split("|").map((part) => part.trim()).filter(Boolean);
    if (parts.length < 2 || parts.length > 3 || (parts[2] !== undefined && parts[2].toLowerCase() !== "ngay")) return void (await ctx.reply(ctx.t("leader-usage")));
    const { db, clock, botUsername } = ctx.services;
    const immediately = parts[2] !== undefined;
    const result = await replaceLeader(db, member.wardId, parts[0]!, { fullName: parts[1]!, phone: null, days: SHEET_DAYS, immediately }, { memberId: member.id, source: "chat" }, clock.now());
    if (!result.ok) return void (await ctx.reply(ctx.t(result.reason === "not-found" ? "groups-refused-not-found" : "leader-name-invalid")));
    const expires = formatDateTime(new Date(result.invite.expiresAt));
    const link = telegramLink(botUsername, result.invite);
    const lines = link
      ? [ctx.t("leader-replaced", { group: parts[0]!, name: parts[1]!, expires, link }), ...codeLine(ctx, result.invite), ...zaloLine(ctx, ctx.services.zaloBotLink)]
      : [ctx.t("leader-replaced-code", { group: parts[0]!, name: parts[1]!, expires, code: formatShortCode(result.invite.shortCode ?? "") }), ...zaloLine(ctx, ctx.services.zaloBotLink)];
    const old = result.replaced.map((m) => m.fullName).join(", ");
    if (old) lines.push(ctx.t(immediately ? "leader-replaced-now" : "leader-replaced-later", { old, name: parts[1]! }));
    await ctx.reply(lines.join("\n\n"));
  });

  // The officer enters a group's report for a leader without a smartphone: the same report
  // conversation, with onBehalf set (the answers' audit rows say so); the leader is told.
  composer.command("nhapthay", async (ctx) => {
    const member = ctx.member;
    if (!member || !isManager(member)) return void (await ctx.reply(ctx.t("catalogue-not-allowed")));
    const { db } = ctx.services;
    const period = await currentOpenPeriod(db, member.wardId);
    if (!period) return void (await ctx.reply(ctx.t("on-behalf-no-period")));
    const groups = await db.group.findMany({ where: { wardId: member.wardId, active: true }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }] });
    if (groups.length === 0) return void (await ctx.reply(ctx.t("on-behalf-no-groups")));
    const keyboard = new InlineKeyboard();
    groups.forEach((group, index) => {
      keyboard.text(group.name, `ob:${period.id}:${group.id}`);
      if (index % 3 === 2) keyboard.row();
    });
    await ctx.reply(ctx.t("on-behalf-pick-group", { period: period.name }), { reply_markup: keyboard });
  });

  composer.callbackQuery(ON_BEHALF, async (ctx) => {
    await ctx.answerCallbackQuery();
    const member = ctx.member;
    if (!member || !isManager(member)) return void (await ctx.reply(ctx.t("catalogue-not-allowed")));
    const { db, logger } = ctx.services;
    const periodId = Number(ctx.match[1]);
    const groupId = Number(ctx.match[2]);
    const [period, group] = await Promise.all([
      db.period.findFirst({ where: { id: periodId, wardId: member.wardId, status: "open" } }),
      db.group.findFirst({ where: { id: groupId, wardId: member.wardId, active: true } }),
    ]);
    if (!period || !group) return void (await ctx.reply(ctx.t("on-behalf-expired")));
    await ctx.reply(ctx.t("on-behalf-start", { group: group.name }));
    for (const leader of await leadersOfGroup(db, group.id)) {
      if (leader.telegramId === null || leader.blockedAt) continue;
      await ctx.api
        .sendMessage(Number(leader.telegramId), ctx.t("on-behalf-leader-notice", { officer: member.fullName, period: period.name, group: group.name, ...addressing(leader.salutation) }))
        .catch((error: unknown) => logger.warn({ err: error, memberId: leader.id }, "on-behalf notice not delivered"));
    }
    const args: ReportArgs = { periodId: period.id, groupId: group.id, memberId: member.id, onBehalf: true };
    await ctx.conversation.enter(REPORT, args);
  });
  return composer;
}
