// A Giấy khen needs no posting (khen-thuong.md §3.6): it goes to the council and is signed while
// the households of the same period wait for their posting (Nghị định 86/2023), which then go
// to a second vote and a second decision. The overview follows both votes.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createInvite } from "../../src/db/repos/invites.js";
import { createMember } from "../../src/db/repos/members.js";
import { DEFAULT_CLOCK_START } from "../support/bot-harness.js";
import { type E2E, startE2E } from "../support/e2e.js";

let e2e: E2E;
beforeEach(async () => {
  e2e = await startE2E();
});
afterEach(async () => {
  await e2e?.stop();
});

describe("a Giấy khen before the households' posting", () => {
  it("is voted and signed first; the households follow once posted", { timeout: 300_000 }, async () => {
    const { db } = e2e.database;
    const officer = await e2e.registered(9401, { role: "officer" });
    const leader = await e2e.registered(9402, { group: "Tổ 5" });
    const chair = await e2e.registered(9403, { role: "chair" });
    const member = await createMember(db, e2e.demo.wardId, { fullName: "Nguyễn Thị Hạnh", role: "council" });
    const invite = await createInvite(db, { wardId: e2e.demo.wardId, role: "council", memberId: member.id, fullName: member.fullName, now: DEFAULT_CLOCK_START });
    const councillor = e2e.server.user({ id: 9404, firstName: "Người dùng", languageCode: "vi" });
    await e2e.step(() => councillor.sendText(`/start ${invite.code}`));
    await e2e.step(() => councillor.pressButton(/^Đúng, tôi là/));

    await e2e.step(() => leader.sendText("/dexuat"));
    await e2e.step(() => leader.pressButton("🏠 Thêm hộ gia đình văn hóa"));
    await e2e.step(() => leader.sendText("Nguyễn Văn An, số 12 ngõ 5"));
    await e2e.step(() => leader.pressButton("🎖 Thêm cá nhân, tập thể (Giấy khen)"));
    await e2e.step(() => leader.pressButton("👤 Cá nhân"));
    await e2e.step(() => leader.sendText("Hoàng Văn Tâm"));
    await e2e.step(() => leader.pressButton("Tổ 5"));
    await e2e.step(() => leader.sendText("Đã có thành tích xuất sắc trong phong trào hiến đất mở rộng ngõ 5."));
    await e2e.step(() => leader.pressButton("✅ Xem lại và gửi"));
    await e2e.step(() => leader.pressButton("✅ Gửi đề xuất"));
    await e2e.step(() => officer.sendText("/khenthuong"));
    await e2e.step(() => officer.pressButton("🕓 Tổ 5"));
    await e2e.step(() => officer.pressButton("✅ Nhận 2 dòng chờ duyệt"));

    // No posting: the Giấy khen alone goes to the council.
    await e2e.step(() => officer.sendText("/khenthuong"));
    await e2e.step(() => officer.pressButton("🗳 Đưa 2 dòng ra Hội đồng biểu quyết"));
    expect(officer.lastMessage?.text).toContain("1 dòng còn lại (Giấy khen và các hình thức khác) không phải niêm yết");
    await e2e.step(() => officer.pressButton("🗳 Đưa ngay các dòng không cần niêm yết ra biểu quyết"));
    expect(officer.lastMessage?.text).toContain("Đã đưa 1 dòng ra Hội đồng biểu quyết");
    expect(councillor.lastMessage?.text).toContain("Hoàng Văn Tâm");
    expect(councillor.lastMessage?.text).not.toContain("Nguyễn Văn An");
    await e2e.step(() => councillor.pressButton("👍 Đồng ý cả danh sách"));
    await e2e.step(() => officer.pressButton("🔒 Kết thúc biểu quyết"));
    await e2e.step(() => chair.pressButton("✍️ Phê duyệt 1 trường hợp"));
    await e2e.step(() => chair.pressButton("✍️ Phê duyệt và ký"));
    expect((await db.awardDecision.findMany({ include: { form: true } })).map((decision) => [decision.form.code, decision.status])).toEqual([["giay_khen", "signed"]]);

    // The households' posting, recorded as run from 1 May: their vote and decision follow.
    await e2e.step(() => officer.sendText("/khenthuong"));
    expect(officer.lastMessage?.text).toContain("Quyết định số 01/QĐ-UBND");
    await e2e.step(() => officer.pressButton("📌 Ghi niêm yết"));
    await e2e.step(() => officer.sendText("1/5"));
    await e2e.step(() => officer.pressButton("10 ngày"));
    await e2e.step(() => officer.pressButton("Không có ý kiến"));
    await e2e.step(() => officer.pressButton("◀ Về mục khen thưởng"));
    await e2e.step(() => officer.pressButton("🗳 Đưa 1 dòng ra Hội đồng biểu quyết"));
    expect(officer.lastMessage?.text).toContain("Đã đưa 1 dòng ra Hội đồng biểu quyết");
    expect(councillor.lastMessage?.text).toContain("Nguyễn Văn An");
    await e2e.step(() => councillor.pressButton("👍 Đồng ý cả danh sách"));
    await e2e.step(() => officer.pressButton("🔒 Kết thúc biểu quyết"));
    // The chairman's overview offers the second vote's line, and keeps the first decision.
    await e2e.step(() => chair.sendText("/khenthuong"));
    expect(chair.lastMessage?.text).toContain("Quyết định số 01/QĐ-UBND");
    await e2e.step(() => chair.pressButton("✍️ Phê duyệt 1 trường hợp"));
    await e2e.step(() => chair.pressButton("✍️ Phê duyệt và ký"));
    const decisions = await db.awardDecision.findMany({ include: { form: true, lines: true }, orderBy: { id: "asc" } });
    expect(decisions.map((decision) => [decision.form.code, decision.number, decision.lines.map((line) => line.name)])).toEqual([
      ["giay_khen", 1, ["Hoàng Văn Tâm"]],
      ["gdvh", 2, ["Nguyễn Văn An"]],
    ]);
    await e2e.step(() => officer.sendText("/khenthuong"));
    expect(officer.lastMessage?.text).toContain("Quyết định số 01/QĐ-UBND");
    expect(officer.lastMessage?.text).toContain("Quyết định số 02/QĐ-UBND");
  });
});
