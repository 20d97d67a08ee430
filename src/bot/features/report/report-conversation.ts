// The leader's report: one question per message in catalogue order, each accepted answer
// stored at once (so nothing typed is lost, even across a crash), then a summary to send,
// edit or keep for later. Corrections stay possible until the period closes.
import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard } from "grammy";
import { loadReportState, type ReportIndicator, type ReportState } from "../../../db/repos/report-state.js";
import { saveReportAnswer, submitReportAs } from "../../../db/repos/reports.js";
import type { Actor, Refusal } from "../../../db/repos/write-guard.js";
import { formatCount, formatDateTime } from "../../../domain/format.js";
import { ambiguityMessageKey, parseAnswer, parseFailureMessageKey, saysGoBack, saysNothingToReport, typedItemNumber } from "../../../domain/parse/index.js";
import type { AnswerValue } from "../../../domain/types.js";
import { type Conflict, validateAnswer, validateReport } from "../../../domain/validate.js";
import type { BotContext, ConversationContext, Services } from "../../context.js";
import { firstPart, MAX_FREE_TEXT_LENGTH, normalizeMultilineText, textLength } from "../../../domain/text.js";
import { endRefused } from "../../conversation-guard.js";
import { besideTypedAnswer, cancelKeyboard, mainMenu } from "../../keyboards.js";
import { answerText, numberText, questionText, summaryText, unanswered } from "./render.js";
import { textOnlyLine } from "../../non-text.js";

export const REPORT = "report";

export interface ReportArgs {
  periodId: number;
  groupId: number;
  memberId: number;
  /** The officer enters the group's report on the leader's behalf (src/bot/features/groups): the audit says so. */
  onBehalf?: boolean;
  /** Set when a conversation takes over from the one that saved the previous answer. */
  resume?: ReportResume;
}

/** ValueChange.source of an answer: typed by the leader, or by the officer on the leader's behalf. */
export const ON_BEHALF_SOURCE = "officer_on_behalf";

type Convo = Conversation<BotContext, ConversationContext>;

/** Where a report conversation goes on from, when it takes over from the one that saved the previous answer. */
export type ReportStep =
  /** The items the officer returned, still to ask, in order; then the unanswered ones. */
  | { kind: "returned"; codes: string[] }
  /** The first unanswered item, until none is left; then the summary. */
  | { kind: "unanswered" }
  | { kind: "summary" }
  /** One item asked again ("quay lại" to the one before), then on as `then`. */
  | { kind: "item"; code: string; then: ReportStep };

/** What the next conversation starts from: the state as the last write left it, and the "Đã lưu: …" line. */
export interface ReportResume {
  state: ReportState;
  note: string | null;
  step: ReportStep;
}

/**
 * The conversation asks one question, stores the answer and ends, handing over to a fresh
 * conversation for the next question (see `reportConversations`): the conversations plugin
 * replays every update of a conversation at each new one, so a conversation that lived through
 * a 30-question report would make the 30th answer replay 29 others. Set through
 * `conversation.external`, so only when it really runs (never in a replay).
 */
export const reportHandoffs = new WeakMap<object, ReportArgs>();

/**
 * Whether the update the bot last acted on was a button press. A text that is older than the
 * question it would answer was typed while that press was made, and is not taken as the answer.
 * After a text answer an older text is accepted: it can only be a crash's replay that sent the
 * question a second time, after the leader had already answered its first copy.
 */
interface Flow {
  pressed: boolean;
}

