// Small helpers shared by the ward, import-groups, invite and invite-sheet commands.
import { parseArgs, type ParseArgsConfig } from "node:util";
import type { BaseConfig } from "../../config.js";
import { type Database, openDatabase } from "../../db/client.js";
import { findWardBySlug } from "../../db/repos/wards.js";
import { normalizeText } from "../../domain/text.js";
import { normalizePhone } from "../../domain/phone.js";

export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Parses `--flag value` options strictly: an unknown flag is a usage error, not ignored. */
export function parseOptions<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** Runs a command body; a usage error prints with the usage text and exits with 2. */
export async function guarded(usage: string, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${usage}`);
      return 2;
    }
    throw error;
  }
}

/** Runs `body` with an open (migrated) database and closes it afterwards. */
export async function withDatabase<T>(config: BaseConfig, body: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase(config.DATABASE_URL);
  try {
    return await body(database);
  } finally {
    await database.close();
  }
}

export async function requireWard(database: Database, slug: string | undefined) {
  if (!slug) throw new UsageError("Missing --ward <slug>.");
  const ward = await findWardBySlug(database.db, slug);
  if (!ward) throw new UsageError(`No ward with slug "${slug}". List them with: npm run cli -- ward list`);
  return ward;
}

export function positiveInteger(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d{1,4}$/.test(value) || Number(value) < 1) throw new UsageError(`${flag} must be a whole number of days (1–9999).`);
  return Number(value);
}

/**
 * The bot's username for t.me links: --bot, else BOT_USERNAME, else asked from Telegram with
 * BOT_TOKEN (getMe, through BOT_API_ROOT if set).
 */
export async function resolveBotUsername(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const given = flag ?? env.BOT_USERNAME;
  if (given) {
    const username = given.replace(/^@/u, "").trim();
    if (!/^[A-Za-z][A-Za-z0-9_]{3,31}$/.test(username)) throw new UsageError(`"${given}" is not a Telegram bot username.`);
    return username;
  }
  const token = env.BOT_TOKEN;
  if (!token) throw new UsageError("The links need the bot's username: pass --bot <username>, or set BOT_USERNAME or BOT_TOKEN.");
  const root = (env.BOT_API_ROOT ?? "https://api.telegram.org").replace(/\/+$/u, "");
  const response = await fetch(`${root}/bot${token}/getMe`, { signal: AbortSignal.timeout(10_000) });
  const body = (await response.json()) as { ok: boolean; result?: { username?: string }; description?: string };
  if (!body.ok || !body.result?.username) throw new Error(`getMe failed: ${body.description ?? response.status}`);
  return body.result.username;
}

/** The flags every invite command shares: --days, --name and --phone, checked. */
export function inviteDetails(values: { days?: string; name?: string; phone?: string }) {
  const days = positiveInteger(values.days, "--days", 14);
  const name = values.name === undefined ? null : normalizeText(values.name);
  if (name !== null && (name.length < 2 || name.length > 80)) throw new UsageError("--name must be 2–80 characters.");
  const phone = values.phone === undefined ? null : normalizePhone(values.phone);
  if (values.phone !== undefined && !phone) throw new UsageError(`--phone "${values.phone}" is not a 10-digit phone number.`);
  return { days, name, phone };
}
