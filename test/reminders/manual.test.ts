// /nhacnho: an officer reminds the groups that have not handed in, now, under the same rules.
import { afterEach, describe, expect, it } from "vitest";
import { settleManualRounds } from "../../src/reminders/manual.js";
import { local, MISSING, once, type ReminderWorld, startReminderWorld } from "./support.js";

let world: ReminderWorld | undefined;
afterEach(async () => {
  await world?.stop();
  world = undefined;
});

async function command(w: ReminderWorld, user: ReturnType<ReminderWorld["leader"]>, text: string) {
  user.sendText(text);
  await w.harness.server.settled({ timeoutMs: 10_000 });
  await settleManualRounds();
}

describe("/nhacnho", () => {
  it("reminds every leader of a group without a handed-in report, then sends the digest", async () => {
    const w = (world = await startReminderWorld(local("2025-06-18T10:15")));
    await command(w, w.officer, "/nhacnho");
    const [started, digest] = w.officer.messages;
    expect(started!.text).toBe(
      "Trợ lý đang gửi tin nhắc hạn nộp báo cáo kỳ 6 tháng đầu năm 2025 cho 8 tổ trưởng của các tổ chưa nộp. Gửi xong, trợ lý sẽ báo kết quả cho ông/bà.",
    );
    expect(digest!.text).toContain("theo yêu cầu của cán bộ");
    expect(digest!.text).toContain("Còn 8/26 tổ chưa nộp: Tổ 1, Tổ 20, Tổ 21, Tổ 22, Tổ 23, Tổ 24, Tổ 25, Tổ 26.");
    expect(w.counts()).toEqual(once(MISSING));
    expect(w.leader("Tổ 22").lastMessage!.text).toContain("(còn 2 ngày)");
    const rows = await w.harness.db.reminderDelivery.findMany({ where: { slot: "manual:2025-06-18T03:15Z" } });
    expect(rows).toHaveLength(8);
  });

  it("twice in the same minute reminds nobody twice", async () => {
    const w = (world = await startReminderWorld(local("2025-06-18T10:15")));
    await command(w, w.officer, "/nhacnho");
    await command(w, w.officer, "/nhacnho");
    expect(w.counts()).toEqual(once(MISSING));
    expect(w.officer.messages[2]!.text).toContain("Hiện không có tổ trưởng nào nhận được tin nhắc");
  });

  it("does not send at night, after the deadline, or when every group has handed in", async () => {
    const w = (world = await startReminderWorld(local("2025-06-18T21:00")));
    await command(w, w.officer, "/nhacnho");
    expect(w.officer.lastMessage!.text).toContain("trợ lý không gửi tin nhắc từ 21 giờ tối đến 7 giờ sáng");
    w.clock.set(local("2025-06-20T17:00"));
    await command(w, w.officer, "/nhacnho");
    expect(w.officer.lastMessage!.text).toBe(
      "Kỳ báo cáo 6 tháng đầu năm 2025 đã hết hạn nộp (17:00 ngày 20 tháng 6 năm 2025) nên trợ lý không gửi tin nhắc nữa. Ông/bà xem các tổ chưa nộp ở \"📊 Tiến độ các tổ\".",
    );
    expect(w.counts()).toEqual({});

    w.clock.set(local("2025-06-18T09:00"));
    await w.harness.db.groupReport.updateMany({ where: { periodId: w.harness.demo!.currentPeriodId }, data: { status: "submitted" } });
    await w.harness.db.groupReport.createMany({
      data: (await w.harness.db.group.findMany({ where: { wardId: w.harness.demo!.wardId, reports: { none: { periodId: w.harness.demo!.currentPeriodId } } } })).map(
        (group) => ({ periodId: w.harness.demo!.currentPeriodId, groupId: group.id, status: "submitted" as const }),
      ),
    });
    await command(w, w.officer, "/nhacnho");
    expect(w.officer.lastMessage!.text).toBe("Tất cả 26 tổ đã nộp báo cáo kỳ 6 tháng đầu năm 2025, không cần nhắc.");
  });

  it("is refused to a leader", async () => {
    const w = (world = await startReminderWorld(local("2025-06-18T10:15")));
    const leader = w.leader("Tổ 1");
    await command(w, leader, "/nhacnho");
    expect(leader.lastMessage!.text).toBe("Chỉ công chức Văn phòng - Thống kê phường mới nhắc được hạn nộp báo cáo.");
    expect(leader.messages).toHaveLength(1);
  });
});
