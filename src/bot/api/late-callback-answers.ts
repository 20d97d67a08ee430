// Answering a button press only stops the spinner on the button (and shows a short notice).
// Telegram accepts the answer within about 15 seconds of the press: a press handled late, or
// redelivered after a crash or an outage, gets 400 "query is too old and response timeout
// expired or query ID is invalid". That must never abort what the press asked for, so a failed
// answerCallbackQuery is logged and counts as done; every other method is untouched.
import type { Transformer } from "grammy";
import type { Logger } from "../../logger.js";

export function lateCallbackAnswers(logger: Pick<Logger, "warn">): Transformer {
  return async (prev, method, payload, signal) => {
    if (method !== "answerCallbackQuery") return prev(method, payload, signal);
    try {
      const response = await prev(method, payload, signal);
      if (response.ok) return response;
      logger.warn({ method, error_code: response.error_code, description: response.description }, "button press not answered");
    } catch (error) {
      logger.warn({ method, err: error }, "button press not answered");
    }
    // What Telegram returns for a successful answer.
    return { ok: true, result: true as never };
  };
}
