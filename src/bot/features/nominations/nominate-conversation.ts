// The tổ trưởng's nominations for a period (/dexuat): households for "Gia đình văn hóa" as
// pasted lines or an Excel file, people or collectives for a Giấy khen (name, address or tổ,
// the achievement printed on the certificate). Every answer is stored when typed, so nothing is
// lost; the list is sent only after the leader has read it back and confirmed. A line the
// office returned is corrected first, with the office's reason in front of it.
import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard } from "grammy";
import type { Document } from "grammy/types";
import {
  addHouseholds,
  COMMENDATION_FORM,
  dropDraftLine,
  HOUSEHOLD_FORM,
  type LineField,
  loadNominationState,
  markCorrected,
  type NominationState,
  type NomineeLine,
  startCommendation,
  submitNomination,
  updateLineField,
} from "../../../db/repos/nominations/leader.js";
import type { Actor, Refusal } from "../../../db/repos/write-guard.js";
import { formatCount, formatDateTime } from "../../../domain/format.js";
import { type LineProblem, MAX_ACHIEVEMENT_LENGTH, MAX_ADDRESS_LENGTH, MAX_NAME_LENGTH, type ParsedLines, parseHouseholdText } from "../../../domain/nominations/index.js";
import { capFreeText, normalizeMultilineText, normalizeText } from "../../../domain/text.js";
import type { BotContext, ConversationContext, Services } from "../../context.js";
import { endRefused } from "../../conversation-guard.js";
import { besideTypedAnswer, mainMenu } from "../../keyboards.js";
import { membersWithRole, notifyMembers } from "../award-office/notify.js";
import { isMenuText } from "../progress/conversation-input.js";
import { markMemberBlocked } from "../../../db/repos/review.js";
import { readHouseholdFile } from "./household-file.js";
import { lineText, linesList, orderedLines, overviewText } from "./render.js";

export const NOMINATE = "nominate";

export interface NominateArgs {
  periodId: number;
  groupId: number;
  memberId: number;
  wardId: number;
}

export interface FileAccess {
  apiRoot: string;
  fetch?: typeof fetch;
}

type Convo = Conversation<BotContext, ConversationContext>;
type Input = { kind: "button"; data: string } | { kind: "text"; text: string } | { kind: "document"; document: Document } | { kind: "other" };

async function waitAny(conversation: Convo): Promise<Input> {
  const next = await conversation.wait();
  if (next.callbackQuery) {
    await next.answerCallbackQuery().catch(() => {});
    return { kind: "button", data: next.callbackQuery.data ?? "" };
  }
  // A menu button of the reply keyboard (still on screen) leaves for the rest of the bot.
  if (next.message?.text !== undefined && isMenuText(next, next.message.text)) return conversation.halt({ next: true });
  if (next.message?.text !== undefined) return { kind: "text", text: next.message.text };
  if (next.message?.document) return { kind: "document", document: next.message.document };
  return { kind: "other" };
}

function problemLines(ctx: ConversationContext, problems: LineProblem[]): string {
  return problems.map((problem) => ctx.t("nomination-line-problem", { line: problem.line, text: problem.text.slice(0, 60), reason: ctx.t(`nomination-problem-${problem.reason}`) })).join("\n");
}

/** A name, an address or an achievement typed: NFC, single spaces, within its length. */
function fieldValue(field: LineField, text: string): string | { tooLong: number } | null {
  const max = field === "name" ? MAX_NAME_LENGTH : field === "address" ? MAX_ADDRESS_LENGTH : MAX_ACHIEVEMENT_LENGTH;
  const clean = field === "achievement" ? normalizeMultilineText(text).replace(/\s*\n\s*/gu, " ") : normalizeText(text);
  if (clean === "") return null;
  return capFreeText(clean, max).cut ? { tooLong: max } : clean;
}

