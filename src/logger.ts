import { pino } from "pino";

export type Logger = pino.Logger;

export function createLogger(level = "info"): Logger {
  return pino({
    level,
    base: { service: "thidua-bot" },
    // A failed Bot API call's error carries its payload: the bot's message, which may repeat
    // what a user typed (err.payload); grammY's BotError carries the whole update (err.ctx).
    redact: {
      paths: ["*.phone", "*.text", "phone", "text", "*.token", "err.payload", "err.cause.payload", "err.ctx", "err.cause.ctx"],
      censor: "[redacted]",
    },
  });
}
