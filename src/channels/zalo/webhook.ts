// The Zalo webhook on the bot's HTTP server: the secret in X-Bot-Api-Secret-Token (constant
// time), a JSON body (wrapped {ok, result} or unwrapped), stored in the inbox before any answer.
// The answer waits for the handling too, up to `answerWithinMs`: Zalo documents no timeout and
// no redelivery, and a redelivery would be a duplicate the inbox drops anyway. At start, a new
// update is handled only after the rows a crash left are queued, so a chat's order holds.
import type http from "node:http";
import type { Logger } from "../../logger.js";
import { secretMatches } from "../../server/secret.js";
import { unwrapZaloUpdate } from "./api.js";
import type { ZaloChannel } from "./channel.js";

export interface ZaloWebhookOptions {
  channel: ZaloChannel;
  secret: string;
  logger: Logger;
  answerWithinMs?: number;
  maxBodyBytes?: number;
}

export type RouteHandler = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>;

export function zaloWebhook(options: ZaloWebhookOptions): RouteHandler {
  const { channel, logger } = options;
  const maxBody = options.maxBodyBytes ?? 1_048_576;
  return async (req, res) => {
    const answer = (status: number, body: object) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (req.method !== "POST") return answer(405, { error: "method not allowed" });
    if (!secretMatches(req.headers["x-bot-api-secret-token"], options.secret)) {
      logger.warn({ remote: req.socket.remoteAddress }, "Zalo webhook request with a wrong secret token refused");
      return answer(401, { error: "unauthorized" });
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBody) return answer(413, { error: "payload too large" });
      chunks.push(chunk);
    }
    let body: unknown;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    } catch {
      return answer(400, { error: "invalid JSON" });
    }
    const update = unwrapZaloUpdate(body);
    if (!update) return answer(400, { error: "not a Zalo update" });
    let row;
    try {
      row = await channel.store(update);
    } catch (error) {
      logger.error({ err: error }, "Zalo update could not be stored");
      return answer(503, { error: "database unavailable" });
    }
    if (row) {
      // Behind what a crash left in the same chat: at start, recovery queues those rows first.
      const handled = channel.whenRecovered().then(() => channel.process(row));
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([handled, new Promise<void>((resolve) => (timer = setTimeout(resolve, options.answerWithinMs ?? 10_000)))]);
      clearTimeout(timer);
    }
    answer(200, { ok: true });
  };
}
