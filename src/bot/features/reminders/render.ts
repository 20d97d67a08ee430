// The words of deadline reminders (locales/vi.ftl, "Deadline reminders"): the leader's
// reminder with its button, and the officer's digest of a round. Rendered outside any
// update, so they use the i18n instance directly.
import { InlineKeyboard } from "grammy";
import type { RoundFacts } from "../../../db/repos/reminders.js";
import { formatDateTime } from "../../../domain/format.js";
import { daysUntilDeadline } from "../../../domain/reminders.js";
import type { ReportStatus, Salutation } from "../../../domain/types.js";
import { addressing } from "../../addressing.js";
import { createI18n } from "../../i18n.js";
import { openReportCallback } from "../report/callback-data.js";
import { keyForChat } from "../../../channels/words.js";

const i18n = createI18n();
export type Translate = (key: string, params?: Record<string, string | number>) => string;
export const t: Translate = (key, params) => i18n.t("vi", key, params);
const translate = t;

/** Names listed in a digest line before "và N tổ khác" (a message holds 4.096 characters). */
export const MAX_LISTED = 30;

export interface ReminderMessageInput {
  leaderName: string;
  groupName: string;
  periodName: string;
  deadline: Date;
  timeZone: string;
  now: Date;
  /** The report's status; null before the leader starts one. */
  status: ReportStatus | null;
  questions: number;
  unanswered: number;
  /** The leader's "ông"/"bà"; null or absent: "ông/bà". */
  salutation?: Salutation | null;
  /** The chat it goes to: a Zalo chat gets the Zalo wording (no buttons). */
  chatId?: number;
}

export interface RenderedMessage {
  text: string;
  reply_markup: InlineKeyboard;
}

function variant(input: ReminderMessageInput): string {
  if (input.status === "returned") return "reminder-leader-returned";
  if (input.status === null || input.unanswered >= input.questions) return "reminder-leader-not-started";
  return input.unanswered > 0 ? "reminder-leader-draft" : "reminder-leader-unsent";
}

/** The reminder a leader of a group without a handed-in report gets, with the "open report" button. */
export function reminderMessage(input: ReminderMessageInput, periodId?: number): RenderedMessage {
  const button = t("reminder-button-open");
  const text = t(keyForChat(variant(input), input.chatId), {
    name: input.leaderName,
    group: input.groupName,
    period: input.periodName,
    deadline: formatDateTime(input.deadline, input.timeZone),
    when: t("reminder-when", { days: daysUntilDeadline(input.now, input.deadline, input.timeZone) }),
    count: input.questions,
    remaining: input.unanswered,
    button,
    ...addressing(input.salutation),
  });
  return { text, reply_markup: new InlineKeyboard().text(button, openReportCallback(periodId)) };
}

/** "Tổ 1, Tổ 23, Tổ 24" — at most MAX_LISTED names, then "và N tổ khác". */
export function listText(names: string[]): string {
  if (names.length <= MAX_LISTED) return names.join(", ");
  return `${names.slice(0, MAX_LISTED).join(", ")} ${t("reminder-digest-more", { count: names.length - MAX_LISTED })}`;
}

/** The officer's digest after a round: who is still missing, how many were reminded, who could not be. */
export function digestText(facts: RoundFacts, manual: boolean, salutation: Salutation | null = null): string {
  const deadline = formatDateTime(facts.deadline, facts.timeZone);
  const you = addressing(salutation);
  const t: Translate = (key, params) => translate(key, { ...you, ...params });
  const lines = [t(manual ? "reminder-digest-title-manual" : "reminder-digest-title", { period: facts.periodName, deadline })];
  if (facts.missing.length === 0) {
    lines.push(t("reminder-digest-all-submitted", { total: facts.totalGroups }));
    return lines.join("\n");
  }
  lines.push(t("reminder-digest-missing", { missing: facts.missing.length, total: facts.totalGroups, groups: listText(facts.missing) }));
  lines.push(t("reminder-digest-sent", { count: facts.sent }));
  const leaders = (items: Array<{ name: string; group: string }>) =>
    listText(items.map((item) => t("reminder-digest-leader", { group: item.group, name: item.name })));
  if (facts.blocked.length > 0) lines.push(t("reminder-digest-blocked", { count: facts.blocked.length, list: leaders(facts.blocked) }));
  if (facts.unreachableOnZalo.length > 0) lines.push(t("reminder-digest-unreachable-zalo", { count: facts.unreachableOnZalo.length, list: leaders(facts.unreachableOnZalo) }));
  if (facts.failed.length > 0) lines.push(t("reminder-digest-failed", { count: facts.failed.length, list: leaders(facts.failed) }));
  if (facts.unregistered.length > 0) {
    lines.push(t("reminder-digest-unregistered", { count: facts.unregistered.length, groups: listText(facts.unregistered) }));
  }
  return lines.join("\n");
}
