// The bot's HTTP server on its own: health and readiness, the webhook's secret token,
// malformed requests, and a shutdown that waits for the update in flight.
import type { Update } from "grammy/types";
import { afterEach, describe, expect, it } from "vitest";
import { createLogger } from "../../src/logger.js";
import type { UpdateOutcome } from "../../src/server/handle-update.js";
import { createHttpServer, type HttpServer } from "../../src/server/http-server.js";
import { TEST_WEBHOOK_SECRET } from "./support.js";

const logger = createLogger("silent");
let server: HttpServer | undefined;
afterEach(async () => {
  await server?.close(1000);
  server = undefined;
});

interface Setup {
  ready?: () => Promise<boolean>;
  handle?: (update: Update) => Promise<UpdateOutcome>;
}

async function start(setup: Setup = {}) {
  const handled: Update[] = [];
  server = createHttpServer({
    logger,
    ready: setup.ready ?? (async () => true),
    maxBodyBytes: 10_000,
    webhook: {
      path: "/telegram/hook",
      secret: TEST_WEBHOOK_SECRET,
      handle:
        setup.handle ??
        (async (update) => {
          handled.push(update);
          return "done";
        }),
    },
  });
  const port = await server.listen(0, "127.0.0.1");
  const url = `http://127.0.0.1:${port}`;
  const post = (body: string, secret: string | null = TEST_WEBHOOK_SECRET, path = "/telegram/hook") =>
    fetch(`${url}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(secret === null ? {} : { "x-telegram-bot-api-secret-token": secret }) },
      body,
    });
  return { url, handled, post };
}

const update = (id: number) => JSON.stringify({ update_id: id, message: { message_id: 1, date: 0, chat: { id: 5, type: "private" }, text: "x" } });

describe("the HTTP server", () => {
  it("answers /healthz always and /readyz by the readiness check", async () => {
    let ready = false;
    const { url } = await start({ ready: async () => ready });
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect((await fetch(`${url}/readyz`)).status).toBe(503);
    ready = true;
    const response = await fetch(`${url}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ready" });
    expect((await fetch(`${url}/nothing`)).status).toBe(404);
  });

  it("hands an update with the right secret token to the bot", async () => {
    const { handled, post } = await start();
    const response = await post(update(41));
    expect(response.status).toBe(200);
    expect(handled.map((u) => u.update_id)).toEqual([41]);
  });

  it.each([
    ["no secret token", null],
    ["a wrong one", "test-webhook-secret-0123456789abcdeX"],
    ["a prefix of the right one", TEST_WEBHOOK_SECRET.slice(0, -1)],
    ["the right one and more", `${TEST_WEBHOOK_SECRET}x`],
  ])("refuses a request with %s (401) and hands nothing on", async (_name, secret) => {
    const { handled, post } = await start();
    expect((await post(update(1), secret)).status).toBe(401);
    expect(handled).toEqual([]);
  });

  it("refuses malformed bodies and other methods", async () => {
    const { url, handled, post } = await start();
    expect((await post("{not json")).status).toBe(400);
    expect((await post(JSON.stringify({ message: {} }))).status).toBe(400);
    expect((await post(JSON.stringify({ update_id: 1, pad: "x".repeat(20_000) }))).status).toBe(413);
    expect((await fetch(`${url}/telegram/hook`, { headers: { "x-telegram-bot-api-secret-token": TEST_WEBHOOK_SECRET } })).status).toBe(405);
    expect(handled).toEqual([]);
  });

  it.each([
    ["busy", 429],
    ["unavailable", 503],
  ] as const)("hands an update back to Telegram when its chat's lock is %s (%i, Retry-After)", async (outcome, status) => {
    const { post } = await start({ handle: async () => outcome });
    const response = await post(update(2));
    expect(response.status).toBe(status);
    expect(response.headers.get("retry-after")).toBe("5");
  });

  it("on close, finishes the update in flight, refuses new ones and is not ready", async () => {
    let finish!: () => void;
    const started: number[] = [];
    const { url, post } = await start({
      handle: async (u) => {
        started.push(u.update_id);
        await new Promise<void>((resolve) => (finish = resolve));
        return "done";
      },
    });
    const inFlight = post(update(7));
    while (started.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    const closing = server!.close(5000);
    // A request on a new connection is refused at the socket or answered 503.
    const late = await post(update(8)).then((r) => r.status, () => "refused");
    expect([503, "refused"]).toContain(late);
    const readiness = await fetch(`${url}/readyz`).then((r) => r.status, () => "refused");
    expect([503, "refused"]).toContain(readiness);
    let closed = false;
    void closing.then(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(closed).toBe(false);
    finish();
    expect((await inFlight).status).toBe(200);
    await closing;
    expect(started).toEqual([7]);
  });
});
