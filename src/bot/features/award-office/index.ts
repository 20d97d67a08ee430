// /khenthuong: officials follow a period's nominations; the officer reviews each group's lines
// (accept, return one with a reason), records the posting, puts the accepted list to the
// council and closes the vote; council members vote in the chat; the chairman approves, which
// signs the decisions. Every step checks the role and the ward of every id.
import { editPressed } from "../../edit-message.js";
import { besideTypedAnswer } from "../../keyboards.js";
import { createConversation } from "@grammyjs/conversations";
import { hears } from "@grammyjs/i18n";
import { Composer, InlineKeyboard } from "grammy";
import { awardSettings } from "../../../db/repos/awards.js";
import { approveVote } from "../../../db/repos/nominations/approval.js";
import { castBallot, closeVote, councilMembers, openVote, type VoteView, voteReadiness, voteView } from "../../../db/repos/nominations/council.js";
import { acceptGroupLines, groupNominations, latestPosting } from "../../../db/repos/nominations/office.js";
import { isoDay } from "../../../domain/awards/days.js";
import { toCalendarDate } from "../../../domain/format/dates.js";
import { documentNumberText } from "../../../domain/format.js";
import { parseTypedBallots } from "../../../domain/nominations/index.js";
import type { BotContext, Membership, Services } from "../../context.js";
import { isManager, isOfficial } from "../../roles.js";
import { STEP_TIMEOUT_MS } from "../progress/conversation-input.js";
import {
  ACCEPT_PATTERN,
  APPROVE_CONFIRM_PATTERN,
  APPROVE_PATTERN,
  BALLOT_LINE_PATTERN,
  BALLOT_LINES_PATTERN,
  BALLOT_LIST_PATTERN,
  ballotData,
  CLOSE_VOTE_PATTERN,
  COMMENTS_PATTERN,
  EDIT_LINE_PATTERN,
  EDIT_PICK_PATTERN,
  GROUP_PATTERN,
  HOME_PATTERN,
  officeData,
  OPEN_READY_PATTERN,
  OPEN_VOTE_PATTERN,
  POSTING_PATTERN,
  RETURN_LINE_PATTERN,
  RETURN_PICK_PATTERN,
  TALLY_PATTERN,
} from "./callback-data.js";
import { deliverDecisions } from "./decision-files.js";
import { membersWithRole, notifyMembers } from "./notify.js";
import { loadOverview, overviewPeriod } from "./overview.js";
import { AWARD_POSTING, type AwardPostingArgs, awardPostingConversation } from "./posting-conversation.js";
import { dayText, groupKeyboard, groupText, overviewKeyboard, overviewText, returnPickKeyboard, tallyText } from "./render.js";
import { AWARD_EDIT, type AwardEditArgs, awardEditConversation } from "./edit-conversation.js";
import { AWARD_RETURN, type AwardReturnArgs, awardReturnConversation } from "./return-conversation.js";

export function awardOfficeConversations(services: Pick<Services, "db" | "clock" | "logger">) {
  return [
    createConversation(awardReturnConversation(services), { id: AWARD_RETURN, maxMillisecondsToWait: STEP_TIMEOUT_MS }),
    createConversation(awardPostingConversation(services), { id: AWARD_POSTING, maxMillisecondsToWait: STEP_TIMEOUT_MS }),
    createConversation(awardEditConversation(services), { id: AWARD_EDIT, maxMillisecondsToWait: STEP_TIMEOUT_MS }),
  ];
}

async function say(ctx: BotContext, key: string, vars?: Record<string, string | number>) {
  const text = ctx.t(key, vars);
  if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text, show_alert: true });
  else await ctx.reply(text);
}

/** The member if an official; otherwise says why not. */
async function official(ctx: BotContext): Promise<Membership | null> {
  if (ctx.member && isOfficial(ctx.member)) return ctx.member;
  await say(ctx, "award-office-officials-only");
  return null;
}

