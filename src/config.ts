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
});

const botSchema = baseSchema.extend({
  BOT_TOKEN: z
    .string({ error: "is missing" })
    .trim()
    .regex(/^\d+:[\w-]{20,}$/, "does not look like a token from @BotFather (digits, a colon, then 20+ characters)"),
});

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

/** What the bot needs: the above and a token. */
export function loadBotConfig(env: NodeJS.ProcessEnv = process.env): BotConfig {
  return parse(botSchema, env);
}
