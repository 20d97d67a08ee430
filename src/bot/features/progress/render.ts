// The progress message and a group's report view: text and inline keyboard.
import { InlineKeyboard } from "grammy";
import type { GroupReportView, PeriodProgress, ProgressGroup, ProgressState } from "../../../db/repos/progress.js";
import { formatDateTime } from "../../../domain/format.js";
import type { BaseContext } from "../../context.js";
import { formatAnswer } from "./answers.js";
import { progressData } from "./callback-data.js";

/** Group buttons per row and per page (Telegram refuses very large keyboards). */
const BUTTONS_PER_ROW = 3;
export const BUTTONS_PER_PAGE = 45;
/** Names listed per section before "… và N tổ khác". */
const NAMES_PER_SECTION = 40;

export function stateMark(ctx: BaseContext, state: ProgressState): string {
  return ctx.t(`progress-mark-${state}`);
}

export function stateText(ctx: BaseContext, state: ProgressState): string {
  return ctx.t(`review-status-${state}`);
}

function names(ctx: BaseContext, groups: ProgressGroup[]): string {
  if (groups.length === 0) return ctx.t("progress-none");
  const shown = groups.slice(0, NAMES_PER_SECTION).map((group) => group.name).join(", ");
  const more = groups.length - NAMES_PER_SECTION;
  return more > 0 ? ctx.t("progress-and-more", { names: shown, count: more }) : shown;
}

function timeZoneOf(ctx: BaseContext): string | undefined {
  return ctx.member?.ward.timeZone;
}

export function progressText(ctx: BaseContext, progress: PeriodProgress): string {
  const of = (state: ProgressState) => progress.groups.filter((group) => group.state === state);
  const { counts } = progress;
  return [
    ctx.t("progress-title", {
      period: progress.period.name,
      deadline: formatDateTime(new Date(progress.period.deadline), timeZoneOf(ctx)),
    }),
    "",
    ctx.t("progress-handed-in", { done: progress.handedIn, total: progress.total, pending: counts.submitted, approved: counts.approved }),
    "",
    ctx.t("progress-returned", { count: counts.returned, groups: names(ctx, of("returned")) }),
    ctx.t("progress-draft", { count: counts.draft, groups: names(ctx, of("draft")) }),
    ctx.t("progress-not-started", { count: counts.none, groups: names(ctx, of("none")) }),
    "",
    ctx.t("progress-legend"),
    ctx.t("progress-pick-group"),
  ].join("\n");
}

export function pageCount(progress: PeriodProgress): number {
  return Math.max(1, Math.ceil(progress.groups.length / BUTTONS_PER_PAGE));
}

export function progressKeyboard(ctx: BaseContext, progress: PeriodProgress, page: number): InlineKeyboard {
  const pages = pageCount(progress);
  const current = Math.min(Math.max(0, page), pages - 1);
  const periodId = progress.period.id;
  const keyboard = new InlineKeyboard();
  const shown = progress.groups.slice(current * BUTTONS_PER_PAGE, (current + 1) * BUTTONS_PER_PAGE);
  shown.forEach((group, index) => {
    if (index > 0 && index % BUTTONS_PER_ROW === 0) keyboard.row();
    keyboard.text(`${stateMark(ctx, group.state)} ${group.name}`, progressData.group(periodId, group.id));
  });
  keyboard.row();
  if (pages > 1) {
    if (current > 0) keyboard.text(ctx.t("progress-page-prev"), progressData.list(periodId, current - 1));
    keyboard.text(ctx.t("progress-page", { page: current + 1, pages }), progressData.list(periodId, current));
    if (current < pages - 1) keyboard.text(ctx.t("progress-page-next"), progressData.list(periodId, current + 1));
    keyboard.row();
  }
  keyboard.text(ctx.t("progress-refresh"), progressData.list(periodId, current));
  return keyboard;
}

export function groupViewText(ctx: BaseContext, view: GroupReportView): string {
  const zone = timeZoneOf(ctx);
  const at = (iso: string) => formatDateTime(new Date(iso), zone);
  const lines = [
    ctx.t("review-title", { group: view.group.name, period: view.period.name }),
    ctx.t("review-status", { status: stateText(ctx, view.state) }),
  ];
  if (view.submittedAt && view.state !== "draft" && view.state !== "none") lines.push(ctx.t("review-submitted-at", { at: at(view.submittedAt) }));
  if (view.state === "approved" && view.reviewedAt) lines.push(ctx.t("review-approved-at", { at: at(view.reviewedAt) }));
  if (view.state === "returned") {
    const labels = view.answers.filter((answer) => view.returnedItems.includes(answer.code)).map((answer) => answer.label);
    lines.push(
      ctx.t("review-returned-info", {
        at: view.reviewedAt ? at(view.reviewedAt) : "",
        comment: view.reviewComment ?? "",
        items: labels.join("; ") || ctx.t("progress-none"),
      }),
    );
  }
  if (!view.period.open) lines.push(ctx.t("review-period-closed-note"));
  let movement: string | null | undefined;
  view.answers.forEach((answer, index) => {
    if (answer.movementName !== movement) {
      movement = answer.movementName;
      lines.push("", movement ?? ctx.t("review-other-items"));
    }
    const flagged = view.state === "returned" && view.returnedItems.includes(answer.code);
    lines.push(
      ctx.t(flagged ? "review-answer-line-flagged" : "review-answer-line", {
        index: index + 1,
        label: answer.label,
        value: formatAnswer(ctx, answer),
      }),
    );
  });
  return lines.join("\n");
}

export function groupViewKeyboard(ctx: BaseContext, view: GroupReportView, manager: boolean): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  const { id: periodId } = view.period;
  const groupId = view.group.id;
  if (manager && view.period.open) {
    if (view.state === "submitted") {
      keyboard.text(ctx.t("review-button-approve"), progressData.approve(periodId, groupId));
      keyboard.text(ctx.t("review-button-return"), progressData.return(periodId, groupId)).row();
    } else if (view.state === "approved") {
      keyboard.text(ctx.t("review-button-reopen"), progressData.reopen(periodId, groupId)).row();
    }
  }
  keyboard.text(ctx.t("review-button-back"), progressData.list(periodId, 0));
  return keyboard;
}
