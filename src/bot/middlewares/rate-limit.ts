// One account cannot flood the bot (@grammyjs/ratelimiter): past `limit` updates in a
// window of `windowMs` that starts at the user's first update, the user gets one polite line
// and then silence until the window ends. Counted per process, in memory: with N processes a
// user may get up to N × limit through, which still stops a flood.
import { limit as rateLimiter } from "@grammyjs/ratelimiter";
import type { NextFunction } from "grammy";
import type { BaseContext } from "../context.js";

export interface RateLimitOptions {
  limit: number;
  windowMs: number;
  /** Milliseconds now (tests move it). */
  now?: () => number;
}

/**
 * The plugin's store protocol (Redis' INCR and PEXPIRE) in memory: a window per user, from
 * the first update on, instead of the built-in store's one global timer that empties every
 * counter at once. Expired entries are swept as new ones come.
 */
export function windowStore(now: () => number = Date.now) {
  const hits = new Map<string, { count: number; expiresAt: number }>();
  let nextSweep = 0;
  return {
    async incr(key: string): Promise<number> {
      const at = now();
      if (at >= nextSweep) {
        for (const [name, entry] of hits) if (entry.expiresAt <= at) hits.delete(name);
        nextSweep = at + 60_000;
      }
      const entry = hits.get(key);
      if (!entry || entry.expiresAt <= at) {
        hits.set(key, { count: 1, expiresAt: Number.POSITIVE_INFINITY });
        return 1;
      }
      entry.count++;
      return entry.count;
    },
    async pexpire(key: string, milliseconds: number): Promise<number> {
      const entry = hits.get(key);
      if (!entry) return 0;
      entry.expiresAt = now() + milliseconds;
      return 1;
    },
  };
}

/** `translate` gives the locale text (the i18n middleware runs later in the chain). */
export function rateLimit(options: RateLimitOptions, translate: (key: string) => string) {
  return rateLimiter<BaseContext, ReturnType<typeof windowStore>>({
    timeFrame: options.windowMs,
    limit: options.limit,
    storageClient: windowStore(options.now),
    keyGenerator: (ctx) => (ctx.from && !ctx.from.is_bot ? String(ctx.from.id) : undefined),
    // Called once per window, for the first update over the limit.
    onLimitExceeded: async (ctx: BaseContext, _next: NextFunction) => {
      ctx.services.logger.warn({ user_id: ctx.from?.id, update_id: ctx.update.update_id }, "rate limit exceeded");
      if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => {});
      if (ctx.chat?.type === "private") await ctx.reply(translate("security-rate-limited")).catch(() => {});
    },
  });
}