async function manager(ctx: BotContext): Promise<Membership | null> {
  const member = await official(ctx);
  if (!member) return null;
  if (isManager(member)) return member;
  await say(ctx, "award-office-officers-only");
  return null;
}


const num = (match: RegExpMatchArray | string | null | undefined, index: number) => (match && typeof match !== "string" ? Number(match[index]) : 0);

function ballotKeyboard(ctx: BotContext, voteId: number): InlineKeyboard {
  return new InlineKeyboard()
    .text(ctx.t("award-ballot-agree-all"), ballotData.list(voteId, true))
    .row()
    .text(ctx.t("award-ballot-disagree-all"), ballotData.list(voteId, false))
    .row()
    .text(ctx.t("award-ballot-per-line"), ballotData.perLine(voteId));
}

/** "1, 2 và 4". */
const LINE_LIST = new Intl.ListFormat("vi", { type: "conjunction" });

/** One line's question of the per-line vote: "Dòng 2/4: … Ông đồng ý hay không đồng ý?". */
async function askLine(ctx: BotContext, vote: VoteView, index: number, saved = "") {
  const line = vote.lines[index]!;
  const single: VoteView = { ...vote, lines: [line], listComments: [] };
  const shown = tallyText(ctx, single, { tally: false }).replace(/^1\. /u, "");
  const ask = ctx.t("award-ballot-line-ask", { number: index + 1, count: vote.lines.length, line: shown });
  await ctx.reply(saved ? `${saved}\n\n${ask}` : ask, {
    // Beside "3 không đồng ý" typed for any line: a typed "2" is line 2, never the 2nd option.
    reply_markup: besideTypedAnswer(new InlineKeyboard()).text(ctx.t("award-ballot-agree"), ballotData.line(vote.id, line.lineId, true)).text(ctx.t("award-ballot-disagree"), ballotData.line(vote.id, line.lineId, false)),
  });
}

/** A member's vote on each line as the tally counts it: "1. Nguyễn Văn An: đồng ý". */
function myBallots(ctx: BotContext, vote: VoteView, memberId: number): string {
  const whole = vote.ballots.find((b) => b.memberId === memberId && b.lineId === null);
  return vote.lines
    .map((line, index) => {
      const own = vote.ballots.find((b) => b.memberId === memberId && b.lineId === line.lineId) ?? whole;
      const choice = own === undefined ? "award-ballot-mine-none" : own.agree ? "award-ballot-mine-agree" : "award-ballot-mine-disagree";
      return ctx.t("award-ballot-mine-line", { number: index + 1, name: line.name, choice: ctx.t(choice) });
    })
    .join("\n");
}

