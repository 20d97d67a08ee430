// The office invites people from the chat: /moi → role → (a leader: the group) → name → a
// one-time t.me link that registers the person with that role.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startTestBot, TEST_BOT_USERNAME, type TestBot } from "../support/bot-harness.js";
import type { TelegramUser } from "../support/telegram-user.js";
import { expectTranscript, recordTranscript } from "../support/transcript.js";

let harness: TestBot;

beforeEach(async () => {
  harness = await startTestBot();
});
afterEach(async () => {
  await harness?.stop();
});

const settle = () => harness.server.settled({ timeoutMs: 10_000 });
async function say(user: TelegramUser, text: string) {
  user.sendText(text);
  await settle();
}
async function press(user: TelegramUser, label: string | RegExp) {
  user.pressButton(label);
  await settle();
}

async function signIn(role: "officer" | "chair", userId: number): Promise<TelegramUser> {
  const member = await harness.db.member.findFirstOrThrow({ where: { wardId: harness.demo!.wardId, role } });
  await harness.db.member.update({ where: { id: member.id }, data: { telegramId: BigInt(userId), registeredAt: harness.clock.now() } });
  return harness.server.user({ id: userId, firstName: "Cán bộ", languageCode: "vi", startedBot: true });
}

const LINK = new RegExp(`https://t\\.me/${TEST_BOT_USERNAME}\\?start=([A-Za-z0-9_-]{20})`, "u");

