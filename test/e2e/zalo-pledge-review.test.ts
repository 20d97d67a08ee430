// The pledge and the officer's review on Zalo, typed end to end: a tổ trưởng signs the year's
// pledge (/dangky) choosing by words and numbers; an officer opens /tiendo, approves one report
// and returns another with the items to fix and a comment, which reaches the tổ trưởng on Zalo.
// The real bot process against the Zalo test server; what is stored is what was typed.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { expectTranscript } from "../support/transcript.js";
import type { ZaloUser } from "../support/zalo-api-server.js";
import { expectPlainOnZalo, registerOnZalo, startZaloE2E, type ZaloE2E } from "../support/zalo-e2e.js";
import { recordZaloTranscript } from "../support/zalo-transcript.js";

let e2e: ZaloE2E;
beforeEach(async () => {
  e2e = await startZaloE2E();
});
afterEach(async () => {
  await e2e?.stop();
});

const STEP_LOG = process.env.ZALO_STEP_LOG === "1";

function say(user: ZaloUser) {
  return async (text: string) => {
    await e2e.say(user, text);
    if (STEP_LOG) console.log(`>> ${text}\n${user.lastMessage?.text}\n`);
  };
}

describe("on Zalo", () => {
  it("a tổ trưởng signs the year's pledge by typing", { timeout: 120_000 }, async () => {
    const leader = await registerOnZalo(e2e, "Tổ trưởng 3", { group: "Tổ 3" });
    const transcript = recordZaloTranscript(e2e.zalo, leader, "Tổ trưởng");
    const type = say(leader);
    await type("2"); // Đăng ký thi đua
    await type("co");
    await type("300");
    expect(leader.lastMessage?.text).toContain("không được lớn hơn số hộ của tổ (237)");
    await type("230");
    await type("160 hộ");
    await type("không");
    expect(leader.lastMessage?.text).toContain("BẢN ĐĂNG KÝ THI ĐUA NĂM 2025");
    await type("tôi xin cam kết");
    expect(leader.lastMessage?.text).toContain("đã ký cam kết thi đua năm 2025");

    const pledge = await e2e.database.db.pledge.findFirstOrThrow({ where: { group: { name: "Tổ 3" } }, include: { entries: true } });
    expect(pledge.signedAt).not.toBeNull();
    expectPlainOnZalo(leader);
    expectTranscript("zalo-pledge", e2e.stable(transcript.render()));
  });

  it("an officer approves one report and returns another with a comment; the tổ trưởng reads it on Zalo", { timeout: 180_000 }, async () => {
    const leader5 = await registerOnZalo(e2e, "Tổ trưởng 5", { group: "Tổ 5" });
    const officer = await registerOnZalo(e2e, "Cán bộ", { role: "officer" });
    const transcript = recordZaloTranscript(e2e.zalo, officer, "Cán bộ");
    const type = say(officer);
    await type("1"); // Tiến độ các tổ
    expect(officer.lastMessage?.text).toContain("\"tổ 5\"");
    await type("tổ 5");
    expect(officer.lastMessage?.text).toContain("Trạng thái: chờ duyệt");
    await type("trả lại");
    expect(officer.lastMessage?.text).toContain("gõ số của từng mục tổ cần sửa");
    await type("tiền thăm hỏi"); // not an option: the items are shown again
    expect(officer.lastMessage?.text).toContain("5. Số tiền thăm hỏi, tặng quà");
    await type("5");
    await type("1");
    await type("1"); // again: unticked
    await type("6");
    expect(officer.lastMessage?.text).toContain("6. Số suất quà đã trao (đã chọn)");
    expect(officer.lastMessage?.text).not.toContain("Tổng số hộ (đã chọn)");
    await type("tiếp tục");
    const before = officer.received.length;
    await type("Số tiền và số suất quà chưa khớp với sổ theo dõi, đề nghị tổ kiểm tra lại.");
    expect(officer.textsSince(before)).toContain("Đã trả lại báo cáo của Tổ 5 để bổ sung");
    expect(leader5.lastMessage?.text).toContain("Ý kiến: Số tiền và số suất quà chưa khớp");
    expect(leader5.lastMessage?.text).toContain('gõ "báo cáo"');

    // Back to the list, and Tổ 6 approved.
    await type("danh sách các tổ");
    await type("tổ 6");
    expect(officer.lastMessage?.text).toContain("Trạng thái: chờ duyệt");
    await type("duyệt");
    expect(officer.textsSince(officer.received.length - 2)).toMatch(/đã duyệt/iu);

    const period = await e2e.database.db.period.findFirstOrThrow({ where: { name: "6 tháng đầu năm 2025" } });
    const approved = await e2e.database.db.groupReport.findFirstOrThrow({ where: { periodId: period.id, group: { name: "Tổ 6" } } });
    expect(approved.status).toBe("approved");
    const returned = await e2e.database.db.groupReport.findFirstOrThrow({ where: { periodId: period.id, group: { name: "Tổ 5" } } });
    expect(returned.status).toBe("returned");
    expectPlainOnZalo(officer);
    expectPlainOnZalo(leader5);
    expectTranscript("zalo-officer-review", e2e.stable(transcript.render()));
  });
});
