// On Zalo: a stranger, and everything a leader may send mid-report that is not an answer
// (stickers, images, an unsupported event, 4.000 characters, decomposed Unicode, a pause):
// a clear message and the same question again, nothing lost. Golden transcripts
// test/transcripts/zalo-stranger.md and zalo-bad-input.md, as the phone shows them.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { storedReport } from "../support/stored-report.js";
import { expectTranscript } from "../support/transcript.js";
import { startZaloE2E, type ZaloE2E } from "../support/zalo-e2e.js";
import { recordZaloTranscript } from "../support/zalo-transcript.js";

let e2e: ZaloE2E;
beforeEach(async () => {
  e2e = await startZaloE2E();
});
afterEach(async () => {
  await e2e?.stop();
});

/** Nothing a Zalo user reads may speak of buttons, or show button markup. */
function expectPlainZaloText(texts: string[]) {
  for (const text of texts) {
    expect(text).not.toMatch(/bấm|nút|bàn phím|\[[^\]]+\]|⌨/i);
    expect(text.length).toBeLessThanOrEqual(2000);
  }
}

describe("on Zalo, a stranger", () => {
  it("gets one polite message on how to get an invite, whatever is sent", { timeout: 120_000 }, async () => {
    const stranger = e2e.zalo.user("Khách");
    const transcript = recordZaloTranscript(e2e.zalo, stranger, "Người lạ");
    for (const text of ["Xin chào", "/start", "báo cáo", "1", "/tiendo"]) await e2e.say(stranger, text);
    await e2e.say(stranger, "ABCDEFGHIJKLMNOPQRST"); // looks like an invite code, is none
    await e2e.step(() => stranger.sendSticker());
    for (const message of stranger.received.slice(0, 5)) expect(message.text).toContain("liên hệ công chức Văn phòng - Thống kê");
    expect(stranger.received.at(5)?.text).toContain("không đúng");
    expect(stranger.received.every((message) => !message.text.includes("Tổ 1"))).toBe(true);
    expect(await e2e.database.db.member.count({ where: { telegramId: { not: null }, fullName: "Khách" } })).toBe(0);
    expectPlainZaloText(stranger.received.map((message) => message.text));
    expectTranscript("zalo-stranger", e2e.stable(transcript.render()));
  });
});

describe("on Zalo, a leader's bad input mid-report", () => {
  it("stickers, images, unsupported events, 4.000 characters and decomposed Unicode: a clear message, nothing lost", { timeout: 180_000 }, async () => {
    const user = e2e.zalo.user("Hùng");
    await e2e.say(user, await e2e.inviteFor({ group: "Tổ 1" }));
    await e2e.say(user, "1");
    const transcript = recordZaloTranscript(e2e.zalo, user, "Tổ trưởng");
    await e2e.say(user, "báo cáo");
    expect(user.lastMessage?.text).toContain("Câu 1/9");
    await e2e.say(user, "226");
    for (const send of [() => user.sendSticker(), () => user.sendImage("https://photo.zalo.me/so-lieu.jpg", "số liệu tổ 1"), () => user.sendUnsupported()]) {
      await e2e.step(send);
      expect(user.lastMessage?.text).toMatch(/chỉ đọc được tin nhắn chữ/);
      expect(user.lastMessage?.text).toContain("Câu 2/9");
    }
    await e2e.say(user, "5".repeat(4000));
    expect(user.lastMessage?.text).toContain("Câu 2/9");
    for (const answer of ["224", "220", "150", "1tr", "10"]) await e2e.say(user, answer);
    await e2e.say(user, "co\u0301".normalize("NFD")); // "có" typed with a combining accent
    expect(user.lastMessage?.text).toContain("Câu 8/9");
    await e2e.say(user, "x".repeat(1001));
    // Not thrown away: keep its start, or type a shorter text at once (as here).
    expect(user.lastMessage?.text).toContain("Nội dung ông gửi dài 1.001 ký tự, quá mức trợ lý ghi được cho một mục (1.000 ký tự");
    expect(user.lastMessage?.text).toContain('"ghi phần đầu"');
    await e2e.say(user, "Bà Nguyễn Thị Hòa giúp đỡ hộ nghèo".normalize("NFD"));
    expect(user.lastMessage?.text).toContain("Câu 9/9");
    // A pause mid-conversation keeps the draft; the next visit offers to continue.
    await e2e.say(user, "tạm dừng");
    expect(user.lastMessage?.text).toContain("vẫn được lưu");
    expect(user.lastMessage?.text).toContain("Khi muốn làm tiếp, ông gõ số của việc đó trong danh sách dưới đây.\n\nÔng gõ số để chọn:\n1. Báo cáo kết quả");
    await e2e.say(user, "báo cáo");
    expect(user.lastMessage?.text).toContain("đã trả lời 8/9 câu");
    await e2e.say(user, "làm tiếp");
    expect(user.lastMessage?.text).toContain("Câu 9/9");
    // A long kiến nghị: its first part is kept, ended at a full stop.
    const sentence = "Đề nghị phường hỗ trợ sửa chữa nhà văn hóa tổ 1 trước mùa mưa bão năm nay. ";
    await e2e.say(user, sentence.repeat(15).trim());
    expect(user.lastMessage?.text).toContain("muốn ghi phần đầu");
    await e2e.say(user, "ghi phần đầu");
    expect(user.lastMessage?.text).toContain("Báo cáo kỳ 6 tháng đầu năm 2025 của Tổ 1");

    const group = await e2e.database.db.group.findFirstOrThrow({ where: { name: "Tổ 1" } });
    const { values } = await storedReport(e2e.database.db, "6 tháng đầu năm 2025", group.id);
    expect(values).toMatchObject({ households_total: 226, households_registered: 224, poverty_gift_money: 1_000_000, pccc_model: true });
    expect(values.good_deeds).toBe("Bà Nguyễn Thị Hòa giúp đỡ hộ nghèo".normalize("NFC"));
    expect(values.difficulties).toBe(sentence.repeat(13).trim()); // 13 whole sentences of 75 characters fit in 1.000
    expectPlainZaloText(user.received.map((message) => message.text));
    expectTranscript("zalo-bad-input", e2e.stable(transcript.render()));
  });
});