describe("/moi: inviting a member", () => {
  it("invites the listed leader of a group, and the link registers them as that member", async () => {
    const officer = await signIn("officer", 8001);
    await say(officer, "/start");
    const transcript = recordTranscript(officer, "Cán bộ");
    await press(officer, "➕ Mời thành viên");
    await press(officer, "Tổ trưởng tổ dân phố");
    expect(officer.lastMessage!.buttons[0]).toEqual(["Tổ 1", "Tổ 2", "Tổ 3"]);
    await press(officer, "Tổ 1");
    expect(officer.lastMessage!.buttons.flat()).toContain("Nguyễn Văn Hùng");
    await press(officer, "Nguyễn Văn Hùng");

    const text = officer.lastMessage!.text!;
    expect(text).toContain("Đã tạo lời mời tổ trưởng Tổ 1: Nguyễn Văn Hùng.");
    expect(text).toContain("hạn đến 08:00 ngày 29 tháng 5 năm 2025");
    const code = LINK.exec(text)?.[1];
    expect(code).toBeDefined();
    const listed = await harness.db.member.findFirstOrThrow({ where: { fullName: "Nguyễn Văn Hùng", role: "leader" } });
    const invite = await harness.db.invite.findUniqueOrThrow({ where: { code: code! } });
    expect(invite).toMatchObject({ role: "leader", groupId: listed.groupId, memberId: listed.id, fullName: "Nguyễn Văn Hùng" });
    // Beside the link, the short code to type (Zalo has no links that open the bot with a code).
    const shortCode = `${invite.shortCode!.slice(0, 4)} ${invite.shortCode!.slice(4)}`;
    expect(text).toContain(`người được mời gửi cho trợ lý mã mời: ${shortCode}`);
    expectTranscript("officer-invite-leader", transcript.render().replaceAll(code!, "<mã mời>").replaceAll(shortCode, "<mã gõ>"));

    const leader = harness.server.user({ id: 9001, firstName: "Hùng", languageCode: "vi" });
    await say(leader, `/start ${code}`);
    await press(leader, "Đúng, tôi là ông Nguyễn Văn Hùng");
    expect(leader.lastMessage!.text).toContain("đăng ký thành công với vai trò tổ trưởng Tổ 1");
    const registered = await harness.db.member.findUniqueOrThrow({ where: { id: listed.id } });
    expect(registered.telegramId).toBe(9001n);
  });

  it("on Telegram too, the short code typed as a message registers", async () => {
    const listed = await harness.db.member.findFirstOrThrow({ where: { fullName: "Trần Thị Lan", role: "leader" } });
    const { createInvite } = await import("../../src/db/repos/invites.js");
    const invite = await createInvite(harness.db, { wardId: harness.demo!.wardId, role: "leader", groupId: listed.groupId, memberId: listed.id, fullName: listed.fullName, now: harness.clock.now() });
    const lan = harness.server.user({ id: 9002, firstName: "Lan", languageCode: "vi" });
    await say(lan, invite.shortCode!.toLowerCase());
    expect(lan.lastMessage!.text).toContain("có phải là Trần Thị Lan không?");
    await press(lan, "Đúng, tôi là bà Trần Thị Lan");
    expect(lan.lastMessage!.text).toContain("đăng ký thành công với vai trò tổ trưởng Tổ 2");
    expect((await harness.db.member.findUniqueOrThrow({ where: { id: listed.id } })).telegramId).toBe(9002n);
  });

  it("invites a council member by a typed name, and an officer without a name", async () => {
    const officer = await signIn("officer", 8001);
    await say(officer, "/moi");
    await press(officer, "Thành viên Hội đồng Thi đua - Khen thưởng");
    await say(officer, "12345");
    expect(officer.lastMessage!.text).toContain("Họ và tên này chưa đúng");
    await say(officer, "  Lê   Thị Hồng ");
    const council = LINK.exec(officer.lastMessage!.text!)?.[1];
    expect(officer.lastMessage!.text).toContain("Lê Thị Hồng");
    expect(await harness.db.invite.findUniqueOrThrow({ where: { code: council! } })).toMatchObject({
      role: "council",
      groupId: null,
      memberId: null,
      fullName: "Lê Thị Hồng",
    });

    await say(officer, "/moi");
    await press(officer, "Công chức Văn phòng - Thống kê");
    await press(officer, "Bỏ qua, không ghi tên");
    const link = LINK.exec(officer.lastMessage!.text!)?.[1];
    expect(await harness.db.invite.findUniqueOrThrow({ where: { code: link! } })).toMatchObject({ role: "officer", fullName: null });
  });

  it("a new invite for a listed leader replaces the older one", async () => {
    const officer = await signIn("officer", 8001);
    const links: string[] = [];
    for (let i = 0; i < 2; i++) {
      await say(officer, "/moi");
      await press(officer, "Tổ trưởng tổ dân phố");
      await press(officer, "Tổ 2");
      await press(officer, "Trần Thị Lan");
      links.push(LINK.exec(officer.lastMessage!.text!)![1]!);
    }
    const stranger = harness.server.user({ id: 9002, firstName: "Ai đó", languageCode: "vi" });
    await say(stranger, `/start ${links[0]}`);
    expect(stranger.lastMessage!.text).toContain("Lời mời này đã hết hạn");
  });

  it("can be cancelled, and is only for the office", async () => {
    const officer = await signIn("officer", 8001);
    await say(officer, "/moi");
    await press(officer, "Hủy");
    expect(officer.lastMessage!.text).toBe("Đã hủy, chưa tạo lời mời nào.");
    expect(await harness.db.invite.count()).toBe(0);

    const chair = await signIn("chair", 8002);
    await say(chair, "/moi");
    expect(chair.lastMessage!.text).toContain("chỉ công chức Văn phòng - Thống kê mới tạo được lời mời");
    const leaderMember = await harness.db.member.findFirstOrThrow({ where: { role: "leader", group: { name: "Tổ 3" } } });
    await harness.db.member.update({ where: { id: leaderMember.id }, data: { telegramId: 8103n } });
    const leader = harness.server.user({ id: 8103, firstName: "Thắng", languageCode: "vi", startedBot: true });
    await say(leader, "/moi");
    expect(leader.lastMessage!.text).toContain("chỉ công chức Văn phòng - Thống kê mới tạo được lời mời");
  });
});