export function reportConversation(services: Services) {
  return async function report(conversation: Convo, ctx: ConversationContext, args: ReportArgs) {
    const load = () => conversation.external(() => loadReportState(services.db, args.periodId, args.groupId));
    const menu = { reply_markup: mainMenu(ctx, { role: args.onBehalf ? "officer" : "leader" }) };
    const { resume, ...base } = args;
    let state: ReportState;
    let note: string | null = null;
    let step: ReportStep = { kind: "unanswered" };
    // A conversation that takes over starts in the update of the previous answer: a press or a text.
    const flow: Flow = { pressed: ctx.callbackQuery !== undefined };
    if (resume) {
      ({ state, note, step } = resume);
    } else {
      state = await load();
      const vars = { period: state.period.name, group: state.group.name };
      if (state.status === "approved") return void (await ctx.reply(ctx.t("report-locked", vars), menu));
      if (!state.period.open) return void (await ctx.reply(ctx.t("report-period-closed", vars), menu));

      const answeredCount = state.indicators.length - unanswered(state).length;
      if (state.status === "returned") {
        await ctx.reply(ctx.t("report-returned", { ...vars, comment: state.reviewComment ?? "" }), { reply_markup: cancelKeyboard(ctx) });
        const codes = state.returnedItems.length ? state.returnedItems : state.indicators.map((indicator) => indicator.code);
        step = { kind: "returned", codes: codes.filter((code) => state.indicators.some((candidate) => candidate.code === code)) };
      } else if (state.status === null || (state.status === "draft" && answeredCount === 0)) {
        const deadline = formatDateTime(new Date(state.period.deadline), ctx.member?.ward.timeZone);
        await ctx.reply(ctx.t("report-start", { ...vars, deadline, count: state.indicators.length }), { reply_markup: cancelKeyboard(ctx) });
      } else if (state.status === "draft" && unanswered(state).length > 0) {
        const offer = new InlineKeyboard().text(ctx.t("button-continue"), "r:continue").text(ctx.t("button-later"), "r:later");
        await ctx.reply(ctx.t("report-resume", { ...vars, answered: answeredCount, count: state.indicators.length }), { reply_markup: offer });
        const choice = await conversation.waitForCallbackQuery(["r:continue", "r:later"], {
          otherwise: (other) => other.reply(ctx.t("report-press-button"), { reply_markup: offer }),
        });
        await choice.answerCallbackQuery();
        flow.pressed = true;
        if (choice.callbackQuery.data === "r:later") return void (await ctx.reply(ctx.t("report-later"), menu));
        const next = state.indicators.indexOf(unanswered(state)[0]!) + 1;
        await ctx.reply(ctx.t("report-continue", { number: next }), { reply_markup: cancelKeyboard(ctx) });
      }
    }
    const vars = { period: state.period.name, group: state.group.name };
    /** Asks one question, stores the answer, and hands over to a fresh conversation that goes on at `then`. */
    const askThenHandOver = async (indicator: ReportIndicator, then: ReportStep, prefix: string | null) => {
      const saved = await askAndSave(conversation, ctx, services, args, flow, state, indicator, prefix);
      // "quay lại": the item before, then this one's way on (the first unanswered is this one again).
      const previous = saved === GO_BACK ? state.indicators[state.indicators.indexOf(indicator) - 1] : undefined;
      const step: ReportStep = previous ? { kind: "item", code: previous.code, then } : then;
      const next: ReportArgs = { ...base, resume: { state, note: saved === GO_BACK ? null : saved, step } };
      await conversation.external((outside) => void reportHandoffs.set(outside, next));
    };

    if (step.kind === "item") {
      const code = step.code;
      const indicator = state.indicators.find((candidate) => candidate.code === code);
      if (indicator) return askThenHandOver(indicator, step.then, note);
      step = step.then;
    }
    if (step.kind === "returned") {
      const [code, ...rest] = step.codes;
      const indicator = state.indicators.find((candidate) => candidate.code === code);
      if (indicator) return askThenHandOver(indicator, rest.length > 0 ? { kind: "returned", codes: rest } : { kind: "unanswered" }, note);
      step = { kind: "unanswered" };
    }
    if (step.kind === "unanswered") {
      const next = unanswered(state)[0];
      if (next) return askThenHandOver(next, { kind: "unanswered" }, note);
    }

    // The summary: send, edit one item, or keep for later.
    for (;;) {
      const submitted = state.status === "submitted";
      // Beside the numbered items: a typed "5" is item 5 to edit, never the 5th option (Zalo offers the options as words).
      const actions = submitted
        ? besideTypedAnswer(new InlineKeyboard()).text(ctx.t("button-edit"), "s:edit").text(ctx.t("button-done"), "s:later")
        : besideTypedAnswer(new InlineKeyboard()).text(ctx.t("button-submit"), "s:submit").row().text(ctx.t("button-edit"), "s:edit").text(ctx.t("button-later"), "s:later");
      const intro = note ? `${note}\n\n` : "";
      note = null;
      const footer = submitted
        ? ctx.t("report-summary-submitted", { time: formatDateTime(new Date(state.submittedAt!)) })
        : ctx.t("report-summary-ask");
      await ctx.reply(`${intro}${summaryText(ctx, state)}\n\n${footer}`, { reply_markup: actions });
      const choice = await summaryChoice(conversation, ctx, state, actions);
      if (typeof choice !== "string") return askThenHandOver(choice, { kind: "summary" }, null);
      flow.pressed = true;
      const action = choice;

      if (action === "s:later") {
        return void (await ctx.reply(ctx.t(submitted ? "report-done" : "report-later"), menu));
      }
      if (action === "s:submit") {
        // Checked and written in one transaction against what is stored now: the member, the
        // period, the report's status, and the rules (another leader of the group may have edited).
        const outcome = await conversation.external(() =>
          submitReportAs(services.db, {
            periodId: args.periodId,
            groupId: args.groupId,
            actor: actorOf(args, state),
            indicators: state.indicators,
            at: services.clock.now(),
            validate: (stored) => validateReport(state.indicators, stored, { requireComplete: true }),
          }).then((result) => (result.ok ? { ok: true as const, at: result.value.submittedAt.toISOString(), already: result.value.already } : result)),
        );
        if (!outcome.ok) {
          if (outcome.reason !== "invalid") return endRefused(conversation, ctx, services.db, outcome, refusalTexts(ctx, state));
          note = [ctx.t("report-cannot-submit"), ...conflictLines(ctx, state, outcome.conflicts)].join("\n");
          state = await load();
          continue;
        }
        // A second press (an older summary's button, a press redelivered after a crash) changes nothing and says so.
        return void (await ctx.reply(ctx.t(outcome.already ? "report-already-submitted" : "report-submitted", { ...vars, time: formatDateTime(new Date(outcome.at)) }), menu));
      }
      // Edit: pick the item by its number.
      const picker = new InlineKeyboard();
      state.indicators.forEach((indicator, index) => {
        picker.text(String(index + 1), `e:${indicator.code}`);
        if ((index + 1) % 5 === 0) picker.row();
      });
      picker.row().text(ctx.t("button-back"), "e:back");
      await ctx.reply(ctx.t("report-edit-pick"), { reply_markup: picker });
      const picked = await conversation.waitForCallbackQuery(/^e:/, {
        otherwise: (other) => other.reply(ctx.t("report-press-button"), { reply_markup: picker }),
      });
      await picked.answerCallbackQuery();
      flow.pressed = true;
      const indicator = state.indicators.find((candidate) => `e:${candidate.code}` === picked.callbackQuery.data);
      if (indicator) return askThenHandOver(indicator, { kind: "summary" }, null);
    }
  };
}

