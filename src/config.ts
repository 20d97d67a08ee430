// The environment, read once through zod. A missing or malformed value stops start-up
// with one line that names the variable and points at .env.example.
import { z } from "zod";

const logLevels = ["trace", "debug", "info", "warn", "error", "fatal", "silent"] as const;

export const DEFAULT_DATABASE_URL = "file:./data/thidua.db";

const databaseUrl = z
  .string()
  .trim()
  .regex(/^(file:.+|postgres(ql)?:\/\/.+)$/i, "must start with file: (SQLite) or postgresql:// (PostgreSQL)");

const baseSchema = z.object({
  DATABASE_URL: databaseUrl.default(DEFAULT_DATABASE_URL),
  LOG_LEVEL: z.enum(logLevels).default("info"),
  BOT_API_ROOT: z.url({ protocol: /^https?$/ }).optional(),
  /** The link that opens the bot in Zalo (e.g. https://zalo.me/<bot id>), printed as a QR on invite sheets; unset: only the typed code. */
  ZALO_BOT_LINK: z.url({ protocol: /^https?$/, error: "must be the https link that opens the bot in Zalo (e.g. https://zalo.me/...)" }).optional(),
});

// Webhook mode and the HTTP server (src/server): see .env.example and README "Deployment".
const serverEnv = {
  /** Set: webhook mode (Telegram POSTs updates to this URL); unset: long polling. */
  // Telegram posts only to HTTPS on ports 443, 80, 88 or 8443 (a plain http URL would fail
  // at setWebhook in production, so it fails here, at start-up, with the reason).
  WEBHOOK_URL: z
    .url({ protocol: /^https$/, error: "must be the public https:// URL Telegram posts updates to" })
    .refine((url) => !URL.canParse(url) || ["", "443", "80", "88", "8443"].includes(new URL(url).port), "must use port 443, 80, 88 or 8443 (Telegram posts nowhere else)")
    .optional(),
  /** Telegram sends it back in X-Telegram-Bot-Api-Secret-Token; 16–256 of A-Z a-z 0-9 _ -. */
  WEBHOOK_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,256}$/, "must be 16–256 characters of A-Z, a-z, 0-9, _ and - (e.g. openssl rand -hex 32)")
    .optional(),
  /** The HTTP server's port (webhook, /healthz, /readyz): 8080 in webhook mode, off in long polling unless set. */
  PORT: z.coerce.number({ error: "must be a port number" }).int().min(1).max(65535, "must be a port number").optional(),
  /** Where the HTTP server listens; 127.0.0.1 behind a reverse proxy on the same machine. */
  HOST: z.string().trim().min(1).default("127.0.0.1"),
  /** Updates per user: "<count>/<seconds>s", e.g. 20/10s, or "off". */
  RATE_LIMIT: z
    .string()
    .trim()
    .regex(/^(off|\d{1,5}\/\d{1,5}s)$/, 'must be "<count>/<seconds>s" (e.g. 20/10s) or "off"')
    .default("20/10s")
    .transform((value) => {
      const match = /^(\d+)\/(\d+)s$/.exec(value);
      return match ? { limit: Number(match[1]), windowMs: Number(match[2]) * 1000 } : null;
    }),
  /** How long a conversation waits for the next answer before it ends, keeping what was saved: "24h", "90m", "30s". */
  CONVERSATION_TIMEOUT: z
    .string()
    .trim()
    .regex(/^\d{1,5}(h|m|s)$/, 'must be a duration such as "24h", "90m" or "30s"')
    .default("24h")
    .transform((value) => Number(value.slice(0, -1)) * { h: 3_600_000, m: 60_000, s: 1000 }[value.slice(-1) as "h" | "m" | "s"]),
};

