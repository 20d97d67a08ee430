// On Zalo (no buttons): a tổ trưởng nominates households and a person by typing, every choice
// as a numbered line; what is stored is what was typed. The real bot against the Zalo test server.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
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

function expectPlainZaloText(text: string) {
  expect(text).not.toMatch(/bấm|nút|bàn phím|Telegram|\[[^\]]+\]|⌨/i);
}

describe("a leader's nominations on Zalo", () => {
  it("nominates by typing numbered choices, and the lines are stored as typed", { timeout: 180_000 }, async () => {
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
