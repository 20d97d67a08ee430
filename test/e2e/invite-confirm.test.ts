// Issue 10, case 8 (the rest): an officer-level invite made in the chat takes effect only when
// the member who made it confirms the person who opened it; a refusal registers nobody; the
// confirming press redelivered after a kill says it is done; and someone who holds roles in two
// wards chooses between them with /phuong (the newest registration no longer always wins).
// Through the real bot process.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createInvite } from "../../src/db/repos/invites.js";
import { DEFAULT_CLOCK_START } from "../support/bot-harness.js";
import { type E2E, startE2E } from "../support/e2e.js";
import { waitUntil } from "../support/wait.js";

let e2e: E2E;
beforeEach(async () => {
  e2e = await startE2E();
}, 180_000);
afterEach(async () => {
  await e2e?.stop();
});

async function chatInvite(role: "officer" | "admin", createdById: number, fullName: string | null) {
  const invite = await createInvite(e2e.database.db, { wardId: e2e.demo.wardId, role, fullName, createdById, now: DEFAULT_CLOCK_START });
  e2e.codes.push(invite.code);
  return invite.code;
}

describe("officer-level invites wait for the inviter", () => {
  it("confirmed by the inviter (a redelivered confirm says done); refused: nobody registered, asked again: still refused", { timeout: 300_000 }, async () => {
    const { db } = e2e.database;
    const inviter = await e2e.registered(8701, { role: "officer" });
    const inviterRow = await db.member.findFirstOrThrow({ where: { telegramId: 8701n } });

    // A named officer invite, opened: nothing takes effect yet.
    const code = await chatInvite("officer", inviterRow.id, "Trần Văn Bình");
    const binh = e2e.server.user({ id: 8702, firstName: "Bình", lastName: "Trần", username: "binhtv", languageCode: "vi" });
    await e2e.step(() => binh.sendText(`/start ${code}`));
    await e2e.step(() => binh.pressButton(/^Đúng, tôi là/));
    expect(binh.lastMessage?.text).toBe(
      "Lời mời làm công chức Văn phòng - Thống kê của Phường Phan Đình Phùng cần người mời (Nguyễn Thị Thanh) xác nhận trước khi có hiệu lực. Trợ lý đã gửi yêu cầu xác nhận; khi được xác nhận, trợ lý sẽ báo ông ngay.",
    );
    expect(await db.member.count({ where: { telegramId: 8702n } })).toBe(0);
    await e2e.step(() => binh.sendText("/tiendo"));
    expect(binh.lastMessage?.text ?? "").not.toContain("Tiến độ");
    // Opening it again does not ask the inviter twice.
    await e2e.step(() => binh.sendText(`/start ${code}`));
    expect(binh.lastMessage?.text).toContain("yêu cầu xác nhận đang chờ người mời");

    const request = inviter.messages.filter((m) => (m.text ?? "").startsWith("Có người vừa mở lời mời"));
    expect(request).toHaveLength(1);
    expect(request[0]!.text).toContain("• Họ tên tự khai: Trần Văn Bình");
    expect(request[0]!.text).toContain("• Tài khoản: Bình Trần (@binhtv), mã số 8702");

    // The confirm press, killed while it is answered (the registration stored): redelivered, it says done.
    const before = e2e.server.callsTo("answerCallbackQuery").length;
    e2e.server.delayNext("answerCallbackQuery", 600_000);
    inviter.pressButton("✅ Xác nhận", { messageId: request[0]!.message_id });
    await waitUntil(() => e2e.server.callsTo("answerCallbackQuery").length > before, { timeoutMs: 60_000, what: "the confirm press answered" });
    await e2e.bot.kill("SIGKILL");
    e2e.server.clearFaults();
    inviter.markRead();
    await e2e.restartBot();
    await e2e.server.settled({ timeoutMs: 60_000 });
    expect(inviter.unread().map((m) => m.text ?? "")).toContain("Trần Văn Bình đã được xác nhận trước đó, ông không cần bấm lại.");
    const binhRow = await db.member.findFirstOrThrow({ where: { telegramId: 8702n } });
    expect(binhRow).toMatchObject({ role: "officer", active: true, fullName: "Trần Văn Bình", wardId: e2e.demo.wardId });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "invite.confirm" } });
    expect(audit.actorId).toBe(inviterRow.id);

    // An unnamed admin invite opened by someone the inviter does not know: refused.
    const second = await chatInvite("admin", inviterRow.id, null);
    const stranger = e2e.server.user({ id: 8703, firstName: "Lạ", languageCode: "vi" });
    await e2e.step(() => stranger.sendText(`/start ${second}`));
    await e2e.step(() => stranger.sendText("Lê Văn Cường"));
    await e2e.step(() => stranger.pressButton(/Ông/u));
    expect(stranger.lastMessage?.text).toContain("cần người mời (Nguyễn Thị Thanh) xác nhận");
    const refuse = inviter.messages.filter((m) => (m.text ?? "").startsWith("Có người vừa mở lời mời")).at(-1)!;
    expect(refuse.text).toContain("Lê Văn Cường");
    await e2e.step(() => inviter.pressButton("❌ Không phải người tôi mời", { messageId: refuse.message_id }));
    expect(inviter.lastMessage?.text).toContain("Đã từ chối: Lê Văn Cường không được đăng ký bằng lời mời này.");
    expect(stranger.lastMessage?.text).toBe(
      "Người mời không xác nhận việc ông dùng lời mời làm quản trị hệ thống của Phường Phan Đình Phùng, nên ông chưa được đăng ký. Nếu có nhầm lẫn, ông vui lòng liên hệ trực tiếp người đã gửi lời mời.",
    );
    expect(await db.member.count({ where: { telegramId: 8703n } })).toBe(0);
    await e2e.step(() => stranger.sendText(`/start ${second}`));
    expect(stranger.lastMessage?.text).toContain("Người mời không xác nhận việc ông dùng lời mời");
    expect((await db.invite.findUniqueOrThrow({ where: { code: second } })).usedAt).toBeNull();
  });
});

