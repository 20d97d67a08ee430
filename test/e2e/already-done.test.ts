// Issue 10, "a press whose effect is already stored says so": a second press of "✅ Gửi báo cáo",
// "✅ Duyệt" or "↩️ Trả lại để bổ sung" (an older message's button), and a press redelivered
// after the process was killed while answering it, read a line saying the thing is done, through
// the real bot process; nothing is stored twice and no press is met with silence or the generic error.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { periodIndicators } from "../../src/db/repos/catalogue.js";
import { saveAnswer } from "../../src/db/repos/reports.js";
import { type E2E, startE2E } from "../support/e2e.js";
import type { TelegramUser } from "../support/telegram-user.js";
import { waitUntil } from "../support/wait.js";

let e2e: E2E;
beforeEach(async () => {
  e2e = await startE2E();
}, 180_000);
afterEach(async () => {
  await e2e?.stop();
});

const VALUES: Record<string, number> = {
  households_total: 226, households_registered: 224, households_cultural: 220,
  learning_families: 150, poverty_gift_money: 2_500_000, poverty_gift_count: 12,
};

/** The six figures stored, then the last three questions answered in the chat: the summary is on screen. */
async function reportUpToSummary(leader: TelegramUser, group: string) {
  const { db } = e2e.database;
  const member = await db.member.findFirstOrThrow({ where: { telegramId: BigInt(leader.id) } });
  const indicators = await periodIndicators(db, e2e.demo.currentPeriodId);
  for (const indicator of indicators.filter((candidate) => candidate.code in VALUES)) {
    const type = indicator.type === "money" ? "money" : "count";
    await saveAnswer(db, { periodId: e2e.demo.currentPeriodId, groupId: member.groupId!, indicatorId: indicator.id, value: { type, value: VALUES[indicator.code]! }, memberId: member.id });
  }
  await e2e.step(() => leader.sendText("/baocao"));
  await e2e.step(() => leader.pressButton("▶️ Làm tiếp"));
  await e2e.step(() => leader.pressButton("Có"));
  await e2e.step(() => leader.pressButton("Bỏ qua"));
  await e2e.step(() => leader.sendText(`${group} không có kiến nghị.`));
  expect(leader.lastMessage?.text).toContain("xem lại các số liệu trên");
  return { member, summary: leader.lastMessage! };
}

async function statusChanges(groupName: string) {
  const { db } = e2e.database;
  const report = await db.groupReport.findFirstOrThrow({ where: { periodId: e2e.demo.currentPeriodId, group: { name: groupName } }, include: { statusChanges: { orderBy: { id: "asc" } } } });
  return report.statusChanges.map((change) => `${change.fromStatus ?? "-"}→${change.toStatus}`);
}

const noGenericError = (user: TelegramUser) => expect(user.messages.map((m) => m.text ?? "").filter((text) => text.includes("đang gặp sự cố"))).toEqual([]);

