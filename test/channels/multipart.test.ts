// The router reads a call's fields from grammY's multipart body (undici's FormData refuses it).
import { Bot, InputFile } from "grammy";
import { describe, expect, it } from "vitest";
import { channelFetch } from "../../src/channels/router.js";
import { zaloKey } from "../../src/channels/ids.js";

function botWith(fetch: typeof globalThis.fetch) {
  return new Bot("1:test", {
    client: { fetch },
    botInfo: { id: 1, is_bot: true, first_name: "Thi đua", username: "thidua_bot" } as never,
  });
}

describe("the channel router and multipart calls", () => {
  it("sends a Telegram document through unchanged, and gives Zalo the file's name, chat and caption", async () => {
    const toTelegram: string[] = [];
    const toZalo: Array<[string, Record<string, unknown>]> = [];
    const router = channelFetch({
      telegram: true,
      zalo: async (method, payload) => {
        toZalo.push([method, payload]);
        return { ok: true, result: { message_id: 1, date: 0, chat: { id: payload.chat_id, type: "private" } } };
      },
      fetch: (async (input: string | URL | Request, init?: RequestInit) => {
        toTelegram.push(`${String(input)} ${init?.body instanceof Buffer ? init.body.length : 0}`);
        return new Response(JSON.stringify({ ok: true, result: { message_id: 2, date: 0, chat: { id: 5, type: "private" } } }));
      }) as typeof fetch,
    });
    const bot = botWith(router);
    const pdf = new InputFile(Buffer.from("%PDF-1.4 bảng tổng hợp"), "tong-hop-ket-qua.pdf");
    await bot.api.sendDocument(5, pdf, { caption: "Bảng tổng hợp kỳ 6 tháng đầu năm 2025" });
    expect(toTelegram).toHaveLength(1);
    expect(toTelegram[0]).toMatch(/sendDocument \d+$/);

    await bot.api.sendDocument(zaloKey(7), new InputFile(Buffer.from("%PDF-1.4"), "so-lieu.xlsx"), { caption: "Số liệu" });
    expect(toZalo).toHaveLength(1);
    const [method, payload] = toZalo[0]!;
    expect(method).toBe("sendDocument");
    expect(payload).toMatchObject({ chat_id: String(zaloKey(7)), caption: "Số liệu", document: { filename: "so-lieu.xlsx", size: 8 } });
  });
});