/** Offers to keep the start of a text too long for one item; a text typed instead is the answer. */
async function offerFirstPart(conversation: Convo, ctx: ConversationContext, flow: Flow, text: string): Promise<AnswerValue | "retry" | string> {
  const whole = normalizeMultilineText(text);
  const part = firstPart(whole);
  const keyboard = besideTypedAnswer(new InlineKeyboard()).text(ctx.t("button-keep-first-part"), "t:part").row().text(ctx.t("button-rewrite"), "t:no");
  const end = Array.from(part).slice(-40).join("");
  await ctx.reply(ctx.t("report-text-too-long", { length: textLength(whole), max: MAX_FREE_TEXT_LENGTH, end }), { reply_markup: keyboard });
  const reply = await conversation.wait();
  if (reply.callbackQuery) {
    await reply.answerCallbackQuery();
    flow.pressed = true;
    return reply.callbackQuery.data === "t:part" ? { type: "text", value: part } : "retry";
  }
  flow.pressed = false;
  const again = reply.message?.text;
  if (again === undefined) return textOnlyLine(ctx, reply.message);
  const parsed = parseAnswer("text", again);
  if (parsed.ok === true) return parsed.value;
  return parsed.ok === false ? ctx.t(parseFailureMessageKey(parsed.reason), { example: "", ...parsed.hint }) : "retry";
}

