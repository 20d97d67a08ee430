// Periods in the chat beside the demo's open half-year: a thematic period opened too, the
// leader picks which to report on; once the half-year is closed, a stale button of it gets a
// clear line saying whom to call, the officer's review refuses it, and only an admin reopens.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CLI_ACTOR } from "../../src/db/repos/audit.js";
import { createInvite } from "../../src/db/repos/invites.js";
import { defaultIndicators, openPeriod } from "../../src/db/repos/periods.js";
import { approveReport } from "../../src/db/repos/review.js";
import { DEFAULT_CLOCK_START } from "../support/bot-harness.js";
import { type E2E, startE2E } from "../support/e2e.js";

let e2e: E2E;
beforeEach(async () => {
  e2e = await startE2E();
});
afterEach(async () => {
  await e2e?.stop();
});

describe("several periods, closing and reopening", () => {
  it("the leader picks the period; a closed one refuses from a stale button and the review; an admin reopens it", { timeout: 120_000 }, async () => {
    const { db } = e2e.database;
    const wardId = e2e.demo.wardId;
    const indicators = await defaultIndicators(db, wardId, "other");
    const opened = await openPeriod(db, wardId, {
      name: "Chuyên đề PCCC năm 2025",
      kind: "other",
      year: 2025,
      startDate: new Date("2025-04-30T17:00:00Z"),
      endDate: new Date("2025-06-29T17:00:00Z"),
      deadline: new Date("2025-07-05T10:00:00Z"),
      indicatorIds: indicators.indicators.slice(0, 2).map((indicator) => indicator.id),
      actor: CLI_ACTOR,
      at: DEFAULT_CLOCK_START,
    });
    expect(opened.ok).toBe(true);
    const halfYear = await db.period.findFirstOrThrow({ where: { wardId, name: "6 tháng đầu năm 2025" } });

    const leader = await e2e.registered(7101, { group: "Tổ 1" });
    await e2e.step(() => leader.pressButton("📝 Báo cáo kết quả"));
    expect(leader.lastMessage?.text).toBe("Phường đang mở 2 kỳ báo cáo. Ông muốn báo cáo kỳ nào?");
    expect(leader.lastMessage?.buttons.flat()).toEqual(["6 tháng đầu năm 2025 (hạn ngày 20 tháng 6 năm 2025)", "Chuyên đề PCCC năm 2025 (hạn ngày 5 tháng 7 năm 2025)"]);
    const choice = leader.lastMessage!;
    await e2e.step(() => leader.pressButton(/^Chuyên đề PCCC/));
    expect(leader.messages.at(-2)?.text).toContain("kỳ chuyên đề PCCC năm 2025 của Tổ 1");
    expect(leader.lastMessage?.text).toContain("Câu 1/2");
    await e2e.step(() => leader.sendText("/huy"));

    // The officer closes the half-year: first who has not handed in.
    const officer = await e2e.registered(8201, { role: "officer" });
    await e2e.step(() => officer.sendText("/kybaocao"));
    expect(officer.lastMessage?.text).toContain("🟢 6 tháng đầu năm 2025: đang mở, hạn nộp 17:00 ngày 20 tháng 6 năm 2025; đã nộp 18/26 tổ.");
    expect(officer.lastMessage?.buttons.flat()).not.toContain("🔓 Mở lại: Năm 2024"); // only an admin reopens
    await e2e.step(() => officer.pressButton("🔒 Khóa sổ: 6 tháng đầu năm 2025"));
    expect(officer.lastMessage?.text).toContain("Còn 8 tổ chưa nộp: Tổ 1, Tổ 20, Tổ 21, Tổ 22, Tổ 23, Tổ 24, Tổ 25, Tổ 26.");
    await e2e.step(() => officer.pressButton("Hủy"));
    expect((await db.period.findUniqueOrThrow({ where: { id: halfYear.id } })).status).toBe("open");
    await e2e.step(() => officer.sendText("/kybaocao"));
    await e2e.step(() => officer.pressButton("🔒 Khóa sổ: 6 tháng đầu năm 2025"));
    await e2e.step(() => officer.pressButton("🔒 Khóa sổ"));
    expect(officer.lastMessage?.text).toContain("Đã khóa sổ kỳ báo cáo 6 tháng đầu năm 2025");
    const closedTwice = officer.messages.at(-2)!;
    await e2e.step(() => officer.pressButton("🔒 Khóa sổ", { messageId: closedTwice.message_id }));
    expect(officer.lastMessage?.text).toBe("Kỳ báo cáo 6 tháng đầu năm 2025 đã khóa sổ.");

    // A stale button of the closed period: whom to call, nothing stored.
    await e2e.step(() => leader.pressButton(/^6 tháng đầu năm 2025/, { messageId: choice.message_id }));
    expect(leader.lastMessage?.text).toContain("Kỳ báo cáo 6 tháng đầu năm 2025 đã khóa sổ nên trợ lý không nhận thêm số liệu.");
    // The officer registered as "ông" (the harness confirms the first choice): the stored addressing is what is said.
    expect(leader.lastMessage?.text).toContain("vui lòng gọi cho ông Nguyễn Thị Thanh (số điện thoại 0988123456) ở Văn phòng - Thống kê phường.");
    // Only the thematic period is open now: the menu goes straight to it.
    await e2e.step(() => leader.pressButton("📝 Báo cáo kết quả"));
    expect(leader.messages.some((message) => message.text?.includes("chuyên đề PCCC năm 2025 của Tổ 1"))).toBe(true);
    await e2e.step(() => leader.sendText("/huy"));

    // The officer's review of the closed period is refused and changes nothing.
    const to5 = await db.group.findFirstOrThrow({ where: { wardId, name: "Tổ 5" } });
    const review = await approveReport(db, { wardId, periodId: halfYear.id, groupId: to5.id, reviewerId: null, at: DEFAULT_CLOCK_START });
    expect(review).toMatchObject({ ok: false, periodOpen: false, status: "submitted" });
    expect((await db.groupReport.findFirstOrThrow({ where: { periodId: halfYear.id, groupId: to5.id } })).status).toBe("submitted");

    // An admin reopens it, audited.
    const invite = await createInvite(db, { wardId, role: "admin", fullName: "Lê Văn Quản", now: DEFAULT_CLOCK_START });
    e2e.codes.push(invite.code);
    const admin = e2e.server.user({ id: 8202, firstName: "Quản", languageCode: "vi" });
    await e2e.step(() => admin.sendText(`/start ${invite.code}`));
    await e2e.step(() => admin.pressButton(/^Đúng, tôi là/));
    await e2e.step(() => admin.sendText("/kybaocao"));
    await e2e.step(() => admin.pressButton("🔓 Mở lại: 6 tháng đầu năm 2025"));
    expect(admin.lastMessage?.text).toContain("Đã mở lại kỳ báo cáo 6 tháng đầu năm 2025");
    expect((await db.period.findUniqueOrThrow({ where: { id: halfYear.id } })).status).toBe("open");
    const audit = await db.auditEvent.findMany({ where: { subject: `period:${halfYear.id}` }, orderBy: { id: "asc" } });
    expect(audit.map((row) => row.action)).toEqual(["period.close", "period.reopen"]);
    const members = await db.member.findMany({ where: { telegramId: { in: [8201n, 8202n] } }, orderBy: { telegramId: "asc" } });
    expect(audit.map((row) => row.actorId)).toEqual(members.map((member) => member.id));
  });

  it("the officer renames a period and chooses a new period's indicators in /kybaocao, audited", { timeout: 120_000 }, async () => {
    const { db } = e2e.database;
    const wardId = e2e.demo.wardId;
    const officer = await e2e.registered(8211, { role: "officer" });
    const halfYear = await db.period.findFirstOrThrow({ where: { wardId, name: "6 tháng đầu năm 2025" } });

    // Rename: an empty or taken name is asked again; the reports stay with the period.
    await e2e.step(() => officer.sendText("/kybaocao"));
    await e2e.step(() => officer.pressButton("✏️ Đổi tên: 6 tháng đầu năm 2025"));
    expect(officer.messages.at(-2)?.text).toContain("Đổi tên kỳ báo cáo 6 tháng đầu năm 2025.");
    await e2e.step(() => officer.sendText("Năm 2024"));
    expect(officer.messages.at(-2)?.text).toContain('Phường đã có kỳ báo cáo tên "Năm 2024"');
    await e2e.step(() => officer.sendText("Sơ kết 6 tháng đầu năm 2025"));
    expect(officer.lastMessage?.text).toBe('Đã đổi tên kỳ báo cáo "6 tháng đầu năm 2025" thành "Sơ kết 6 tháng đầu năm 2025".');
    expect((await db.period.findUniqueOrThrow({ where: { id: halfYear.id } })).name).toBe("Sơ kết 6 tháng đầu năm 2025");
    expect(await db.groupReport.count({ where: { periodId: halfYear.id } })).toBeGreaterThan(0);
    const renamed = await db.auditEvent.findFirstOrThrow({ where: { action: "period.rename" } });
    expect(JSON.parse(renamed.detail)).toEqual({ from: "6 tháng đầu năm 2025", to: "Sơ kết 6 tháng đầu năm 2025" });

    // A quarter, its indicators chosen: the first one unticked, then back, then the second.
    await e2e.step(() => officer.sendText("/kybaocao"));
    await e2e.step(() => officer.pressButton("➕ Mở kỳ báo cáo mới"));
    await e2e.step(() => officer.pressButton("Báo cáo quý"));
    await e2e.step(() => officer.pressButton("2025"));
    await e2e.step(() => officer.pressButton("Quý 3"));
    await e2e.step(() => officer.pressButton(/^Giữ tên/));
    await e2e.step(() => officer.pressButton(/^Dùng ngày 1 tháng 7/));
    await e2e.step(() => officer.pressButton(/^Dùng ngày 30 tháng 9/));
    await e2e.step(() => officer.sendText("10/10"));
    const summary = officer.lastMessage!;
    const count = Number(/• (\d+) chỉ tiêu/u.exec(summary.text ?? "")?.[1]);
    expect(count).toBeGreaterThanOrEqual(2);
    await e2e.step(() => officer.pressButton("☑️ Chọn chỉ tiêu"));
    const chooser = officer.lastMessage!;
    const labels = chooser.buttons.flat();
    expect(labels.filter((label) => label.startsWith("✅ "))).toHaveLength(count);
    const first = labels[0]!.replace(/^✅ /u, "");
    const second = labels[1]!.replace(/^✅ /u, "");
    await e2e.step(() => officer.pressButton(labels[0]!, { messageId: chooser.message_id }));
    await e2e.step(() => officer.pressButton(labels[1]!, { messageId: chooser.message_id }));
    expect(officer.messages.find((m) => m.message_id === chooser.message_id)?.buttons.flat().slice(0, 2)).toEqual([`⬜ ${first}`, `⬜ ${second}`]);
    await e2e.step(() => officer.pressButton(`⬜ ${first}`, { messageId: chooser.message_id }));
    await e2e.step(() => officer.pressButton("✔️ Xong", { messageId: chooser.message_id }));
    expect(officer.lastMessage?.text).toContain(`• ${count - 1} chỉ tiêu, do `);
    expect(officer.lastMessage?.text).not.toContain(second.replace(/^\d+\. /u, ""));
    await e2e.step(() => officer.pressButton("✅ Mở kỳ báo cáo"));
    const quarter = await db.period.findFirstOrThrow({ where: { wardId, name: "Quý III năm 2025" }, include: { indicators: { include: { indicator: true } } } });
    expect(quarter.indicators).toHaveLength(count - 1);
    expect(quarter.indicators.map((link) => link.indicator.label)).not.toContain(second.replace(/^\d+\. /u, ""));
  });
});
