// The yearly pledge (đăng ký, ký cam kết thi đua): each item asked in turn, the pledge's
// text shown back, and signed with one tap ("Tôi xin cam kết"); the time is stored.
import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard } from "grammy";
import { loadPledgeState, type PledgeState, saveAndSignPledge } from "../../../db/repos/pledge-state.js";
import { formatCount, formatDateTime } from "../../../domain/format.js";
import { parseCount, parseFailureMessageKey } from "../../../domain/parse/index.js";
import type { PledgeItemDef } from "../../../domain/types.js";
import type { BotContext, ConversationContext, Services } from "../../context.js";
import { endRefused } from "../../conversation-guard.js";
import { cancelKeyboard, mainMenu } from "../../keyboards.js";
import { textOnlyLine } from "../../non-text.js";

export const PLEDGE = "pledge";

export interface PledgeArgs {
  groupId: number;
  memberId: number;
  year: number;
}

type Convo = Conversation<BotContext, ConversationContext>;

export function pledgeItemText(ctx: ConversationContext, item: PledgeItemDef, value: number | boolean | undefined): string {
  if (value === undefined) return ctx.t("report-summary-missing");
  if (typeof value === "boolean") return ctx.t(value ? "pledge-yes" : "pledge-no");
  return item.unit ? `${formatCount(value)} ${item.unit}` : formatCount(value);
}

export function pledgeText(ctx: ConversationContext, state: PledgeState): string {
  const lines = [
    ctx.t("pledge-document-title", { year: String(state.year) }),
    ctx.t("pledge-document-subtitle", { group: state.group.name, ward: state.wardName }),
    "",
    ctx.t("pledge-document-intro", { group: state.group.name, year: String(state.year) }),
    ...state.items.map((item, index) => `${index + 1}. ${item.title}: ${pledgeItemText(ctx, item, state.answers[item.code])}.`),
    "",
    ctx.t("pledge-document-commitment"),
  ];
  return lines.join("\n");
}

export function pledgeConversation(services: Services) {
  return async function pledge(conversation: Convo, ctx: ConversationContext, args: PledgeArgs) {
    const menu = { reply_markup: mainMenu(ctx, { role: "leader" }) };
    const state = await conversation.external(() => loadPledgeState(services.db, args.groupId, args.year));

    if (state.signedAt) {
      const again = new InlineKeyboard().text(ctx.t("pledge-button-redo"), "p:redo").text(ctx.t("button-done"), "p:done");
      await ctx.reply(`${pledgeText(ctx, state)}\n\n${ctx.t("pledge-signed-at", { time: formatDateTime(new Date(state.signedAt)) })}`, {
        reply_markup: again,
      });
      const choice = await conversation.waitForCallbackQuery(["p:redo", "p:done"], {
        otherwise: (other) => other.reply(ctx.t("report-press-button"), { reply_markup: again }),
      });
      await choice.answerCallbackQuery();
      if (choice.callbackQuery.data === "p:done") return void (await ctx.reply(ctx.t("pledge-kept"), menu));
    }

    await ctx.reply(ctx.t("pledge-start", { group: state.group.name, year: String(state.year), count: state.items.length }), {
      reply_markup: cancelKeyboard(ctx),
    });
    for (;;) {
      for (const [index, item] of state.items.entries()) {
        state.answers[item.code] = await askItem(conversation, ctx, state, item, index);
      }
      const actions = new InlineKeyboard()
        .text(ctx.t("pledge-button-sign"), "p:sign")
        .row()
        .text(ctx.t("pledge-button-edit"), "p:edit")
        .text(ctx.t("button-later"), "p:later");
      await ctx.reply(`${pledgeText(ctx, state)}\n\n${ctx.t("pledge-ask-sign")}`, { reply_markup: actions });
      const choice = await conversation.waitForCallbackQuery(["p:sign", "p:edit", "p:later"], {
        otherwise: (other) => other.reply(ctx.t("report-press-button"), { reply_markup: actions }),
      });
      await choice.answerCallbackQuery();
      if (choice.callbackQuery.data === "p:later") return void (await ctx.reply(ctx.t("pledge-later"), menu));
      if (choice.callbackQuery.data === "p:edit") continue;
      const text = pledgeText(ctx, state);
      const now = await conversation.external(() => services.clock.now().toISOString());
      const actor = { memberId: args.memberId, wardId: state.wardId, roles: ["leader" as const], groupId: args.groupId };
      const outcome = await conversation.external(() => saveAndSignPledge(services.db, actor, args.year, state.answers, text, new Date(now)));
      if (!outcome.ok) return endRefused(conversation, ctx, services.db, outcome);
      const signedAt = now;
      return void (await ctx.reply(ctx.t("pledge-signed", { year: String(state.year), group: state.group.name, time: formatDateTime(new Date(signedAt)) }), menu));
    }
  };
}

async function askItem(conversation: Convo, ctx: ConversationContext, state: PledgeState, item: PledgeItemDef, index: number) {
  const heading = ctx.t("pledge-question-heading", { number: index + 1, count: state.items.length });
  for (let note: string | null = null; ; ) {
    if (item.type === "yes_no") {
      const buttons = new InlineKeyboard().text(ctx.t("pledge-yes"), "pi:yes").text(ctx.t("pledge-no"), "pi:no");
      await ctx.reply([note, heading, ctx.t("pledge-question-yes-no", { title: item.title })].filter(Boolean).join("\n\n"), { reply_markup: buttons });
      const reply = await conversation.wait();
      if (reply.callbackQuery?.data === "pi:yes" || reply.callbackQuery?.data === "pi:no") {
        await reply.answerCallbackQuery();
        return reply.callbackQuery.data === "pi:yes";
      }
      if (reply.callbackQuery) await reply.answerCallbackQuery();
      note = ctx.t("report-press-button");
      continue;
    }
    const households = state.group.households;
    const hint = households ? ctx.t("pledge-question-households", { households: formatCount(households) }) : "";
    await ctx.reply([note, heading, ctx.t("pledge-question-count", { title: item.title, unit: item.unit || "none" }), hint].filter(Boolean).join("\n\n"));
    const reply = await conversation.wait();
    if (reply.callbackQuery) await reply.answerCallbackQuery();
    const text = reply.message?.text;
    if (text === undefined) {
      note = textOnlyLine(ctx, reply.message);
      continue;
    }
    const result = parseCount(text);
    if (result.ok === false) {
      note = ctx.t(parseFailureMessageKey(result.reason), { example: "200", ...result.hint });
      continue;
    }
    if (result.ok === "ambiguous") {
      note = ctx.t("pledge-ambiguous", { candidates: result.candidates.map(formatCount).join(" / ") });
      continue;
    }
    if (households && result.value > households) {
      note = ctx.t("pledge-over-households", { value: formatCount(result.value), households: formatCount(households) });
      continue;
    }
    return result.value;
  }
}
