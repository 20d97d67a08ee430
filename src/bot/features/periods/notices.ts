// The words of a period's notices (locales/vi.ftl, "Reporting periods"): the announcement
// that a period is open and the notice of an extended deadline, each with the button that
// opens the leader's report; and the officer's digest of who was reached.
import { InlineKeyboard } from "grammy";
import type { RoundFacts } from "../../../db/repos/reminders.js";
import { formatDateTime } from "../../../domain/format.js";
import type { Salutation } from "../../../domain/types.js";
import { keyForChat } from "../../../channels/words.js";
import { addressing } from "../../addressing.js";
import { listText, type ReminderMessageInput, type RenderedMessage, t as translate } from "../reminders/render.js";
import { openReportCallback } from "../report/callback-data.js";

export function noticeMessage(purpose: "announce" | "extend", input: ReminderMessageInput, periodId: number): RenderedMessage {
  const t = translate;
  const button = t("reminder-button-open");
  const text = t(keyForChat(purpose === "announce" ? "period-announce-leader" : "period-extend-leader", input.chatId), {
    name: input.leaderName,
    group: input.groupName,
    period: input.periodName,
    deadline: formatDateTime(input.deadline, input.timeZone),
    count: input.questions,
    button,
    ...addressing(input.salutation),
  });
  return { text, reply_markup: new InlineKeyboard().text(button, openReportCallback(periodId)) };
}

export function noticeDigestText(purpose: "announce" | "extend", facts: RoundFacts, salutation: Salutation | null = null): string {
  const you = addressing(salutation);
  const t: typeof translate = (key, params) => translate(key, { ...you, ...params });
  const deadline = formatDateTime(facts.deadline, facts.timeZone);
  const lines = [t(purpose === "announce" ? "period-announce-digest-title" : "period-extend-digest-title", { period: facts.periodName, deadline })];
  lines.push(t("period-notice-digest-sent", { count: facts.sent }));
  const leaders = (items: Array<{ name: string; group: string }>) =>
    listText(items.map((item) => t("reminder-digest-leader", { group: item.group, name: item.name })));
  if (facts.blocked.length > 0) lines.push(t("period-notice-digest-blocked", { count: facts.blocked.length, list: leaders(facts.blocked) }));
  if (facts.unreachableOnZalo.length > 0) lines.push(t("period-notice-digest-unreachable-zalo", { count: facts.unreachableOnZalo.length, list: leaders(facts.unreachableOnZalo) }));
  if (facts.failed.length > 0) lines.push(t("period-notice-digest-failed", { count: facts.failed.length, list: leaders(facts.failed) }));
  if (facts.unregistered.length > 0) {
    lines.push(t("period-notice-digest-unregistered", { count: facts.unregistered.length, groups: listText(facts.unregistered) }));
  }
  return lines.join("\n");
}
