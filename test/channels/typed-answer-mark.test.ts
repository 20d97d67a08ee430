// A keyboard offered beside a typed answer carries a mark for Zalo (its options become words, so a
// typed number stays the answer); the router hands it to Zalo and drops it before Telegram.
import { Bot, InlineKeyboard } from "grammy";
import { describe, expect, it } from "vitest";
import { besideTypedAnswer, TYPED_ANSWER } from "../../src/bot/keyboards.js";
import { zaloKey } from "../../src/channels/ids.js";
import { channelFetch } from "../../src/channels/router.js";
import { inlineOffer } from "../../src/channels/zalo/choices-state.js";

describe("the mark of a keyboard beside a typed answer", () => {
  it("reaches Zalo with the keyboard and never Telegram", async () => {
    const toTelegram: Array<Record<string, unknown>> = [];
    const toZalo: Array<Record<string, unknown>> = [];
    const sent = { ok: true, result: { message_id: 1, date: 0, chat: { id: 5, type: "private" }, text: "" } } as const;
    const router = channelFetch({
      telegram: true,
      zalo: async (_method, payload) => {
        toZalo.push(payload);
        return sent;
      },
      fetch: (async (_input: string | URL | Request, init?: RequestInit) => {
        toTelegram.push(JSON.parse(String(init?.body)) as Record<string, unknown>);
        return new Response(JSON.stringify(sent));
      }) as typeof fetch,
    });
    const bot = new Bot("1:test", { client: { fetch: router }, botInfo: { id: 1, is_bot: true, first_name: "Thi đua", username: "thidua_bot" } as never });
    const keyboard = () => besideTypedAnswer(new InlineKeyboard().text("Giữ như kỳ trước: 225 hộ", "a:prev").row().text("Bỏ qua", "a:skip"));

    await bot.api.sendMessage(5, "Số hộ?", { reply_markup: keyboard() });
    await bot.api.sendMessage(zaloKey(7), "Số hộ?", { reply_markup: keyboard() });
    await bot.api.sendMessage(5, "Kỳ nào?", { reply_markup: new InlineKeyboard().text("Quý 1/2025", "p:1") });

    expect(toTelegram[0]!.reply_markup).toEqual({ inline_keyboard: [[{ text: "Giữ như kỳ trước: 225 hộ", callback_data: "a:prev" }], [{ text: "Bỏ qua", callback_data: "a:skip" }]] });
    expect(toTelegram[1]!.reply_markup).toEqual({ inline_keyboard: [[{ text: "Quý 1/2025", callback_data: "p:1" }]] });
    expect(toZalo[0]!.reply_markup).toMatchObject({ [TYPED_ANSWER]: true });
  });
});

describe("choices stored before the mark", () => {
  const stored = (labels: string[], typedAnswer?: boolean) => ({ messageId: 1, text: "", labels, data: labels.map((_, i) => `d:${i}`), ...(typedAnswer === undefined ? {} : { typedAnswer }) });
  it("are read as they were offered then: words when a label has a digit", () => {
    expect(inlineOffer(stored(["Giữ như kỳ trước: 225 hộ", "Bỏ qua"]))).toEqual({ typedAnswer: true });
    expect(inlineOffer(stored(["Có", "Không"]))).toEqual({ typedAnswer: false });
    expect(inlineOffer(stored(["Quý 1/2025", "Năm 2024"], false))).toEqual({ typedAnswer: false });
  });
});

describe("a Telegram-only ward", () => {
  it("sends Telegram no Zalo mark either", async () => {
    const { createServer } = await import("node:http");
    const { setUpChannels } = await import("../../src/channels/index.js");
    const { createLogger } = await import("../../src/logger.js");
    const bodies: Array<Record<string, unknown>> = [];
    const server = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk: Buffer) => (body += chunk.toString()));
      request.on("end", () => {
        bodies.push(JSON.parse(body) as Record<string, unknown>);
        response.setHeader("content-type", "application/json");
        response.end(JSON.stringify({ ok: true, result: { message_id: 1, date: 0, chat: { id: 5, type: "private" }, text: "" } }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as { port: number };
      const channels = setUpChannels({ config: { BOT_TOKEN: "1:test" } as never, db: null as never, logger: createLogger("silent") });
      const bot = new Bot("1:test", { client: { apiRoot: `http://127.0.0.1:${port}`, fetch: channels.fetch }, botInfo: { id: 1, is_bot: true, first_name: "Thi đua", username: "thidua_bot" } as never });
      await bot.api.sendMessage(5, "Số hộ?", { reply_markup: besideTypedAnswer(new InlineKeyboard().text("Bỏ qua", "a:skip")) });
      expect(bodies).toEqual([{ chat_id: 5, text: "Số hộ?", reply_markup: { inline_keyboard: [[{ text: "Bỏ qua", callback_data: "a:skip" }]] } }]);
    } finally {
      server.close();
    }
  });
});
