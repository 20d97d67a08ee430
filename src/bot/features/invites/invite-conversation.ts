// "/moi": a manager picks the role (a leader: then the group), may type the person's name,
// and gets the deep link to hand over.
import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard } from "grammy";
import { formatShortCode } from "../../../domain/invite-code.js";
import { issueInvite, unregisteredLeaders, wardGroup, wardGroups, type WardGroup } from "../../../db/repos/member-invites.js";
import { formatDateTime } from "../../../domain/format.js";
import { foldDiacritics, normalizeText } from "../../../domain/text.js";
import type { Role } from "../../../domain/types.js";
import { asActor } from "../../../db/repos/write-guard.js";
import type { BotContext, ConversationContext, Services } from "../../context.js";
import { endRefused } from "../../conversation-guard.js";
import { roleText } from "../../roles.js";
import { isPlausibleName } from "../registration/register-conversation.js";
import { waitInput } from "../progress/conversation-input.js";
import { codeLine, telegramLink, zaloLine } from "./invite-ways.js";

export const INVITE_CREATE = "invite-create";
export const INVITE_PREFIX = "inv:";

export interface InviteArgs {
  wardId: number;
  creatorId: number;
  timeZone: string;
}

/** The roles a manager may invite, in the order offered. */
export const INVITABLE_ROLES: Role[] = ["leader", "officer", "chair", "council"];

const GROUPS_PER_PAGE = 45;
const GROUPS_PER_ROW = 3;

const data = {
  role: (role: Role) => `${INVITE_PREFIX}r:${role}`,
  group: (groupId: number) => `${INVITE_PREFIX}g:${groupId}`,
  page: (page: number) => `${INVITE_PREFIX}p:${page}`,
  member: (memberId: number) => `${INVITE_PREFIX}m:${memberId}`,
  skipName: `${INVITE_PREFIX}n`,
  cancel: `${INVITE_PREFIX}x`,
};

function roleKeyboard(ctx: ConversationContext): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const role of INVITABLE_ROLES) keyboard.text(ctx.t(`invite-role-${role}`), data.role(role)).row();
  return keyboard.text(ctx.t("invite-button-cancel"), data.cancel);
}

function groupKeyboard(ctx: ConversationContext, groups: WardGroup[], page: number): InlineKeyboard {
  const pages = Math.max(1, Math.ceil(groups.length / GROUPS_PER_PAGE));
  const current = Math.min(Math.max(0, page), pages - 1);
  const keyboard = new InlineKeyboard();
  groups.slice(current * GROUPS_PER_PAGE, (current + 1) * GROUPS_PER_PAGE).forEach((group, index) => {
    if (index > 0 && index % GROUPS_PER_ROW === 0) keyboard.row();
    keyboard.text(group.name, data.group(group.id));
  });
  keyboard.row();
  if (pages > 1) {
    if (current > 0) keyboard.text(ctx.t("progress-page-prev"), data.page(current - 1));
    if (current < pages - 1) keyboard.text(ctx.t("progress-page-next"), data.page(current + 1));
    keyboard.row();
  }
  return keyboard.text(ctx.t("invite-button-cancel"), data.cancel);
}

