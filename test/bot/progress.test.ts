// Officials follow the open period from their phone: /tiendo lists every group by state, a
// group's button opens its answers, and the officer approves or returns a report; the
// group's leader hears about it. Leaders and people of another ward get nothing.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createGroups } from "../../src/db/repos/groups.js";
import { createMember } from "../../src/db/repos/members.js";
import { createWard } from "../../src/db/repos/wards.js";
import { startTestBot, type TestBot } from "../support/bot-harness.js";
import type { TelegramUser } from "../support/telegram-user.js";
import { expectTranscript, recordTranscript } from "../support/transcript.js";

let harness: TestBot;

beforeEach(async () => {
  harness = await startTestBot();
});
afterEach(async () => {
  await harness?.stop();
});

const settle = () => harness.server.settled({ timeoutMs: 10_000 });
async function say(user: TelegramUser, text: string) {
  user.sendText(text);
  await settle();
}
async function press(user: TelegramUser, label: string | RegExp) {
  user.pressButton(label);
  await settle();
}

/** Links a Telegram user to a member of the demo ward (what redeeming an invite does). */
async function signIn(where: { role: "officer" | "chair" | "leader"; group?: string }, userId: number, firstName: string): Promise<TelegramUser> {
  const member = await harness.db.member.findFirstOrThrow({
    where: { wardId: harness.demo!.wardId, role: where.role, ...(where.group ? { group: { name: where.group } } : {}) },
  });
  await harness.db.member.update({ where: { id: member.id }, data: { telegramId: BigInt(userId), registeredAt: harness.clock.now() } });
  return harness.server.user({ id: userId, firstName, languageCode: "vi", startedBot: true });
}

const groupId = async (name: string) =>
  (await harness.db.group.findFirstOrThrow({ where: { wardId: harness.demo!.wardId, name } })).id;
const report = async (name: string) =>
  harness.db.groupReport.findFirstOrThrow({ where: { periodId: harness.demo!.currentPeriodId, groupId: await groupId(name) } });

