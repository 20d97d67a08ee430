// The same update delivered twice (a crash before Telegram saw the confirmation, a webhook
// retry) has no second effect: no second reply, no second audit row.
import type { Update } from "grammy/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createInvite } from "../../src/db/repos/invites.js";
import { startTestBot, type TestBot } from "../support/bot-harness.js";

let harness: TestBot;
beforeEach(async () => {
  harness = await startTestBot();
});
afterEach(async () => {
  await harness?.stop();
});

describe("duplicate delivery", () => {
  it("handles an update once however often it arrives", async () => {
    const member = await harness.db.member.findFirstOrThrow({ where: { role: "leader", group: { name: "Tổ 1" } } });
    const invite = await createInvite(harness.db, { wardId: member.wardId, role: "leader", groupId: member.groupId, memberId: member.id, fullName: member.fullName, now: harness.clock.now() });
    const user = harness.server.user({ id: 7301, firstName: "Hùng" });
    const step = async (act: () => unknown) => {
      act();
      await harness.server.settled();
    };
    await step(() => user.sendText(`/start ${invite.code}`));
    await step(() => user.pressButton(/^Đúng, tôi là/));
    await step(() => user.pressButton("📝 Báo cáo kết quả"));
    await harness.stopBot();

    const answer: Update = {
      update_id: 900_001,
      message: {
        message_id: 500,
        date: Math.floor(harness.clock.now().getTime() / 1000),
        chat: { id: user.id, type: "private", first_name: "Hùng" },
        from: { id: user.id, is_bot: false, first_name: "Hùng" },
        text: "226",
      },
    };
    const before = user.messages.length;
    await harness.bot.handleUpdate(answer);
    await harness.bot.handleUpdate(structuredClone(answer));
    await harness.bot.handleUpdate(structuredClone(answer));

    expect(user.messages.length).toBe(before + 1);
    expect(user.lastMessage?.text).toContain("Câu 2/9");
    const report = await harness.db.groupReport.findFirstOrThrow({ where: { groupId: member.groupId!, period: { status: "open" } } });
    const changes = await harness.db.valueChange.findMany({ where: { reportId: report.id } });
    expect(changes.map((change) => change.newValue)).toEqual([JSON.stringify({ type: "count", value: 226 })]);
    expect(await harness.db.processedUpdate.count({ where: { updateId: 900_001n } })).toBe(1);
  });
});
