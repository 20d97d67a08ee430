// /caidat: the officer sets the compiled report's settings — its number, the signer's name
// and title, and the "Nơi nhận" list — one item at a time, back to the overview after each.
import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard } from "grammy";
import { besideTypedAnswer } from "../../keyboards.js";
import { splitLines, updateWard, type WardSettings } from "../../../db/repos/wards.js";
import { asActor } from "../../../db/repos/write-guard.js";
import { documentNumberAndSymbol } from "../../../domain/format.js";
import { normalizeMultilineText, normalizeText } from "../../../domain/text.js";
import { namesDistrictLevel } from "../../../domain/district-level.js";
import type { BotContext, ConversationContext, Services } from "../../context.js";
import { endRefused } from "../../conversation-guard.js";
import { waitInput } from "../progress/conversation-input.js";
import { textOnlyLine } from "../../non-text.js";

export const REPORT_SETTINGS = "report-settings";

interface SettingsView {
  documentNumber: number | null;
  documentSymbol: string;
  signerName: string;
  signerTitle: string;
  recipients: string[];
  addressees: string[];
}

type Convo = Conversation<BotContext, ConversationContext>;
type Field = "number" | "signer" | "title" | "recipients" | "addressees";

function overview(ctx: ConversationContext, view: SettingsView): string {
  return ctx.t("settings-overview", {
    // "…/BC-UBND": the number is left for the office to write when the report is issued.
    number: documentNumberAndSymbol(view.documentNumber, view.documentSymbol, "…"),
    signer: view.signerName,
    title: view.signerTitle,
    recipients: view.recipients.length ? view.recipients.map((line) => `- ${line}`).join("\n") : ctx.t("settings-recipients-template"),
    addressees: view.addressees.length ? view.addressees.map((line) => `- ${line}`).join("\n") : ctx.t("settings-recipients-template"),
    district: [...view.addressees, ...view.recipients].some(namesDistrictLevel) ? "yes" : "no",
  });
}

/** What the officer typed for `field`, as the setting to store, or the message key of the problem. */
export function parseSetting(field: Field, text: string): { ok: true; settings: Partial<WardSettings> } | { ok: false; key: string } {
  if (field === "number") {
    const digits = normalizeText(text);
    return /^\d{1,6}$/.test(digits) && Number(digits) > 0 ? { ok: true, settings: { documentNumber: Number(digits) } } : { ok: false, key: "settings-number-invalid" };
  }
  if (field === "signer") {
    const name = normalizeText(text);
    return name.length >= 2 && name.length <= 80 && !/\d/.test(name) ? { ok: true, settings: { signerName: name } } : { ok: false, key: "settings-signer-invalid" };
  }
  if (field === "title") {
    const title = normalizeText(text).toLocaleUpperCase("vi");
    return title.length >= 2 && title.length <= 60 ? { ok: true, settings: { signerTitle: title } } : { ok: false, key: "settings-title-invalid" };
  }
  const lines = splitLines(normalizeMultilineText(text)).map((line) => line.replace(/^[-–•*]\s*/u, "").trim()).filter(Boolean);
  const valid = lines.length >= 1 && lines.length <= 20 && lines.every((line) => line.length <= 200);
  if (field === "addressees") {
    return valid ? { ok: true, settings: { addressees: lines } } : { ok: false, key: "settings-addressees-invalid" };
  }
  return valid
    ? { ok: true, settings: { recipients: lines } }
    : { ok: false, key: "settings-recipients-invalid" };
}

export function settingsConversation(services: Services) {
  return async function reportSettings(conversation: Convo, ctx: ConversationContext, args: { wardId: number; memberId: number }) {
    // Stored only while the officer is still a manager of this ward (checked in the write's transaction).
    const save = async (settings: Partial<WardSettings>) => {
      const outcome = await conversation.external(() =>
        asActor(services.db, { memberId: args.memberId, wardId: args.wardId, roles: ["officer", "admin"] }, (tx) => updateWard(tx, args.wardId, settings)).then((r) =>
          r.ok ? { ok: true as const } : r,
        ),
      );
      if (!outcome.ok) await endRefused(conversation, ctx, services.db, outcome);
    };
    const load = () =>
      conversation.external(async () => {
        const ward = await services.db.ward.findUniqueOrThrow({ where: { id: args.wardId } });
        return {
          documentNumber: ward.documentNumber,
          documentSymbol: ward.documentSymbol,
          signerName: ward.signerName,
          signerTitle: ward.signerTitle,
          recipients: splitLines(ward.recipients),
          addressees: splitLines(ward.addressees),
        } satisfies SettingsView;
      });
    let view = await load();
    for (;;) {
      const menu = new InlineKeyboard()
        .text(ctx.t("settings-button-number"), "st:number")
        .text(ctx.t("settings-button-signer"), "st:signer")
        .row()
        .text(ctx.t("settings-button-title"), "st:title")
        .text(ctx.t("settings-button-recipients"), "st:recipients")
        .row()
        .text(ctx.t("settings-button-addressees"), "st:addressees")
        .row()
        .text(ctx.t("button-done"), "st:done");
      // 20 recipients of 200 characters make an overview longer than one message.
      await ctx.reply(overview(ctx, view), { reply_markup: menu });
      const choice = await waitInput(conversation, { prefix: "st:", acceptText: false, hint: (other) => other.reply(ctx.t("report-press-button")) });
      if (choice.kind === "button") await choice.ctx.answerCallbackQuery();
      const field = choice.kind === "button" ? (choice.data.slice(3) as Field | "done") : "done";
      if (field === "done") return void (await ctx.reply(ctx.t("settings-saved")));

      const clear = besideTypedAnswer(new InlineKeyboard()).text(ctx.t("settings-button-blank-number"), "st:blank");
      await ctx.reply(ctx.t(`settings-ask-${field}`), field === "number" ? { reply_markup: clear } : {});
      for (;;) {
        const input = await waitInput(conversation, { prefix: "st:", acceptText: true, hint: (other) => other.reply(textOnlyLine(ctx, other.message)) });
        if (input.kind === "button") {
          await input.ctx.answerCallbackQuery();
          if (input.data === "st:blank") await save({ documentNumber: null });
          break;
        }
        const parsed = parseSetting(field, input.text);
        if (!parsed.ok) {
          await ctx.reply(ctx.t(parsed.key));
          continue;
        }
        await save(parsed.settings);
        break;
      }
      view = await load();
    }
  };
}