/**
 * A press of the summary's buttons, or an item typed by its number ("5", "sửa mục 5"): that item
 * to edit at once. Anything else gets what to press or type, and the summary's options again.
 */
async function summaryChoice(conversation: Convo, ctx: ConversationContext, state: ReportState, actions: InlineKeyboard): Promise<string | ReportIndicator> {
  for (;;) {
    const reply = await conversation.wait();
    const data = reply.callbackQuery?.data;
    if (data === "s:submit" || data === "s:edit" || data === "s:later") {
      await reply.answerCallbackQuery();
      return data;
    }
    if (reply.callbackQuery) await reply.answerCallbackQuery();
    const text = reply.message?.text;
    const number = text === undefined ? null : typedItemNumber(text);
    const indicator = number === null ? undefined : state.indicators[number - 1];
    if (indicator) return indicator;
    const key = number === null ? "report-summary-type-hint" : "report-summary-no-such-item";
    await reply.reply(ctx.t(key, { count: state.indicators.length, number: number ?? 0 }), { reply_markup: actions });
  }
}

function actorOf(args: ReportArgs, state: ReportState): Actor {
  // An officer entering a group's report on the leader's behalf must still be an officer of the ward.
  if (args.onBehalf) return { memberId: args.memberId, wardId: state.period.wardId, roles: ["officer", "admin"] };
  return { memberId: args.memberId, wardId: state.period.wardId, roles: ["leader"], groupId: args.groupId };
}

function refusalTexts(ctx: ConversationContext, state: ReportState): Partial<Record<Refusal["reason"], string>> {
  const vars = { period: state.period.name, group: state.group.name };
  return { report_approved: ctx.t("report-locked", vars), period_closed: ctx.t("report-period-closed", vars) };
}

function conflictLines(ctx: ConversationContext, state: ReportState, conflicts: Conflict[]): string[] {
  return conflicts.map((c) => `• ${ctx.t(c.messageKey, conflictVars(state, c))}`);
}

/** The conflict's figures as the leader reads them elsewhere: "5.829 hộ", "1.500.000 đồng". */
function conflictVars(state: ReportState, conflict: Conflict) {
  const { params } = conflict;
  const vars: Record<string, string | number> = { ...params };
  const own = state.indicators.find((indicator) => indicator.code === conflict.indicatorCode);
  const other = state.indicators.find((indicator) => indicator.code === params["other"]);
  const shown = (indicator: ReportIndicator | undefined, value: number) => (indicator ? numberText(indicator, value) : formatCount(value));
  for (const key of ["value", "min", "max"]) {
    const value = params[key];
    if (typeof value === "number") vars[key] = shown(own, value);
  }
  if (typeof params["otherValue"] === "number") vars["otherValue"] = shown(other, params["otherValue"]);
  return vars;
}

/** "quay lại" typed at a question: the item before is asked again. */
const GO_BACK = Symbol("go back");

/**
 * Asks one question until an acceptable answer arrives, stores it, and returns the line
 * ("Đã lưu: …") that the next message starts with. Wrong answers get an explanation and the
 * same question again; ambiguous numbers are asked back; stickers and the like are refused.
 */
