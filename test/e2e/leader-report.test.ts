// A tổ trưởng registers through an invite and reports the group's results: a wrong answer,
// an ambiguous number, a sticker, an edit from the summary; what is stored is what was typed.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type E2E, startE2E } from "../support/e2e.js";
import { LEADER_REPORT_VALUES, storedReport } from "../support/stored-report.js";
import type { TelegramUser } from "../support/telegram-user.js";
import { expectTranscript, recordTranscript } from "../support/transcript.js";

let e2e: E2E;

beforeEach(async () => {
  e2e = await startE2E();
});
afterEach(async () => {
  await e2e?.stop();
});

const say = (user: TelegramUser, text: string) => e2e.step(() => user.sendText(text));
const press = (user: TelegramUser, label: string | RegExp) => e2e.step(() => user.pressButton(label));

describe("the leader's report", () => {
  it("registers by invite, then reports with a wrong answer, an ambiguous number and an edit", { timeout: 60_000 }, async () => {
    const code = await e2e.inviteFor({ group: "Tổ 1" });
    const user = e2e.server.user({ id: 7001, firstName: "Hùng", lastName: "Nguyễn", languageCode: "vi" });
    const transcript = recordTranscript(user, "Tổ trưởng");
    await say(user, `/start ${code}`);
    await press(user, /^Đúng, tôi là ông Nguyễn Văn Hùng$/);
    expect(user.lastMessage?.text).toContain("đăng ký thành công");
    expect(e2e.server.visibleCommands(user.id, user.id).map((command) => command.command)).toEqual(["baocao", "dangky", "xem", "dexuat", "huongdan", "tamdung"]);
    const groupId = (await e2e.database.db.group.findFirstOrThrow({ where: { name: "Tổ 1" } })).id;

    await press(user, "📝 Báo cáo kết quả");
    expect(user.messages.at(-2)?.text).toContain("6 tháng đầu năm 2025");
    expect(user.lastMessage?.text).toContain("Câu 1/9");

    await say(user, "chưa đếm");
    expect(user.lastMessage?.text).toContain("chưa đọc được con số");
    expect(user.lastMessage?.text).toContain("Câu 1/9");
    await say(user, "2,260"); // an ambiguous comma: asked back, then typed again
    expect(user.lastMessage?.text).toContain("2.260 hộ");
    await press(user, /^Không, tôi nhập lại$/);
    expect(user.lastMessage?.text).toContain("Câu 1/9");
    await say(user, "226 hộ");
    expect(user.lastMessage?.text).toContain("Đã ghi 226 hộ");

    // An ambiguous comma whose one reading the rules refuse: the rule at once, no "Đúng, 5.829 hộ?" first.
    await say(user, "5,829");
    expect(user.lastMessage?.text).toContain("(5.829 hộ) không được lớn hơn tổng số hộ (226 hộ)");
    expect(user.lastMessage?.text).not.toContain("Có phải");
    await say(user, "224");
    await e2e.step(() => user.sendSticker());
    expect(user.lastMessage?.text).toContain("chỉ đọc được tin nhắn chữ");
    await e2e.step(() => user.sendVoice()); // a voice message: refused, with the phone keyboard's microphone as the way to speak
    expect(user.lastMessage?.text).toContain("không nghe được tin nhắn thoại");
    expect(user.lastMessage?.text).toContain("chạm vào hình micrô trên bàn phím điện thoại rồi đọc");
    await say(user, "220");
    await say(user, "150");
    await say(user, "1tr5");
    expect(user.lastMessage?.text).toContain("1.500.000 đồng");
    await say(user, "12");
    await press(user, "Có");
    await press(user, "Bỏ qua");
    await say(user, "Đề nghị phường hỗ trợ sửa chữa nhà văn hóa.");
    expect(user.lastMessage?.text).toContain("Gửi báo cáo");

    await press(user, "✏️ Sửa một mục");
    await press(user, "5");
    await say(user, "2 triệu 500 nghìn");
    expect(user.lastMessage?.text).toContain("2.500.000 đồng");
    await press(user, "✅ Gửi báo cáo");
    expect(user.lastMessage?.text).toContain("Đã gửi báo cáo");

    const { values, status, reportId } = await storedReport(e2e.database.db, "6 tháng đầu năm 2025", groupId);
    expect(values).toEqual(LEADER_REPORT_VALUES);
    expect(status).toBe("submitted");
    const audit = await e2e.database.db.valueChange.count({ where: { reportId: reportId! } });
    expect(audit).toBe(10); // 9 answers and one correction
    expectTranscript("leader-report", e2e.stable(transcript.render()));
  });
});
