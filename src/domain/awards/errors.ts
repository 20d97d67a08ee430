// Why an award step was refused: a code the chat turns into a message (locales/vi.ftl).
export type AwardErrorCode =
  | "not-found"
  | "other-ward"
  | "no-form"
  | "no-lines"
  | "line-not-accepted"
  | "line-already-decided"
  | "wrong-form"
  | "no-rate"
  | "no-base-salary"
  | "bad-date"
  | "already-signed"
  | "not-signed"
  | "not-a-signer"
  | "number-taken"
  | "locked";

export class AwardError extends Error {
  constructor(
    readonly code: AwardErrorCode,
    detail = "",
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = "AwardError";
  }
}