export function awardOfficeFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  const home = async (ctx: BotContext, periodId?: number) => {
    const member = await official(ctx);
    if (!member) return;
    const { db } = ctx.services;
    const period = await overviewPeriod(db, member.wardId, periodId);
    if (!period) return say(ctx, "award-office-no-period");
    const overview = await loadOverview(db, member.wardId, period);
    const text = overviewText(ctx, overview);
    const keyboard = overviewKeyboard(ctx, overview, member.role, member.id);
    if (ctx.callbackQuery) {
      await ctx.answerCallbackQuery();
      await editPressed(ctx, text, keyboard);
    } else await ctx.reply(text, { reply_markup: keyboard });
  };
  composer.command("khenthuong", (ctx) => home(ctx));
  composer.filter(hears("menu-awards"), (ctx) => home(ctx));
  composer.callbackQuery(HOME_PATTERN, (ctx) => home(ctx, num(ctx.match, 1)));

  const showGroup = async (ctx: BotContext, periodId: number, groupId: number, fresh: boolean) => {
    const member = ctx.member!;
    const { db } = ctx.services;
    const [period, group] = await Promise.all([overviewPeriod(db, member.wardId, periodId), groupNominations(db, member.wardId, periodId, groupId)]);
    if (!period || !group) return say(ctx, "award-office-not-found");
    if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => {});
    const text = groupText(ctx, period.name, group);
    if (fresh) await ctx.reply(text, { reply_markup: groupKeyboard(ctx, periodId, group) });
    else await editPressed(ctx, text, groupKeyboard(ctx, periodId, group));
  };
  composer.callbackQuery(GROUP_PATTERN, async (ctx) => {
    if (!(await manager(ctx))) return;
    await showGroup(ctx, num(ctx.match, 1), num(ctx.match, 2), true);
  });

  composer.callbackQuery(ACCEPT_PATTERN, async (ctx) => {
    const member = await manager(ctx);
    if (!member) return;
    const [periodId, groupId] = [num(ctx.match, 1), num(ctx.match, 2)];
    const { db, clock } = ctx.services;
    const outcome = await acceptGroupLines(db, { actor: { memberId: member.id, wardId: member.wardId, roles: ["officer", "admin"] }, periodId, groupId, at: clock.now() });
    if (!outcome.ok) return say(ctx, outcome.reason === "report_status" ? "award-office-nothing-to-accept" : "write-refused-member-changed");
    await ctx.answerCallbackQuery({ text: ctx.t("award-office-accepted", { count: outcome.value }) });
    await showGroup(ctx, periodId, groupId, false);
  });

  composer.callbackQuery(RETURN_PICK_PATTERN, async (ctx) => {
    const member = await manager(ctx);
    if (!member) return;
    const [periodId, groupId] = [num(ctx.match, 1), num(ctx.match, 2)];
    const group = await groupNominations(ctx.services.db, member.wardId, periodId, groupId);
    if (!group) return say(ctx, "award-office-not-found");
    await ctx.answerCallbackQuery();
    await ctx.reply(ctx.t("award-return-pick", { group: group.groupName }), { reply_markup: returnPickKeyboard(ctx, periodId, group) });
  });

  composer.callbackQuery(RETURN_LINE_PATTERN, async (ctx) => {
    const member = await manager(ctx);
    if (!member) return;
    const line = await ctx.services.db.nominationLine.findFirst({
      where: { id: num(ctx.match, 1), nomination: { wardId: member.wardId } },
      include: { nomination: { include: { period: { select: { name: true } }, group: { select: { name: true } } } } },
    });
    if (!line) return say(ctx, "award-office-not-found");
    await ctx.answerCallbackQuery();
    const args: AwardReturnArgs = { wardId: member.wardId, memberId: member.id, lineId: line.id, periodName: line.nomination.period.name, groupName: line.nomination.group.name };
    await ctx.conversation.enter(AWARD_RETURN, args);
  });

  composer.callbackQuery(POSTING_PATTERN, async (ctx) => {
    const member = await manager(ctx);
    if (!member) return;
    const { db } = ctx.services;
    const period = await overviewPeriod(db, member.wardId, num(ctx.match, 1));
    if (!period) return say(ctx, "award-office-not-found");
    await ctx.answerCallbackQuery();
    const settings = await awardSettings(db, member.wardId);
    const args: AwardPostingArgs = { wardId: member.wardId, memberId: member.id, periodId: period.id, periodName: period.name, periodYear: period.year, timeZone: member.ward.timeZone, defaultDays: settings.postingDays };
    await ctx.conversation.enter(AWARD_POSTING, args);
  });

  const openVoteOn = async (ctx: BotContext, readyOnly: boolean) => {
    const member = await manager(ctx);
    if (!member) return;
    const { db, clock, logger } = ctx.services;
    const periodId = num(ctx.match, 1);
    const period = await overviewPeriod(db, member.wardId, periodId);
    if (!period) return say(ctx, "award-office-not-found");
    const today = toCalendarDate(clock.now(), member.ward.timeZone);
    const readiness = await voteReadiness(db, member.wardId, periodId, today);
    const waiting = readiness.waiting;
    // Lines of a title that must be posted (Gia đình văn hóa…) wait for the posting; a Giấy khen does not.
    if (waiting && !readyOnly) {
      const why = waiting.reason === "no_posting" ? ctx.t("award-vote-needs-posting-forms", { count: waiting.count, forms: waiting.forms.map((form) => `“${form}”`).join(", ") }) : ctx.t("award-vote-posting-running-forms", { count: waiting.count, forms: waiting.forms.map((form) => `“${form}”`).join(", "), end: dayText(isoDay(waiting.end!)) });
      if (ctx.callbackQuery) await ctx.answerCallbackQuery();
      const keyboard = new InlineKeyboard();
      if (readiness.ready.length > 0) keyboard.text(ctx.t("award-office-button-vote-ready", { count: readiness.ready.length }), officeData.openReady(periodId)).row();
      keyboard.text(ctx.t("award-office-button-home"), officeData.home(periodId));
      return void (await ctx.reply(readiness.ready.length > 0 ? `${why}\n\n${ctx.t("award-vote-ready-others", { count: readiness.ready.length })}` : why, { reply_markup: keyboard }));
    }
    const members = await councilMembers(db, member.wardId);
    if (members.length === 0) return say(ctx, "award-vote-no-council");
    if (readiness.ready.length === 0) return say(ctx, waiting ? "award-vote-nothing-ready" : "award-vote-nothing");
    const outcome = await openVote(db, { actor: { memberId: member.id, wardId: member.wardId, roles: ["officer", "admin"] }, periodId, lineIds: readiness.ready, at: clock.now() });
    if (!outcome.ok) return say(ctx, outcome.reason === "already_open" ? "award-vote-already-open" : outcome.reason === "nothing" ? "award-vote-nothing" : "write-refused-member-changed");
    const vote = (await voteView(db, member.wardId, outcome.value))!;
    const sent = await notifyMembers(ctx.api, members, (you) => ctx.t("award-ballot-message", { period: period.name, count: vote.lines.length, lines: tallyText(ctx, vote, { tally: false }), ...you }), {
      db,
      logger,
      at: clock.now(),
      keyboard: () => ballotKeyboard(ctx, vote.id),
    });
    if (ctx.callbackQuery) await ctx.answerCallbackQuery();
    await ctx.reply(ctx.t("award-vote-opened", { count: vote.lines.length, sent, members: members.length }), {
      reply_markup: new InlineKeyboard().text(ctx.t("award-office-button-tally"), officeData.tally(vote.id)).text(ctx.t("award-office-button-close"), officeData.closeVote(vote.id)),
    });
  };
  composer.callbackQuery(OPEN_VOTE_PATTERN, (ctx) => openVoteOn(ctx, false));
  composer.callbackQuery(OPEN_READY_PATTERN, (ctx) => openVoteOn(ctx, true));

  // Comments received during the posting's days, recorded after the posting itself.
  composer.callbackQuery(COMMENTS_PATTERN, async (ctx) => {
    const member = await manager(ctx);
    if (!member) return;
    const { db } = ctx.services;
    const period = await overviewPeriod(db, member.wardId, num(ctx.match, 1));
    const posting = period ? await latestPosting(db, member.wardId, period.id) : null;
    if (!period || !posting) return say(ctx, "award-office-not-found");
    await ctx.answerCallbackQuery();
    const settings = await awardSettings(db, member.wardId);
    const args: AwardPostingArgs = {
      wardId: member.wardId,
      memberId: member.id,
      periodId: period.id,
      periodName: period.name,
      periodYear: period.year,
      timeZone: member.ward.timeZone,
      defaultDays: settings.postingDays,
      comments: { postingId: posting.id, startDate: posting.startDate, days: posting.days },
    };
    await ctx.conversation.enter(AWARD_POSTING, args);
  });

  // "Sửa một dòng": the officer corrects a line's name, address or achievement before the decision.
  composer.callbackQuery(EDIT_PICK_PATTERN, async (ctx) => {
    const member = await manager(ctx);
    if (!member) return;
    const [periodId, groupId] = [num(ctx.match, 1), num(ctx.match, 2)];
    const group = await groupNominations(ctx.services.db, member.wardId, periodId, groupId);
    if (!group) return say(ctx, "award-office-not-found");
    await ctx.answerCallbackQuery();
    await ctx.reply(ctx.t("award-edit-pick", { group: group.groupName }), { reply_markup: returnPickKeyboard(ctx, periodId, group, officeData.editLine) });
  });
  composer.callbackQuery(EDIT_LINE_PATTERN, async (ctx) => {
    const member = await manager(ctx);
    if (!member) return;
    const line = await ctx.services.db.nominationLine.findFirst({ where: { id: num(ctx.match, 1), nomination: { wardId: member.wardId } }, select: { id: true } });
    if (!line) return say(ctx, "award-office-not-found");
    await ctx.answerCallbackQuery();
    const args: AwardEditArgs = { wardId: member.wardId, memberId: member.id, lineId: line.id };
    await ctx.conversation.enter(AWARD_EDIT, args);
  });

  // The tally for officials; for a council member, the ballot again.
  composer.callbackQuery(TALLY_PATTERN, async (ctx) => {
    const member = await official(ctx);
    if (!member) return;
    const vote = await voteView(ctx.services.db, member.wardId, num(ctx.match, 1));
    if (!vote) return say(ctx, "award-office-not-found");
    await ctx.answerCallbackQuery();
    if (member.role === "council") {
      if (!vote.open) return void (await ctx.reply(ctx.t("award-ballot-closed")));
      return void (await ctx.reply(ctx.t("award-ballot-message", { period: vote.periodName, count: vote.lines.length, lines: tallyText(ctx, vote, { tally: false }) }), { reply_markup: ballotKeyboard(ctx, vote.id) }));
    }
    const voted = new Set(vote.ballots.map((ballot) => ballot.memberId)).size;
    const keyboard = new InlineKeyboard();
    if (vote.open && isManager(member)) keyboard.text(ctx.t("award-office-button-close"), officeData.closeVote(vote.id));
    await ctx.reply(ctx.t(vote.open ? "award-tally-open" : "award-tally-closed", { period: vote.periodName, voted, members: vote.members.length, lines: tallyText(ctx, vote, { tally: true }), rule: ctx.t(`award-rule-${vote.setting.rule}`, { percent: vote.setting.percent }) }), { reply_markup: keyboard });
  });

  composer.callbackQuery(CLOSE_VOTE_PATTERN, async (ctx) => {
    const member = await manager(ctx);
    if (!member) return;
    const { db, clock, logger } = ctx.services;
    const voteId = num(ctx.match, 1);
    const outcome = await closeVote(db, { actor: { memberId: member.id, wardId: member.wardId, roles: ["officer", "admin"] }, voteId, at: clock.now() });
    if (!outcome.ok) return say(ctx, outcome.reason === "report_status" ? "award-vote-not-open" : "write-refused-member-changed");
    const vote = (await voteView(db, member.wardId, voteId))!;
    const passed = outcome.value.filter((line) => line.passed).length;
    await ctx.answerCallbackQuery();
    await ctx.reply(ctx.t("award-vote-closed-done", { passed, count: vote.lines.length, lines: tallyText(ctx, vote, { tally: true }), rule: ctx.t(`award-rule-${vote.setting.rule}`, { percent: vote.setting.percent }) }));
    if (passed === 0) return;
    const chairs = await membersWithRole(db, member.wardId, ["chair"]);
    await notifyMembers(ctx.api, chairs, (you) => ctx.t("award-chair-asked", { period: vote.periodName, passed, lines: tallyText(ctx, { ...vote, lines: vote.lines.filter((line) => line.passed) }, { tally: false }), ...you }), {
      db,
      logger,
      at: clock.now(),
      keyboard: () => new InlineKeyboard().text(ctx.t("award-office-button-approve", { count: passed }), officeData.approve(voteId)),
    });
  });

  // Council ballots.
  const councillor = async (ctx: BotContext): Promise<Membership | null> => {
    if (ctx.member?.role === "council") return ctx.member;
    await say(ctx, "award-ballot-council-only");
    return null;
  };
  const ballot = async (ctx: BotContext, voteId: number, lineId: number | null, agree: boolean) => {
    const member = await councillor(ctx);
    if (!member) return;
    const { db, clock } = ctx.services;
    const outcome = await castBallot(db, { actor: { memberId: member.id, wardId: member.wardId, roles: ["council"] }, voteId, lineId, agree, at: clock.now() });
    if (!outcome.ok) return say(ctx, outcome.reason === "report_status" ? "award-ballot-closed" : "write-refused-member-changed");
    await ctx.answerCallbackQuery();
    const vote = (await voteView(db, member.wardId, voteId))!;
    if (lineId === null) return void (await ctx.reply(ctx.t(agree ? "award-ballot-saved-all-agree" : "award-ballot-saved-all-disagree")));
    // Line by line: the next line's question, or the member's ballots when this was the last.
    const index = vote.lines.findIndex((candidate) => candidate.lineId === lineId);
    const saved = ctx.t(agree ? "award-ballot-saved-line-agree" : "award-ballot-saved-line-disagree", { line: index + 1 });
    if (index + 1 < vote.lines.length) return askLine(ctx, vote, index + 1, saved);
    await ctx.reply(`${saved}\n\n${ctx.t("award-ballot-lines-done", { count: vote.lines.length, mine: myBallots(ctx, vote, member.id) })}`);
  };
  composer.callbackQuery(BALLOT_LIST_PATTERN, (ctx) => ballot(ctx, num(ctx.match, 1), null, ctx.match[2] === "y"));
  composer.callbackQuery(BALLOT_LINE_PATTERN, (ctx) => ballot(ctx, num(ctx.match, 1), num(ctx.match, 2), ctx.match[3] === "y"));
  composer.callbackQuery(BALLOT_LINES_PATTERN, async (ctx) => {
    const member = await councillor(ctx);
    if (!member) return;
    const vote = await voteView(ctx.services.db, member.wardId, num(ctx.match, 1));
    if (!vote) return say(ctx, "award-office-not-found");
    if (!vote.open) return say(ctx, "award-ballot-closed");
    await ctx.answerCallbackQuery();
    await ctx.reply(ctx.t("award-ballot-per-line-start", { count: vote.lines.length }));
    await askLine(ctx, vote, 0);
  });

  // Per-line ballots typed as words ("4 không", "1, 2 đồng ý; 3 không"): for a chat without
  // buttons, and for a member who wants one line of a long list. Anything else goes on.
  composer.on("message:text", async (ctx, next) => {
    if (ctx.member?.role !== "council") return next();
    const member = ctx.member;
    const { db, clock } = ctx.services;
    const open = await db.councilVote.findFirst({ where: { wardId: member.wardId, closedAt: null }, orderBy: { id: "desc" }, select: { id: true } });
    const typed = parseTypedBallots(ctx.message.text, Number.MAX_SAFE_INTEGER);
    if (!typed.ok && typed.reason === "not_ballot") return next();
    if (!open) {
      const closed = await db.councilVote.count({ where: { wardId: member.wardId } });
      return closed > 0 ? void (await ctx.reply(ctx.t("award-ballot-closed"))) : next();
    }
    const vote = (await voteView(db, member.wardId, open.id))!;
    const checked = parseTypedBallots(ctx.message.text, vote.lines.length);
    if (!checked.ok) {
      if (checked.reason === "no_such_line") return void (await ctx.reply(ctx.t("award-ballot-typed-no-line", { lines: checked.lines.join(", "), count: vote.lines.length })));
      return next();
    }
    for (const typedBallot of checked.ballots) {
      const outcome = await castBallot(db, { actor: { memberId: member.id, wardId: member.wardId, roles: ["council"] }, voteId: vote.id, lineId: vote.lines[typedBallot.line - 1]!.lineId, agree: typedBallot.agree, at: clock.now() });
      if (!outcome.ok) return void (await ctx.reply(ctx.t(outcome.reason === "report_status" ? "award-ballot-closed" : "write-refused-member-changed")));
    }
    const after = (await voteView(db, member.wardId, vote.id))!;
    const lines = [...new Set(checked.ballots.map((b) => b.line))].sort((a, b) => a - b).map(String);
    await ctx.reply(ctx.t("award-ballot-typed-saved", { count: lines.length, lines: LINE_LIST.format(lines), mine: myBallots(ctx, after, member.id) }));
  });

  // The chairman's approval.
  const signer = async (ctx: BotContext): Promise<Membership | null> => {
    if (ctx.member?.role === "chair") return ctx.member;
    await say(ctx, "award-approve-chair-only");
    return null;
  };
  composer.callbackQuery(APPROVE_PATTERN, async (ctx) => {
    const member = await signer(ctx);
    if (!member) return;
    const { db } = ctx.services;
    const voteId = num(ctx.match, 1);
    const vote = await voteView(db, member.wardId, voteId);
    if (!vote || vote.open) return say(ctx, "award-office-not-found");
    const passed = vote.lines.filter((line) => line.passed);
    const self = await db.member.findUniqueOrThrow({ where: { id: member.id }, select: { viceChair: true, fullName: true } });
    await ctx.answerCallbackQuery();
    await ctx.reply(ctx.t(self.viceChair ? "award-approve-confirm-vice" : "award-approve-confirm", { period: vote.periodName, count: passed.length, lines: tallyText(ctx, { ...vote, lines: passed }, { tally: false }), name: self.fullName }), {
      reply_markup: new InlineKeyboard().text(ctx.t("award-approve-button-sign"), officeData.approveConfirm(voteId)).row().text(ctx.t("award-office-button-home"), officeData.home(vote.periodId)),
    });
  });
  composer.callbackQuery(APPROVE_CONFIRM_PATTERN, async (ctx) => {
    const member = await signer(ctx);
    if (!member) return;
    const { db, clock, logger } = ctx.services;
    const voteId = num(ctx.match, 1);
    const day = isoDay(toCalendarDate(clock.now(), member.ward.timeZone));
    const outcome = await approveVote(db, { actor: { memberId: member.id, wardId: member.wardId, roles: ["chair"] }, voteId, decisionDate: day, at: clock.now() });
    if (!outcome.ok) {
      if (outcome.reason === "nothing") return say(ctx, "award-approve-nothing");
      if (outcome.reason === "award") return say(ctx, "award-approve-failed", { code: outcome.code });
      return say(ctx, outcome.reason === "report_status" ? "award-office-not-found" : "write-refused-member-changed");
    }
    await ctx.answerCallbackQuery({ text: ctx.t("award-approve-done-toast") });
    const decisions = outcome.value;
    await ctx.reply(ctx.t("award-approve-done", { count: decisions.length, list: decisions.map((decision) => ctx.t("award-approve-decision-line", { number: documentNumberText(decision.number), symbol: decision.symbol, date: dayText(decision.decisionDate), lines: decision.lines, form: decision.formName })).join("\n") }));
    const officers = await membersWithRole(db, member.wardId, ["officer"]);
    await deliverDecisions(ctx, decisions, officers, logger);
  });
  return composer;
}