export function nominateConversation(services: Services, files: FileAccess) {
  const { db, clock } = services;
  return async function nominate(conversation: Convo, ctx: ConversationContext, args: NominateArgs) {
    const actor: Actor & { groupId: number } = { memberId: args.memberId, wardId: args.wardId, roles: ["leader"], groupId: args.groupId };
    const write = () => ({ actor, periodId: args.periodId, at: clock.now() });
    const load = () => conversation.external(() => loadNominationState(db, args.periodId, args.groupId));
    const menu = { reply_markup: mainMenu(ctx, { role: "leader" }) };
    let state = await load();
    const vars = { period: state.period.name, group: state.group.name };
    const refusals = (): Partial<Record<Refusal["reason"], string>> => ({ period_closed: ctx.t("nomination-period-closed", vars) });
    const refused = (refusal: Refusal) => endRefused(conversation, ctx, db, refusal, refusals());
    if (!state.period.open) return void (await ctx.reply(ctx.t("nomination-period-closed", vars), menu));

    /** Asks one field until it is typed (or kept with the button); stores it. */
    const askField = async (line: NomineeLine, field: LineField, question: string, offer: Array<{ label: string; value: string }>): Promise<string> => {
      const keyboard = besideTypedAnswer(new InlineKeyboard());
      offer.forEach((option, index) => keyboard.text(option.label, `nm:o:${index}`).row());
      let prompt = question;
      for (;;) {
        await ctx.reply(prompt, offer.length ? { reply_markup: keyboard } : {});
        const input = await waitAny(conversation);
        let value: string | null = null;
        if (input.kind === "button" && input.data.startsWith("nm:o:")) value = offer[Number(input.data.slice(5))]?.value ?? null;
        else if (input.kind === "text") {
          const read = fieldValue(field, input.text);
          if (read === null) {
            prompt = `${ctx.t("nomination-field-empty")}\n\n${question}`;
            continue;
          }
          if (typeof read !== "string") {
            prompt = `${ctx.t("nomination-field-too-long", { max: read.tooLong })}\n\n${question}`;
            continue;
          }
          value = read;
        } else {
          prompt = `${ctx.t("nomination-text-only")}\n\n${question}`;
          continue;
        }
        if (value === null) continue;
        const stored = value;
        const outcome = await conversation.external(() => updateLineField(db, { ...write(), lineId: line.id, field, value: stored }));
        if (!outcome.ok) return refused(outcome);
        line[field] = stored;
        return stored;
      }
    };

    const askAddress = (line: NomineeLine) =>
      askField(line, "address", ctx.t(line.recipientKind === "tap_the" ? "nomination-ask-address-collective" : "nomination-ask-address", { name: line.name }), [
        { label: ctx.t("nomination-button-group-address", { group: state.group.name }), value: state.group.name },
      ]);
    const askAchievement = (line: NomineeLine) => {
      const offer = state.goodDeeds ? [{ label: ctx.t("nomination-button-use-report"), value: capFreeText(state.goodDeeds, MAX_ACHIEVEMENT_LENGTH).text }] : [];
      const question = state.goodDeeds
        ? ctx.t("nomination-ask-achievement-with-report", { name: line.name, report: capFreeText(state.goodDeeds, MAX_ACHIEVEMENT_LENGTH).text })
        : ctx.t("nomination-ask-achievement", { name: line.name });
      return askField(line, "achievement", question, offer);
    };

    /** The rest of a Giấy khen line whose address or achievement is still empty. */
    const completeLine = async (line: NomineeLine) => {
      if (line.address === "") await askAddress(line);
      if (line.achievement === "") await askAchievement(line);
      await ctx.reply(ctx.t("nomination-line-saved", { line: lineText(ctx, line) }));
    };

    // 1. Lines the office returned, with its reason: corrected (or dropped) first.
    for (const line of orderedLines(state.lines).filter((candidate) => candidate.status === "returned")) {
      const keyboard = new InlineKeyboard().text(ctx.t("nomination-button-keep"), "nm:keep").row().text(ctx.t("nomination-button-drop-line"), "nm:drop");
      const household = line.formCode === HOUSEHOLD_FORM;
      let prompt = ctx.t("nomination-returned-line", { line: lineText(ctx, line), reason: line.returnReason ?? "", ...vars });
      let done = false;
      while (!done) {
        await ctx.reply(`${prompt}\n\n${ctx.t(household ? "nomination-retype-household" : "nomination-retype-person")}`, { reply_markup: keyboard });
        const input = await waitAny(conversation);
        if (input.kind === "button" && input.data === "nm:drop") {
          const outcome = await conversation.external(() => dropDraftLine(db, { ...write(), lineId: line.id }));
          if (!outcome.ok) return refused(outcome);
          await ctx.reply(ctx.t("nomination-line-dropped", { name: line.name }));
          done = true;
          continue;
        }
        if (input.kind === "text") {
          const parsed = parseHouseholdText(input.text);
          const read = parsed.lines[0];
          if (!read || parsed.lines.length + parsed.problems.length !== 1) {
            prompt = parsed.problems.length ? problemLines(ctx, parsed.problems) : ctx.t("nomination-retype-one-line");
            continue;
          }
          for (const [field, value] of [["name", read.name], ["address", read.address]] as const) {
            if (line[field] === value) continue;
            const outcome = await conversation.external(() => updateLineField(db, { ...write(), lineId: line.id, field, value }));
            if (!outcome.ok) return refused(outcome);
            line[field] = value;
          }
        } else if (!(input.kind === "button" && input.data === "nm:keep")) {
          prompt = ctx.t("nomination-text-only");
          continue;
        }
        if (!household) {
          await askField(line, "achievement", ctx.t("nomination-ask-achievement-again", { name: line.name, achievement: line.achievement }), [
            { label: ctx.t("nomination-button-keep-achievement"), value: line.achievement },
          ]);
        }
        const outcome = await conversation.external(() => markCorrected(db, { ...write(), lineId: line.id }));
        if (!outcome.ok) return refused(outcome);
        await ctx.reply(ctx.t("nomination-line-corrected", { line: lineText(ctx, line) }));
        done = true;
      }
    }
    state = await load();

    // 2. A Giấy khen line left half typed (a pause, a crash): finished first.
    for (const line of state.lines.filter((candidate) => candidate.status === "draft" && candidate.formCode !== HOUSEHOLD_FORM && (candidate.address === "" || candidate.achievement === ""))) {
      await ctx.reply(ctx.t("nomination-resume-line", { name: line.name }));
      await completeLine(line);
    }
    state = await load();

    // 3. What to add, or read back and send.
    let note: string | null = null;
    for (;;) {
      const drafts = state.lines.filter((line) => line.status === "draft").length;
      const keyboard = new InlineKeyboard()
        .text(ctx.t("nomination-button-households"), "nm:hh")
        .row()
        .text(ctx.t("nomination-button-person"), "nm:person")
        .row();
      if (drafts > 0) keyboard.text(ctx.t("nomination-button-review"), "nm:review").row();
      keyboard.text(ctx.t("nomination-button-later"), "nm:later");
      await ctx.reply(`${note ? `${note}\n\n` : ""}${overviewText(ctx, state)}\n\n${ctx.t("nomination-menu-ask")}`, { reply_markup: keyboard });
      note = null;
      const input = await waitAny(conversation);
      if (input.kind !== "button") {
        note = ctx.t("nomination-choose");
        continue;
      }
      if (input.data === "nm:later") return void (await ctx.reply(ctx.t("nomination-later"), menu));
      if (input.data === "nm:hh") note = await households(state);
      else if (input.data === "nm:person") await person();
      else if (input.data === "nm:review") {
        const sent = await review();
        if (sent) return;
      }
      state = await load();
    }

    /** Households as pasted lines or a file; the note to show with the menu after. */
    async function households(current: NominationState): Promise<string | null> {
      if (current.achievedHouseholds === null) return ctx.t("nomination-households-no-figure", vars);
      const back = new InlineKeyboard().text(ctx.t("nomination-button-back"), "nm:back");
      const proposed = current.lines.filter((line) => line.formCode === HOUSEHOLD_FORM && line.status !== "returned").length;
      let prompt = ctx.t("nomination-ask-households", { achieved: formatCount(current.achievedHouseholds), proposed: formatCount(proposed), count: proposed, remaining: formatCount(Math.max(0, current.achievedHouseholds - proposed)) });
      for (;;) {
        await ctx.reply(prompt, { reply_markup: back });
        const input = await waitAny(conversation);
        if (input.kind === "button") return null;
        let parsed: ParsedLines | null = null;
        if (input.kind === "text") parsed = parseHouseholdText(input.text);
        else if (input.kind === "document") {
          const read = await conversation.external(() => readHouseholdFile(ctx.api.token, files, input.document));
          if (!read.ok) {
            prompt = ctx.t(`nomination-file-${read.reason}`);
            continue;
          }
          parsed = read.parsed;
        } else {
          prompt = ctx.t("nomination-households-text-or-file");
          continue;
        }
        if (parsed.lines.length === 0) {
          prompt = [ctx.t("nomination-households-none-read"), problemLines(ctx, parsed.problems)].filter(Boolean).join("\n");
          continue;
        }
        const lines = parsed.lines;
        const outcome = await conversation.external(() => addHouseholds(db, { ...write(), lines }));
        if (!outcome.ok) {
          if (outcome.reason === "quota") {
            const quota = outcome.quota;
            prompt =
              quota.reason === "no_figure"
                ? ctx.t("nomination-households-no-figure", vars)
                : ctx.t("nomination-households-over", { proposed: formatCount(quota.proposed), achieved: formatCount(quota.achieved), already: formatCount(quota.already), remaining: formatCount(quota.remaining), group: current.group.name });
            continue;
          }
          if (outcome.reason === "no_form") return ctx.t("nomination-no-form");
          return refused(outcome);
        }
        const saved = ctx.t("nomination-households-saved", { count: outcome.value.added });
        const extra = [parsed.problems.length ? `${ctx.t("nomination-households-some-unread")}\n${problemLines(ctx, parsed.problems)}` : null, parsed.tooMany ? ctx.t("nomination-households-too-many") : null].filter(Boolean);
        return [saved, ...extra].join("\n\n");
      }
    }

    async function person(): Promise<void> {
      const kinds = new InlineKeyboard().text(ctx.t("nomination-button-individual"), "nm:k:ca_nhan").text(ctx.t("nomination-button-collective"), "nm:k:tap_the").row().text(ctx.t("nomination-button-back"), "nm:back");
      await ctx.reply(ctx.t("nomination-ask-kind"), { reply_markup: kinds });
      let kind: "ca_nhan" | "tap_the" | null = null;
      while (kind === null) {
        const input = await waitAny(conversation);
        if (input.kind === "button" && input.data === "nm:back") return;
        if (input.kind === "button" && (input.data === "nm:k:ca_nhan" || input.data === "nm:k:tap_the")) kind = input.data.slice(5) as "ca_nhan" | "tap_the";
        else await ctx.reply(ctx.t("nomination-choose"), { reply_markup: kinds });
      }
      const chosen = kind;
      let question = ctx.t(chosen === "ca_nhan" ? "nomination-ask-name" : "nomination-ask-collective-name");
      for (;;) {
        await ctx.reply(question);
        const input = await waitAny(conversation);
        const read = input.kind === "text" ? fieldValue("name", input.text) : null;
        if (typeof read !== "string") {
          question = `${ctx.t(input.kind !== "text" ? "nomination-text-only" : read === null ? "nomination-field-empty" : "nomination-field-too-long", { max: MAX_NAME_LENGTH })}\n\n${ctx.t(chosen === "ca_nhan" ? "nomination-ask-name" : "nomination-ask-collective-name")}`;
          continue;
        }
        const outcome = await conversation.external(() => startCommendation(db, { ...write(), recipientKind: chosen, name: read }));
        if (!outcome.ok) {
          if (outcome.reason === "no_form") return void (await ctx.reply(ctx.t("nomination-no-form")));
          return refused(outcome);
        }
        const line: NomineeLine = { id: outcome.value, formCode: COMMENDATION_FORM, recipientKind: chosen, name: read, address: "", achievement: "", status: "draft", returnReason: null, sortOrder: 0 };
        await completeLine(line);
        return;
      }
    }

    /** Reads the drafts back; true once sent. */
    async function review(): Promise<boolean> {
      for (;;) {
        const drafts = state.lines.filter((line) => line.status === "draft");
        if (drafts.length === 0) return false;
        const keyboard = new InlineKeyboard().text(ctx.t("nomination-button-submit"), "nm:submit").row().text(ctx.t("nomination-button-drop"), "nm:dropask").text(ctx.t("nomination-button-back"), "nm:back");
        await ctx.reply(ctx.t("nomination-review", { ...vars, lines: linesList(ctx, drafts, { status: false }), count: drafts.length }), { reply_markup: keyboard });
        const input = await waitAny(conversation);
        if (input.kind !== "button" || input.data === "nm:back") return false;
        if (input.data === "nm:dropask") {
          const ordered = orderedLines(drafts);
          const picker = new InlineKeyboard();
          ordered.forEach((line, index) => {
            picker.text(String(index + 1), `nm:d:${line.id}`);
            if ((index + 1) % 5 === 0) picker.row();
          });
          picker.row().text(ctx.t("nomination-button-back"), "nm:back");
          await ctx.reply(ctx.t("nomination-drop-pick"), { reply_markup: picker });
          const picked = await waitAny(conversation);
          if (picked.kind === "button" && picked.data.startsWith("nm:d:")) {
            const lineId = Number(picked.data.slice(5));
            const line = drafts.find((candidate) => candidate.id === lineId);
            if (line) {
              const outcome = await conversation.external(() => dropDraftLine(db, { ...write(), lineId }));
              if (!outcome.ok) return refused(outcome);
              await ctx.reply(ctx.t("nomination-line-dropped", { name: line.name }));
            }
          }
          state = await load();
          continue;
        }
        if (input.data !== "nm:submit") continue;
        const outcome = await conversation.external(() => submitNomination(db, write()).then((result) => (result.ok ? { ok: true as const, sent: result.value.sent, at: result.value.at.toISOString() } : result)));
        if (!outcome.ok) {
          if (outcome.reason === "incomplete") await ctx.reply(ctx.t("nomination-incomplete", { names: outcome.names.join(", ") }));
          else if (outcome.reason !== "nothing") return refused(outcome);
          state = await load();
          continue;
        }
        await ctx.reply(ctx.t("nomination-submitted", { ...vars, count: outcome.sent, time: formatDateTime(new Date(outcome.at)) }), menu);
        const officers = await conversation.external(() => membersWithRole(db, args.wardId, ["officer"]));
        await notifyMembers(ctx.api, officers, (you) => ctx.t("nomination-officer-submitted", { ...vars, count: outcome.sent, ...you }), {
          db,
          logger: services.logger,
          at: new Date(outcome.at),
          markBlocked: (memberId, at) => conversation.external(() => markMemberBlocked(db, memberId, at)),
        });
        return true;
      }
    }
  };
}
