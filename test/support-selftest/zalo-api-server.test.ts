// The Zalo test server behaves as the reference says (and both readings where it is unverified).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { startZaloApiServer, type ZaloApiServer, type ZaloServerOptions } from "../support/zalo-api-server.js";

const TOKEN = "1459232241454765289:secret-of-the-test-bot";
let server: ZaloApiServer;
const servers: Array<{ close(): unknown }> = [];

afterEach(async () => {
  await server?.close();
  for (const s of servers.splice(0)) await s.close();
});

async function start(options: ZaloServerOptions = {}) {
  server = await startZaloApiServer({ token: TOKEN, maxPollMs: 200, ...options });
  return server;
}

async function call(method: string, body: object = {}, token = TOKEN) {
  const response = await fetch(`${server.apiRoot}/bot${token}/${method}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the answers are read field by field below
  return { status: response.status, body: (await response.json()) as { ok: boolean; result?: any; error_code?: number; description?: string } };
}

/** A tiny HTTP receiver that records what was POSTed to it. */
async function receiver(status = 200, contentType = "image/png") {
  const requests: Array<{ headers: http.IncomingHttpHeaders; body: string; method?: string }> = [];
  const s = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
    requests.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8"), method: req.method });
    res.writeHead(status, { "content-type": contentType });
    res.end("PNGDATA");
  });
  await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
  servers.push({ close: () => new Promise<void>((resolve) => s.close(() => resolve())) });
  return { url: `http://127.0.0.1:${(s.address() as AddressInfo).port}/hook`, requests };
}

describe("Zalo test server", () => {
  it("hands out one update per getUpdates, with string ids and millisecond dates, then 408 on an empty poll", async () => {
    await start({ clock: () => 1750316131602 });
    const lan = server.user("Lan");
    lan.sendText("Xin chào");
    lan.sendText("Lần hai");
    const first = await call("getUpdates", { timeout: "30" });
    expect(first.body.ok).toBe(true);
    expect(Array.isArray(first.body.result)).toBe(false);
    expect(first.body.result.event_name).toBe("message.text.received");
    expect(first.body.result.message).toMatchObject({ text: "Xin chào", date: 1750316131602, chat: { id: lan.id, chat_type: "PRIVATE" } });
    expect(first.body.result.message.from.id).toMatch(/^[0-9a-f]{20}$/);
    expect(typeof first.body.result.message.message_id).toBe("string");
    expect((await call("getUpdates", { timeout: 30 })).body.result.message.text).toBe("Lần hai");
    // Gone once returned: the next poll is empty.
    const empty = await call("getUpdates", { timeout: "1" });
    expect(empty.body).toEqual({ ok: false, error_code: 408, description: "Request timeout" });
    expect(empty.status).toBe(200);
  });

  it("answers an empty poll with HTTP 408 in the other reading", async () => {
    await start({ readings: { emptyPollHttpStatus: 408 } });
    const empty = await call("getUpdates", { timeout: "1" });
    expect(empty.status).toBe(408);
    expect(empty.body.error_code).toBe(408);
  });

  it("wakes a waiting poll when a message arrives", async () => {
    await start({ maxPollMs: 5000 });
    const lan = server.user("Lan");
    const polling = call("getUpdates", { timeout: "30" });
    await server.settled();
    lan.sendText("1");
    expect((await polling).body.result.message.text).toBe("1");
  });

  it("refuses a wrong token with 401 and an unknown method with 404", async () => {
    await start();
    expect((await call("getMe", {}, "1:wrong")).body).toMatchObject({ ok: false, error_code: 401 });
    expect((await call("sendDocument", {})).body).toMatchObject({ ok: false, error_code: 404 });
    expect((await call("getMe")).body.result).toMatchObject({ id: "1459232241454765289", account_type: "BASIC" });
  });

  it("limits text to 2000 characters: an error, or a silent cut in the other reading", async () => {
    await start();
    const lan = server.user("Lan");
    expect((await call("sendMessage", { chat_id: lan.id, text: "a".repeat(2000) })).body.ok).toBe(true);
    const tooLong = await call("sendMessage", { chat_id: lan.id, text: "a".repeat(2001) });
    expect(tooLong.body).toMatchObject({ ok: false, error_code: 400 });
    expect((await call("sendMessage", { chat_id: lan.id, text: "" })).body.ok).toBe(false);
    expect(lan.received).toHaveLength(1);
    const sent = (await call("sendMessage", { chat_id: lan.id, text: "xin chào" })).body.result;
    expect(sent.message_id).toMatch(/^[0-9a-f]{20}$/);
    expect(sent.date).toBeGreaterThan(1e12); // milliseconds

    await server.close();
    await start({ readings: { overLongText: "truncate" } });
    const binh = server.user("Bình");
    expect((await call("sendMessage", { chat_id: binh.id, text: "b".repeat(2500) })).body.ok).toBe(true);
    expect(binh.lastMessage?.text).toHaveLength(2000);
  });

  it("gives images as photo_url, or as the documented photo in the other reading", async () => {
    await start();
    server.user("Lan").sendImage("https://example.vn/a.jpg");
    expect((await call("getUpdates")).body.result.message).toMatchObject({ photo_url: "https://example.vn/a.jpg" });
    await server.close();
    await start({ readings: { imageField: "photo" } });
    server.user("Lan").sendImage("https://example.vn/a.jpg");
    const message = (await call("getUpdates")).body.result.message;
    expect(message.photo).toBe("https://example.vn/a.jpg");
    expect(message.photo_url).toBeUndefined();
  });

  it("fetches a photo URL back and refuses one that is not an image", async () => {
    await start();
    const lan = server.user("Lan");
    const image = await receiver();
    expect((await call("sendPhoto", { chat_id: lan.id, photo: image.url, caption: "Trang 1" })).body.ok).toBe(true);
    expect(image.requests[0]?.method).toBe("GET");
    expect(lan.lastMessage).toMatchObject({ type: "photo", text: "Trang 1", fetched: { status: 200, contentType: "image/png" } });
    const broken = await receiver(404, "text/html");
    expect((await call("sendPhoto", { chat_id: lan.id, photo: broken.url })).body).toMatchObject({ ok: false, error_code: 400 });
  });

  it("answers 429 when told to", async () => {
    await start();
    const lan = server.user("Lan");
    server.failNext("sendMessage", { times: 2 });
    expect((await call("sendMessage", { chat_id: lan.id, text: "a" })).body).toMatchObject({ ok: false, error_code: 429 });
    expect((await call("sendMessage", { chat_id: lan.id, text: "a" })).status).toBe(429);
    expect((await call("sendMessage", { chat_id: lan.id, text: "a" })).body.ok).toBe(true);
  });

  it("posts updates to the webhook with the secret header, wrapped or unwrapped, and stops getUpdates", async () => {
    for (const webhookBody of ["wrapped", "unwrapped"] as const) {
      await start({ readings: { webhookBody } });
      const hook = await receiver(200, "application/json");
      const set = await call("setWebhook", { url: hook.url, secret_token: "s3cret-token" });
      expect(set.body.result).toMatchObject({ url: hook.url });
      expect(set.body.result.updated_at).toBeGreaterThan(1e12);
      expect((await call("getWebhookInfo")).body.result).toEqual({ url: hook.url, updated_at: set.body.result.updated_at });
      expect((await call("getUpdates")).body.ok).toBe(false);
      server.user("Lan").sendText("Chào bot");
      await server.settled();
      expect(hook.requests[0]?.headers["x-bot-api-secret-token"]).toBe("s3cret-token");
      const body = JSON.parse(hook.requests[0]!.body);
      const update = webhookBody === "wrapped" ? body.result : body;
      if (webhookBody === "wrapped") expect(body.ok).toBe(true);
      expect(update).toMatchObject({ event_name: "message.text.received", message: { text: "Chào bot" } });
      await server.close();
    }
  });

  it("counts a webhook delivery answered with an error as lost (no redelivery)", async () => {
    await start();
    const hook = await receiver(500, "application/json");
    await call("setWebhook", { url: hook.url, secret_token: "s3cret-token" });
    const id = server.user("Lan").sendText("Chào");
    await server.settled();
    expect(server.lostDeliveries).toEqual([id]);
    expect(hook.requests).toHaveLength(1);
  });

  it("refuses a local or plain-http webhook in the strict reading, accepts it in the lenient one", async () => {
    await start({ readings: { strictWebhookUrl: true } });
    expect((await call("setWebhook", { url: "http://127.0.0.1:9/hook", secret_token: "s3cret-token" })).body.ok).toBe(false);
    expect((await call("setWebhook", { url: "https://thidua.example.vn/zalo", secret_token: "s3cret-token" })).body.ok).toBe(true);
    expect((await call("setWebhook", { url: "https://thidua.example.vn/zalo", secret_token: "short" })).body.ok).toBe(false);
    await server.close();
    await start();
    expect((await call("setWebhook", { url: "http://127.0.0.1:9/hook", secret_token: "s3cret-token" })).body.ok).toBe(true);
  });
});
