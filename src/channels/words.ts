// Words that differ by channel: a message that tells a Telegram user to "bấm nút" has a Zalo
// variant in vi.ftl, `zalo--<key>`. For a Zalo chat, ctx.t picks the variant when there is one;
// the features keep calling ctx.t(key) and never learn which channel they talk to.
import fs from "node:fs";
import path from "node:path";
import type { NextFunction } from "grammy";
import type { BaseContext } from "../bot/context.js";
import { localesDir } from "../bot/i18n.js";
import { channelOfKey } from "./ids.js";

export const ZALO_VARIANT_PREFIX = "zalo--";

let variants: ReadonlySet<string> | null = null;

/** The keys that have a Zalo variant (read once from vi.ftl). */
export function zaloVariants(): ReadonlySet<string> {
  if (variants) return variants;
  const source = fs.readFileSync(path.join(localesDir, "vi.ftl"), "utf8");
  variants = new Set([...source.matchAll(/^zalo--([a-z][\w-]*)\s*=/gm)].map((match) => match[1]!));
  return variants;
}

/** The message key to use for a chat: its Zalo variant for a Zalo chat, when there is one (for texts made outside an update: reminders, notices). */
export function keyForChat(key: string, chat: unknown): string {
  return channelOfKey(chat) === "zalo" && zaloVariants().has(key) ? `${ZALO_VARIANT_PREFIX}${key}` : key;
}

export async function channelWords(ctx: BaseContext, next: NextFunction): Promise<void> {
  if (channelOfKey(ctx.chat?.id ?? ctx.from?.id) === "zalo" && typeof ctx.t === "function") {
    const t = ctx.t.bind(ctx);
    const known = zaloVariants();
    ctx.t = ((key: string, vars?: Record<string, unknown>) => t(known.has(key) ? `${ZALO_VARIANT_PREFIX}${key}` : key, vars as never)) as typeof ctx.t;
  }
  await next();
}
