// A text longer than Telegram's 4.096 characters reaches the chat as several messages, in
// order, nothing lost, the keyboard on the last; an edit keeps the pressed message as the first part.
import type { ApiCallFn, RawApi } from "grammy";
import { describe, expect, it } from "vitest";
import { longMessages } from "../../../src/bot/api/long-messages.js";

interface Call {
  method: string;
  payload: Record<string, unknown>;
}

function recorder(fail?: (call: Call) => boolean) {
  const calls: Call[] = [];
  let nextId = 100;
  const prev = (async (method: string, payload: Record<string, unknown>) => {
    const call = { method, payload };
    calls.push(call);
    if (fail?.(call)) return { ok: false, error_code: 400, description: "Bad Request: chat not found" };
    return { ok: true, result: method === "editMessageText" ? { message_id: payload.message_id } : { message_id: nextId++ } };
  }) as unknown as ApiCallFn<RawApi>;
  return { calls, prev };
}

const keyboard = { inline_keyboard: [[{ text: "✔️ Xong", callback_data: "done" }]] };
const lines = Array.from({ length: 190 }, (_, i) => `${i + 1}. Hộ gia đình ông Nguyễn Văn Thành số ${i + 1}, tổ dân phố số 12 — gia đình văn hóa`);
const long = lines.join("\n");

describe("long messages", () => {
  it("sends a short text as it is", async () => {
    const { calls, prev } = recorder();
    const response = await longMessages()(prev, "sendMessage", { chat_id: 5, text: "Xin chào", reply_markup: keyboard } as never);
    expect(response.ok).toBe(true);
    expect(calls).toEqual([{ method: "sendMessage", payload: { chat_id: 5, text: "Xin chào", reply_markup: keyboard } }]);
  });

  it("sends a text of 190 households in parts under the limit, every line once, the keyboard last", async () => {
    expect(long.length).toBeGreaterThan(4096 * 3);
    const { calls, prev } = recorder();
    const response = await longMessages()(prev, "sendMessage", { chat_id: 5, text: long, reply_markup: keyboard } as never);
    expect(calls.length).toBeGreaterThanOrEqual(4);
    expect(calls.every((call) => call.method === "sendMessage" && call.payload.chat_id === 5)).toBe(true);
    expect(calls.every((call) => String(call.payload.text).length <= 4096)).toBe(true);
    expect(calls.map((call) => call.payload.text).join("\n")).toBe(long);
    expect(calls.map((call) => call.payload.reply_markup ?? null)).toEqual([...calls.slice(1).map(() => null), keyboard]);
    // The caller gets the last message: the one its keyboard is on.
    expect(response).toEqual({ ok: true, result: { message_id: 100 + calls.length - 1 } });
  });

  it("stops at the first part Telegram refuses and returns that error", async () => {
    const { calls, prev } = recorder((call) => call.payload.text !== long && calls.length === 2);
    const response = await longMessages()(prev, "sendMessage", { chat_id: 5, text: long } as never);
    expect(response.ok).toBe(false);
    expect(calls).toHaveLength(2);
  });

  it("edits the pressed message into the first part and sends the rest after it, the keyboard on the last", async () => {
    const { calls, prev } = recorder();
    const response = await longMessages()(prev, "editMessageText", { chat_id: 5, message_id: 42, text: long, reply_markup: keyboard } as never);
    expect(calls[0]).toMatchObject({ method: "editMessageText", payload: { chat_id: 5, message_id: 42 } });
    expect(calls[0]!.payload.reply_markup).toBeUndefined();
    expect(calls.slice(1).every((call) => call.method === "sendMessage" && call.payload.message_id === undefined)).toBe(true);
    expect(calls.map((call) => call.payload.text).join("\n")).toBe(long);
    expect(calls.at(-1)!.payload.reply_markup).toEqual(keyboard);
    expect(response).toEqual({ ok: true, result: { message_id: 42 } });
  });

  it("leaves other methods alone", async () => {
    const { calls, prev } = recorder();
    await longMessages()(prev, "sendDocument", { chat_id: 5, caption: "x".repeat(5000) } as never);
    expect(calls).toHaveLength(1);
  });
});
