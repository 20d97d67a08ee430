// An officer returns a report for correction; the leader is asked exactly the items to fix,
// sends it again; the officer approves it and the report is locked.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type E2E, startE2E } from "../support/e2e.js";
import { expectTranscript, recordTranscript } from "../support/transcript.js";

let e2e: E2E;
beforeEach(async () => {
  e2e = await startE2E();
});
afterEach(async () => {
  await e2e?.stop();
});

describe("returned for correction", () => {
  it("opens at the items to fix, and an approved report is locked", { timeout: 90_000 }, async () => {
    const officer = await e2e.registered(8301, { role: "officer" });
    const leader = await e2e.registered(8302, { group: "Tổ 5" });
    const transcript = recordTranscript(leader, "Tổ trưởng Tổ 5");
    await e2e.step(() => officer.sendText("/tiendo"));
    await e2e.step(() => officer.pressButton("🕓 Tổ 5"));
    await e2e.step(() => officer.pressButton("↩️ Trả lại để bổ sung"));
    await e2e.step(() => officer.pressButton("⬜ Số tiền thăm hỏi, tặng quà"));
    await e2e.step(() => officer.pressButton("Tiếp tục ▶"));
    await e2e.step(() => officer.sendText("Số tiền chưa khớp với sổ theo dõi."));
    expect(leader.lastMessage?.text).toContain("Số tiền chưa khớp với sổ theo dõi.");

    await e2e.step(() => leader.pressButton("📝 Báo cáo kết quả"));
    expect(leader.messages.at(-2)?.text).toContain("trả lại để bổ sung");
    expect(leader.lastMessage?.text).toContain("Câu 5/9");
    await e2e.step(() => leader.sendText("8,4 triệu"));
    expect(leader.lastMessage?.text).toContain("Gửi báo cáo"); // straight back to the summary
    expect(leader.lastMessage?.text).toContain("8.400.000 đồng");
    await e2e.step(() => leader.pressButton("✅ Gửi báo cáo"));
    expect(leader.lastMessage?.text).toContain("Đã gửi báo cáo");
    const group = await e2e.database.db.group.findFirstOrThrow({ where: { name: "Tổ 5" } });
    const report = await e2e.database.db.groupReport.findFirstOrThrow({ where: { groupId: group.id, periodId: e2e.demo.currentPeriodId } });
    expect(report.status).toBe("submitted");

    await e2e.step(() => officer.sendText("/tiendo"));
    await e2e.step(() => officer.pressButton("🕓 Tổ 5"));
    await e2e.step(() => officer.pressButton(/Duyệt/));
    await e2e.step(() => leader.pressButton("📝 Báo cáo kết quả"));
    expect(leader.lastMessage?.text).toContain("đã được phường duyệt");
    expectTranscript("return-and-fix", transcript);
  });
});
