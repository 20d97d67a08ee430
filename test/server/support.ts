// Helpers for tests of the HTTP server and of bot processes in webhook mode.
import { createServer } from "node:net";
import type { Update } from "grammy/types";
import type { BotApiServer } from "../support/bot-api-server.js";

export const TEST_WEBHOOK_SECRET = "test-webhook-secret-0123456789abcdef";

/** The public URL the bot gives Telegram (HTTPS on 443, as Telegram requires). */
export const PUBLIC_WEBHOOK_URL = "https://thidua.example.vn/telegram/webhook";

/**
 * The reverse proxy of deploy/nginx-thidua.conf for the Bot API test server's `webhook.forward`:
 * the public URL's path, delivered to the bot process listening on 127.0.0.1:<port>.
 */
export function proxyTo(port: number): (url: URL) => string {
  return (url) => `http://127.0.0.1:${port}${url.pathname}${url.search}`;
}

/** A TCP port free right now on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export function chatOf(update: Update): number | undefined {
  return update.message?.chat.id ?? update.callback_query?.message?.chat.id ?? update.callback_query?.from.id ?? update.my_chat_member?.chat.id;
}

/** Waits until the bot has confirmed every update of one chat (others may still be pending). */
export async function settledFor(server: BotApiServer, chatId: number, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (server.pendingUpdates.some((update) => chatOf(update) === chatId)) {
    if (Date.now() > deadline) throw new Error(`updates of chat ${chatId} not confirmed within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** The JSON log lines a process printed. */
export function logLines(output: string): Array<Record<string, unknown>> {
  return output
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
