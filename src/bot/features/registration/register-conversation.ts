// `/start <code>`: the person confirms (or types) their name, and the invite registers them.
import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard } from "grammy";
import { checkInvite, redeemInvite } from "../../../db/repos/invites.js";
import { CONFIRMED_ROLES, findClaim, inviteConfirmer, saveClaim } from "../../../db/repos/invite-claims.js";
import { beginCodeAttempt, finishCodeAttempt } from "../../../db/repos/invite-attempts.js";
import { formatShortCode, parseShortCode } from "../../../domain/invite-code.js";
import { membershipsOf } from "../../../db/repos/members.js";
import { forgetChoice } from "../../../db/repos/ward-choice.js";
import { claimCallback } from "../invites/claim-callback.js";
import { normalizeText } from "../../../domain/text.js";
import type { BaseContext, BotContext, ConversationContext, Services } from "../../context.js";
import { setMemberCommands } from "../../commands.js";
import { mainMenu } from "../../keyboards.js";
import { roleText } from "../../roles.js";
import { addressing, rememberSalutation } from "../../addressing.js";
import type { Salutation } from "../../../domain/types.js";

export const REGISTER = "register";
const CONFIRM_ONG = "reg:yes";
const CONFIRM_BA = "reg:yes-ba";
const NOT_ME = "reg:no";
const TAKE_ROLE = "reg:take";
const KEEP_ROLE = "reg:keep";
const SALUTATION = { "reg:ong": "ong", "reg:ba": "ba", [CONFIRM_ONG]: "ong", [CONFIRM_BA]: "ba" } as const satisfies Record<string, Salutation>;

export function isPlausibleName(name: string): boolean {
  return name.length >= 2 && name.length <= 80 && /\p{L}/u.test(name) && !/[\d@/\\<>]/.test(name);
}

