// Every update of a full scenario delivered twice (as a webhook retry or a redelivery after a
// crash would): the stored data and what the leader reads equal the single-delivery run.
import type { Update } from "grammy/types";
import { describe, expect, it } from "vitest";
import { periodIndicators } from "../../src/db/repos/catalogue.js";
import { createInvite } from "../../src/db/repos/invites.js";
import { reportAnswers } from "../../src/db/repos/reports.js";
import { startTestBot } from "../support/bot-harness.js";
import type { TelegramUser } from "../support/telegram-user.js";

async function play(copies: 1 | 2) {
  const harness = await startTestBot();
  await harness.stopBot(); // updates are delivered by hand below
  try {
    const { db, server } = harness;
    const delivered = new Set<number>();
    const deliver = async () => {
      for (const update of server.pendingUpdates as Update[]) {
        if (delivered.has(update.update_id)) continue;
        delivered.add(update.update_id);
        for (let i = 0; i < copies; i++) await harness.bot.handleUpdate(structuredClone(update));
      }
    };
    const member = await db.member.findFirstOrThrow({ where: { role: "leader", group: { name: "Tổ 1" } } });
    const invite = await createInvite(db, { wardId: member.wardId, role: "leader", groupId: member.groupId, memberId: member.id, fullName: member.fullName, now: harness.clock.now() });
    const user: TelegramUser = server.user({ id: 7401, firstName: "Hùng" });
    const say = async (text: string) => {
      user.sendText(text);
      await deliver();
    };
    const press = async (label: string | RegExp) => {
      user.pressButton(label);
      await deliver();
    };
    await say(`/start ${invite.code}`);
    await press(/^Đúng, tôi là/);
    await press("📝 Báo cáo kết quả");
    await say("chưa đếm");
    await say("2,260");
    await press(/^Không, tôi nhập lại$/);
    await say("226 hộ");
    await say("5,829");
    await say("224");
    for (const answer of ["220", "150", "1tr5", "12"]) await say(answer);
    await press("Có");
    await press("Bỏ qua");
    await say("Đề nghị phường hỗ trợ sửa chữa nhà văn hóa.");
    await press("✏️ Sửa một mục");
    await press("5");
    await say("2 triệu 500 nghìn");
    await press("✅ Gửi báo cáo");
    await say("/dangky");
    await press("Có đăng ký");

    const period = await db.period.findFirstOrThrow({ where: { status: "open" } });
    const answers = Object.fromEntries(await reportAnswers(db, period.id, member.groupId!, await periodIndicators(db, period.id)));
    const report = await db.groupReport.findFirstOrThrow({ where: { periodId: period.id, groupId: member.groupId! } });
    const audit = (await db.valueChange.findMany({ where: { reportId: report.id }, orderBy: { id: "asc" } })).map((change) => [change.indicatorId, change.oldValue, change.newValue]);
    return {
      answers,
      audit,
      status: report.status,
      members: await db.member.count({ where: { telegramId: 7401n } }),
      replies: user.messages.map((message) => message.text ?? ""),
      stop: () => harness.stop(),
    };
  } catch (error) {
    await harness.stop();
    throw error;
  }
}

describe("a full scenario delivered twice", () => {
  it("stores and says exactly what the single delivery does", { timeout: 90_000 }, async () => {
    const once = await play(1);
    const twice = await play(2);
    try {
      expect(once.status).toBe("submitted");
      expect(Object.keys(once.answers)).toHaveLength(9);
      expect(twice.answers).toEqual(once.answers);
      expect(twice.audit).toEqual(once.audit);
      expect(twice.status).toBe(once.status);
      expect(twice.members).toBe(1);
      expect(twice.replies).toEqual(once.replies);
    } finally {
      await once.stop();
      await twice.stop();
    }
  });
});
