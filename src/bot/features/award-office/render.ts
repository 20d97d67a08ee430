// /khenthuong as officials read it: the groups' nominations, the posting, the council's vote
// and the decisions; the buttons each role may press.
import { InlineKeyboard } from "grammy";
import type { VoteView } from "../../../db/repos/nominations/council.js";
import type { GroupNominations } from "../../../db/repos/nominations/office.js";
import { documentNumberText, formatDateLong } from "../../../domain/format.js";
import { postingLastDay } from "../../../domain/nominations/index.js";
import type { Role } from "../../../domain/types.js";
import { isoDay, parseIsoDay } from "../../../domain/awards/days.js";
import type { BaseContext } from "../../context.js";
import { lineText, linesList, orderedLines } from "../nominations/render.js";
import { officeData } from "./callback-data.js";

export interface AwardOverview {
  period: { id: number; name: string };
  groups: GroupNominations[];
  posting: { id: number; startDate: string; days: number; comments: Array<{ text: string; line: string | null }> } | null;
  vote: VoteView | null;
  toVote: number;
  decisions: Array<{ number: number | null; symbol: string; decisionDate: string; formName: string; lines: number }>;
  toDecide: number;
  /** The closed vote whose passed lines wait for the chairman (the oldest such), if any. */
  decideVoteId: number | null;
}

const MANAGERS: Role[] = ["officer", "admin"];

export function dayText(day: string): string {
  const date = parseIsoDay(day);
  return formatDateLong(new Date(Date.UTC(date.year, date.month - 1, date.day, 5)));
}

function counts(ctx: BaseContext, group: GroupNominations): string {
  const by = (status: string) => group.lines.filter((line) => line.status === status).length;
  return ctx.t("award-office-group-line", { group: group.groupName, total: group.lines.length, submitted: by("submitted"), accepted: by("accepted"), returned: by("returned") });
}

export function voteSummary(ctx: BaseContext, vote: VoteView): string {
  const voted = new Set(vote.ballots.map((ballot) => ballot.memberId)).size;
  const passed = vote.tally.filter((line) => line.passed).length;
  if (vote.open) return ctx.t("award-office-vote-open", { voted, members: vote.members.length, lines: vote.lines.length });
  return ctx.t("award-office-vote-closed", { passed, lines: vote.lines.length });
}

export function overviewText(ctx: BaseContext, overview: AwardOverview): string {
  const parts = [ctx.t("award-office-title", { period: overview.period.name }), ""];
  parts.push(ctx.t("award-office-groups"));
  parts.push(...(overview.groups.length ? overview.groups.map((group) => counts(ctx, group)) : [ctx.t("award-office-no-groups")]));
  parts.push("");
  if (overview.posting) {
    const last = postingLastDay(parseIsoDay(overview.posting.startDate), overview.posting.days);
    parts.push(ctx.t("award-office-posting", { start: dayText(overview.posting.startDate), days: overview.posting.days, end: dayText(isoDay(last)), comments: overview.posting.comments.length }));
    overview.posting.comments.forEach((comment) =>
      parts.push(comment.line === null ? ctx.t("award-office-posting-comment", { text: comment.text }) : ctx.t("award-office-posting-comment-line", { text: comment.text, line: comment.line })),
    );
  } else parts.push(ctx.t("award-office-posting-none"));
  parts.push(overview.vote ? voteSummary(ctx, overview.vote) : ctx.t("award-office-vote-none"));
  for (const decision of overview.decisions) {
    parts.push(ctx.t("award-office-decision", { number: documentNumberText(decision.number ?? 0), symbol: decision.symbol, date: dayText(decision.decisionDate), form: decision.formName, lines: decision.lines }));
  }
  return parts.join("\n");
}

