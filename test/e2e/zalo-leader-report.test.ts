// On Zalo (no buttons, no Telegram token): a tổ trưởng registers by typing the invite code and
// reports the group's results by typing everything — numbered choices, a word beside a number
// question, an ambiguous number, a sticker, an edit from the summary — then signs the pledge.
// The real bot process against the Zalo test server; what is stored is what was typed.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CHANNEL_KEY_BASE } from "../../src/channels/ids.js";
import { LEADER_REPORT_VALUES, storedReport } from "../support/stored-report.js";
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

/** Nothing a Zalo user reads may speak of buttons or keyboards, or show button markup. */
function expectPlainZaloText(text: string) {
  expect(text).not.toMatch(/bấm|nút|bàn phím|Telegram|\[[^\]]+\]|⌨/i);
}

describe("the leader's report on Zalo", () => {
  it("registers by typed code, reports by typing, and every stored answer is what was typed", { timeout: 120_000 }, async () => {
    const code = await e2e.inviteFor({ group: "Tổ 1" });
    const lan = e2e.zalo.user("Hùng");
    const transcript = recordZaloTranscript(e2e.zalo, lan, "Tổ trưởng");
    const say = (text: string) => e2e.say(lan, text);

    await say(code);
    expect(lan.lastMessage?.text).toContain("Ông/bà có phải là Nguyễn Văn Hùng không?");
    expect(lan.lastMessage?.text).toContain("1. Đúng, tôi là ông Nguyễn Văn Hùng");
    await say("1");
    expect(lan.lastMessage?.text).toContain("đăng ký thành công");
    expect(lan.lastMessage?.text).toContain("1. Báo cáo kết quả");
    const account = await e2e.database.db.channelAccount.findFirstOrThrow({ where: { channel: "zalo" } });
    expect(account.externalId).toBe(lan.id); // the Zalo id kept exactly
    const member = await e2e.database.db.member.findFirstOrThrow({ where: { fullName: "Nguyễn Văn Hùng" } });
    expect(Number(member.telegramId)).toBe(CHANNEL_KEY_BASE + account.id);

    await say("1"); // the menu: Báo cáo kết quả
    expect(lan.received.at(-2)?.text).toContain("6 tháng đầu năm 2025");
    expect(lan.lastMessage?.text).toContain("Câu 1/9");
    expect(lan.lastMessage?.text).toContain('Hoặc gõ "giữ như kỳ trước" (225 hộ).');

    await say("quay lại");
    expect(lan.lastMessage?.text).toContain("Đây là câu đầu tiên, không có câu trước để quay lại.");
    expect(lan.lastMessage?.text).toContain("Câu 1/9");
    await say("chưa đếm");
    expect(lan.lastMessage?.text).toContain("chưa đọc được con số");
    await say("226 hộ");
    expect(lan.lastMessage?.text).toContain("Đã ghi 226 hộ cho mục \"Tổng số hộ\"");
    await say("quay lại"); // back to the question just answered
    expect(lan.lastMessage?.text).toContain("Câu 1/9");
    expect(lan.lastMessage?.text).toContain("226 hộ"); // what is stored, offered to keep
    await say("226");
    expect(lan.lastMessage?.text).toContain("Câu 2/9");

    await say("5,829"); // an ambiguous comma whose one reading the rules refuse: said at once, not asked back
    expect(lan.lastMessage?.text).toContain("(5.829 hộ) không được lớn hơn tổng số hộ (226 hộ)");
    expect(lan.lastMessage?.text).not.toContain('"đúng"');
    await say("224");
    await e2e.step(() => lan.sendSticker());
    expect(lan.lastMessage?.text).toContain("chỉ đọc được tin nhắn chữ");
    expect(lan.lastMessage?.text).toContain("hình micrô trên bộ gõ chữ của điện thoại (không phải biểu tượng ghi âm của Zalo)");
    await say("220");
    await say("150");
    await say("1tr5");
    expect(lan.lastMessage?.text).toContain("1.500.000 đồng");
    await say("12");
    expect(lan.lastMessage?.text).toContain('Ông trả lời "có" hoặc "không".');
    expect(lan.lastMessage?.text).not.toContain("Gõ 1: có"); // said once
    await say("có");
    expect(lan.lastMessage?.text).toContain('Hoặc gõ "bỏ qua".'); // an "or" to the typed answer
    await say("bo qua"); // without diacritics
    await say("Đề nghị phường hỗ trợ sửa chữa nhà văn hóa.");
    // Beside the numbered items, the summary's options are words: a typed number is an item, never "send".
    expect(lan.lastMessage?.text).toContain("Cần sửa mục nào, ông gõ số của mục đó, ví dụ: 5.");
    expect(lan.lastMessage?.text).toContain('• "gửi báo cáo"');
    expect(lan.lastMessage?.text).not.toContain("Gõ 1:");
    await say("12");
    expect(lan.lastMessage?.text).toContain("Báo cáo chỉ có 9 mục, không có mục 12.");
    expect(await e2e.database.db.groupReport.count({ where: { groupId: member.groupId!, status: "submitted", period: { status: "open" } } })).toBe(0);
    await say("sửa mục 5");
    expect(lan.lastMessage?.text).toContain("Câu 5/9");
    await say("2 triệu 500 nghìn");
    expect(lan.lastMessage?.text).toContain("2.500.000 đồng");
    await say("gửi báo cáo");
    expect(lan.lastMessage?.text).toContain("Đã gửi báo cáo");

    const { values, status } = await storedReport(e2e.database.db, "6 tháng đầu năm 2025", member.groupId!);
    expect(values).toEqual(LEADER_REPORT_VALUES);
    expect(status).toBe("submitted");

    for (const message of lan.received) {
      expectPlainZaloText(message.text);
      expect(message.text.length).toBeLessThanOrEqual(2000);
    }
    // Every update was stored, and every one handled.
    expect(await e2e.database.db.channelInbox.count({ where: { handledAt: null } })).toBe(0);
    expect(await e2e.database.db.channelInbox.count()).toBe(e2e.zalo.delivered.length);
    expectTranscript("zalo-leader-report", e2e.stable(transcript.render()));
  });
});
