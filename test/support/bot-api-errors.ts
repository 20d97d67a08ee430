/**
 * Bot API error values, shaped and worded like the real Bot API server
 * (tdlib/telegram-bot-api): `{ ok: false, error_code, description, parameters? }`.
 */
import type { ResponseParameters } from "grammy/types";

export interface ApiErrorShape {
  error_code: number;
  description: string;
  parameters?: ResponseParameters;
}

/** Thrown by method handlers; turned into an error response by the server. */
export class BotApiError extends Error implements ApiErrorShape {
  readonly error_code: number;
  readonly description: string;
  readonly parameters?: ResponseParameters;

  constructor(error_code: number, description: string, parameters?: ResponseParameters) {
    super(description);
    this.name = "BotApiError";
    this.error_code = error_code;
    this.description = description;
    if (parameters !== undefined) this.parameters = parameters;
  }

  static from(shape: ApiErrorShape): BotApiError {
    return new BotApiError(shape.error_code, shape.description, shape.parameters);
  }

  toJSON(): { ok: false } & ApiErrorShape {
    return {
      ok: false,
      error_code: this.error_code,
      description: this.description,
      ...(this.parameters ? { parameters: this.parameters } : {}),
    };
  }
}

/**
 * The Bot API lower-cases the first letter of a message after the prefix,
 * unless the message looks like a constant (`BUTTON_DATA_INVALID`).
 */
function withPrefix(prefix: string, message: string): string {
  if (message.startsWith(prefix)) return message;
  const second = message[1] ?? "";
  const keep = message.length >= 2 && (second === "_" || (second >= "A" && second <= "Z"));
  const body = keep ? message : (message[0] ?? "").toLowerCase() + message.slice(1);
  return `${prefix}: ${body}`;
}

export function badRequest(message: string): BotApiError {
  return new BotApiError(400, withPrefix("Bad Request", message));
}

export function forbidden(message: string): BotApiError {
  return new BotApiError(403, withPrefix("Forbidden", message));
}

export function conflict(message: string): BotApiError {
  return new BotApiError(409, withPrefix("Conflict", message));
}

export function tooManyRequests(retryAfter: number): BotApiError {
  return new BotApiError(429, `Too Many Requests: retry after ${retryAfter}`, {
    retry_after: retryAfter,
  });
}

/** Ready-made errors for `server.failNext(...)` and for handlers. */
export const apiErrors = {
  tooManyRequests,
  chatNotFound: () => badRequest("chat not found"),
  blockedByUser: () => forbidden("bot was blocked by the user"),
  cantInitiate: () => forbidden("bot can't initiate conversation with a user"),
  kickedFromGroup: () => forbidden("bot was kicked from the group chat"),
  kickedFromSupergroup: () => forbidden("bot was kicked from the supergroup chat"),
  userDeactivated: () => new BotApiError(403, "Forbidden: user is deactivated"),
  messageNotModified: () =>
    badRequest(
      "message is not modified: specified new message content and reply markup are exactly " +
        "the same as a current content and reply markup of the message",
    ),
  queryTooOld: () =>
    badRequest("query is too old and response timeout expired or query ID is invalid"),
  internal: () => new BotApiError(500, "Internal Server Error"),
  badGateway: () => new BotApiError(502, "Bad Gateway"),
  unauthorized: () => new BotApiError(401, "Unauthorized"),
  methodNotFound: () => new BotApiError(404, "Not Found: method not found"),
} as const;
