// What every parser returns: a value, a reason to ask again, or candidates to confirm.

export type ParseFailure =
  | "empty"
  | "not_a_number"
  | "negative"
  | "fraction"
  | "too_large"
  | "approximate"
  | "not_yes_no"
  | "too_long"
  | "multiple_numbers";

/** Values for the message's placeholders (Fluent variables), e.g. `{ max: 1000 }`. */
export type ParseHint = Readonly<Record<string, string | number>>;

export type ParseResult<T> =
  | { ok: true; value: T }
  | { ok: false; reason: ParseFailure; hint?: ParseHint }
  /** The input reads more than one way (or may mean 0): ask "Có phải 5.829 không?", never guess. */
  | { ok: "ambiguous"; candidates: number[] };

export function parsed<T>(value: T): ParseResult<T> {
  return { ok: true, value };
}

export function failed<T>(reason: ParseFailure, hint?: ParseHint): ParseResult<T> {
  return hint === undefined ? { ok: false, reason } : { ok: false, reason, hint };
}

/** Fluent message key for a failure: "not_a_number" → "parse-error-not-a-number". */
export function parseFailureMessageKey(reason: ParseFailure): string {
  return `parse-error-${reason.replaceAll("_", "-")}`;
}

/** Fluent message key to ask back about an ambiguous number: one candidate to confirm, or a choice. */
export function ambiguityMessageKey(candidates: readonly number[]): "parse-confirm-number" | "parse-choose-number" {
  return candidates.length === 1 ? "parse-confirm-number" : "parse-choose-number";
}
