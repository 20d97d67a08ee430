// Strangers, group chats and everything a leader may send that is not an answer.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { periodIndicators } from "../../src/db/repos/catalogue.js";
import { reportAnswers } from "../../src/db/repos/reports.js";
import { type E2E, startE2E } from "../support/e2e.js";
import { expectTranscript, recordTranscript } from "../support/transcript.js";

let e2e: E2E;
beforeEach(async () => {
  e2e = await startE2E();
});
afterEach(async () => {
  await e2e?.stop();
});

describe("strangers", () => {
  it("get one polite message on how to get an invite, and nothing else", { timeout: 60_000 }, async () => {
    const stranger = e2e.server.user({ id: 9901, firstName: "Khách" });
    const transcript = recordTranscript(stranger, "Người lạ");
    await e2e.step(() => stranger.sendText("/start"));
    await e2e.step(() => stranger.sendText("/baocao"));
    await e2e.step(() => stranger.sendText("/tiendo"));
    await e2e.step(() => stranger.sendText("📝 Báo cáo kết quả"));
    await e2e.step(() => stranger.sendText("/start khongcomaynay123"));
    await e2e.step(() => stranger.sendSticker());
    for (const message of stranger.messages.slice(0, 4)) expect(message.text).toContain("liên hệ công chức Văn phòng - Thống kê");
    expect(stranger.messages.at(4)?.text).toContain("không đúng");
    expect(stranger.messages.every((message) => !message.text?.includes("Tổ 1"))).toBe(true);
    expectTranscript("stranger", transcript);
  });

  it("a used invite cannot register a second person", { timeout: 60_000 }, async () => {
    const code = await e2e.inviteFor({ group: "Tổ 5" });
    const first = e2e.server.user({ id: 9902, firstName: "A" });
    await e2e.step(() => first.sendText(`/start ${code}`));
    await e2e.step(() => first.pressButton(/^Đúng, tôi là/));
    const second = e2e.server.user({ id: 9903, firstName: "B" });
    await e2e.step(() => second.sendText(`/start ${code}`));
    expect(second.lastMessage?.text).toContain("đã được sử dụng");
    expect(await e2e.database.db.member.count({ where: { telegramId: 9903n } })).toBe(0);
  });

  it("group chats get a one-line hint to talk privately", { timeout: 60_000 }, async () => {
    const leader = await e2e.registered(9904, { group: "Tổ 6" });
    const group = e2e.server.groupChat(-100500, "Tổ trưởng phường PĐP");
    await e2e.step(() => leader.in(group).sendText("/baocao"));
    expect(group.lastMessage?.text).toContain("nhắn tin riêng");
    expect(group.messages).toHaveLength(1);
  });
});

describe("a leader's bad input mid-report", () => {
  it("stickers, photos, voice, locations, 4.000 characters and decomposed Unicode: a clear message, nothing lost", { timeout: 60_000 }, async () => {
    const user = await e2e.registered(9905, { group: "Tổ 1" });
    const transcript = recordTranscript(user, "Tổ trưởng");
    await e2e.step(() => user.pressButton("📝 Báo cáo kết quả"));
    await e2e.step(() => user.sendText("226"));
    for (const send of [() => user.sendPhoto(), () => user.sendVoice(), () => user.sendLocation(), () => user.sendDocument(Buffer.from("x"), "so-lieu.xlsx")]) {
      await e2e.step(send);
      expect(user.lastMessage?.text).toContain("chỉ đọc được tin nhắn chữ");
      expect(user.lastMessage?.text).toContain("Câu 2/9");
    }
    await e2e.step(() => user.sendText("5".repeat(4000)));
    expect(user.lastMessage?.text).toContain("Câu 2/9");
    await e2e.step(() => user.sendText("224"));
    await e2e.step(() => user.sendText("220"));
    await e2e.step(() => user.sendText("150"));
    await e2e.step(() => user.sendText("1tr"));
    await e2e.step(() => user.sendText("10"));
    await e2e.step(() => user.sendText("co\u0301".normalize("NFD"))); // "có" typed with a combining accent
    expect(user.lastMessage?.text).toContain("Câu 8/9");
    await e2e.step(() => user.sendText("x".repeat(1001)));
    expect(user.lastMessage?.text).toContain("dài 1.001 ký tự, quá mức trợ lý ghi được cho một mục");
    expect(user.lastMessage?.buttons).toEqual([["✂️ Ghi phần đầu"], ["✏️ Viết ngắn gọn lại"]]);
    const nfd = "Bà Nguyễn Thị Hòa giúp đỡ hộ nghèo".normalize("NFD");
    await e2e.step(() => user.sendText(nfd));
    // A command mid-conversation: /huy stops and keeps the draft; the next visit offers to continue.
    await e2e.step(() => user.sendText("/huy"));
    expect(user.lastMessage?.text).toContain("vẫn được lưu");
    await e2e.step(() => user.pressButton("📝 Báo cáo kết quả"));
    expect(user.lastMessage?.text).toContain("đã trả lời 8/9 câu");
    await e2e.step(() => user.pressButton("▶️ Làm tiếp"));
    expect(user.lastMessage?.text).toContain("Câu 9/9");

    const period = await e2e.database.db.period.findFirstOrThrow({ where: { name: "6 tháng đầu năm 2025" } });
    const group = await e2e.database.db.group.findFirstOrThrow({ where: { name: "Tổ 1" } });
    const stored = await reportAnswers(e2e.database.db, period.id, group.id, await periodIndicators(e2e.database.db, period.id));
    expect(stored.get("pccc_model")?.value).toBe(true);
    expect(stored.get("good_deeds")?.value).toBe("Bà Nguyễn Thị Hòa giúp đỡ hộ nghèo".normalize("NFC"));
    expect(stored.get("poverty_gift_money")?.value).toBe(1_000_000);
    expectTranscript("bad-input", e2e.stable(transcript.render()));
  });
});
