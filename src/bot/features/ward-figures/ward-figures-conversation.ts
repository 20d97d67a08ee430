// The officer enters or corrects the ward-level figures of a period (khen thưởng tập thể,
// cá nhân, tiền thưởng, giải thưởng…): one question each, current value kept with one tap.
import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard } from "grammy";
import { besideTypedAnswer } from "../../keyboards.js";
import { saveWardFigure, wardFigures, type WardFigureValue } from "../../../db/repos/ward-figures.js";
import { DEFAULT_WARD_FIGURES } from "../../../domain/catalogue.js";
import { formatCount, formatMoney } from "../../../domain/format.js";
import { parseCount, parseFailureMessageKey, parseFreeText, parseMoney } from "../../../domain/parse/index.js";
import type { WardFigureDef } from "../../../domain/types.js";
import { asActor } from "../../../db/repos/write-guard.js";
import { endRefused } from "../../conversation-guard.js";
import type { BotContext, ConversationContext, Services } from "../../context.js";
import { waitInput } from "../progress/conversation-input.js";
import { textOnlyLine } from "../../non-text.js";

export const WARD_FIGURES = "ward-figures";

export interface WardFiguresArgs {
  periodId: number;
  periodName: string;
  memberId: number;
  wardId: number;
}

type Convo = Conversation<BotContext, ConversationContext>;

export function figureText(def: WardFigureDef, value: WardFigureValue | undefined): string | null {
  if (value === undefined || value === "") return null;
  if (typeof value === "string") return value;
  return def.type === "money" ? formatMoney(value) : def.unit ? `${formatCount(value)} ${def.unit}` : formatCount(value);
}

function parseFigure(def: WardFigureDef, text: string) {
  if (def.type === "money") return parseMoney(text);
  if (def.type === "count") return parseCount(text);
  return parseFreeText(text);
}

export function wardFiguresConversation(services: Services) {
  return async function enterFigures(conversation: Convo, ctx: ConversationContext, args: WardFiguresArgs) {
    const current = await conversation.external(() => wardFigures(services.db, args.periodId));
    await ctx.reply(ctx.t("figures-start", { period: args.periodName, count: DEFAULT_WARD_FIGURES.length }));
    for (const [index, def] of DEFAULT_WARD_FIGURES.entries()) {
      const shown = figureText(def, current[def.code]);
      const keyboard = besideTypedAnswer(new InlineKeyboard());
      if (shown) keyboard.text(ctx.t("button-keep-current", { value: shown }), "wf:keep");
      let note: string | null = null;
      for (;;) {
        const question = ctx.t("figures-question", { number: index + 1, count: DEFAULT_WARD_FIGURES.length, label: def.label, example: def.example ?? "" });
        await ctx.reply([note, question].filter(Boolean).join("\n\n"), shown ? { reply_markup: keyboard } : {});
        const input = await waitInput(conversation, { prefix: "wf:", acceptText: true, hint: (other) => other.reply(textOnlyLine(ctx, other.message)) });
        if (input.kind === "button") {
          await input.ctx.answerCallbackQuery();
          break; // keep the current value
        }
        const result = parseFigure(def, input.text);
        if (result.ok === true) {
          const value = result.value;
          // Stored only while the officer is still a manager of this ward (checked in the write's transaction).
          const actor = { memberId: args.memberId, wardId: args.wardId, roles: ["officer", "admin"] as const };
          const outcome = await conversation.external(() =>
            asActor(services.db, actor, (tx) => saveWardFigure(tx, args.periodId, def.code, value, args.memberId)).then((r) => (r.ok ? { ok: true as const } : r)),
          );
          if (!outcome.ok) return endRefused(conversation, ctx, services.db, outcome);
          current[def.code] = value;
          break;
        }
        note =
          result.ok === "ambiguous"
            ? ctx.t("figures-ambiguous", { candidates: result.candidates.map(formatCount).join(" / ") })
            : ctx.t(parseFailureMessageKey(result.reason), { example: def.example ?? "", ...result.hint });
      }
    }
    const lines = DEFAULT_WARD_FIGURES.map((def) => `• ${def.label}: ${figureText(def, current[def.code]) ?? ctx.t("report-summary-missing")}`);
    await ctx.reply([ctx.t("figures-done", { period: args.periodName }), ...lines].join("\n"));
  };
}
