// Invites bound to their purpose, through the real bot process: a registered leader who opens
// an officer invite is asked, not silently made an officer (the group would lose its leader);
// "Không phải tôi" on an invite made for a listed member cannot rename that member.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createInvite } from "../../src/db/repos/invites.js";
import { DEFAULT_CLOCK_START } from "../support/bot-harness.js";
import { type E2E, startE2E } from "../support/e2e.js";

let e2e: E2E;
beforeEach(async () => {
  e2e = await startE2E();
}, 120_000); // the machine running these is shared
afterEach(async () => {
  await e2e?.stop();
});

describe("invites bound to their purpose", () => {
  it("a leader who opens an officer invite is asked, and keeping the role changes nothing", { timeout: 120_000 }, async () => {
    const leader = await e2e.registered(8961, { group: "Tổ 5" });
    const before = await e2e.database.db.member.findFirstOrThrow({ where: { telegramId: 8961n } });
    const code = await e2e.inviteFor({ role: "officer" });
    await e2e.step(() => leader.sendText(`/start ${code}`));
    expect(leader.lastMessage?.text).toContain("đang là tổ trưởng Tổ 5");
    expect(leader.lastMessage?.buttons.flat()).toEqual(["Nhận vai trò mới", "Giữ vai trò hiện tại"]);
    await e2e.step(() => leader.pressButton("Giữ vai trò hiện tại"));
    expect(leader.lastMessage?.text).toContain("lời mời chưa được dùng");

    const after = await e2e.database.db.member.findUniqueOrThrow({ where: { id: before.id } });
    expect({ role: after.role, groupId: after.groupId, fullName: after.fullName }).toEqual({ role: "leader", groupId: before.groupId, fullName: before.fullName });
    expect((await e2e.database.db.invite.findUniqueOrThrow({ where: { code } })).usedAt).toBeNull();
    // Still the leader: the group's report is theirs.
    await e2e.step(() => leader.pressButton("📝 Báo cáo kết quả"));
    expect(leader.lastMessage?.text).toContain("của Tổ 5");
  });

  it("'Không phải tôi' on an invite for a listed leader registers nobody and renames nobody", { timeout: 120_000 }, async () => {
    const listed = await e2e.database.db.member.findFirstOrThrow({ where: { wardId: e2e.demo.wardId, role: "leader", group: { name: "Tổ 6" } } });
    const code = await e2e.inviteFor({ group: "Tổ 6" });
    const other = e2e.server.user({ id: 8962, firstName: "Người", lastName: "Khác", languageCode: "vi" });
    await e2e.step(() => other.sendText(`/start ${code}`));
    await e2e.step(() => other.pressButton("Không phải tôi"));
    expect(other.lastMessage?.text).toContain(`được lập riêng cho ${listed.fullName}`);
    await e2e.step(() => other.sendText("Trần Văn Mạo Danh"));

    const after = await e2e.database.db.member.findUniqueOrThrow({ where: { id: listed.id } });
    expect({ fullName: after.fullName, telegramId: after.telegramId }).toEqual({ fullName: listed.fullName, telegramId: null });
    expect(await e2e.database.db.member.count({ where: { telegramId: 8962n } })).toBe(0);
    expect((await e2e.database.db.invite.findUniqueOrThrow({ where: { code } })).usedAt).toBeNull();
  });
});

describe("one person, two wards", () => {
  it("an officer of one ward who registers as a leader of another is told both, and works as the new leader", { timeout: 120_000 }, async () => {
    const db = e2e.database.db;
    const officer = await e2e.registered(8963, { role: "officer" });
    const other = await db.ward.create({ data: { slug: "phuong-khac", name: "Phường Quang Trung", issuerName: "PHƯỜNG QUANG TRUNG", placeName: "Phường Quang Trung", signerName: "Lê Văn Ký" } });
    const group = await db.group.create({ data: { wardId: other.id, name: "Tổ 3", sortOrder: 3 } });
    const leader = await db.member.create({ data: { wardId: other.id, role: "leader", groupId: group.id, fullName: "Phạm Thị Lan" } });
    const invite = await createInvite(db, { wardId: other.id, role: "leader", groupId: group.id, memberId: leader.id, fullName: leader.fullName, now: DEFAULT_CLOCK_START });
    e2e.codes.push(invite.code);
    await e2e.step(() => officer.sendText(`/start ${invite.code}`));
    await e2e.step(() => officer.pressButton(/^Đúng, tôi là/));
    const reply = officer.lastMessage?.text ?? "";
    expect(reply).toContain("đã đăng ký thành công với vai trò tổ trưởng Tổ 3");
    expect(reply).toContain("vẫn là công chức Văn phòng - Thống kê của Phường Phan Đình Phùng; từ nay trợ lý làm việc với");
    expect(officer.keyboardLabels().flat()).toContain("📝 Báo cáo kết quả");
    // Both memberships are kept.
    expect(await db.member.count({ where: { telegramId: 8963n, active: true } })).toBe(2);
  });
});
