// Zalo in webhook mode: the secret header is checked, every update is stored before the answer,
// a redelivered update (same message_id) has no second effect, an update a crash left stored
// but unhandled is handled at the next start, sends are retried on 429.
import { afterEach, describe, expect, it } from "vitest";
import { startZaloE2E, webhookEnv, ZALO_TEST_SECRET, type ZaloE2E } from "../support/zalo-e2e.js";

let e2e: ZaloE2E;
afterEach(async () => {
  await e2e?.stop();
});

async function registered(e2e: ZaloE2E, name: string) {
  const code = await e2e.inviteFor({ group: "Tổ 1" });
  const user = e2e.zalo.user(name);
  await e2e.say(user, code);
  await e2e.say(user, "1");
  expect(user.lastMessage?.text).toContain("đăng ký thành công");
  return user;
}

describe("Zalo webhook", () => {
  for (const webhookBody of ["wrapped", "unwrapped"] as const) {
    it(`registers and reports through the webhook (${webhookBody} bodies); a redelivery is dropped`, { timeout: 240_000 }, async () => {
      const env = await webhookEnv();
      e2e = await startZaloE2E({ env, server: { readings: { webhookBody } } });
      expect(e2e.zalo.webhookUrl).toBe(env.ZALO_WEBHOOK_URL);
      const user = await registered(e2e, "Mai");
      await e2e.say(user, "1"); // Báo cáo kết quả
      expect(user.lastMessage?.text).toContain("Câu 1/9");
      const answered = user.received.length;
      const id = user.sendText("230");
      await e2e.zalo.settled({ timeoutMs: 20_000 });
      expect(user.lastMessage?.text).toContain("Đã ghi 230 hộ cho mục \"Tổng số hộ\"");
      const afterAnswer = user.received.length;
      expect(afterAnswer).toBeGreaterThan(answered);

      // Zalo documents no redelivery; if one came, it must change nothing.
      await e2e.step(() => e2e.zalo.redeliver(id));
      expect(user.received.length).toBe(afterAnswer);
      expect(await e2e.database.db.channelInbox.count({ where: { messageId: id } })).toBe(1);
      expect(e2e.zalo.lostDeliveries).toEqual([]);
    });
  }

  it("refuses a request without the secret and handles at start what a crash left stored", { timeout: 240_000 }, async () => {
    const env = await webhookEnv();
    e2e = await startZaloE2E({ env });
    const user = await registered(e2e, "Lan");
    const forged = await fetch(env.ZALO_WEBHOOK_URL!, {
      method: "POST",
      headers: { "content-type": "application/json", "x-bot-api-secret-token": `${ZALO_TEST_SECRET}x` },
      body: JSON.stringify({ event_name: "message.text.received", message: { from: { id: user.id }, chat: { id: user.id }, message_id: "forged", text: "1" } }),
    });
    expect(forged.status).toBe(401);
    expect(await e2e.database.db.channelInbox.count({ where: { messageId: "forged" } })).toBe(0);

    // A crash between storing and handling: the row is there, unhandled, when the bot starts.
    await e2e.bot.kill("SIGKILL");
    await e2e.database.db.channelInbox.create({
      data: {
        channel: "zalo",
        messageId: "stored-before-the-crash",
        payload: JSON.stringify({
          event_name: "message.text.received",
          message: { from: { id: user.id, display_name: "Lan" }, chat: { id: user.id, chat_type: "PRIVATE" }, message_id: "stored-before-the-crash", date: Date.now(), text: "1" },
        }),
      },
    });
    const before = user.received.length;
    await e2e.restartBot();
    const deadline = Date.now() + 20_000;
    while ((await e2e.database.db.channelInbox.count({ where: { handledAt: null } })) > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(await e2e.database.db.channelInbox.count({ where: { handledAt: null } })).toBe(0);
    expect(user.textsSince(before)).toContain("Câu 1/9"); // the stored "1" opened the report
  });

  it("retries a send refused with 429", { timeout: 240_000 }, async () => {
    e2e = await startZaloE2E();
    const user = await registered(e2e, "Hoa");
    e2e.zalo.failNext("sendMessage", { times: 2 });
    await e2e.say(user, "4"); // Hướng dẫn
    expect(user.lastMessage?.text).toContain("Hướng dẫn dành cho tổ trưởng");
    // Speech goes through the phone's own voice typing; a voice message is not heard.
    expect(user.lastMessage?.text).toContain("hình micrô trên bộ gõ chữ của điện thoại");
    expect(user.lastMessage?.text).toContain("Tin nhắn thoại (ghi âm) thì trợ lý không nghe được.");
    expect(e2e.zalo.callsTo("sendMessage").filter((call) => call.response.error_code === 429)).toHaveLength(2);
  });
});
