// End to end over the Bot API test server: at a slot, exactly the leaders of the groups that
// have not handed in get one reminder each, with the period, the deadline, what is left and
// a button that opens the report; the officer gets the digest; the same slot again sends nothing.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FIRST_SLOT, MISSING, NOT_STARTED, once, type ReminderWorld, startReminderWorld } from "./support.js";

let world: ReminderWorld;

beforeEach(async () => {
  world = await startReminderWorld(FIRST_SLOT);
});
afterEach(async () => {
  await world?.stop();
});

describe("a scheduled round", () => {
  it("reminds exactly the leaders of groups without a handed-in report, once, and a second run sends nothing", async () => {
    const [round] = await world.scheduler.tick();
    expect(round).toMatchObject({ slot: FIRST_SLOT.toISOString(), targets: 8, claimed: 8, sent: 8, taken: 0, stopped: null, digests: 1 });
    expect(world.counts()).toEqual(once(MISSING));

    const again = await world.scheduler.tick();
    expect(again[0]).toMatchObject({ targets: 0, claimed: 0, sent: 0, digests: 0 });
    world.clock.advance(60 * 60_000); // later the same day: still the same slot
    await world.scheduler.tick();
    expect(world.counts()).toEqual(once(MISSING));
    expect(world.officer.messages).toHaveLength(1);

    const rows = await world.harness.db.reminderDelivery.findMany({ where: { slot: FIRST_SLOT.toISOString() } });
    expect(rows).toHaveLength(8);
    expect(rows.every((row) => row.status === "sent" && row.sentAt !== null && row.claimedBy !== null)).toBe(true);
  });

  it("says the period, the deadline and, for a draft, how many questions remain", async () => {
    await world.scheduler.tick();
    const questions = await world.harness.db.periodIndicator.count({ where: { periodId: world.harness.demo!.currentPeriodId } });
    const draft = world.leader("Tổ 20").lastMessage!;
    expect(draft.text).toContain("Chào ông/bà");
    expect(draft.text).toContain(`Báo cáo kết quả thi đua kỳ 6 tháng đầu năm 2025 của Tổ 20 còn ${questions - 3}/${questions} câu chưa trả lời.`);
    expect(draft.text).toContain("Hạn nộp là 17:00 ngày 20 tháng 6 năm 2025 (còn 3 ngày).");
    expect(draft.buttons).toEqual([["📝 Mở báo cáo"]]);
    expect(draft.inlineKeyboard![0]![0]).toMatchObject({ callback_data: expect.stringMatching(/^report:open:\d+$/) });

    const fresh = world.leader("Tổ 1").lastMessage!.text!;
    expect(fresh).toContain("Tổ 1 chưa gửi báo cáo kết quả thi đua kỳ 6 tháng đầu năm 2025.");
    expect(fresh).toContain(`trợ lý sẽ hỏi lần lượt ${questions} câu`);
  });

  it("sends the officer a digest: who is still missing and how many were reminded", async () => {
    await world.scheduler.tick();
    const digest = world.officer.lastMessage!.text!;
    expect(digest).toContain("Kết quả nhắc hạn nộp báo cáo kỳ 6 tháng đầu năm 2025 (hạn nộp 17:00 ngày 20 tháng 6 năm 2025)");
    expect(digest).toContain("Còn 8/26 tổ chưa nộp: Tổ 1, Tổ 20, Tổ 21, Tổ 22, Tổ 23, Tổ 24, Tổ 25, Tổ 26.");
    expect(digest).toContain("Đã gửi tin nhắc cho 8 tổ trưởng.");
    expect(digest).not.toContain("chặn tin của trợ lý");
  });

  it("the button opens the leader's report where it was left", async () => {
    await world.scheduler.tick();
    const questions = await world.harness.db.periodIndicator.count({ where: { periodId: world.harness.demo!.currentPeriodId } });
    const leader = world.leader("Tổ 21");
    leader.markRead();
    await leader.pressInlineButton("📝 Mở báo cáo").answer();
    const resume = await leader.nextReply();
    expect(resume.text).toContain(`đã trả lời 3/${questions} câu`);

    const fresh = world.leader("Tổ 23");
    fresh.markRead();
    await fresh.pressInlineButton("📝 Mở báo cáo").answer();
    expect((await fresh.nextReply()).text).toContain(`Trợ lý sẽ hỏi lần lượt ${questions} câu`);
  });

  it("the morning of the deadline says it is the last day", async () => {
    world.clock.set(new Date("2025-06-20T01:00:00.000Z"));
    await world.scheduler.tick();
    expect(world.leader("Tổ 1").lastMessage!.text).toContain("(hôm nay là hạn cuối)");
    expect(NOT_STARTED.every((group) => world.leader(group).messages.length === 1)).toBe(true);
  });
});
