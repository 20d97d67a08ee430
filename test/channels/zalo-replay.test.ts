// A typed answer whose handling a crash cut off is handled again at the next start as the same
// answer: the "1" typed under the summary stays "✅ Gửi báo cáo" although, before the crash, the
// bot had already offered the next choices (the menu, where "1" is another item). Telegram's
// redelivery carries the pressed button in the update; on Zalo the channel keeps what the typed
// text was taken for until the row is handled. An update also waits for an earlier one of its chat
// that is still unhandled (in another process's hands): read before that one's reply, a typed
// "1" would stand for a choice no longer offered.
import type { Update } from "grammy/types";
import { afterEach, describe, expect, it } from "vitest";
import { zaloKey } from "../../src/channels/ids.js";
import type { ZaloApi, ZaloUpdate } from "../../src/channels/zalo/api.js";
import { createZaloChannel } from "../../src/channels/zalo/channel.js";
import type { StoredChoices } from "../../src/channels/zalo/choices-state.js";
import { type Database, openDatabase } from "../../src/db/client.js";
import { channelAccount, saveChoices } from "../../src/db/repos/channels.js";
import { createLogger } from "../../src/logger.js";
import type { UpdateOutcome } from "../../src/server/handle-update.js";
import type { Provider } from "../../src/db/provider.js";
import { createTestDatabase, providersUnderTest, type TestDatabase } from "../support/databases.js";

const SUMMARY: StoredChoices = {
  inline: { messageId: 41, text: "Tóm tắt báo cáo", labels: ["✅ Gửi báo cáo", "✏️ Sửa", "⏳ Để sau"], data: ["s:submit", "s:edit", "s:later"] },
  reply: null,
};
const MENU: StoredChoices = { inline: null, reply: { labels: ["📝 Báo cáo kết quả", "📄 Xem báo cáo đã gửi", "❓ Hướng dẫn"] } };

let test: TestDatabase | null = null;
let database: Database | null = null;
afterEach(async () => {
  await database?.close();
  await test?.drop();
  database = test = null;
});

function typed(userId: string, text: string, messageId: string): ZaloUpdate {
  return { event_name: "message.text.received", message: { message_id: messageId, date: 1_750_000_000_000, text, from: { id: userId, display_name: "Tổ trưởng" }, chat: { id: userId, chat_type: "PRIVATE" } } } as ZaloUpdate;
}

/** A channel over the database, as one bot process would run it, with its own handler. */
function channelWith(db: Database["db"], handle: (update: Update) => Promise<UpdateOutcome>, retryDelayMs = 60_000) {
  return createZaloChannel({ db, api: {} as ZaloApi, logger: createLogger("silent"), handle, retryDelayMs });
}

/** A fresh database on `provider` with the leader's Zalo chat, the summary's choices offered in it. */
async function chatWithSummary(provider: Provider, zaloUser: string) {
  test = await createTestDatabase(provider);
  database = await openDatabase(test.url);
  const { db } = database;
  const account = await channelAccount(db, "zalo", zaloUser, "Tổ trưởng");
  const chatKey = zaloKey(account.id);
  await saveChoices(db, chatKey, SUMMARY);
  return { db, chatKey };
}

