// One answer as an official reads it: "5.829 hộ", "261.700.000 đồng", yes/no in words.
import { formatCount, formatMoney } from "../../../domain/format.js";
import { capFreeText } from "../../../domain/text.js";
import type { AnswerValue } from "../../../domain/types.js";
import type { ReviewAnswer } from "../../../db/repos/progress.js";
import type { BaseContext } from "../../context.js";

/** Longest free text shown in a report view (the whole view must stay under Telegram's 4096). */
const SHOWN_TEXT_LENGTH = 600;

export function formatAnswerValue(ctx: BaseContext, value: AnswerValue, unit: string | null): string {
  switch (value.type) {
    case "count":
      return unit ? `${formatCount(value.value)} ${unit}` : formatCount(value.value);
    case "money":
      return formatMoney(value.value);
    case "yes_no":
      return ctx.t(value.value ? "review-answer-yes" : "review-answer-no");
    case "text": {
      const capped = capFreeText(value.value, SHOWN_TEXT_LENGTH);
      return capped.cut ? `${capped.text}…` : capped.text;
    }
  }
}

/** The value of an answer, or what stands for a missing one. */
export function formatAnswer(ctx: BaseContext, answer: ReviewAnswer): string {
  if (answer.value === null) return ctx.t(answer.optional ? "review-answer-empty" : "review-answer-missing");
  // The leader answered "không có": read as in their own summary, not as a question left out.
  if (answer.value.type === "text" && answer.value.value.trim() === "") return ctx.t("review-answer-none");
  return formatAnswerValue(ctx, answer.value, answer.unit);
}