describe("one person, two wards: /phuong chooses", () => {
  it("an officer of one ward and leader of another switches between them, and the menu follows", { timeout: 180_000 }, async () => {
    const { db } = e2e.database;
    const person = await e2e.registered(8704, { role: "officer" });
    const other = await db.ward.create({ data: { slug: "phuong-khac", name: "Phường Quang Trung", issuerName: "PHƯỜNG QUANG TRUNG", placeName: "Phường Quang Trung", signerName: "Lê Văn Ký" } });
    const group = await db.group.create({ data: { wardId: other.id, name: "Tổ 3", sortOrder: 3 } });
    const leader = await db.member.create({ data: { wardId: other.id, role: "leader", groupId: group.id, fullName: "Nguyễn Thị Thu Hà" } });
    const invite = await createInvite(db, { wardId: other.id, role: "leader", groupId: group.id, memberId: leader.id, fullName: leader.fullName, now: DEFAULT_CLOCK_START });
    e2e.codes.push(invite.code);
    await e2e.step(() => person.sendText(`/start ${invite.code}`));
    await e2e.step(() => person.pressButton(/^Đúng, tôi là/));
    expect(person.lastMessage?.text).toContain("Muốn chuyển qua lại giữa hai phường");
    expect(person.keyboardLabels().flat()).toContain("📝 Báo cáo kết quả");

    await e2e.step(() => person.sendText("/phuong"));
    expect(person.lastMessage?.text).toContain("đang có vai trò ở 2 phường; hiện trợ lý làm việc với");
    expect(person.lastMessage?.text).toContain("tổ trưởng Tổ 3 của Phường Quang Trung");
    await e2e.step(() => person.pressButton(/Phường Phan Đình Phùng$/u));
    expect(person.lastMessage?.text).toContain("Từ nay trợ lý làm việc với");
    expect(person.lastMessage?.text).toContain("công chức Văn phòng - Thống kê của Phường Phan Đình Phùng");
    expect(person.keyboardLabels().flat()).toContain("📊 Tiến độ các tổ");
    await e2e.step(() => person.sendText("/tiendo"));
    expect(person.lastMessage?.text).toContain("/26 tổ");

    // And back.
    await e2e.step(() => person.sendText("/phuong"));
    await e2e.step(() => person.pressButton(/Phường Quang Trung$/u));
    expect(person.keyboardLabels().flat()).toContain("📝 Báo cáo kết quả");
    expect(await db.member.count({ where: { telegramId: 8704n, active: true } })).toBe(2);
  });
});
