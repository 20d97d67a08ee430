// On Zalo (no buttons): a tổ trưởng nominates households and a person by typing, every choice
// as a numbered line; what is stored is what was typed. In a mixed ward (the officer on
// Telegram), a line the officer returns reaches the Zalo leader with the word to type
// ("đề xuất"), not Telegram's "/dexuat". The real bot against the Zalo test server.
import { afterEach, describe, expect, it } from "vitest";
import { startE2E } from "../support/e2e.js";
import { expectTranscript } from "../support/transcript.js";
import { startZaloE2E, withZalo, type ZaloE2E } from "../support/zalo-e2e.js";
import { recordZaloTranscript } from "../support/zalo-transcript.js";

let e2e: ZaloE2E;
afterEach(async () => {
  await e2e?.stop();
});

function expectPlainZaloText(text: string) {
  expect(text).not.toMatch(/bấm|nút|bàn phím|Telegram|\[[^\]]+\]|⌨/i);
}

describe("a leader's nominations on Zalo", () => {
  it("nominates by typing numbered choices, and the lines are stored as typed", { timeout: 180_000 }, async () => {
    e2e = await startZaloE2E();
    const code = await e2e.inviteFor({ group: "Tổ 5" });
    const leader = e2e.zalo.user("Hà");
    const say = (text: string) => e2e.say(leader, text);
    await say(code);
    await say("1");
    const transcript = recordZaloTranscript(e2e.zalo, leader, "Tổ trưởng");

    await say("/dexuat");
    expect(leader.lastMessage?.text).toContain("1. Thêm hộ gia đình văn hóa");
    await say("1");
    expect(leader.lastMessage?.text).toContain("mỗi hộ một dòng");
    await say("Nguyễn Văn An, số 12 ngõ 5\nTrần Thị Bình, số 34 ngõ 5");
    expect(leader.lastMessage?.text).toContain("Đã ghi 2 hộ");
    await say("2"); // Thêm cá nhân, tập thể
    await say("1"); // Cá nhân
    await say("Hoàng Văn Tâm");
    await say("tổ 5"); // the one choice offered, typed as its word
    await say("Đã có thành tích xuất sắc trong phong trào hiến đất mở rộng ngõ 5 năm 2025.");
    expect(leader.received.map((message) => message.text).join("\n")).toContain("Đã ghi: Hoàng Văn Tâm, Tổ 5: Đã có thành tích xuất sắc");
    await say("3"); // Xem lại và gửi
    expect(leader.lastMessage?.text).toContain("3. Hoàng Văn Tâm, Tổ 5");
    await say("1"); // Gửi đề xuất
    expect(leader.lastMessage?.text).toContain("Đã gửi 3 dòng đề xuất khen thưởng");

    const lines = await e2e.database.db.nominationLine.findMany({ orderBy: { sortOrder: "asc" } });
    expect(lines.map((line) => [line.recipientKind, line.name, line.address, line.status])).toEqual([
      ["ho_gia_dinh", "Nguyễn Văn An", "số 12 ngõ 5", "submitted"],
      ["ho_gia_dinh", "Trần Thị Bình", "số 34 ngõ 5", "submitted"],
      ["ca_nhan", "Hoàng Văn Tâm", "Tổ 5", "submitted"],
    ]);
    for (const message of leader.received) expectPlainZaloText(message.text ?? "");
    expectTranscript("nominations-zalo-leader", e2e.stable(transcript.render()));
  });
});

describe("a returned nomination line on Zalo, returned by an officer on Telegram", () => {
  it("tells the leader to type \"đề xuất\", and the typed word opens the line to correct", { timeout: 240_000 }, async () => {
    e2e = withZalo(await startE2E({ zalo: {} }));
    const officer = await e2e.registered(9301, { role: "officer" });
    const code = await e2e.inviteFor({ group: "Tổ 5" });
    const leader = e2e.zalo.user("Hà");
    const say = (text: string) => e2e.say(leader, text);
    await say(code);
    await say("1");
    await say("đề xuất"); // the word the leader's help teaches
    expect(leader.lastMessage?.text).toContain("1. Thêm hộ gia đình văn hóa");
    await say("1");
    await say("Nguyễn Văn An, số 12 ngõ 5\nTrần Thị Bình, số 34 ngõ 5");
    await say("3"); // Xem lại và gửi
    await say("1"); // Gửi đề xuất
    expect(leader.lastMessage?.text).toContain("Đã gửi 2 dòng đề xuất khen thưởng");
    const transcript = recordZaloTranscript(e2e.zalo, leader, "Tổ trưởng");

    await e2e.step(() => officer.sendText("/khenthuong"));
    await e2e.step(() => officer.pressButton("🕓 Tổ 5"));
    await e2e.step(() => officer.pressButton("↩️ Trả lại một dòng"));
    await e2e.step(() => officer.pressButton("2"));
    await e2e.step(() => officer.sendText("Địa chỉ chưa đúng: nhà bà Bình là số 36."));
    const returned = leader.lastMessage?.text ?? "";
    expect(returned).toContain("Lý do: Địa chỉ chưa đúng: nhà bà Bình là số 36.");
    expect(returned).toContain('gõ "đề xuất" để sửa dòng này rồi gửi lại');
    expect(returned).not.toMatch(/\/[a-z]/);

    await say("đề xuất");
    expect(leader.lastMessage?.text).toContain("Trần Thị Bình, số 34 ngõ 5");
    await say("Trần Thị Bình, số 36 ngõ 5");
    expect(leader.received.map((message) => message.text).join("\n")).toContain('Đã sửa: Trần Thị Bình, số 36 ngõ 5. Dòng này chưa được gửi lại phường: ông chọn "Xem lại và gửi" rồi "Gửi đề xuất" để gửi.');
    await say("3"); // Xem lại và gửi
    await say("1"); // Gửi đề xuất
    expect(leader.lastMessage?.text).toContain("Đã gửi 1 dòng đề xuất khen thưởng");
    expect((await e2e.database.db.nominationLine.findFirstOrThrow({ where: { name: "Trần Thị Bình" } })).address).toBe("số 36 ngõ 5");
    for (const message of leader.received) {
      expectPlainZaloText(message.text ?? "");
      expect(message.text ?? "").not.toMatch(/gõ \/|lệnh \//);
    }
    expectTranscript("nominations-zalo-returned", e2e.stable(transcript.render()));
  });
});