async function askAndSave(
  conversation: Convo,
  ctx: ConversationContext,
  services: Services,
  args: ReportArgs,
  flow: Flow,
  state: ReportState,
  indicator: ReportIndicator,
  note: string | null,
): Promise<string | typeof GO_BACK> {
  const buttons = answerButtons(ctx, state, indicator);
  let prefix = note;
  for (;;) {
    const question = await ctx.reply(questionText(ctx, state, indicator, prefix), buttons ? { reply_markup: buttons } : {});
    prefix = null;
    const value = await readAnswer(conversation, ctx, flow, state, indicator, question.message_id);
    if (value === "retry") continue;
    if (value === GO_BACK) {
      if (state.indicators.indexOf(indicator) > 0) return GO_BACK;
      prefix = ctx.t("report-back-first");
      continue;
    }
    if (typeof value === "string") {
      prefix = value;
      continue;
    }
    // The rules are applied to what is stored now, inside the write's transaction: another
    // leader of the group may have changed the other answers since this conversation loaded them.
    const outcome = await conversation.external(() =>
      saveReportAnswer(services.db, {
        periodId: args.periodId,
        groupId: args.groupId,
        actor: actorOf(args, state),
        indicators: state.indicators,
        at: services.clock.now(),
        indicatorId: indicator.id,
        value,
        ...(args.onBehalf ? { source: ON_BEHALF_SOURCE } : {}),
        validate: (stored) => validateAnswer(indicator, value, stored, state.indicators),
      }).then((result) => (result.ok ? { ok: true as const, report: result.value.report, ...answersChange(state.answers, result.value.answers) } : result)),
    );
    if (!outcome.ok) {
      if (outcome.reason !== "invalid") return endRefused(conversation, ctx, services.db, outcome, refusalTexts(ctx, state));
      prefix = outcome.conflicts.map((c) => ctx.t(c.messageKey, conflictVars(state, c))).join("\n");
      continue;
    }
    // The state follows from what was just written, not from a reload: the conversation's
    // replay log keeps only what changed, so it stays small however long the report is.
    state.answers = applyAnswersChange(state.answers, outcome);
    state.status = outcome.report.status;
    state.submittedAt = outcome.report.submittedAt;
    // A free text is not repeated back inside a sentence: it may be long and end with its own full stop.
    if (value.type === "text") return ctx.t(value.value === "" ? "report-saved-nothing" : "report-saved-text", { label: indicator.label });
    return ctx.t("report-saved", { label: indicator.label, value: answerText(ctx, indicator, value) });
  }
}

/** The stored answers that differ from those the conversation holds (another leader of the group may have written too). */
function answersChange(known: Record<string, AnswerValue>, stored: ReadonlyMap<string, AnswerValue>) {
  const changed: Record<string, AnswerValue> = {};
  for (const [code, value] of stored) if (JSON.stringify(known[code]) !== JSON.stringify(value)) changed[code] = value;
  const removed = Object.keys(known).filter((code) => !stored.has(code));
  return { changed, removed };
}

function applyAnswersChange(known: Record<string, AnswerValue>, change: { changed: Record<string, AnswerValue>; removed: string[] }) {
  const answers = { ...known, ...change.changed };
  for (const code of change.removed) delete answers[code];
  return answers;
}

function answerButtons(ctx: ConversationContext, state: ReportState, indicator: ReportIndicator): InlineKeyboard | null {
  // A figure or a text is typed beside "Giữ như kỳ trước: 225 hộ" and "Bỏ qua"; a yes/no is not.
  const keyboard = indicator.type === "yes_no" ? new InlineKeyboard() : besideTypedAnswer(new InlineKeyboard());
  let any = false;
  if (indicator.type === "yes_no") {
    keyboard.text(ctx.t("answer-yes"), "a:yes").text(ctx.t("answer-no"), "a:no").row();
    any = true;
  }
  const current = state.answers[indicator.code];
  const previous = state.previous[indicator.code];
  if (current !== undefined && indicator.type !== "yes_no") {
    keyboard.text(ctx.t("button-keep-current", { value: answerText(ctx, indicator, current) }), "a:keep").row();
    any = true;
  } else if (current === undefined && previous !== undefined && indicator.offerPrevious) {
    keyboard.text(ctx.t("button-keep-previous", { value: answerText(ctx, indicator, previous) }), "a:prev").row();
    any = true;
  }
  if (indicator.optional && current === undefined) {
    keyboard.text(ctx.t("button-skip"), "a:skip");
    any = true;
  }
  return any ? keyboard : null;
}