export function overviewKeyboard(ctx: BaseContext, overview: AwardOverview, role: Role, memberId: number): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  const periodId = overview.period.id;
  const vote = overview.vote;
  if (MANAGERS.includes(role)) {
    overview.groups.forEach((group, index) => {
      const pending = group.lines.some((line) => line.status === "submitted");
      keyboard.text(`${pending ? "🕓" : "✅"} ${group.groupName}`, officeData.group(periodId, group.groupId));
      if ((index + 1) % 3 === 0) keyboard.row();
    });
    keyboard.row().text(ctx.t(overview.posting ? "award-office-button-posting-again" : "award-office-button-posting"), officeData.posting(periodId));
    if (overview.posting) keyboard.text(ctx.t("award-office-button-comments"), officeData.comments(periodId));
    keyboard.row();
    if (vote?.open) keyboard.text(ctx.t("award-office-button-tally"), officeData.tally(vote.id)).text(ctx.t("award-office-button-close"), officeData.closeVote(vote.id)).row();
    else if (overview.toVote > 0) keyboard.text(ctx.t("award-office-button-vote", { count: overview.toVote }), officeData.openVote(periodId)).row();
  }
  if (overview.decideVoteId !== null && role === "chair" && overview.toDecide > 0) keyboard.text(ctx.t("award-office-button-approve", { count: overview.toDecide }), officeData.approve(overview.decideVoteId)).row();
  if (vote?.open && role === "council" && vote.members.some((member) => member.id === memberId)) keyboard.text(ctx.t("award-office-button-ballot"), officeData.tally(vote.id)).row();
  return keyboard;
}

export function groupText(ctx: BaseContext, periodName: string, group: GroupNominations): string {
  return [ctx.t("award-office-group-title", { group: group.groupName, period: periodName }), "", linesList(ctx, group.lines, { status: true })].join("\n");
}

export function groupKeyboard(ctx: BaseContext, periodId: number, group: GroupNominations): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  const submitted = group.lines.filter((line) => line.status === "submitted").length;
  if (submitted > 0) keyboard.text(ctx.t("award-office-button-accept", { count: submitted }), officeData.accept(periodId, group.groupId)).row();
  if (group.lines.some((line) => line.status === "submitted" || line.status === "accepted")) {
    keyboard.text(ctx.t("award-office-button-return"), officeData.returnPick(periodId, group.groupId)).row();
    keyboard.text(ctx.t("award-office-button-edit"), officeData.editPick(periodId, group.groupId)).row();
  }
  keyboard.text(ctx.t("award-office-button-home"), officeData.home(periodId));
  return keyboard;
}

/** Number buttons for the line to return, or to correct (the numbers of linesList). */
export function returnPickKeyboard(ctx: BaseContext, periodId: number, group: GroupNominations, data: (lineId: number) => string = officeData.returnLine): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  orderedLines(group.lines).forEach((line, index) => {
    if (line.status === "submitted" || line.status === "accepted") keyboard.text(String(index + 1), data(line.id));
    if ((index + 1) % 5 === 0) keyboard.row();
  });
  keyboard.row().text(ctx.t("award-office-button-back-group"), officeData.group(periodId, group.groupId));
  return keyboard;
}

/** The lines put to the vote, numbered, with each one's tally. */
export function tallyText(ctx: BaseContext, vote: VoteView, options: { tally: boolean }): string {
  const byLine = new Map(vote.tally.map((line) => [line.lineId, line]));
  const lines = vote.lines.map((line, index) => {
    const short = ctx.t(`award-form-short-${line.formCode}`);
    const form = short.startsWith("award-form-short-") ? line.formName : short;
    const text = ctx.t("award-vote-line", { number: index + 1, form, line: lineText(ctx, line), group: line.groupName });
    const comments = line.comments.map((comment) => `\n    ${ctx.t("award-vote-line-comment", { text: comment })}`).join("");
    const tally = byLine.get(line.lineId);
    if (!options.tally || !tally) return `${text}${comments}`;
    const result = vote.open ? "" : ctx.t(tally.passed ? "award-vote-passed" : "award-vote-failed");
    return `${text}${comments}\n    ${ctx.t("award-vote-line-tally", { agree: tally.agree, disagree: tally.disagree, silent: tally.silent })}${result ? ` ${result}` : ""}`;
  });
  const general = vote.listComments.map((comment) => ctx.t("award-vote-list-comment", { text: comment }));
  return [...lines, ...(general.length ? ["", ...general] : [])].join("\n");
}