describe("a press whose effect is already stored says so", () => {
  it("submit pressed twice; approve pressed on an older view and redelivered after a kill; return pressed again", { timeout: 300_000 }, async () => {
    const leader = await e2e.registered(8801, { group: "Tổ 1" });
    const officer = await e2e.registered(8802, { role: "officer" });
    const { summary } = await reportUpToSummary(leader, "Tổ 1");

    await e2e.step(() => leader.pressButton("✅ Gửi báo cáo", { messageId: summary.message_id }));
    expect(leader.lastMessage?.text).toContain("✅ Đã gửi báo cáo kỳ 6 tháng đầu năm 2025 của Tổ 1 lúc");
    // The same summary's button again: the conversation has ended; the stored report answers.
    leader.markRead();
    await e2e.step(() => leader.pressButton("✅ Gửi báo cáo", { messageId: summary.message_id }));
    expect(leader.lastMessage?.text).toMatch(/^✅ Đã gửi báo cáo kỳ 6 tháng đầu năm 2025 của Tổ 1 lúc .+; trợ lý đã nhận, ông không cần gửi lại\./u);
    expect(await statusChanges("Tổ 1")).toEqual(["draft→submitted"]);

    // The officer opens Tổ 1 twice (two messages), approves on the newer one, then presses the older one's button.
    await e2e.step(() => officer.sendText("/tiendo"));
    await e2e.step(() => officer.pressButton(/^\S+ Tổ 1$/u));
    const older = officer.lastMessage!;
    const list = officer.messages.findLast((m) => m.inlineKeyboard?.flat().some((b) => /^\S+ Tổ 1$/u.test(b.text)))!;
    await e2e.step(() => officer.pressButton(/^\S+ Tổ 1$/u, { messageId: list.message_id }));
    const newer = officer.lastMessage!;
    expect(newer.message_id).not.toBe(older.message_id);

    // Killed while answering the approve press (the approval stored): Telegram redelivers it after the restart.
    const before = e2e.server.callsTo("answerCallbackQuery").length;
    e2e.server.delayNext("answerCallbackQuery", 600_000);
    officer.pressButton("✅ Duyệt", { messageId: newer.message_id });
    await waitUntil(() => e2e.server.callsTo("answerCallbackQuery").length > before, { timeoutMs: 60_000, what: "the approve press answered" });
    await e2e.bot.kill("SIGKILL");
    e2e.server.clearFaults();
    officer.markRead();
    await e2e.restartBot();
    await e2e.server.settled({ timeoutMs: 60_000 });
    expect(officer.unread().map((m) => m.text ?? "")).toContain("Báo cáo kỳ 6 tháng đầu năm 2025 của Tổ 1 đã được duyệt rồi, ông không cần bấm lại.");

    officer.markRead();
    await e2e.step(() => officer.pressButton("✅ Duyệt", { messageId: older.message_id }));
    expect(officer.lastMessage?.text).toBe("Báo cáo kỳ 6 tháng đầu năm 2025 của Tổ 1 đã được duyệt rồi, ông không cần bấm lại.");
    expect(await statusChanges("Tổ 1")).toEqual(["draft→submitted", "submitted→approved"]);

    // Submit pressed on the approved report.
    await e2e.step(() => leader.pressButton("✅ Gửi báo cáo", { messageId: summary.message_id }));
    expect(leader.lastMessage?.text).toBe("Báo cáo kỳ 6 tháng đầu năm 2025 của Tổ 1 đã được phường duyệt, ông không cần gửi lại.");

    // Return: Tổ 2 (sent, in the demo ward) returned once, then the button of an older view pressed.
    const second = await e2e.registered(8803, { group: "Tổ 2" });
    const changesBefore = await statusChanges("Tổ 2");
    await e2e.step(() => officer.sendText("/tiendo"));
    await e2e.step(() => officer.pressButton(/^\S+ Tổ 2$/u));
    const firstView = officer.lastMessage!;
    const list2 = officer.messages.filter((m) => m.inlineKeyboard?.flat().some((b) => /^\S+ Tổ 2$/u.test(b.text))).at(-1)!;
    await e2e.step(() => officer.pressButton(/^\S+ Tổ 2$/u, { messageId: list2.message_id }));
    const view = officer.lastMessage!;
    await e2e.step(() => officer.pressButton("↩️ Trả lại để bổ sung", { messageId: view.message_id }));
    await e2e.step(() => officer.pressButton(/Tất cả/u));
    await e2e.step(() => officer.sendText("Đề nghị tổ kiểm tra lại số hộ."));
    expect(second.lastMessage?.text).toContain("Đề nghị tổ kiểm tra lại số hộ.");
    const again = await e2e.database.db.groupReport.findFirstOrThrow({ where: { group: { name: "Tổ 2" }, periodId: e2e.demo.currentPeriodId } });
    expect(again.status).toBe("returned");
    // The view was refreshed without the button; the older copy of it is pressed.
    officer.markRead();
    await e2e.step(() => officer.pressButton("↩️ Trả lại để bổ sung", { messageId: firstView.message_id }));
    expect(officer.lastMessage?.text).toBe("Báo cáo kỳ 6 tháng đầu năm 2025 của Tổ 2 đã được trả lại để tổ bổ sung rồi, ông không cần trả lại lần nữa.");
    expect(await statusChanges("Tổ 2")).toEqual([...changesBefore, "submitted→returned"]);

    noGenericError(leader);
    noGenericError(officer);
  });
});
