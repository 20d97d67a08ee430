import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { autoRetry } from "@grammyjs/auto-retry";
import { Bot, GrammyError, InlineKeyboard, InputFile, Keyboard, webhookCallback } from "grammy";
import type { Update } from "grammy/types";
import { afterEach, describe, expect, it } from "vitest";
import { type BotApiServer, apiErrors, startBotApiServer } from "../support/bot-api-server.js";
import { type RunningBot, runBot } from "../support/run-bot.js";
import { expectTranscript, recordTranscript } from "../support/transcript.js";

const TOKEN = "7000000001:AAH-test-token_for-thidua";
/** What a bot gives setWebhook; the servers' `webhook.forward` delivers it to a local listener. */
const PUBLIC_URL = "https://thidua.example.vn/telegram";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  // Stop bots before servers, in reverse order of creation.
  while (cleanups.length > 0) await cleanups.pop()!();
});

async function server(options: Parameters<typeof startBotApiServer>[0] = {}): Promise<BotApiServer> {
  const s = await startBotApiServer(options);
  cleanups.push(() => s.close());
  return s;
}

function newBot(s: BotApiServer): Bot {
  return new Bot(TOKEN, { client: { apiRoot: s.url } });
}

async function start(bot: Bot): Promise<RunningBot> {
  const running = await runBot(bot);
  cleanups.push(() => running.stop());
  return running;
}

