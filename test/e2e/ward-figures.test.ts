// The officer corrects the ward-level figures of a period; the compiled report uses them.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { wardFigures } from "../../src/db/repos/ward-figures.js";
import { type E2E, startE2E } from "../support/e2e.js";
import { expectTranscript, recordTranscript } from "../support/transcript.js";

let e2e: E2E;
beforeEach(async () => {
  e2e = await startE2E();
});
afterEach(async () => {
  await e2e?.stop();
});

describe("/solieu", () => {
  it("keeps, corrects and stores the ward's figures; leaders are refused", { timeout: 60_000 }, async () => {
    const officer = await e2e.registered(8201, { role: "officer" });
    const transcript = recordTranscript(officer, "Cán bộ VP-TK");
    await e2e.step(() => officer.sendText("/solieu"));
    await e2e.step(() => officer.pressButton("Năm 2024"));
    expect(officer.lastMessage?.text).toContain("Mục 1/6");
    await e2e.step(() => officer.pressButton(/^Giữ nguyên: 174 tập thể$/));
    await e2e.step(() => officer.sendText("khoảng 320"));
    expect(officer.lastMessage?.text).toContain("con số cụ thể");
    await e2e.step(() => officer.sendText("320"));
    await e2e.step(() => officer.sendText("66,1 triệu"));
    await e2e.step(() => officer.pressButton(/^Giữ nguyên: 1 giải$/));
    await e2e.step(() => officer.sendText("giải ba"));
    await e2e.step(() => officer.pressButton(/^Giữ nguyên/));
    expect(officer.lastMessage?.text).toContain("Đã lưu số liệu cấp phường");
    const figures = await wardFigures(e2e.database.db, e2e.demo.periodId);
    expect(figures).toMatchObject({ commended_collectives: 174, commended_individuals: 320, reward_money: 66_100_000, cchc_contest_result: "giải ba" });
    expectTranscript("ward-figures", transcript);

    const leader = await e2e.registered(8202, { group: "Tổ 4" });
    await e2e.step(() => leader.sendText("/solieu"));
    expect(leader.lastMessage?.text).toContain("chỉ công chức Văn phòng - Thống kê");
  });
});
