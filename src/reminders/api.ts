// The Api reminders are sent through: the bot's own token and client options (so its fetch,
// and with it the bot's one send throttle), with its own auto-retry. A 429 is retried after Telegram's retry_after (a bounded number of times, and
// only for a bounded wait); a 5xx is retried with backoff. A network error is NOT retried:
// the request may have reached Telegram, and a reminder must never arrive twice.
import { autoRetry } from "@grammyjs/auto-retry";
import { Api } from "grammy";
import { longMessages } from "../bot/api/long-messages.js";

export const REMINDER_RETRY = { maxRetryAttempts: 4, maxDelaySeconds: 30 } as const;

export function reminderApi(botApi: Api): Api {
  const api = new Api(botApi.token, { ...botApi.options, timeoutSeconds: 30 });
  api.config.use(autoRetry({ ...REMINDER_RETRY, rethrowHttpErrors: true }));
  api.config.use(longMessages()); // a digest naming many groups comes in parts
  return api;
}