async function raw(
  s: BotApiServer,
  method: string,
  params: Record<string, unknown> = {},
): Promise<{ status: number; body: { ok: boolean; result?: unknown; error_code?: number; description?: string; parameters?: { retry_after?: number } } }> {
  const res = await fetch(`${s.url}/bot${TOKEN}/${method}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(params),
  });
  return { status: res.status, body: (await res.json()) as never };
}

async function apiError(promise: Promise<unknown>): Promise<GrammyError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GrammyError);
  return error as GrammyError;
}

describe("bot-api-server with a real grammY bot (long polling)", () => {
  it("answers /start with a reply keyboard; the user presses a keyboard button", async () => {
    const s = await server();
    const lan = s.user({ id: 1001, firstName: "Lan", lastName: "Nguyễn", username: "lan_nguyen", languageCode: "vi" });
    const bot = newBot(s);
    const seen: Update[] = [];
    bot.use(async (ctx, next) => {
      seen.push(ctx.update);
      await next();
    });
    bot.command("start", (ctx) =>
      ctx.reply(`Xin chào ${ctx.from?.first_name}! (${ctx.match})`, {
        reply_markup: new Keyboard().text("Báo cáo kết quả").text("Đăng ký thi đua").resized(),
      }),
    );
    bot.hears("Báo cáo kết quả", (ctx) =>
      ctx.reply("Tổng số hộ trong tổ hiện nay là bao nhiêu?", {
        reply_markup: new InlineKeyboard().text("Hủy", "cancel"),
      }),
    );
    await start(bot);

    lan.sendText("/start abc");
    const hello = await lan.nextReply();
    expect(hello.text).toBe("Xin chào Lan! (abc)");
    expect(hello.message.from).toMatchObject({ id: s.botUser.id, is_bot: true, username: "thidua_test_bot" });
    expect(hello.message.chat).toEqual({ id: 1001, type: "private", first_name: "Lan", last_name: "Nguyễn", username: "lan_nguyen" });
    expect(hello.message.reply_markup).toBeUndefined(); // reply keyboards are not part of Message
    expect(lan.keyboardLabels()).toEqual([["Báo cáo kết quả", "Đăng ký thi đua"]]);

    const first = seen[0]!;
    expect(first.message?.entities).toEqual([{ type: "bot_command", offset: 0, length: 6 }]);
    expect(first.message?.from).toEqual({
      id: 1001,
      is_bot: false,
      first_name: "Lan",
      last_name: "Nguyễn",
      username: "lan_nguyen",
      language_code: "vi",
    });
    expect(s.callsTo("getMe")).toHaveLength(1);

    const press = lan.pressButton("Báo cáo kết quả");
    expect(press.kind).toBe("text");
    const question = await lan.nextReply();
    expect(question.buttons).toEqual([["Hủy"]]);
    expect(question.message.reply_markup).toEqual({ inline_keyboard: [[{ text: "Hủy", callback_data: "cancel" }]] });
    expect(seen.map((u) => u.update_id)).toEqual([1, 2]);
  });

  it("delivers an inline button press as callback_query and records edits", async () => {
    const s = await server();
    const lan = s.user({ id: 1001, firstName: "Lan", languageCode: "vi" });
    const bot = newBot(s);
    bot.command("vote", (ctx) =>
      ctx.reply("Tổ đã hoàn thành chỉ tiêu chưa?", {
        reply_markup: new InlineKeyboard().text("Có", "vote:yes").text("Không", "vote:no"),
      }),
    );
    bot.callbackQuery(/^vote:(.+)$/, async (ctx) => {
      await ctx.answerCallbackQuery({ text: "Đã ghi nhận" });
      await ctx.editMessageText(`Bạn chọn: ${ctx.match[1] === "yes" ? "Có" : "Không"}`);
    });
    await start(bot);

    const transcript = recordTranscript(lan, "Tổ trưởng");
    lan.sendText("/vote");
    const question = await lan.nextReply();
    const press = lan.pressInlineButton("Có");
    expect(press.query.data).toBe("vote:yes");
    expect(press.query.message?.message_id).toBe(question.message_id);
    expect(await press.answer()).toEqual({ queryId: press.query.id, text: "Đã ghi nhận", showAlert: false });
    const edited = await lan.nextEdit();
    expect(edited).toBe(question); // the same live message
    expect(question.text).toBe("Bạn chọn: Có");
    // editMessageText without reply_markup removes the inline keyboard, like Telegram.
    expect(question.inlineKeyboard).toBeUndefined();
    expect(question.message.edit_date).toBeTypeOf("number");
    expect(() => lan.pressButton("Không")).toThrow(/no button Không/);

    expect(transcript.render()).toBe(
      [
        "**Tổ trưởng:** /vote",
        "**Bot:** Tổ đã hoàn thành chỉ tiêu chưa? [Có] [Không]",
        "**Tổ trưởng:** ▸ Có",
        "**Bot (thông báo):** Đã ghi nhận",
        "**Bot (sửa):** Bạn chọn: Có",
      ].join("\n\n") + "\n",
    );
    expectTranscript("vote", transcript, { dir: path.join(path.dirname(fileURLToPath(import.meta.url)), "transcripts") });
  });

  it("receives sendDocument uploads (multipart, InputFile buffer) with bytes and filename", async () => {
    const s = await server();
    const lan = s.user({ id: 1001, firstName: "Lan" });
    const bytes = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x0d, 0x0a, 0x2d, 0x2d]);
    const bot = newBot(s);
    bot.command("report", (ctx) =>
      ctx.replyWithDocument(new InputFile(bytes, "báo cáo tháng 5.pdf"), {
        caption: "Báo cáo <b>tháng 5</b>",
        parse_mode: "HTML",
        reply_markup: new InlineKeyboard().text("Tải lại", "reload"),
      }),
    );
    await start(bot);

    lan.sendText("/report");
    const doc = await lan.nextReply();
    expect(doc.document?.file_name).toBe("báo cáo tháng 5.pdf");
    expect(doc.document?.mime_type).toBe("application/pdf");
    expect(doc.document?.file_size).toBe(bytes.length);
    expect(doc.document?.data.equals(bytes)).toBe(true);
    expect(doc.message.caption).toBe("Báo cáo tháng 5");
    expect(doc.message.caption_entities).toEqual([{ type: "bold", offset: 8, length: 7 }]);
    expect(doc.buttons).toEqual([["Tải lại"]]);

    // getFile + download, and re-sending by file_id (JSON body).
    const file = await bot.api.getFile(doc.document!.file_id);
    const download = await fetch(`${s.url}/file/bot${TOKEN}/${file.file_path}`);
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
    const again = await bot.api.sendDocument(lan.id, doc.document!.file_id, { caption: "Gửi lại" });
    expect(again.document?.file_unique_id).toBe(doc.document?.file_unique_id);
    const unknown = await apiError(bot.api.sendDocument(lan.id, "not-a-file-id"));
    expect(unknown.description).toBe("Bad Request: wrong file identifier/HTTP URL specified");

    // A document from the user can be downloaded by the bot.
    lan.sendDocument("Tổ,Số hộ\n1,120\n", "so-ho.csv", { caption: "số liệu" });
    await s.settled();
    const userDoc = s.chatMessages(lan.id).at(-1)!;
    const userFile = await bot.api.getFile(userDoc.message.document!.file_id);
    const csv = await fetch(`${s.url}/file/bot${TOKEN}/${userFile.file_path}`);
    expect(await csv.text()).toBe("Tổ,Số hộ\n1,120\n");
  });

  it("redelivers unconfirmed updates: getUpdates without offset repeats, with offset confirms", async () => {
    const s = await server();
    const lan = s.user({ id: 1001, firstName: "Lan" });
    lan.sendText("5.829");
    lan.sendText("6.000");

    // A bot that fetched a batch and died before confirming it...
    const first = await raw(s, "getUpdates", { limit: 1 });
    const batch = first.body.result as Update[];
    expect(batch.map((u) => u.message?.text)).toEqual(["5.829"]);
    // ...gets the same update again.
    const second = await raw(s, "getUpdates", {});
    expect((second.body.result as Update[]).map((u) => u.update_id)).toEqual([1, 2]);
    // Confirming the first one (offset = id + 1) drops it for good.
    const third = await raw(s, "getUpdates", { offset: batch[0]!.update_id + 1 });
    expect((third.body.result as Update[]).map((u) => u.update_id)).toEqual([2]);
    expect(s.pendingUpdates.map((u) => u.update_id)).toEqual([2]);

    // A real grammY bot started afterwards handles the unconfirmed update.
    const bot = newBot(s);
    const texts: string[] = [];
    bot.on("message:text", (ctx) => {
      texts.push(ctx.message.text);
    });
    await start(bot);
    await s.settled();
    expect(texts).toEqual(["6.000"]);

    // Negative offset keeps only the last N updates.
    const running = cleanups.pop()!;
    await running();
    lan.sendText("a");
    lan.sendText("b");
    lan.sendText("c");
    const last = await raw(s, "getUpdates", { offset: -1 });
    expect((last.body.result as Update[]).map((u) => u.message?.text)).toEqual(["c"]);
  });

  it("holds getUpdates until an update arrives, and terminates an older poll with 409", async () => {
    const s = await server();
    const lan = s.user({ id: 1001, firstName: "Lan" });
    const t0 = performance.now();
    const held = raw(s, "getUpdates", { timeout: 20 });
    await new Promise((r) => setTimeout(r, 50));
    lan.sendText("xin chào");
    const res = await held;
    expect((res.body.result as Update[])[0]?.message?.text).toBe("xin chào");
    expect(performance.now() - t0).toBeLessThan(10_000); // answered at the update, long before the 20 s poll timeout

    const older = raw(s, "getUpdates", { offset: 2, timeout: 20 });
    await new Promise((r) => setTimeout(r, 30));
    const newer = raw(s, "getUpdates", { offset: 2, timeout: 0 });
    expect((await older).body).toEqual({
      ok: false,
      error_code: 409,
      description: "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
    });
    expect((await newer).body).toEqual({ ok: true, result: [] });
  });

  it("answers 429 when a chat gets more than 1 message per second; auto-retry honours retry_after", async () => {
    const s = await server({ rateLimit: { perChat: 1 } });
    const lan = s.user({ id: 1001, firstName: "Lan" });
    const bot = newBot(s);
    bot.api.config.use(autoRetry());
    bot.command("two", async (ctx) => {
      await ctx.reply("Một");
      await ctx.reply("Hai");
    });
    await start(bot);

    lan.sendText("/two");
    const t0 = performance.now();
    const [one, two] = await lan.waitForMessages(2, { timeoutMs: 4000 });
    expect([one?.text, two?.text]).toEqual(["Một", "Hai"]);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(900);
    const limited = s.callsTo("sendMessage").filter((c) => !c.ok);
    expect(limited.map((c) => c.error)).toEqual([
      { error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } },
    ]);
  });

  it("applies a global limit and fault injection in Bot API error form", async () => {
    const s = await server({ rateLimit: { global: 2 } });
    const a = s.user({ id: 1, firstName: "A", startedBot: true });
    const b = s.user({ id: 2, firstName: "B", startedBot: true });
    expect((await raw(s, "sendMessage", { chat_id: a.id, text: "1" })).status).toBe(200);
    expect((await raw(s, "sendMessage", { chat_id: b.id, text: "2" })).status).toBe(200);
    const third = await raw(s, "sendMessage", { chat_id: a.id, text: "3" });
    expect(third.status).toBe(429);
    expect(third.body).toEqual({
      ok: false,
      error_code: 429,
      description: "Too Many Requests: retry after 1",
      parameters: { retry_after: 1 },
    });

    s.failNext("getChat", apiErrors.internal());
    expect((await raw(s, "getChat", { chat_id: 1 })).body).toEqual({
      ok: false,
      error_code: 500,
      description: "Internal Server Error",
    });
    expect((await raw(s, "getChat", { chat_id: 1 })).status).toBe(200);
    s.failNext("getMe", "network");
    await expect(raw(s, "getMe")).rejects.toThrow();
    expect((await raw(s, "getMe")).status).toBe(200);
  });

  it("gives 403 for a user who blocked the bot, and tells the bot via my_chat_member", async () => {
    const s = await server();
    const lan = s.user({ id: 1001, firstName: "Lan" });
    const stranger = s.user({ id: 1002, firstName: "Bình" });
    const bot = newBot(s);
    const statuses: string[] = [];
    bot.on("my_chat_member", (ctx) => {
      statuses.push(ctx.myChatMember.new_chat_member.status);
    });
    await start(bot);

    lan.sendText("/start");
    await s.settled();
    lan.blockBot();
    const blocked = await apiError(bot.api.sendMessage(lan.id, "Nhắc nhở nộp báo cáo"));
    expect(blocked.error_code).toBe(403);
    expect(blocked.description).toBe("Forbidden: bot was blocked by the user");
    await s.settled();
    expect(statuses).toEqual(["kicked"]);

    const notStarted = await apiError(bot.api.sendMessage(stranger.id, "Xin chào"));
    expect(notStarted.description).toBe("Forbidden: bot can't initiate conversation with a user");
    const unknown = await apiError(bot.api.sendMessage(424242, "Xin chào"));
    expect(unknown.description).toBe("Bad Request: chat not found");

    lan.sendText("/start"); // writing again unblocks, like "Restart" in the app
    await s.settled();
    expect(statuses).toEqual(["kicked", "member"]);
    await bot.api.sendMessage(lan.id, "Chào mừng trở lại");
  });

  it("rejects invalid requests with Bot API errors", async () => {
    const s = await server();
    const lan = s.user({ id: 1001, firstName: "Lan", startedBot: true });
    const bot = newBot(s);
    const d = async (p: Promise<unknown>) => (await apiError(p)).description;

    expect(await raw(s, "sendSomething", {})).toEqual({
      status: 404,
      body: { ok: false, error_code: 404, description: "Not Found: method not found" },
    });
    expect(await d(bot.api.sendMessage(lan.id, ""))).toBe("Bad Request: message text is empty");
    expect(await d(bot.api.sendMessage(lan.id, "x".repeat(4097)))).toBe("Bad Request: message is too long");
    await bot.api.sendMessage(lan.id, "ệ".repeat(4096)); // 4096 characters are fine
    expect(
      await d(bot.api.sendMessage(lan.id, "Chọn", { reply_markup: new InlineKeyboard().text("A", "đ".repeat(33)) })),
    ).toBe("Bad Request: BUTTON_DATA_INVALID");
    expect(await d(bot.api.sendMessage(lan.id, "<x>hi</x>", { parse_mode: "HTML" }))).toBe(
      `Bad Request: can't parse entities: Unsupported start tag "x" at byte offset 0`,
    );
    expect(await d(bot.api.sendMessage(lan.id, "Tổng: 5.829", { parse_mode: "MarkdownV2" }))).toBe(
      `Bad Request: can't parse entities: Character '.' is reserved and must be escaped with the preceding '\\'`,
    );
    const html = await bot.api.sendMessage(lan.id, "<b>Tổ 1</b> &amp; <i>Tổ 2</i>", { parse_mode: "HTML" });
    expect(html.text).toBe("Tổ 1 & Tổ 2");
    expect(html.entities).toEqual([
      { type: "bold", offset: 0, length: 4 },
      { type: "italic", offset: 7, length: 4 },
    ]);

    const m = await bot.api.sendMessage(lan.id, "Tiến độ: 50%", {
      reply_markup: new InlineKeyboard().text("Làm mới", "refresh"),
    });
    expect(
      await d(
        bot.api.editMessageText(lan.id, m.message_id, "Tiến độ: 50%", {
          reply_markup: new InlineKeyboard().text("Làm mới", "refresh"),
        }),
      ),
    ).toMatch(/^Bad Request: message is not modified/);
    expect(await d(bot.api.editMessageText(lan.id, 9999, "x"))).toBe("Bad Request: message to edit not found");
    expect(await d(bot.api.deleteMessage(lan.id, 9999))).toBe("Bad Request: message to delete not found");
    expect(await d(bot.api.answerCallbackQuery("123"))).toBe(
      "Bad Request: query is too old and response timeout expired or query ID is invalid",
    );
    expect(await d(bot.api.sendChatAction(lan.id, "dancing" as "typing"))).toBe(
      "Bad Request: wrong parameter action in request",
    );
    await bot.api.editMessageReplyMarkup(lan.id, m.message_id);
    expect(lan.messages.at(-1)?.inlineKeyboard).toBeUndefined();
    await bot.api.deleteMessage(lan.id, m.message_id);
    expect(lan.messages.map((x) => x.message_id)).not.toContain(m.message_id);
    await bot.api.sendChatAction(lan.id, "upload_document");
    expect(lan.chatActions).toEqual(["upload_document"]);
  });

  it("stores commands per scope and language", async () => {
    const s = await server();
    const lan = s.user({ id: 1001, firstName: "Lan" });
    const group = s.groupChat(-100123, "Tổ dân phố 5");
    const bot = newBot(s);
    await bot.api.setMyCommands([
      { command: "start", description: "Bắt đầu" },
      { command: "baocao", description: "Báo cáo kết quả" },
    ]);
    await bot.api.setMyCommands([{ command: "admin", description: "Quản trị" }], {
      scope: { type: "chat", chat_id: lan.id },
      language_code: "vi",
    });
    await bot.api.setMyCommands([{ command: "diem", description: "Điểm thi đua" }], {
      scope: { type: "all_group_chats" },
    });
    expect(await bot.api.getMyCommands()).toEqual([
      { command: "start", description: "Bắt đầu" },
      { command: "baocao", description: "Báo cáo kết quả" },
    ]);
    expect(await bot.api.getMyCommands({ scope: { type: "chat", chat_id: lan.id } })).toEqual([]);
    expect(s.visibleCommands(lan.id, lan.id, "vi").map((c) => c.command)).toEqual(["admin"]);
    expect(s.visibleCommands(lan.id, lan.id, "en").map((c) => c.command)).toEqual(["start", "baocao"]);
    expect(s.visibleCommands(group.id, lan.id).map((c) => c.command)).toEqual(["diem"]);
    expect((await apiError(bot.api.setMyCommands([{ command: "BaoCao", description: "x" }]))).description).toBe(
      "Bad Request: BOT_COMMAND_INVALID",
    );
    await bot.api.deleteMyCommands({ scope: { type: "chat", chat_id: lan.id }, language_code: "vi" });
    expect(s.visibleCommands(lan.id, lan.id, "vi").map((c) => c.command)).toEqual(["start", "baocao"]);
  });

  it("supports group chats with privacy mode", async () => {
    const s = await server();
    const lan = s.user({ id: 1001, firstName: "Lan" });
    const binh = s.user({ id: 1002, firstName: "Bình" });
    const group = s.groupChat(-1001234567890, "Tổ dân phố 5");
    const bot = newBot(s);
    const texts: string[] = [];
    bot.on("message:text", async (ctx) => {
      texts.push(ctx.message.text);
      if (ctx.message.text.startsWith("/diem")) await ctx.reply(`Điểm của tổ: 95 (${ctx.chat.title})`);
    });
    await start(bot);

    const transcript = recordTranscript(group, { [lan.id]: "Tổ trưởng", [binh.id]: "Tổ viên" });
    binh.in(group).sendText("chào cả nhà"); // not for the bot (privacy mode)
    lan.in(group).sendText("/diem@thidua_test_bot");
    const reply = await lan.in(group).nextReply();
    expect(reply.message.chat).toEqual({ id: -1001234567890, type: "supergroup", title: "Tổ dân phố 5" });
    await s.settled();
    expect(texts).toEqual(["/diem@thidua_test_bot"]);
    expect(transcript.lines).toEqual([
      "**Tổ viên:** chào cả nhà",
      "**Tổ trưởng:** /diem@thidua_test_bot",
      "**Bot:** Điểm của tổ: 95 (Tổ dân phố 5)",
    ]);
  });
});

