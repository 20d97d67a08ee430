// The announcement keeps the reminders' rules, with a clock the test moves: a period opened
// at night is announced at 07:00, once; a leader who blocked the bot is marked and named in
// the officer's digest; an extension tells only the groups not handed in, and the reminder
// slots follow the new deadline.
import { afterEach, describe, expect, it } from "vitest";
import type { Db } from "../../src/db/client.js";
import { CLI_ACTOR } from "../../src/db/repos/audit.js";
import { defaultIndicators, extendDeadline, openPeriod } from "../../src/db/repos/periods.js";
import { submitReport } from "../../src/db/repos/reports.js";
import { local, type ReminderWorld, startReminderWorld } from "../reminders/support.js";

const ANNOUNCEMENT = "📣 Thông báo mở kỳ báo cáo";
const EXTENSION = "📣 Thông báo gia hạn";

let world: ReminderWorld | undefined;
afterEach(async () => {
  await world?.stop();
  world = undefined;
});

async function openQuarter(db: Db, wardId: number, at: Date) {
  const indicators = await defaultIndicators(db, wardId, "other");
  const result = await openPeriod(db, wardId, {
    name: "Quý III năm 2025",
    kind: "other",
    year: 2025,
    startDate: local("2025-07-01T00:00"),
    endDate: local("2025-09-30T00:00"),
    deadline: local("2025-10-10T17:00"),
    indicatorIds: indicators.indicators.map((indicator) => indicator.id),
    actor: CLI_ACTOR,
    at,
  });
  if (!result.ok) throw new Error(result.reason);
  return result.period.id;
}

const count = (w: ReminderWorld, prefix: string) => [...w.leaders.values()].map((user) => user.messages.filter((message) => message.text?.startsWith(prefix)).length);

describe("the announcement under the reminders' rules", () => {
  it("opened at 22:00: nothing at night, every leader once from 07:00, a blocked leader marked and named", { timeout: 180_000 }, async () => {
    const w = (world = await startReminderWorld(local("2025-07-01T22:00")));
    const { db } = w.harness;
    await openQuarter(db, w.harness.demo!.wardId, w.clock.now());
    w.leader("Tổ 7").blockBot({ notify: false });

    await w.scheduler.tick();
    w.clock.set(local("2025-07-02T06:59"));
    await w.scheduler.tick();
    expect(count(w, ANNOUNCEMENT).every((n) => n === 0)).toBe(true);
    expect(w.officer.messages).toHaveLength(0);

    w.clock.set(local("2025-07-02T07:00"));
    await w.scheduler.tick();
    w.clock.set(local("2025-07-02T07:05"));
    await w.scheduler.tick(); // a second tick sends nothing more
    const counts = count(w, ANNOUNCEMENT);
    expect(counts.filter((n) => n === 1)).toHaveLength(w.leaders.size - 1);
    expect(w.leader("Tổ 7").messages).toHaveLength(0);
    const blocked = await db.member.findFirstOrThrow({ where: { telegramId: BigInt(w.leader("Tổ 7").id) } });
    expect(blocked.blockedAt).toEqual(local("2025-07-02T07:00"));
    expect(w.officer.messages).toHaveLength(1);
    expect(w.officer.lastMessage!.text).toContain(`Đã gửi tới ${w.leaders.size - 1} tổ trưởng.`);
    expect(w.officer.lastMessage!.text).toContain(`Tổ trưởng đã chặn tin của trợ lý nên không nhận được thông báo (1): Tổ 7 (${blocked.fullName}).`);
    const button = w.leader("Tổ 1").lastMessage!.inlineKeyboard![0]![0]!;
    expect(button).toMatchObject({ text: "📝 Mở báo cáo", callback_data: expect.stringMatching(/^report:open:\d+$/) });
  });

  it("an extension tells only the groups not handed in; the reminders follow the new deadline", { timeout: 180_000 }, async () => {
    const w = (world = await startReminderWorld(local("2025-07-02T09:00")));
    const { db } = w.harness;
    const wardId = w.harness.demo!.wardId;
    const periodId = await openQuarter(db, wardId, w.clock.now());
    await w.scheduler.tick();
    const group = await db.group.findFirstOrThrow({ where: { wardId, name: "Tổ 2" } });
    const member = await db.member.findFirstOrThrow({ where: { groupId: group.id, role: "leader" } });
    await db.groupReport.create({ data: { periodId, groupId: group.id } });
    await submitReport(db, periodId, group.id, member.id, w.clock.now());

    const result = await extendDeadline(db, wardId, periodId, local("2025-10-20T17:00"), CLI_ACTOR, w.clock.now());
    expect(result.ok).toBe(true);
    await w.scheduler.tick();
    const counts = count(w, EXTENSION);
    expect(w.leader("Tổ 2").messages.filter((message) => message.text?.startsWith(EXTENSION))).toHaveLength(0);
    expect(counts.filter((n) => n === 1)).toHaveLength(w.leaders.size - 1);
    expect(w.leader("Tổ 1").messages.at(-1)!.text).toContain("đến 17:00 ngày 20 tháng 10 năm 2025");

    // The old deadline's slot (3 days before 10/10) sends nothing; the new one's (17/10) does.
    const before = w.leader("Tổ 1").messages.length;
    w.clock.set(local("2025-10-07T08:00"));
    await w.scheduler.tick();
    expect(w.leader("Tổ 1").messages.length).toBe(before);
    w.clock.set(local("2025-10-17T08:00"));
    await w.scheduler.tick();
    expect(w.leader("Tổ 1").messages.length).toBe(before + 1);
    expect(w.leader("Tổ 1").lastMessage!.text).toContain("⏰ Nhắc hạn nộp báo cáo");
    expect(w.leader("Tổ 1").lastMessage!.text).toContain("quý III năm 2025");
  });
});
