// End-to-end on Zalo: startE2E (the demo ward in a fresh SQLite file, the real bot process) with
// the Zalo test server and no Telegram token. The same setup as the Telegram tests; `say` sends
// a Zalo text and waits until the bot has handled it.
import net from "node:net";
import { expect } from "vitest";
import { type E2E, type E2EOptions, startE2E } from "./e2e.js";
import type { ZaloApiServer, ZaloServerOptions, ZaloUser } from "./zalo-api-server.js";

export { ZALO_TEST_TOKEN } from "./e2e.js";

export interface ZaloE2E extends E2E {
  zalo: ZaloApiServer;
  /** Sends, then waits until the bot has handled it and is idle again. */
  say(user: ZaloUser, text: string): Promise<void>;
}

/** A free local port (for the bot's HTTP server in webhook mode). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export const ZALO_TEST_SECRET = "zalo-webhook-secret-for-tests";

/** Environment for webhook mode on a free port: Zalo posts to http://127.0.0.1:<port>/zalo/webhook. */
export async function webhookEnv(): Promise<Record<string, string>> {
  const port = await freePort();
  return { PORT: String(port), ZALO_WEBHOOK_URL: `http://127.0.0.1:${port}/zalo/webhook`, ZALO_WEBHOOK_SECRET: ZALO_TEST_SECRET };
}

/** Wires `say` onto an E2E that runs Zalo. */
export function withZalo(e2e: E2E): E2E & Pick<ZaloE2E, "say"> & { zalo: ZaloApiServer } {
  if (!e2e.zalo) throw new Error("this E2E does not run Zalo (pass options.zalo)");
  return Object.assign(e2e, {
    zalo: e2e.zalo,
    async say(user: ZaloUser, text: string) {
      await e2e.step(() => user.sendText(text));
    },
  });
}

export async function startZaloE2E(options: { server?: ZaloServerOptions; env?: Record<string, string>; provider?: E2EOptions["provider"] } = {}): Promise<ZaloE2E> {
  const e2e = await startE2E({ ...options, zalo: options.server ?? {}, telegram: false });
  return withZalo(e2e);
}

/** Registers a Zalo user by typing the invite code for `filter`, then "1" (Đúng, tôi là ông …). */
export async function registerOnZalo(e2e: ZaloE2E, name: string, filter: { group?: string; role?: "leader" | "officer" }): Promise<ZaloUser> {
  const user = e2e.zalo.user(name);
  await e2e.say(user, await e2e.inviteFor(filter));
  await e2e.say(user, "1");
  expect(user.lastMessage?.text).toContain("đăng ký thành công");
  return user;
}

/** Everything a Zalo user received reads as plain text: no button words, no Telegram, no markup, ≤ 2.000 characters. */
export function expectPlainOnZalo(user: ZaloUser): void {
  for (const message of user.received) {
    expect(message.text).not.toMatch(/bấm|nút|bàn phím|Telegram|t\.me|\[[^\]]+\]|⌨/iu);
    expect(message.text.length).toBeLessThanOrEqual(2000);
  }
}
