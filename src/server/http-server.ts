// The bot's small HTTP server (node:http): /healthz (the process answers), /readyz (database
// reachable, bot initialised, not stopping) and, in webhook mode, the webhook path.
// Shutdown: stop accepting, answer 503 to late requests, wait for updates in flight.
// Telegram delivers again whatever was not answered 2xx.
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Update } from "grammy/types";
import type { Logger } from "../logger.js";
import { isUpdate, type UpdateOutcome } from "./handle-update.js";
import { secretMatches } from "./secret.js";

export interface WebhookRoute {
  /** The path Telegram posts to (the path of WEBHOOK_URL). */
  path: string;
  secret: string;
  handle(update: Update): Promise<UpdateOutcome>;
}

export interface HttpServerOptions {
  logger: Logger;
  /** Readiness: database reachable and the bot initialised. */
  ready(): Promise<boolean>;
  webhook?: WebhookRoute;
  /** Other routes by path (the Zalo webhook; "/files/" for everything below it); counted as in flight like the webhook. */
  routes?: Readonly<Record<string, (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>>>;
  /** Largest accepted body; Telegram's updates are a few kB. */
  maxBodyBytes?: number;
}

export interface HttpServer {
  /** Listens; resolves with the bound port (0 picks a free one). */
  listen(port: number, host: string): Promise<number>;
  /** Updates being handled now. */
  readonly inFlight: number;
  /** Stops taking requests and waits (up to timeoutMs) for the updates in flight. */
  close(timeoutMs?: number): Promise<void>;
}

const RETRY_AFTER_SECONDS = "5";

export function createHttpServer(options: HttpServerOptions): HttpServer {
  const { logger, webhook } = options;
  const maxBody = options.maxBodyBytes ?? 1_048_576;
  const inFlight = new Set<Promise<unknown>>();
  let stopping = false;

  const send = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    if (stopping) headers.connection = "close";
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(JSON.stringify(body));
  };

  async function readBody(req: http.IncomingMessage): Promise<Buffer | null> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBody) return null;
      chunks.push(chunk);
    }
    return Buffer.concat(chunks);
  }

  async function onWebhook(route: WebhookRoute, req: http.IncomingMessage, res: http.ServerResponse) {
    if (req.method !== "POST") return send(res, 405, { error: "method not allowed" }, { allow: "POST" });
    if (!secretMatches(req.headers["x-telegram-bot-api-secret-token"], route.secret)) {
      logger.warn({ remote: req.socket.remoteAddress }, "webhook request with a wrong secret token refused");
      return send(res, 401, { error: "unauthorized" });
    }
    if (stopping) return send(res, 503, { error: "stopping" }, { "retry-after": RETRY_AFTER_SECONDS });
    const body = await readBody(req);
    if (body === null) return send(res, 413, { error: "payload too large" });
    let update: unknown;
    try {
      update = JSON.parse(body.toString("utf8"));
    } catch {
      return send(res, 400, { error: "invalid JSON" });
    }
    if (!isUpdate(update)) return send(res, 400, { error: "not an update" });
    if (stopping) return send(res, 503, { error: "stopping" }, { "retry-after": RETRY_AFTER_SECONDS });
    const work = route.handle(update);
    inFlight.add(work);
    try {
      const outcome = await work;
      // 429: the chat is busy here (a proxy should not try the next process); 503: this
      // process cannot reach its database (the next one may).
      if (outcome === "busy") return send(res, 429, { error: "chat busy" }, { "retry-after": RETRY_AFTER_SECONDS });
      if (outcome === "unavailable") return send(res, 503, { error: "database unavailable" }, { "retry-after": RETRY_AFTER_SECONDS });
      return send(res, 200, { ok: true });
    } finally {
      inFlight.delete(work);
    }
  }

  const server = http.createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    const route = async () => {
      if (webhook && path === webhook.path) return onWebhook(webhook, req, res);
      // A route whose path ends in "/" serves everything below it (/files/<token>).
      const prefixed = path === undefined ? undefined : Object.keys(options.routes ?? {}).find((key) => key.endsWith("/") && path.startsWith(key) && path.length > key.length);
      const extra = path === undefined ? undefined : (options.routes?.[path] ?? (prefixed ? options.routes?.[prefixed] : undefined));
      if (extra) {
        if (stopping) return send(res, 503, { error: "stopping" }, { "retry-after": RETRY_AFTER_SECONDS });
        const work = extra(req, res);
        inFlight.add(work);
        return work.finally(() => inFlight.delete(work));
      }
      if (req.method !== "GET" && req.method !== "HEAD") return send(res, 404, { error: "not found" });
      if (path === "/healthz") return send(res, 200, { status: "ok" });
      if (path === "/readyz") {
        if (stopping) return send(res, 503, { status: "stopping" });
        const ready = await options.ready().catch(() => false);
        return send(res, ready ? 200 : 503, { status: ready ? "ready" : "not ready" });
      }
      return send(res, 404, { error: "not found" });
    };
    route().catch((error: unknown) => {
      logger.error({ err: error }, "HTTP request failed");
      if (!res.headersSent) send(res, 500, { error: "internal error" });
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 65_000;

  return {
    get inFlight() {
      return inFlight.size;
    },
    async listen(port, host) {
      await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          server.off("error", reject);
          resolve();
        });
      });
      return (server.address() as AddressInfo).port;
    },
    async close(timeoutMs = 25_000) {
      if (stopping) return;
      stopping = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), timeoutMs)));
      const drained = (async () => {
        while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
        return false;
      })();
      if (await Promise.race([drained, timedOut])) logger.warn({ inFlight: inFlight.size }, "shutdown: updates still running at the time limit");
      clearTimeout(timer);
      server.closeAllConnections();
      await closed;
    },
  };
}