export function registerConversation(services: Services) {
  return async function register(conversation: Conversation<BotContext, ConversationContext>, ctx: ConversationContext, code: string) {
    // Externals return plain JSON: their results are stored for replay.
    const invite = await conversation.external(async () => {
      // A short code can be guessed: every one typed is counted, and over the bounds it is not
      // even looked up (src/db/repos/invite-attempts.ts).
      const short = parseShortCode(code) !== null;
      const attempt = short ? await beginCodeAttempt(services.db, BigInt(ctx.from!.id), services.clock.now()) : null;
      if (attempt && !attempt.allowed) return { status: "too-many" as const };
      const check = await checkInvite(services.db, code, services.clock.now());
      if (attempt) await finishCodeAttempt(services.db, attempt.id, check.status === "valid" ? "valid" : "wrong");
      if (check.status !== "valid") return { status: check.status };
      const { ward, group, role, fullName, memberId, groupId } = check.invite;
      // What this person already is in the invite's ward, if anything.
      const current = await services.db.member.findFirst({
        where: { wardId: ward.id, telegramId: BigInt(ctx.from!.id), active: true },
        include: { group: true },
      });
      // An officer-level invite made in the chat waits for its maker's confirmation (src/db/repos/invite-claims.ts).
      const confirmed = CONFIRMED_ROLES.includes(role) && check.invite.createdById !== null;
      const confirmer = confirmed ? await inviteConfirmer(services.db, check.invite.id) : null;
      const claim = confirmed ? await findClaim(services.db, check.invite.id, BigInt(ctx.from!.id)) : undefined;
      return {
        status: check.status,
        inviteId: check.invite.id,
        confirmed,
        confirmer,
        claim: claim?.status ?? null,
        claimSalutation: claim?.salutation ?? null,
        code: check.invite.code,
        ward: { name: ward.name },
        group: group && { name: group.name },
        role,
        fullName,
        named: memberId !== null,
        current: current && (current.role !== role || current.groupId !== groupId) ? { role: current.role, group: current.group?.name ?? null } : null,
      };
    });
    if (invite.status !== "valid" || !("ward" in invite)) {
      const short = parseShortCode(code);
      if (short !== null && invite.status === "unknown") await ctx.reply(ctx.t("invite-code-unknown", { code: formatShortCode(short) }));
      else await ctx.reply(ctx.t(`invite-${invite.status}`));
      return;
    }
    const role = roleText(ctx, invite.role, invite.group?.name ?? null);
    if (invite.confirmed) {
      // Said to the person as they gave their salutation when they opened the invite before.
      const them: Record<string, string> = invite.claimSalutation ? { ...addressing(invite.claimSalutation) } : {};
      const vars = { role, ward: invite.ward.name, inviter: invite.confirmer?.fullName ?? "", ...them };
      if (invite.claim === "refused") return void (await ctx.reply(ctx.t("invite-claim-refused", vars)));
      if (!invite.confirmer) return void (await ctx.reply(ctx.t("invite-confirm-unavailable", vars)));
      if (invite.claim === "pending") return void (await ctx.reply(ctx.t("invite-claim-pending", vars)));
    }
    // A member of this ward with another role is asked, not silently moved (a leader opening an
    // officer invite would leave the group without its leader).
    if (invite.current) {
      const current = roleText(ctx, invite.current.role, invite.current.group);
      const keyboard = new InlineKeyboard().text(ctx.t("button-invite-take-role"), TAKE_ROLE).row().text(ctx.t("button-invite-keep-role"), KEEP_ROLE);
      const question = ctx.t("invite-other-role", { current, ward: invite.ward.name, role });
      await ctx.reply(question, { reply_markup: keyboard });
      const choice = await conversation.waitForCallbackQuery([TAKE_ROLE, KEEP_ROLE], { otherwise: (other) => other.reply(question, { reply_markup: keyboard }) });
      await choice.answerCallbackQuery();
      if (choice.callbackQuery.data === KEEP_ROLE) return void (await ctx.reply(ctx.t("invite-kept-role", { current })));
    }
    let name = invite.fullName ?? "";
    let salutation: Salutation | null = null;
    if (name) {
      const keyboard = new InlineKeyboard()
        .text(ctx.t("button-confirm-name", { name, ...addressing("ong") }), CONFIRM_ONG)
        .row()
        .text(ctx.t("button-confirm-name", { name, ...addressing("ba") }), CONFIRM_BA)
        .row()
        .text(ctx.t("button-not-me"), NOT_ME);
      await ctx.reply(ctx.t("invite-confirm-name", { ward: invite.ward.name, role, name }), { reply_markup: keyboard });
      const answer = await conversation.waitForCallbackQuery([CONFIRM_ONG, CONFIRM_BA, NOT_ME], {
        otherwise: (other) => other.reply(ctx.t("invite-confirm-name", { ward: invite.ward.name, role, name }), { reply_markup: keyboard }),
      });
      await answer.answerCallbackQuery();
      if (answer.callbackQuery.data === NOT_ME) {
        // An invite made for a listed member registers that member only: whoever opened it
        // must not take the member's place under another name.
        if (invite.named) return void (await ctx.reply(ctx.t("invite-not-me-named", { name })));
        await ctx.reply(ctx.t("invite-ask-correct-name"));
        name = "";
      } else {
        salutation = SALUTATION[answer.callbackQuery.data as keyof typeof SALUTATION];
      }
    } else {
      await ctx.reply(ctx.t("invite-ask-name", { ward: invite.ward.name, role }));
    }
    while (!name) {
      const typed = await conversation.waitFor("message:text", {
        otherwise: (other) => other.reply(ctx.t("invite-ask-correct-name")),
      });
      const candidate = normalizeText(typed.message.text);
      if (isPlausibleName(candidate)) name = candidate;
      else await ctx.reply(ctx.t("invite-name-invalid"));
    }
    // Asked once, with the name when the invite carries one: from now on every message says
    // "ông" or "bà" (src/bot/addressing.ts).
    if (salutation === null) {
      const salutations = new InlineKeyboard().text(ctx.t("button-salutation-ong"), "reg:ong").text(ctx.t("button-salutation-ba"), "reg:ba");
      await ctx.reply(ctx.t("invite-ask-salutation", { name }), { reply_markup: salutations });
      const picked = await conversation.waitForCallbackQuery(["reg:ong", "reg:ba"], {
        otherwise: (other) => other.reply(ctx.t("invite-ask-salutation", { name }), { reply_markup: salutations }),
      });
      await picked.answerCallbackQuery();
      salutation = SALUTATION[picked.callbackQuery.data as keyof typeof SALUTATION];
    }
    const telegramId = BigInt(ctx.from!.id);
    if (invite.confirmed && invite.confirmer) {
      const confirmer = invite.confirmer;
      const from = ctx.from!;
      const account = ctx.t("invite-claim-account", {
        name: [from.first_name, from.last_name].filter(Boolean).join(" "),
        username: from.username ? ` (@${from.username})` : "",
        id: String(from.id),
      });
      await conversation.external(() =>
        saveClaim(services.db, { inviteId: invite.inviteId, telegramId: String(telegramId), account, fullName: name, salutation, claimedAt: services.clock.now().toISOString(), status: "pending" }),
      );
      const vars = { role, ward: invite.ward.name, inviter: confirmer.fullName };
      const keyboard = new InlineKeyboard()
        .text(ctx.t("button-invite-confirm"), claimCallback("ok", invite.inviteId, telegramId))
        .row()
        .text(ctx.t("button-invite-refuse"), claimCallback("no", invite.inviteId, telegramId));
      try {
        await ctx.api.sendMessage(confirmer.chatId, ctx.t("invite-confirm-request", { ...vars, name, account, ...addressing(confirmer.salutation) }), { reply_markup: keyboard });
      } catch (error) {
        services.logger.warn({ err: error }, "invite confirmation request not delivered");
        return void (await ctx.reply(ctx.t("invite-confirm-unavailable", vars)));
      }
      rememberSalutation(from.id, salutation);
      return void (await ctx.reply(ctx.t("invite-claim-sent", vars), { reply_markup: { remove_keyboard: true } }));
    }
    const registered = await conversation.external(async () => {
      const member = await redeemInvite(services.db, invite.code, telegramId, name, services.clock.now(), salutation);
      // The new registration is the one acted for (until /phuong chooses another).
      if (member) await forgetChoice(services.db, telegramId);
      return member !== null;
    });
    if (!registered) {
      await ctx.reply(ctx.t("invite-used"));
      return;
    }
    const { menu, others } = await conversation.external(async () => {
      const [membership, ...rest] = await membershipsOf(services.db, telegramId);
      return {
        menu: membership ? mainMenu(ctx as BaseContext, membership).build() : [],
        // Roles the person holds in other wards: said plainly, since the bot now works with the new one.
        others: rest.filter((other) => other.wardId !== membership?.wardId).map((other) => ({ role: other.role, group: other.group?.name ?? null, ward: other.ward.name })),
      };
    });
    await setMemberCommands(ctx.api, ctx.chatId!, invite.role, { db: services.db }).catch((error: unknown) =>
      services.logger.warn({ err: error }, "setMyCommands failed"),
    );
    const note = others.map((other) => ctx.t("registered-other-ward", { role: roleText(ctx, other.role, other.group), ward: other.ward, current: invite.ward.name }));
    rememberSalutation(ctx.from!.id, salutation);
    await ctx.reply([ctx.t("registered", { name, role }), ...note].join("\n\n"), {
      reply_markup: { keyboard: menu, resize_keyboard: true, is_persistent: true },
    });
  };
}
