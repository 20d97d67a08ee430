// How answers, questions and the summary read on the leader's phone.
import { formatCount, formatMoney } from "../../../domain/format.js";
import type { AnswerValue } from "../../../domain/types.js";
import type { ReportIndicator, ReportState } from "../../../db/repos/report-state.js";
import { addressedText } from "../../addressing.js";
import type { BaseContext } from "../../context.js";

export function answerText(ctx: BaseContext, indicator: ReportIndicator, value: AnswerValue | undefined): string {
  if (value === undefined) return ctx.t("report-summary-missing");
  switch (value.type) {
    case "count":
      return indicator.unit ? `${formatCount(value.value)} ${indicator.unit}` : formatCount(value.value);
    case "money":
      return formatMoney(value.value);
    case "yes_no":
      return ctx.t(value.value ? "answer-yes" : "answer-no");
    case "text":
      return value.value === "" ? ctx.t("report-summary-none") : value.value;
  }
}

/** A number in the indicator's unit, for "Có phải 5.829 hộ không?". */
export function numberText(indicator: ReportIndicator, value: number): string {
  if (indicator.type === "money") return formatMoney(value);
  return indicator.unit ? `${formatCount(value)} ${indicator.unit}` : formatCount(value);
}

export function questionText(ctx: BaseContext, state: ReportState, indicator: ReportIndicator, note: string | null): string {
  const number = state.indicators.findIndex((candidate) => candidate.code === indicator.code) + 1;
  const parts: string[] = [];
  if (note) parts.push(note);
  const heading = ctx.t("report-question-heading", { number, count: state.indicators.length });
  parts.push(indicator.movementName ? `${heading}\n${ctx.t("report-question-movement", { name: indicator.movementName })}` : heading);
  // The catalogue writes "ông/bà"; the leader reads their own "ông" or "bà".
  parts.push(addressedText(indicator.question, { you: ctx.t("address-you"), You: ctx.t("address-You") }));
  const hints: string[] = [];
  if (indicator.type === "count" || indicator.type === "money") {
    hints.push(
      indicator.example
        ? ctx.t("report-question-example", { unit: indicator.unit ?? ctx.t("unit-money"), example: indicator.example })
        : ctx.t("report-question-unit", { unit: indicator.unit ?? ctx.t("unit-money") }),
    );
  }
  if (indicator.type === "yes_no") hints.push(ctx.t("report-question-yes-no"));
  if (indicator.type === "text") hints.push(ctx.t("report-question-text"));
  const current = state.answers[indicator.code];
  if (current !== undefined) hints.push(ctx.t("report-question-current", { value: answerText(ctx, indicator, current) }));
  if (hints.length) parts.push(hints.join("\n"));
  return parts.join("\n\n");
}

export function summaryText(ctx: BaseContext, state: ReportState): string {
  const lines = [ctx.t("report-summary-title", { period: state.period.name, group: state.group.name })];
  let movement: string | null | undefined;
  state.indicators.forEach((indicator, index) => {
    if (indicator.movementName !== movement) {
      movement = indicator.movementName;
      lines.push("", movement ? ctx.t("report-summary-movement", { name: movement }) : ctx.t("report-summary-other"));
    }
    lines.push(
      ctx.t("report-summary-line", {
        number: index + 1,
        label: indicator.label,
        value: answerText(ctx, indicator, state.answers[indicator.code]),
      }),
    );
  });
  return lines.join("\n");
}

/** The indicators a report still lacks, in order (optional ones count once answered or skipped). */
export function unanswered(state: ReportState): ReportIndicator[] {
  return state.indicators.filter((indicator) => state.answers[indicator.code] === undefined);
}