describe("a Zalo update handled again after a crash", () => {
  it('reaches the bot as what it was first taken for: "1" under the summary stays the submission', async () => {
    const { db, chatKey } = await chatWithSummary("sqlite", "zalo-user-1");

    // The first process: "1" is the submission; its reply offers the menu, then the process dies.
    const first: Update[] = [];
    const killed = channelWith(db, async (update) => {
      first.push(update);
      await saveChoices(db, chatKey, MENU);
      throw new Error("SIGKILL");
    });
    expect(await killed.receive(typed("zalo-user-1", "1", "m-1"))).toBe("stored");
    expect(first[0]?.callback_query?.data).toBe("s:submit");
    expect(await db.channelInbox.count({ where: { handledAt: null } })).toBe(1);

    // The next start: the same row, the same submission (not the menu's "📝 Báo cáo kết quả").
    const again: Update[] = [];
    const restarted = channelWith(db, async (update) => {
      again.push(update);
      return "done";
    });
    expect(await restarted.recover()).toBe(1);
    expect(again).toEqual(first);
    expect(await db.channelInbox.count({ where: { handledAt: null } })).toBe(0);

    // Once handled, nothing of it is kept, and a new "1" reads the choices offered now.
    expect(await db.conversationState.count({ where: { key: { startsWith: "channel-update:" } } })).toBe(0);
    await restarted.receive(typed("zalo-user-1", "1", "m-2"));
    expect(again[1]?.message?.text).toBe("📝 Báo cáo kết quả");
  });

  it("is taken afresh when the bot did not take it up (its chat was busy), since the choices may change meanwhile", async () => {
    const { db, chatKey } = await chatWithSummary("sqlite", "zalo-user-2");

    const seen: Update[] = [];
    let busy = true;
    const channel = channelWith(db, async (update) => {
      seen.push(update);
      return busy ? "busy" : "done";
    });
    await channel.receive(typed("zalo-user-2", "1", "m-1"));
    // Meanwhile the update that held the chat offered the menu.
    await saveChoices(db, chatKey, MENU);
    busy = false;
    await channel.recover();
    await channel.stop();
    expect(seen.map((update) => update.callback_query?.data ?? update.message?.text)).toEqual(["s:submit", "📝 Báo cáo kết quả"]);
  });

  it("goes on after an earlier update of its chat whose handling failed long ago", async () => {
    test = await createTestDatabase("sqlite");
    database = await openDatabase(test.url);
    const { db } = database;
    await channelAccount(db, "zalo", "zalo-user-4", "Tổ trưởng");
    const seen: string[] = [];
    const channel = channelWith(db, async (update) => {
      const text = update.message?.text ?? "";
      if (text === "hỏng") throw new Error("handler failed");
      seen.push(text);
      return "done";
    });
    await channel.receive(typed("zalo-user-4", "hỏng", "m-1"));
    expect(await db.channelInbox.count({ where: { handledAt: null } })).toBe(1);
    // Still fresh: the next message waits for it (it may be in another process's hands).
    await channel.receive(typed("zalo-user-4", "226", "m-2"));
    expect(seen).toEqual([]);
    // Three minutes later it is stuck, not in hand: the leader's messages go on.
    await db.channelInbox.updateMany({ data: { receivedAt: new Date(Date.now() - 3 * 60_000) } });
    await channel.receive(typed("zalo-user-4", "224", "m-3"));
    expect(seen).toEqual(["224"]);
    await channel.stop();
  });
});

// A city's processes share one PostgreSQL database: the case this order is for.
describe.each(await providersUnderTest())("two processes on %s", (provider) => {
  it("waits for an earlier update of its chat that another process has in hand, and reads the choices that one offered", async () => {
    const { db, chatKey } = await chatWithSummary(provider, "zalo-user-3");

    // Process A takes the leader's "1" (the submission); its reply will offer the menu.
    const handled: string[] = [];
    let finishA!: () => void;
    const aHolds = new Promise<void>((resolve) => (finishA = resolve));
    const a = channelWith(db, async (update) => {
      await aHolds;
      await saveChoices(db, chatKey, MENU);
      handled.push(`A ${update.callback_query?.data ?? update.message?.text}`);
      return "done";
    });
    // Process B gets the leader's next message, typed before A's reply came.
    const b = channelWith(db, async (update) => {
      handled.push(`B ${update.callback_query?.data ?? update.message?.text}`);
      return "done";
    }, 20);
    const first = a.receive(typed("zalo-user-3", "1", "m-1"));
    await expect.poll(() => db.channelInbox.count()).toBe(1);
    await b.receive(typed("zalo-user-3", "1", "m-2"));
    expect(handled).toEqual([]);

    finishA();
    await first;
    await expect.poll(() => handled).toEqual(["A s:submit", "B 📝 Báo cáo kết quả"]);
    await expect.poll(() => db.channelInbox.count({ where: { handledAt: null } })).toBe(0);
    await a.stop();
    await b.stop();
  });
});
