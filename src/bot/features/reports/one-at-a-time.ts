// One /baocao generation per request: a period button pressed again while its files are being
// made gets one "đang lập" line and nothing else. This runs before the chat lock (a press
// waiting for the lock would otherwise be handled only after the files went out); what the
// lock lets through later, or another process, is caught by the request mark (see index.ts).
import type { NextFunction } from "grammy";
import type { BaseContext } from "../../context.js";

export const PICK_PERIOD = /^rp:(\d+)$/;

export function oneReportAtATime(t: (key: string) => string) {
  const running = new Set<number>();
  return async (ctx: BaseContext, next: NextFunction): Promise<void> => {
    const data = ctx.callbackQuery?.data;
    const chatId = ctx.chatId;
    if (data === undefined || chatId === undefined || !PICK_PERIOD.test(data)) return next();
    if (running.has(chatId)) {
      await ctx.answerCallbackQuery().catch(() => {});
      await ctx.api.sendMessage(chatId, t("reports-busy")).catch(() => {});
      return;
    }
    running.add(chatId);
    try {
      await next();
    } finally {
      running.delete(chatId);
    }
  };
}