describe("bot-api-server details", () => {
  it("sends documents by URL, replies to messages and rejects reply keyboards in edits", async () => {
    const s = await server();
    const lan = s.user({ id: 1001, firstName: "Lan" });
    const files = http.createServer((req, res) => {
      if (req.url === "/files/mau-bao-cao.docx") res.writeHead(200, { "content-type": "application/octet-stream" }).end("DOCX");
      else res.writeHead(404).end();
    });
    await new Promise<void>((r) => files.listen(0, "127.0.0.1", r));
    cleanups.push(() => new Promise<void>((r) => files.close(() => r())));
    const base = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
    const bot = newBot(s);

    const question = lan.sendText("Cho tôi mẫu báo cáo");
    const doc = await bot.api.sendDocument(lan.id, `${base}/files/mau-bao-cao.docx`, {
      reply_parameters: { message_id: question.message_id },
    });
    expect(doc.document).toMatchObject({
      file_name: "mau-bao-cao.docx",
      mime_type: "application/octet-stream",
      file_size: 4,
    });
    expect(doc.reply_to_message?.text).toBe("Cho tôi mẫu báo cáo");
    expect(s.file(doc.document!.file_id)?.data.toString()).toBe("DOCX");
    expect((await apiError(bot.api.sendDocument(lan.id, `${base}/missing.pdf`))).description).toBe(
      "Bad Request: failed to get HTTP URL content",
    );
    expect(
      (await apiError(bot.api.sendMessage(lan.id, "x", { reply_parameters: { message_id: 999 } }))).description,
    ).toBe("Bad Request: message to be replied not found");

    const m = await bot.api.sendMessage(lan.id, "Nhập số hộ:", { reply_markup: { force_reply: true } });
    expect(m.reply_markup).toBeUndefined();
    expect(
      (await apiError(bot.api.editMessageText(lan.id, m.message_id, "y", { reply_markup: new Keyboard().text("a") as never })))
        .description,
    ).toBe("Bad Request: inline keyboard expected");
    expect((await apiError(bot.api.editMessageText(lan.id, question.message_id, "y"))).description).toBe(
      "Bad Request: message can't be edited",
    );
  });

  it("honours allowed_updates, the token option, expectNoReply and user edits", async () => {
    const s = await server({ token: TOKEN });
    const lan = s.user({ id: 1001, firstName: "Lan" });
    expect((await fetch(`${s.url}/bot123:wrong/getMe`)).status).toBe(401);

    const bot = newBot(s);
    const edits: string[] = [];
    bot.on("edited_message:text", (ctx) => {
      edits.push(ctx.editedMessage.text);
    });
    bot.command("im", () => {});
    await start(bot);
    const sent = lan.sendText("/im");
    await lan.expectNoReply();
    lan.editText(sent, "/im lặng");
    await s.settled();
    expect(edits).toEqual(["/im lặng"]);

    expect(s.callsTo("getUpdates").at(-1)?.params.allowed_updates).toBeUndefined();
    await cleanups.pop()!(); // stop the bot (a second poller would get 409)
    await raw(s, "getUpdates", { allowed_updates: ["callback_query"] });
    lan.sendText("không ai nhận");
    expect(s.pendingUpdates).toEqual([]);
  });

  it("applies Telegram's limits by default: a burst of 20 to one chat, then 1 a second; 30 a second in all", async () => {
    const s = await server();
    const lan = s.user({ id: 1001, firstName: "Lan", startedBot: true });
    const statuses: number[] = [];
    for (let i = 1; i <= 21; i++) statuses.push((await raw(s, "sendMessage", { chat_id: lan.id, text: String(i) })).status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(20);
    const refused = await raw(s, "sendMessage", { chat_id: lan.id, text: "22" });
    expect(refused.body).toMatchObject({ error_code: 429, parameters: { retry_after: 1 } });
    const others = Array.from({ length: 12 }, (_, i) => s.user({ id: 2000 + i, firstName: `U${i}`, startedBot: true }));
    const global = await Promise.all(others.map((user) => raw(s, "sendMessage", { chat_id: user.id, text: "x" })));
    // 20 sent to Lan and 12 more within the same second: the last ones exceed 30 a second.
    expect(global.filter((r) => r.status === 429).length).toBeGreaterThan(0);
  });

  it("applies no limits with rateLimit: false", async () => {
    const s = await server({ rateLimit: false });
    const lan = s.user({ id: 1001, firstName: "Lan", startedBot: true });
    for (let i = 1; i <= 40; i++) expect((await raw(s, "sendMessage", { chat_id: lan.id, text: String(i) })).status).toBe(200);
  });
});

describe("bot-api-server as strict as Telegram", () => {
  it("drops a callback query update not fetched within 150 s (compressed) and a message after 24 h (compressed)", async () => {
    const s = await server({ expiry: { callbackQueryUpdateMs: 200, updateMs: 600 } });
    const lan = s.user({ id: 1001, firstName: "Lan", startedBot: true });
    await raw(s, "sendMessage", { chat_id: lan.id, text: "Gửi?", reply_markup: { inline_keyboard: [[{ text: "Gửi", callback_data: "send" }]] } });
    lan.pressButton("Gửi");
    lan.sendText("xin chào");
    await new Promise((r) => setTimeout(r, 300));
    const first = (await raw(s, "getUpdates")).body.result as Update[];
    expect(first.map((u) => Object.keys(u).filter((k) => k !== "update_id"))).toEqual([["message"]]);
    expect(s.expiredUpdates.map((u) => u.callback_query?.data)).toEqual(["send"]);
    await new Promise((r) => setTimeout(r, 400));
    expect((await raw(s, "getUpdates")).body.result).toEqual([]);
    expect(s.expiredUpdates).toHaveLength(2);
  });

  it("answers a callback query only within 15 s (compressed) of the press", async () => {
    const s = await server({ expiry: { answerCallbackQueryMs: 150 } });
    const lan = s.user({ id: 1001, firstName: "Lan", startedBot: true });
    await raw(s, "sendMessage", { chat_id: lan.id, text: "Có?", reply_markup: { inline_keyboard: [[{ text: "Có", callback_data: "yes" }]] } });
    lan.pressButton("Có");
    lan.pressButton("Có");
    const ids = ((await raw(s, "getUpdates")).body.result as Update[]).map((u) => u.callback_query!.id);
    expect((await raw(s, "answerCallbackQuery", { callback_query_id: ids[0] })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 200));
    expect((await raw(s, "answerCallbackQuery", { callback_query_id: ids[1] })).body).toEqual({
      ok: false,
      error_code: 400,
      description: "Bad Request: query is too old and response timeout expired or query ID is invalid",
    });
  });

  it("sets a webhook on HTTPS and ports 443, 80, 88 or 8443 only", async () => {
    const s = await server();
    const refused = async (url: string) => (await raw(s, "setWebhook", { url })).body.description;
    expect(await refused("http://thidua.example.vn/telegram")).toBe("Bad Request: bad webhook: An HTTPS URL must be provided for webhook");
    expect(await refused("https://thidua.example.vn:3000/telegram")).toBe(
      "Bad Request: bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443",
    );
    for (const url of ["https://thidua.example.vn/t", "https://thidua.example.vn:8443/t", "https://thidua.example.vn:88/t", "https://thidua.example.vn:80/t"]) {
      expect((await raw(s, "setWebhook", { url })).body.ok).toBe(true);
    }
  });

  it("refuses strings that are not valid UTF-16 (an unpaired surrogate) with 400", async () => {
    const s = await server();
    const lan = s.user({ id: 1001, firstName: "Lan", startedBot: true });
    const cut = "Chúc mừng 🎉".slice(0, -1); // an emoji cut in half
    const expected = { ok: false, error_code: 400, description: "Bad Request: strings must be encoded in UTF-8" };
    expect((await raw(s, "sendMessage", { chat_id: lan.id, text: cut })).body).toEqual(expected);
    const markup = JSON.stringify({ inline_keyboard: [[{ text: cut, callback_data: "x" }]] });
    expect((await raw(s, "sendMessage", { chat_id: lan.id, text: "ok", reply_markup: markup })).body).toEqual(expected);
    expect((await raw(s, "sendMessage", { chat_id: lan.id, text: "Chúc mừng 🎉" })).status).toBe(200);
    expect(lan.messages.map((m) => m.text)).toEqual(["Chúc mừng 🎉"]);
  });
});

describe("bot-api-server webhooks", () => {
  async function listener(
    handler: (req: http.IncomingMessage, res: http.ServerResponse) => void | Promise<void>,
  ): Promise<string> {
    const srv = http.createServer((req, res) => {
      Promise.resolve(handler(req, res)).catch(() => {
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
    });
    await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
    cleanups.push(
      () =>
        new Promise<void>((r) => {
          srv.close(() => r());
          srv.closeAllConnections();
        }),
    );
    return `http://127.0.0.1:${(srv.address() as AddressInfo).port}/telegram`;
  }

  it("POSTs updates with the secret token header, retries on non-2xx, and executes webhook replies", async () => {
    let local = "";
    const s = await server({ webhook: { retryDelayMs: 20, forward: () => local } });
    const lan = s.user({ id: 1001, firstName: "Lan" });
    const bot = new Bot(TOKEN, { client: { apiRoot: s.url, canUseWebhookReply: (m) => m === "sendMessage" } });
    bot.command("start", (ctx) => ctx.reply("Xin chào qua webhook"));
    const handle = webhookCallback(bot, "http", { secretToken: "s3cret_TOKEN-1" });
    const seen: { secret: string | undefined; status: number }[] = [];
    let failFirst = true;
    local = await listener(async (req, res) => {
      const secret = req.headers["x-telegram-bot-api-secret-token"] as string | undefined;
      if (failFirst) {
        failFirst = false;
        seen.push({ secret, status: 500 });
        req.resume();
        res.writeHead(500).end();
        return;
      }
      seen.push({ secret, status: 200 });
      await handle(req, res);
    });

    const url = PUBLIC_URL;
    await bot.api.setWebhook(url, { secret_token: "s3cret_TOKEN-1" });
    expect((await raw(s, "getUpdates")).body).toEqual({
      ok: false,
      error_code: 409,
      description: "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
    });

    lan.sendText("/start");
    const reply = await lan.nextReply();
    expect(reply.text).toBe("Xin chào qua webhook");
    expect(seen).toEqual([
      { secret: "s3cret_TOKEN-1", status: 500 },
      { secret: "s3cret_TOKEN-1", status: 200 },
    ]);
    // The reply went back in the webhook response body, not as an HTTP API call.
    expect(s.callsTo("sendMessage").map((c) => c.viaWebhookReply)).toEqual([true]);
    await s.settled();
    const info = await bot.api.getWebhookInfo();
    expect(info).toMatchObject({
      url,
      pending_update_count: 0,
      max_connections: 40,
      last_error_message: "Wrong response from the webhook: 500 Internal Server Error",
    });
    await bot.api.deleteWebhook();
    expect((await bot.api.getWebhookInfo()).url).toBe("");
  });

  it("delivers concurrently across chats but one at a time per chat", async () => {
    let local = "";
    const s = await server({ webhook: { forward: () => local } });
    const lan = s.user({ id: 1001, firstName: "Lan" });
    const binh = s.user({ id: 1002, firstName: "Bình" });
    let inFlight = 0;
    let maxInFlight = 0;
    const order: string[] = [];
    local = await listener(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      const update = JSON.parse(Buffer.concat(chunks).toString()) as Update;
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((r) => setTimeout(r, 60));
      order.push(`${update.message?.chat.id}:${update.message?.text}`);
      inFlight--;
      res.writeHead(200).end();
    });
    await raw(s, "setWebhook", { url: PUBLIC_URL });

    lan.sendText("1");
    lan.sendText("2");
    binh.sendText("3");
    await s.settled();
    expect(maxInFlight).toBe(2);
    expect(order.filter((o) => o.startsWith("1001:"))).toEqual(["1001:1", "1001:2"]);
    expect(order).toHaveLength(3);
  });
});

describe("transcripts", () => {
  it("renders every kind of message deterministically", async () => {
    const s = await server({ clock: () => 1_700_000_000 });
    const lan = s.user({ id: 1001, firstName: "Lan", phoneNumber: "+84901234567" });
    const t = recordTranscript(lan, "Tổ trưởng");
    lan.sendText("/start");
    const bot = newBot(s);
    await bot.api.sendMessage(lan.id, "Chọn chức năng:\n(1 trong 2)", {
      reply_markup: new Keyboard().text("Báo cáo kết quả").text("Đăng ký thi đua").row().requestContact("Gửi số điện thoại"),
    });
    lan.pressButton("Gửi số điện thoại");
    lan.sendSticker();
    lan.sendPhoto({ caption: "ảnh tổ" });
    lan.sendVoice();
    lan.sendLocation();
    const doc = await bot.api.sendDocument(lan.id, new InputFile(Buffer.from("x"), "ten-tep.pdf"), { caption: "caption" });
    await bot.api.deleteMessage(lan.id, doc.message_id);
    await bot.api.sendMessage(lan.id, "Đã xong", { reply_markup: { remove_keyboard: true } });
    lan.blockBot({ notify: false });

    expect(t.render()).toBe(
      [
        "**Tổ trưởng:** /start",
        "**Bot:** Chọn chức năng:<br>(1 trong 2) ⌨ [Báo cáo kết quả] [Đăng ký thi đua] [Gửi số điện thoại]",
        "**Tổ trưởng:** (danh bạ: +84901234567)",
        "**Tổ trưởng:** (nhãn dán)",
        "**Tổ trưởng:** (ảnh) — ảnh tổ",
        "**Tổ trưởng:** (tin nhắn thoại)",
        "**Tổ trưởng:** (vị trí)",
        "**Bot:** 📎 ten-tep.pdf — caption",
        "**Bot (xóa):** 📎 ten-tep.pdf — caption",
        "**Bot:** Đã xong ⌨ ✕",
        "**Tổ trưởng:** (chặn bot)",
      ].join("\n\n") + "\n",
    );
    expect(lan.currentKeyboard()).toBeUndefined();
  });

  it("expectTranscript writes missing files, compares, and writes .actual.md on mismatch", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "transcripts-"));
    // A missing file is written locally and refused on CI: test the local behaviour here.
    const ci = process.env.CI;
    delete process.env.CI;
    try {
      expectTranscript("demo", "**A:** 1\n\n**Bot:** 2", { dir });
      expect(fs.readFileSync(path.join(dir, "demo.md"), "utf8")).toBe("**A:** 1\n\n**Bot:** 2\n");
      expectTranscript("demo", "**A:** 1\r\n\r\n**Bot:** 2\n\n", { dir });
      expect(() => expectTranscript("demo", "**A:** 1\n\n**Bot:** 3", { dir })).toThrow(/transcript demo differs/);
      expect(fs.readFileSync(path.join(dir, "demo.actual.md"), "utf8")).toBe("**A:** 1\n\n**Bot:** 3\n");
      const previous = process.env.UPDATE_TRANSCRIPTS;
      process.env.UPDATE_TRANSCRIPTS = "1";
      try {
        expectTranscript("demo", "**A:** 1\n\n**Bot:** 3", { dir });
      } finally {
        if (previous === undefined) delete process.env.UPDATE_TRANSCRIPTS;
        else process.env.UPDATE_TRANSCRIPTS = previous;
      }
      expect(fs.existsSync(path.join(dir, "demo.actual.md"))).toBe(false);
      expectTranscript("demo", "**A:** 1\n\n**Bot:** 3", { dir });
      expect(() => expectTranscript("../escape", "x", { dir })).toThrow(/invalid transcript name/);
    } finally {
      if (ci !== undefined) process.env.CI = ci;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