describe("/tiendo: the progress of the open period", () => {
  it("lists the groups in each state, with a button per group", async () => {
    await harness.db.groupReport.update({ where: { id: (await report("Tổ 3")).id }, data: { status: "returned" } });
    await harness.db.groupReport.update({ where: { id: (await report("Tổ 4")).id }, data: { status: "approved" } });
    const officer = await signIn({ role: "officer" }, 8001, "Thanh");
    await say(officer, "/start");
    await press(officer, "📊 Tiến độ các tổ");
    // The menu stays on screen after a press: the next item is one tap away, not hidden.
    expect(officer.keyboardOnScreen()).toEqual([["📊 Tiến độ các tổ", "📑 Báo cáo tổng hợp"], ["➕ Mời thành viên", "❓ Hướng dẫn"], ["🏅 Khen thưởng"]]);

    const text = officer.lastMessage!.text!;
    expect(text).toContain("Tiến độ báo cáo: 6 tháng đầu năm 2025");
    expect(text).toContain("Hạn nộp: 17:00 ngày 20 tháng 6 năm 2025");
    expect(text).toContain("Đã nộp 17/26 tổ (chờ duyệt: 16, đã duyệt: 1)");
    expect(text).toContain("Trả lại để bổ sung (1): Tổ 3");
    expect(text).toContain("Đang làm dở (3): Tổ 20, Tổ 21, Tổ 22");
    expect(text).toContain("Chưa bắt đầu (5): Tổ 1, Tổ 23, Tổ 24, Tổ 25, Tổ 26");

    const buttons = officer.lastMessage!.buttons;
    expect(buttons[0]).toEqual(["⚪ Tổ 1", "🕓 Tổ 2", "↩️ Tổ 3"]);
    expect(buttons[1]).toEqual(["✅ Tổ 4", "🕓 Tổ 5", "🕓 Tổ 6"]);
    expect(buttons.flat().filter((label) => /Tổ \d+$/.test(label))).toHaveLength(26);
    expect(buttons.flat()).toContain("✏️ Tổ 21");

    await say(officer, "/tiendo"); // the command shows the same
    expect(officer.lastMessage!.text).toBe(text);
  });

  it("opens a group's answers, formatted, with its status", async () => {
    // Tổ 2's leader has nothing to say on the last two items: "Không có" (the demo stores it so).
    const chair = await signIn({ role: "chair" }, 8002, "Thìn");
    await say(chair, "/tiendo");
    await press(chair, "🕓 Tổ 2");
    const view = chair.lastMessage!.text!;
    expect(view).toContain("Tổ 2 — 6 tháng đầu năm 2025");
    expect(view).toContain("Trạng thái: chờ duyệt");
    expect(view).toContain("1. Tổng số hộ: 211 hộ");
    expect(view).toContain("Số tiền thăm hỏi, tặng quà: 11.200.000 đồng");
    expect(view).toMatch(/phòng cháy, chữa cháy: Có/u);
    // What the leader read in their own summary ("(không có)"), the office reads too.
    expect(view).toContain("Điển hình tiên tiến, người tốt, việc tốt: (không có)");
    expect(view).toContain("Khó khăn, kiến nghị: (không có)");
    // The chair reads; only the office approves or returns.
    expect(chair.lastMessage!.buttons.flat()).toEqual(["« Danh sách các tổ"]);

    await press(chair, "« Danh sách các tổ");
    await press(chair, "✏️ Tổ 20");
    const draft = chair.lastMessage!.text!;
    expect(draft).toContain("Trạng thái: chưa gửi (đang làm dở)");
    expect(draft).toContain("1. Tổng số hộ: 196 hộ");
    expect(draft).toContain("4. Số gia đình học tập: ❗ chưa trả lời");
  });

  it("approves a report: stored, locked with a reopen button, and the leader is told", async () => {
    const officer = await signIn({ role: "officer" }, 8001, "Thanh");
    const leader = await signIn({ role: "leader", group: "Tổ 2" }, 8101, "Lan");
    await say(officer, "/tiendo");
    await press(officer, "🕓 Tổ 2");
    const answer = await officer.pressInlineButton("✅ Duyệt").answer();
    await settle();
    expect(answer.text).toBe("Đã duyệt báo cáo.");

    const stored = await report("Tổ 2");
    const member = await harness.db.member.findFirstOrThrow({ where: { telegramId: 8001n } });
    expect(stored).toMatchObject({ status: "approved", reviewedById: member.id });
    expect(stored.reviewedAt?.toISOString()).toBe(harness.clock.now().toISOString());
    expect(officer.lastMessage!.text).toContain("Trạng thái: đã duyệt");
    expect(officer.lastMessage!.buttons.flat()).toEqual(["🔓 Mở lại", "« Danh sách các tổ"]);
    expect((await leader.nextReply()).text).toBe("Báo cáo kỳ 6 tháng đầu năm 2025 của Tổ 2 đã được Văn phòng - Thống kê phường duyệt. Cảm ơn ông/bà!");

    await press(officer, "🔓 Mở lại");
    expect((await report("Tổ 2")).status).toBe("submitted");
    expect(officer.lastMessage!.buttons.flat()).toContain("✅ Duyệt");
  });

  it("returns a report for completion: the items, the comment, and the leader's message", async () => {
    const officer = await signIn({ role: "officer" }, 8001, "Thanh");
    const leader = await signIn({ role: "leader", group: "Tổ 5" }, 8105, "Minh");
    await say(officer, "/tiendo");
    const transcript = recordTranscript(officer, "Cán bộ");
    await press(officer, "🕓 Tổ 5");
    await press(officer, "↩️ Trả lại để bổ sung");
    await press(officer, "⬜ Tổng số hộ");
    await press(officer, "⬜ Số tiền thăm hỏi, tặng quà");
    await press(officer, "☑️ Tổng số hộ"); // changed their mind
    await press(officer, "⬜ Số suất quà đã trao");
    await press(officer, "Tiếp tục ▶");
    await say(officer, "Số tiền và số suất quà chưa khớp với sổ theo dõi, đề nghị tổ kiểm tra lại.");
    expect(officer.lastMessage!.text).toBe("Đã trả lại báo cáo của Tổ 5 để bổ sung và gửi ý kiến tới tổ trưởng Hoàng Văn Minh.");

    const stored = await report("Tổ 5");
    expect(stored).toMatchObject({
      status: "returned",
      returnedItems: "poverty_gift_money,poverty_gift_count",
      reviewComment: "Số tiền và số suất quà chưa khớp với sổ theo dõi, đề nghị tổ kiểm tra lại.",
    });
    const told = (await leader.nextReply()).text!;
    expect(told).toContain("Báo cáo kỳ 6 tháng đầu năm 2025 của Tổ 5 được Văn phòng - Thống kê phường trả lại để bổ sung.");
    expect(told).toContain("Ý kiến: Số tiền và số suất quà chưa khớp với sổ theo dõi");
    expect(told).toContain("• Số tiền thăm hỏi, tặng quà\n• Số suất quà đã trao");
    expect(told).not.toContain("Tổng số hộ");

    // The report view was refreshed: returned, the items flagged, no review buttons.
    const view = officer.messages.find((message) => message.text?.startsWith("📄 Tổ 5"))!;
    expect(view.text).toContain("Trạng thái: trả lại để bổ sung");
    expect(view.text).toContain("Các mục cần bổ sung: Số tiền thăm hỏi, tặng quà; Số suất quà đã trao");
    expect(view.text).toMatch(/⚠️ \d+\. Số suất quà đã trao/u);
    expect(view.buttons.flat()).toEqual(["« Danh sách các tổ"]);
    expectTranscript("officer-return-report", transcript);

    await say(officer, "/tiendo");
    expect(officer.lastMessage!.text).toContain("Trả lại để bổ sung (1): Tổ 5");
  });

  it("can cancel a return, and a menu button leaves it for the menu", async () => {
    const officer = await signIn({ role: "officer" }, 8001, "Thanh");
    await say(officer, "/start");
    await press(officer, "📊 Tiến độ các tổ");
    await press(officer, "🕓 Tổ 7");
    await press(officer, "↩️ Trả lại để bổ sung");
    await press(officer, "Tất cả các mục");
    expect(officer.lastMessage!.text).toContain("gõ ý kiến gửi tổ trưởng");
    await press(officer, "📊 Tiến độ các tổ"); // the reply keyboard: not a comment
    expect(officer.lastMessage!.text).toContain("Tiến độ báo cáo");
    expect((await report("Tổ 7")).status).toBe("submitted");

    await press(officer, "🕓 Tổ 7");
    await press(officer, "↩️ Trả lại để bổ sung");
    await press(officer, "Thôi, không trả lại");
    expect(officer.lastMessage!.text).toContain("Đã hủy việc trả lại báo cáo");
    expect((await report("Tổ 7")).status).toBe("submitted");
  });

  it("never leaves the officer stuck: another button or command mid-way goes where it should", async () => {
    const officer = await signIn({ role: "officer" }, 8001, "Thanh");
    await say(officer, "/moi");
    await press(officer, "Tổ trưởng tổ dân phố"); // the invite conversation waits for a group
    await say(officer, "/tiendo"); // a command leaves it
    await press(officer, "🕓 Tổ 8");
    await press(officer, "↩️ Trả lại để bổ sung");
    const list = officer.messages.find((message) => message.text?.startsWith("📊"))!;
    officer.pressButton("🕓 Tổ 9", { messageId: list.message_id }); // a button of the list leaves the return
    await settle();
    expect(officer.lastMessage!.text).toContain("📄 Tổ 9");
    await press(officer, "↩️ Trả lại để bổ sung");
    await press(officer, "Tất cả các mục");
    await say(officer, "/moi"); // not taken as the comment
    expect(officer.lastMessage!.text).toContain("Ông/bà muốn mời ai tham gia?");
    expect((await report("Tổ 8")).status).toBe("submitted");
    expect((await report("Tổ 9")).status).toBe("submitted");
  });

  it("tells the officer when no leader could be reached, and marks a leader who blocked the bot", async () => {
    const officer = await signIn({ role: "officer" }, 8001, "Thanh");
    const leader = await signIn({ role: "leader", group: "Tổ 10" }, 8110, "Sơn");
    leader.blockBot();
    await say(officer, "/tiendo");
    await press(officer, "🕓 Tổ 10");
    await press(officer, "↩️ Trả lại để bổ sung");
    await press(officer, "Tất cả các mục");
    await say(officer, "Đề nghị tổ rà soát lại toàn bộ số liệu.");
    expect(officer.lastMessage!.text).toContain("ông/bà vui lòng báo trực tiếp cho tổ");
    const stored = await report("Tổ 10");
    expect(stored.status).toBe("returned");
    expect(stored.returnedItems?.split(",")).toHaveLength(9);
    const member = await harness.db.member.findFirstOrThrow({ where: { telegramId: 8110n } });
    expect(member.blockedAt).not.toBeNull();
  });

  it("refuses a leader politely, whether by command or by a made-up button", async () => {
    const leader = await signIn({ role: "leader", group: "Tổ 2" }, 8101, "Lan");
    await say(leader, "/tiendo");
    expect(leader.lastMessage!.text).toContain("chức năng này dành cho cán bộ phường");
    const sent = leader.lastMessage!;
    const press = harness.server.userPressesCallback(leader.chatId, leader.id, sent.message_id, {
      text: "x",
      callback_data: `rv:ok:${harness.demo!.currentPeriodId}:${await groupId("Tổ 2")}`,
    });
    await settle();
    const answer = harness.server.events.find((event) => event.type === "callback_answer" && event.queryId === press.id);
    expect(answer).toMatchObject({ showAlert: true, text: expect.stringContaining("dành cho cán bộ phường") });
    expect((await report("Tổ 2")).status).toBe("submitted");
  });

  it("never opens or changes a group of another ward", async () => {
    const other = await createWard(harness.db, {
      slug: "phuong-khac",
      name: "Phường Khác",
      issuerNameLines: ["ỦY BAN NHÂN DÂN", "PHƯỜNG KHÁC"],
      placeName: "Phường Khác",
      signerName: "Người Ký",
    });
    await createGroups(harness.db, other.id, [{ name: "Tổ 1" }]);
    await createMember(harness.db, other.id, { fullName: "Cán Bộ Khác", role: "officer", telegramId: 8201n });
    const stranger = harness.server.user({ id: 8201, firstName: "Khác", languageCode: "vi", startedBot: true });
    await say(stranger, "/tiendo");
    expect(stranger.lastMessage!.text).toContain("chưa có kỳ báo cáo nào đang mở");
    stranger.markRead();

    const periodId = harness.demo!.currentPeriodId;
    const target = await groupId("Tổ 2");
    for (const data of [`pg:g:${periodId}:${target}`, `rv:ok:${periodId}:${target}`, `rv:ret:${periodId}:${target}`, `pg:l:${periodId}:0`]) {
      const query = harness.server.userPressesCallback(stranger.chatId, stranger.id, stranger.lastMessage!.message_id, { text: "x", callback_data: data });
      await settle();
      const answer = harness.server.events.find((event) => event.type === "callback_answer" && event.queryId === query.id);
      expect(answer, data).toMatchObject({ showAlert: true, text: "Không tìm thấy tổ này trong phường của ông/bà." });
    }
    await stranger.expectNoReply();
    expect((await report("Tổ 2")).status).toBe("submitted");
  });
});