// The Zalo Bot Platform (src/channels/zalo; docs/decisions/003-channels.md).
const zaloEnv = {
  /** Token from Zalo Bot Creator: "<bot id>:<secret>". Set: the bot also serves Zalo. */
  ZALO_BOT_TOKEN: z
    .string()
    .trim()
    .regex(/^\d+:[A-Za-z0-9_-]{8,}$/, "does not look like a token from Zalo Bot Creator (digits, a colon, then 8+ characters)")
    .optional(),
  /** https://bot-api.zaloplatforms.com (default) or https://bot-api.zapps.me: both hosts are in use. */
  ZALO_API_ROOT: z.url({ protocol: /^https?$/ }).default("https://bot-api.zaloplatforms.com"),
  /** Set: Zalo POSTs updates to this public https URL (its path is served by the bot); unset: long polling. */
  ZALO_WEBHOOK_URL: z.url({ protocol: /^https?$/, error: "must be the public https URL Zalo posts updates to" }).optional(),
  /** Zalo sends it back in X-Bot-Api-Secret-Token; 8–256 of A-Z a-z 0-9 _ -. */
  ZALO_WEBHOOK_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,256}$/, "must be 8–256 characters of A-Z, a-z, 0-9, _ and - (e.g. openssl rand -hex 32)")
    .optional(),
  /**
   * The bot's public base URL (https), where Zalo users download files and Zalo fetches pictures
   * (src/server/downloads.ts); unset: files are not sent on Zalo (the assistant says so).
   */
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: "must be the public base URL of the bot's HTTP server (e.g. https://thidua.example.vn)" })
    .transform((url) => url.replace(/\/+$/u, ""))
    .optional(),
};

function requireChannel(env: { BOT_TOKEN?: string; ZALO_BOT_TOKEN?: string; ZALO_WEBHOOK_URL?: string; ZALO_WEBHOOK_SECRET?: string }, ctx: z.RefinementCtx): void {
  if (!env.BOT_TOKEN && !env.ZALO_BOT_TOKEN) ctx.addIssue({ code: "custom", path: ["BOT_TOKEN"], message: "is missing (set BOT_TOKEN for Telegram, ZALO_BOT_TOKEN for Zalo, or both)" });
  if (env.ZALO_WEBHOOK_URL && !env.ZALO_WEBHOOK_SECRET) {
    ctx.addIssue({ code: "custom", path: ["ZALO_WEBHOOK_SECRET"], message: "is required with ZALO_WEBHOOK_URL (e.g. openssl rand -hex 32)" });
  }
}

function requireWebhookSecret(env: { WEBHOOK_URL?: string; WEBHOOK_SECRET?: string }, ctx: z.RefinementCtx): void {
  if (env.WEBHOOK_URL && !env.WEBHOOK_SECRET) {
    ctx.addIssue({ code: "custom", path: ["WEBHOOK_SECRET"], message: "is required with WEBHOOK_URL (e.g. openssl rand -hex 32)" });
  }
}

const botSchema = baseSchema
  .extend({
    BOT_TOKEN: z
      .string({ error: "is missing" })
      .trim()
      .regex(/^\d+:[\w-]{20,}$/, "does not look like a token from @BotFather (digits, a colon, then 20+ characters)")
      .optional(),
    ...serverEnv,
    ...zaloEnv,
  })
  .superRefine(requireWebhookSecret)
  .superRefine(requireChannel);

export type BaseConfig = z.infer<typeof baseSchema>;
export type BotConfig = z.infer<typeof botSchema>;

export class ConfigError extends Error {}

function parse<T extends z.ZodType>(schema: T, env: NodeJS.ProcessEnv): z.infer<T> {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const result = schema.safeParse(cleaned);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const name = String(issue?.path[0] ?? "environment");
  throw new ConfigError(`Configuration error: ${name} ${issue?.message ?? "is invalid"}. See .env.example.`);
}

/** What the CLI needs: the database and logging. */
export function loadBaseConfig(env: NodeJS.ProcessEnv = process.env): BaseConfig {
  return parse(baseSchema, env);
}

/** What the bot needs: the above and a token (Telegram's, Zalo's or both). */
export function loadBotConfig(env: NodeJS.ProcessEnv = process.env): BotConfig {
  return parse(botSchema, env);
}
