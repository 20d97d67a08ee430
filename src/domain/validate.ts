// Checks an answer against its indicator's rules and the other answers of the same report.

import { MAX_FREE_TEXT_LENGTH, textLength } from "./text.js";
import type { AnswerValue, IndicatorDef } from "./types.js";

export type ConflictReason =
  | "below_min"
  | "above_max"
  | "exceeds_other"
  | "missing_required"
  | "wrong_type"
  | "not_whole_number"
  | "too_long";

/** Values for the message, e.g. { value: 5900, other: "households_registered", otherValue: 5885 }. */
export type ConflictParams = Readonly<Record<string, string | number>>;

export interface Conflict {
  indicatorCode: string;
  reason: ConflictReason;
  params: ConflictParams;
  messageKey: string;
}

export type Answers = ReadonlyMap<string, AnswerValue>;

/** Fluent message key: "exceeds_other" → "conflict-exceeds-other". */
export function conflictMessageKey(reason: ConflictReason): string {
  return `conflict-${reason.replaceAll("_", "-")}`;
}

function conflict(indicator: IndicatorDef, reason: ConflictReason, params: ConflictParams): Conflict {
  return {
    indicatorCode: indicator.code,
    reason,
    params: { label: indicator.label, ...params },
    messageKey: conflictMessageKey(reason),
  };
}

function numberOf(value: AnswerValue | undefined): number | null {
  return value !== undefined && (value.type === "count" || value.type === "money") ? value.value : null;
}

/** The rules of `indicator` applied to its own `value`; `lte` needs the other answer and its label. */
function checkRules(
  indicator: IndicatorDef,
  value: AnswerValue,
  answers: Answers,
  labelOf: (code: string) => string,
): Conflict[] {
  if (value.type !== indicator.type) {
    return [conflict(indicator, "wrong_type", { expected: indicator.type, actual: value.type })];
  }
  if (value.type === "text") {
    const length = textLength(value.value);
    return length > MAX_FREE_TEXT_LENGTH ? [conflict(indicator, "too_long", { max: MAX_FREE_TEXT_LENGTH, length })] : [];
  }
  const n = numberOf(value);
  if (n === null) return []; // yes/no: no numeric rule applies
  if (!Number.isSafeInteger(n)) return [conflict(indicator, "not_whole_number", { value: n })];
  const conflicts: Conflict[] = [];
  for (const rule of indicator.rules) {
    if (rule.kind === "min" && n < rule.value) conflicts.push(conflict(indicator, "below_min", { value: n, min: rule.value }));
    if (rule.kind === "max" && n > rule.value) conflicts.push(conflict(indicator, "above_max", { value: n, max: rule.value }));
    if (rule.kind === "lte") {
      const other = numberOf(answers.get(rule.indicator));
      if (other !== null && n > other) {
        conflicts.push(
          conflict(indicator, "exceeds_other", {
            value: n,
            other: rule.indicator,
            otherLabel: labelOf(rule.indicator),
            otherValue: other,
          }),
        );
      }
    }
  }
  return conflicts;
}

/** A label as it reads inside a sentence: "Số hộ đăng ký…" → "số hộ đăng ký…"; "UBND…" stays. */
export function labelInSentence(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLocaleLowerCase("vi") + label.slice(1) : label;
}

/** The other indicator's label, in sentence form (it always stands after "không được lớn hơn"). */
function labels(indicators: readonly IndicatorDef[]): (code: string) => string {
  const byCode = new Map(indicators.map((i) => [i.code, labelInSentence(i.label)]));
  return (code) => byCode.get(code) ?? code;
}

/**
 * Conflicts of one answer, as the leader gives it. With `indicators` (the report's catalogue),
 * also the rules of other answers that this one breaks: a new total of 200 households below the
 * 240 already registered is reported on "households_registered".
 */
export function validateAnswer(
  indicator: IndicatorDef,
  value: AnswerValue,
  otherAnswers: Answers,
  indicators: readonly IndicatorDef[] = [],
): Conflict[] {
  const answers = new Map(otherAnswers).set(indicator.code, value);
  const labelOf = labels([indicator, ...indicators]);
  const own = checkRules(indicator, value, answers, labelOf);
  const dependents = indicators.filter(
    (other) => other.code !== indicator.code && other.rules.some((r) => r.kind === "lte" && r.indicator === indicator.code),
  );
  const broken = dependents.flatMap((other) => {
    const otherValue = answers.get(other.code);
    if (otherValue === undefined) return [];
    return checkRules(other, otherValue, answers, labelOf).filter(
      (c) => c.reason === "exceeds_other" && c.params["other"] === indicator.code,
    );
  });
  return [...own, ...broken];
}

export interface ValidateReportOptions {
  /** At submit time, a required indicator without an answer is a conflict too. */
  requireComplete?: boolean;
}

/** Conflicts of a whole report, each rule checked once, in catalogue order. */
export function validateReport(
  indicators: readonly IndicatorDef[],
  answers: Answers,
  options: ValidateReportOptions = {},
): Conflict[] {
  const labelOf = labels(indicators);
  const ordered = [...indicators].sort((a, b) => a.order - b.order);
  return ordered.flatMap((indicator) => {
    const value = answers.get(indicator.code);
    if (value === undefined) {
      return options.requireComplete && !indicator.optional ? [conflict(indicator, "missing_required", {})] : [];
    }
    return checkRules(indicator, value, answers, labelOf);
  });
}

/** The conflicts that block submitting: every rule, and every required indicator answered. */
export function validateForSubmit(indicators: readonly IndicatorDef[], answers: Answers): Conflict[] {
  return validateReport(indicators, answers, { requireComplete: true });
}