/** One reply: an answer, "retry" (ask again as is), or a message to show before asking again. */
async function readAnswer(
  conversation: Convo,
  ctx: ConversationContext,
  flow: Flow,
  state: ReportState,
  indicator: ReportIndicator,
  questionId: number,
): Promise<AnswerValue | "retry" | string | typeof GO_BACK> {
  const reply = await conversation.wait();
  const afterPress = flow.pressed;
  flow.pressed = reply.callbackQuery !== undefined;
  if (reply.callbackQuery) {
    await reply.answerCallbackQuery();
    switch (reply.callbackQuery.data) {
      case "a:yes":
        return indicator.type === "yes_no" ? { type: "yes_no", value: true } : "retry";
      case "a:no":
        return indicator.type === "yes_no" ? { type: "yes_no", value: false } : "retry";
      case "a:keep":
        return state.answers[indicator.code] ?? "retry";
      case "a:prev":
        return state.previous[indicator.code] ?? "retry";
      case "a:skip":
        return indicator.optional ? { type: "text", value: "" } : "retry";
      default:
        return "retry"; // a button of an older message
    }
  }
  const text = reply.message?.text;
  if (text === undefined) return textOnlyLine(ctx, reply.message);
  // Message ids of a private chat count both sides: after a press, a lower id was sent before
  // this question (typed while pressing the previous question's button), so it does not answer it.
  if (afterPress && reply.message!.message_id < questionId) return ctx.t("report-typed-before-question", { text: text.slice(0, 50) });
  if (saysGoBack(text)) return GO_BACK;
  // "Không có" to an optional free text is the item left empty, as "Bỏ qua": not a kiến nghị reading "không có".
  if (indicator.type === "text" && indicator.optional && saysNothingToReport(text)) return { type: "text", value: "" };
  const result = parseAnswer(indicator.type, text);
  if (result.ok === true) return result.value;
  // A text too long for one item is not thrown away: the leader may keep its start.
  if (result.ok === false && result.reason === "too_long" && indicator.type === "text") return offerFirstPart(conversation, ctx, flow, text);
  if (result.ok === false) {
    const key = result.reason === "too_long" && indicator.type !== "text" ? "parse-error-number-too-long" : parseFailureMessageKey(result.reason);
    return ctx.t(key, { example: indicator.example ?? "", ...result.hint });
  }
  // Ambiguous: ask back, never guess; but never offer a reading the rules refuse against the
  // answers given ("5,829" read as 5.829 households of a group of 226): the rule is said at once.
  const numberValue = (candidate: number): AnswerValue => (indicator.type === "money" ? { type: "money", value: candidate } : { type: "count", value: candidate });
  const known = new Map(Object.entries(state.answers));
  const conflictsOf = (candidate: number) => validateAnswer(indicator, numberValue(candidate), known, state.indicators);
  const candidates = result.candidates.filter((candidate) => conflictsOf(candidate).length === 0);
  if (candidates.length === 0) return conflictsOf(result.candidates[0]!).map((c) => ctx.t(c.messageKey, conflictVars(state, c))).join("\n");
  // About a figure the leader typed: a figure typed again is not a pick of the list.
  const confirm = besideTypedAnswer(new InlineKeyboard());
  candidates.forEach((candidate, index) => confirm.text(ctx.t("button-confirm-number", { value: numberText(indicator, candidate) }), `c:${index}`).row());
  confirm.text(ctx.t("button-retype"), "c:no");
  const asked = candidates.map((candidate) => numberText(indicator, candidate));
  await ctx.reply(ctx.t(ambiguityMessageKey(candidates), { value: asked[0] ?? "", input: text.slice(0, 50) }), { reply_markup: confirm });
  const choice = await conversation.waitForCallbackQuery(/^c:/, {
    otherwise: (other) => other.reply(ctx.t("report-press-button"), { reply_markup: confirm }),
  });
  await choice.answerCallbackQuery();
  flow.pressed = true;
  const picked = Number(choice.callbackQuery.data.slice(2));
  const candidate = Number.isInteger(picked) ? candidates[picked] : undefined;
  if (candidate === undefined) return "retry";
  return numberValue(candidate);
}