export function inviteConversation(services: Pick<Services, "db" | "clock" | "zaloBotLink">) {
  const { db, clock } = services;
  return async function inviteCreate(conversation: Conversation<BotContext, ConversationContext>, ctx: ConversationContext, args: InviteArgs) {
    const cancelled = async (pressed: ConversationContext) => {
      await pressed.answerCallbackQuery();
      await ctx.reply(ctx.t("invite-create-cancelled"));
    };
    const pressHint = (other: ConversationContext) => other.reply(ctx.t("invite-create-press-button"));

    // 1. The role.
    await ctx.reply(ctx.t("invite-create-pick-role"), { reply_markup: roleKeyboard(ctx) });
    let role: Role | null = null;
    while (role === null) {
      const input = await waitInput(conversation, { prefix: INVITE_PREFIX, acceptText: false, hint: pressHint });
      if (input.kind !== "button") continue;
      if (input.data === data.cancel) return cancelled(input.ctx);
      role = INVITABLE_ROLES.find((candidate) => input.data === data.role(candidate)) ?? null;
      await input.ctx.answerCallbackQuery();
    }

    // 2. A leader's group.
    let group: WardGroup | null = null;
    if (role === "leader") {
      const groups = await conversation.external(() => wardGroups(db, args.wardId));
      if (groups.length === 0) {
        await ctx.reply(ctx.t("invite-create-no-groups"));
        return;
      }
      const picker = await ctx.reply(ctx.t("invite-create-pick-group"), { reply_markup: groupKeyboard(ctx, groups, 0) });
      while (group === null) {
        const input = await waitInput(conversation, { prefix: INVITE_PREFIX, acceptText: false, hint: pressHint });
        if (input.kind !== "button") continue;
        if (input.data === data.cancel) return cancelled(input.ctx);
        const page = /^inv:p:(\d{1,4})$/.exec(input.data);
        const picked = /^inv:g:(\d{1,9})$/.exec(input.data);
        if (page) {
          await ctx.api
            .editMessageReplyMarkup(picker.chat.id, picker.message_id, { reply_markup: groupKeyboard(ctx, groups, Number(page[1])) })
            .catch(() => {});
        } else if (picked) {
          const groupId = Number(picked[1]);
          // The id comes from the client: it must be one of this ward's groups.
          group = await conversation.external(() => wardGroup(db, args.wardId, groupId));
          if (!group) {
            await input.ctx.answerCallbackQuery({ text: ctx.t("progress-group-not-found"), show_alert: true });
            continue;
          }
        }
        await input.ctx.answerCallbackQuery();
      }
    }

    // 3. The name (optional); a leader the office already listed may be picked.
    const pending = group ? await conversation.external(() => unregisteredLeaders(db, args.wardId, group.id)) : [];
    const nameKeyboard = new InlineKeyboard();
    for (const leader of pending) nameKeyboard.text(leader.fullName, data.member(leader.memberId)).row();
    nameKeyboard.text(ctx.t("invite-button-skip-name"), data.skipName).row().text(ctx.t("invite-button-cancel"), data.cancel);
    const who = roleText(ctx, role, group?.name ?? null);
    await ctx.reply(ctx.t(pending.length > 0 ? "invite-create-ask-name-listed" : "invite-create-ask-name", { role: who }), {
      reply_markup: nameKeyboard,
    });
    let fullName: string | null = null;
    let memberId: number | null = null;
    for (let decided = false; !decided; ) {
      const input = await waitInput(conversation, {
        prefix: INVITE_PREFIX,
        acceptText: true,
        hint: (other) => other.reply(ctx.t("invite-create-ask-name-again")),
      });
      if (input.kind === "text") {
        const name = normalizeText(input.text);
        if (!isPlausibleName(name)) {
          await ctx.reply(ctx.t("invite-create-name-invalid"));
          continue;
        }
        fullName = name;
        const listed = pending.find((leader) => foldDiacritics(leader.fullName) === foldDiacritics(name));
        memberId = listed?.memberId ?? null;
        decided = true;
        continue;
      }
      await input.ctx.answerCallbackQuery();
      if (input.data === data.cancel) {
        await ctx.reply(ctx.t("invite-create-cancelled"));
        return;
      }
      if (input.data === data.skipName) decided = true;
      const listed = pending.find((leader) => input.data === data.member(leader.memberId));
      if (listed) {
        fullName = listed.fullName;
        memberId = listed.memberId;
        decided = true;
      }
    }

    // 4. The invite and its link.
    // Issued only while the inviter is still a manager of this ward (checked in the write's transaction).
    const issued = await conversation.external(() =>
      asActor(db, { memberId: args.creatorId, wardId: args.wardId, roles: ["officer", "admin"] }, (tx) =>
        issueInvite(tx, {
          wardId: args.wardId,
          role: role,
          groupId: group?.id ?? null,
          memberId,
          fullName,
          createdById: args.creatorId,
          now: clock.now(),
        }),
      ),
    );
    if (!issued.ok) return endRefused(conversation, ctx, db, issued);
    const invite = issued.value;
    const link = telegramLink(ctx.me.username, invite);
    const expires = formatDateTime(new Date(invite.expiresAt), args.timeZone);
    if (!link && invite.shortCode) {
      // No Telegram: the code is the only way in.
      const code = formatShortCode(invite.shortCode);
      const done = fullName ? ctx.t("invite-create-done-named-code", { role: who, name: fullName, code, expires }) : ctx.t("invite-create-done-code", { role: who, code, expires });
      await ctx.reply([done, ...zaloLine(ctx, services.zaloBotLink)].join("\n\n"), { link_preview_options: { is_disabled: true } });
      return;
    }
    const done = fullName
      ? ctx.t("invite-create-done-named", { role: who, name: fullName, link: link ?? "", expires })
      : ctx.t("invite-create-done", { role: who, link: link ?? "", expires });
    await ctx.reply([done, ...codeLine(ctx, invite), ...zaloLine(ctx, services.zaloBotLink)].join("\n\n"), { link_preview_options: { is_disabled: true } });
  };
}
