// The rules of reminders with a clock the test moves: never at night, never twice (a
// submission between claim and send, a crash after the claim), slots missed while the bot
// was down, a period closed early, and what Telegram answers (403, 429, a lost connection).
import { afterEach, describe, expect, it } from "vitest";
import { saveAnswer, submitReport } from "../../src/db/repos/reports.js";
import { closePeriod } from "../../src/db/repos/periods.js";
import { STALE_CLAIM_MS } from "../../src/reminders/round.js";
import { apiErrors } from "../support/bot-api-errors.js";
import { FIRST_SLOT, local, MISSING, once, type ReminderWorld, startReminderWorld } from "./support.js";

let world: ReminderWorld | undefined;
afterEach(async () => {
  await world?.stop();
  world = undefined;
});

async function start(at: Date): Promise<ReminderWorld> {
  world = await startReminderWorld(at);
  return world;
}

async function setSchedule(w: ReminderWorld, reminderDays: string, reminderTime: string) {
  await w.harness.db.ward.update({ where: { id: w.harness.demo!.wardId }, data: { reminderDays, reminderTime } });
}

async function groupIdOf(w: ReminderWorld, name: string) {
  return (await w.harness.db.group.findFirstOrThrow({ where: { wardId: w.harness.demo!.wardId, name } })).id;
}

async function deliveries(w: ReminderWorld, slot: string) {
  return w.harness.db.reminderDelivery.findMany({ where: { slot }, include: { member: { include: { group: true } } }, orderBy: { id: "asc" } });
}

const sendsTo = (w: ReminderWorld, chatId: number) =>
  w.harness.server.callsTo("sendMessage").filter((call) => Number(call.params.chat_id) === chatId).length;

describe("never at night", () => {
  it("a slot at 20:59 is sent at 20:59", async () => {
    const w = await start(local("2025-06-19T20:58"));
    await setSchedule(w, "1", "20:59");
    await w.scheduler.tick();
    expect(w.counts()).toEqual({});
    w.clock.set(local("2025-06-19T20:59"));
    await w.scheduler.tick();
    expect(w.counts()).toEqual(once(MISSING));
  });

  it("a slot at 21:00 waits for 07:00 the next morning (06:59: still nothing), and is sent once", async () => {
    const w = await start(local("2025-06-18T21:00"));
    await setSchedule(w, "2", "21:00");
    await w.scheduler.tick();
    w.clock.set(local("2025-06-19T06:59"));
    await w.scheduler.tick();
    expect(w.counts()).toEqual({});
    expect(w.officer.messages).toHaveLength(0);
    w.clock.set(local("2025-06-19T07:00"));
    await w.scheduler.tick();
    expect(w.counts()).toEqual(once(MISSING));
    w.clock.set(local("2025-06-19T07:01"));
    await w.scheduler.tick();
    expect(w.counts()).toEqual(once(MISSING));
    expect((await deliveries(w, local("2025-06-18T21:00").toISOString())).filter((d) => d.member.role === "leader")).toHaveLength(8);
  });

  it("a round that reaches 21:00 stops between two messages and finishes at 07:00 the next morning", async () => {
    const w = await start(local("2025-06-17T20:59"));
    await setSchedule(w, "3", "20:59");
    let claims = 0;
    w.hooks.afterClaim = () => {
      if (++claims === 3) w.clock.set(local("2025-06-17T21:00"));
    };
    const [round] = await w.scheduler.tick();
    expect(round).toMatchObject({ sent: 3, stopped: "quiet", digests: 0 });
    expect(Object.keys(w.counts())).toEqual(["Tổ 1", "Tổ 20", "Tổ 21"]);
    w.clock.set(local("2025-06-18T06:59"));
    expect((await w.scheduler.tick())[0]).toBeUndefined();
    w.clock.set(local("2025-06-18T07:00"));
    const [rest] = await w.scheduler.tick();
    expect(rest).toMatchObject({ sent: 5, stopped: null, digests: 1 });
    expect(w.counts()).toEqual(once(MISSING));
  });

  it("the officers' digest of a round whose last reminder went out at 20:59 waits for 07:00", async () => {
    const w = await start(local("2025-06-17T20:59"));
    await setSchedule(w, "3", "20:59");
    let claims = 0;
    w.hooks.afterClaim = () => {
      // The eighth and last leader is claimed at 20:59; the digest would follow at 21:00.
      if (++claims === MISSING.length) w.clock.set(local("2025-06-17T21:00"));
    };
    const [round] = await w.scheduler.tick();
    expect(w.counts()).toEqual(once(MISSING));
    expect(round).toMatchObject({ sent: MISSING.length, digests: 0 });
    expect(w.officer.messages).toHaveLength(0);
    w.hooks.afterClaim = undefined;
    w.clock.set(local("2025-06-18T06:59"));
    await w.scheduler.tick();
    expect(w.officer.messages).toHaveLength(0);
    w.clock.set(local("2025-06-18T07:00"));
    await w.scheduler.tick();
    expect(w.officer.messages).toHaveLength(1);
    expect(w.officer.lastMessage!.text).toContain("Đã gửi tin nhắc cho 8 tổ trưởng.");
  });
});

describe("never twice", () => {
  it("a leader who submits between the claim and the message gets nothing", async () => {
    const w = await start(FIRST_SLOT);
    const tổ20 = await groupIdOf(w, "Tổ 20");
    const periodId = w.harness.demo!.currentPeriodId;
    w.hooks.afterClaim = async (target) => {
      if (target.groupId === tổ20) await submitReport(w.harness.db, periodId, tổ20, target.memberId, w.clock.now());
    };
    const [round] = await w.scheduler.tick();
    expect(round).toMatchObject({ claimed: 8, sent: 7, skipped: 1 });
    expect(w.counts()).toEqual(once(MISSING.filter((group) => group !== "Tổ 20")));
    const row = (await deliveries(w, FIRST_SLOT.toISOString())).find((d) => d.member.group?.name === "Tổ 20")!;
    expect(row).toMatchObject({ status: "skipped", error: "report submitted", sentAt: null });
    expect(w.officer.lastMessage!.text).toContain("Còn 7/26 tổ chưa nộp: Tổ 1, Tổ 21,");
  });

  it("a crash after the claim never produces a message for that leader, even after a restart", async () => {
    const w = await start(FIRST_SLOT);
    w.hooks.afterClaim = (target) => {
      if (target.groupName === "Tổ 21") throw new Error("process killed");
    };
    await expect(w.scheduler.tick()).rejects.toThrow("process killed");
    expect(w.counts()).toEqual(once(["Tổ 1", "Tổ 20"]));
    w.hooks.afterClaim = undefined;

    const restarted = w.newScheduler();
    w.clock.advance(60_000);
    await restarted.tick();
    expect(w.counts()).toEqual(once(MISSING.filter((group) => group !== "Tổ 21")));
    const row = (await deliveries(w, FIRST_SLOT.toISOString())).find((d) => d.member.group?.name === "Tổ 21")!;
    expect(row).toMatchObject({ status: "claimed", sentAt: null });
    // The claim may still be in flight in another process: the digest waits until it is stale.
    expect(w.officer.messages).toHaveLength(0);
    w.clock.advance(STALE_CLAIM_MS);
    await restarted.tick();
    expect(w.leader("Tổ 21").messages).toHaveLength(0);
    expect(w.officer.messages).toHaveLength(1);
    expect(w.officer.lastMessage!.text).toContain("Chưa chắc tin nhắc đã đến do lỗi đường truyền (1): Tổ 21 (");
    await restarted.stop();
  });
});

describe("stopping the process", () => {
  it("ends a round between two messages; the next process finishes it", async () => {
    const w = await start(FIRST_SLOT);
    let claims = 0;
    let stopped: Promise<void> | undefined;
    w.hooks.afterClaim = () => {
      if (++claims === 2) stopped = w.scheduler.stop();
    };
    const [round] = await w.scheduler.tick();
    await stopped;
    expect(round).toMatchObject({ claimed: 2, sent: 2, stopped: "aborted", digests: 0 });
    w.hooks.afterClaim = undefined;
    const next = w.newScheduler();
    const [rest] = await next.tick();
    expect(rest).toMatchObject({ sent: 6, digests: 1 });
    expect(w.counts()).toEqual(once(MISSING));
    await next.stop();
  });

  it("start() runs a tick at once: a slot missed while the bot was down goes out when it is back", async () => {
    const w = await start(local("2025-06-17T11:00"));
    w.scheduler.start();
    await w.officer.nextReply({ timeoutMs: 10_000 });
    expect(w.counts()).toEqual(once(MISSING));
  });
});

describe("the bot down across a slot", () => {
  it("sends a missed slot once when it is back the same day", async () => {
    const w = await start(local("2025-06-17T15:00"));
    await w.scheduler.tick();
    await w.scheduler.tick();
    expect(w.counts()).toEqual(once(MISSING));
    expect((await deliveries(w, FIRST_SLOT.toISOString())).filter((d) => d.member.role === "leader")).toHaveLength(8);
  });

  it("sends only the latest of several missed slots", async () => {
    const w = await start(local("2025-06-19T10:00"));
    const [round] = await w.scheduler.tick();
    expect(round!.slot).toBe(local("2025-06-19T08:00").toISOString());
    expect(w.counts()).toEqual(once(MISSING));
  });

  it("waits for the morning when it is back at night, and sends nothing once the deadline has passed", async () => {
    const w = await start(local("2025-06-17T22:30"));
    expect(await w.scheduler.tick()).toEqual([]);
    w.clock.set(local("2025-06-18T07:00"));
    await w.scheduler.tick();
    expect(w.counts()).toEqual(once(MISSING));

    w.clock.set(local("2025-06-20T17:00"));
    expect(await w.scheduler.tick()).toEqual([]);
    expect(w.counts()).toEqual(once(MISSING));
  });
});

describe("a period closed early", () => {
  it("gets no reminders", async () => {
    const w = await start(FIRST_SLOT);
    await closePeriod(w.harness.db, w.harness.demo!.currentPeriodId, local("2025-06-16T12:00"));
    expect(await w.scheduler.tick()).toEqual([]);
    expect(w.counts()).toEqual({});
    expect(w.officer.messages).toHaveLength(0);
  });

  it("closed during a round: the rest are skipped", async () => {
    const w = await start(FIRST_SLOT);
    let claims = 0;
    w.hooks.afterClaim = async () => {
      if (++claims === 2) await closePeriod(w.harness.db, w.harness.demo!.currentPeriodId, w.clock.now());
    };
    const [round] = await w.scheduler.tick();
    expect(round).toMatchObject({ sent: 1, skipped: 7 });
    expect(w.counts()).toEqual(once(["Tổ 1"]));
  });
});

describe("what Telegram answers", () => {
  it("403: the leader is marked, not retried, shown to the officer, and skipped at the next slot until they come back", async () => {
    const w = await start(FIRST_SLOT);
    const leader = w.leader("Tổ 23");
    leader.blockBot({ notify: false });
    const [round] = await w.scheduler.tick();
    expect(round).toMatchObject({ sent: 7, blocked: 1 });
    expect(sendsTo(w, leader.id)).toBe(1);
    const member = await w.harness.db.member.findFirstOrThrow({ where: { telegramId: BigInt(leader.id) } });
    expect(member.blockedAt).toEqual(FIRST_SLOT);
    const row = (await deliveries(w, FIRST_SLOT.toISOString())).find((d) => d.memberId === member.id)!;
    expect(row).toMatchObject({ status: "blocked", error: "Forbidden: bot was blocked by the user" });
    expect(w.officer.lastMessage!.text).toContain(`Tổ trưởng đã chặn tin của trợ lý nên không nhận được tin nhắc (1): Tổ 23 (${member.fullName}).`);

    w.clock.set(local("2025-06-19T08:00"));
    await w.scheduler.tick();
    expect(sendsTo(w, leader.id)).toBe(1);
    expect(w.officer.lastMessage!.text).toContain("chặn tin của trợ lý");

    leader.unblockBot();
    await w.harness.server.settled({ timeoutMs: 10_000 });
    expect((await w.harness.db.member.findUniqueOrThrow({ where: { id: member.id } })).blockedAt).toBeNull();
    w.clock.set(local("2025-06-20T08:00"));
    await w.scheduler.tick();
    expect(leader.messages).toHaveLength(1);
  });

  it("blocking with a notice marks the member; writing again unmarks them", async () => {
    const w = await start(local("2025-06-16T09:00"));
    const member = (user: { id: number }) => w.harness.db.member.findFirstOrThrow({ where: { telegramId: BigInt(user.id) } });
    const blocker = w.leader("Tổ 24");
    blocker.blockBot();
    await w.harness.server.settled({ timeoutMs: 10_000 });
    expect((await member(blocker)).blockedAt).toEqual(local("2025-06-16T09:00"));

    // Marked earlier, and the unblock notice was missed: a message from them is enough.
    const back = w.leader("Tổ 25");
    await w.harness.db.member.update({ where: { id: (await member(back)).id }, data: { blockedAt: local("2025-06-10T09:00") } });
    back.sendText("/xem");
    await w.harness.server.settled({ timeoutMs: 10_000 });
    expect((await member(back)).blockedAt).toBeNull();
    expect(back.lastMessage!.text).toContain("Trạng thái");
  });

  it("429: waits retry_after and sends once", async () => {
    const w = await start(FIRST_SLOT);
    w.harness.server.failNext("sendMessage", apiErrors.tooManyRequests(1), { times: 2 });
    const started = performance.now();
    const [round] = await w.scheduler.tick();
    expect(performance.now() - started).toBeGreaterThanOrEqual(1900);
    expect(round).toMatchObject({ sent: 8, failed: 0, released: 0 });
    expect(w.counts()).toEqual(once(MISSING));
  });

  it("429 asking for too long a wait: the claim is given back and the next tick sends it", async () => {
    const w = await start(FIRST_SLOT);
    w.harness.server.failNext("sendMessage", apiErrors.tooManyRequests(120));
    const [round] = await w.scheduler.tick();
    expect(round).toMatchObject({ sent: 7, released: 1, digests: 1 });
    expect(w.counts()).toEqual(once(MISSING.slice(1)));
    w.clock.advance(60_000);
    const [next] = await w.scheduler.tick();
    expect(next).toMatchObject({ targets: 1, sent: 1 });
    expect(w.counts()).toEqual(once(MISSING));
  });

  it("a lost connection is not retried: the reminder may have arrived, and must not arrive twice", async () => {
    const w = await start(FIRST_SLOT);
    w.harness.server.failNext("sendMessage", "network");
    const [round] = await w.scheduler.tick();
    expect(round).toMatchObject({ sent: 7, failed: 1 });
    w.clock.advance(60_000);
    await w.scheduler.tick();
    expect(sendsTo(w, w.leader("Tổ 1").id)).toBe(1);
    expect(w.officer.lastMessage!.text).toMatch(/Chưa chắc tin nhắc đã đến do lỗi đường truyền \(1\): Tổ 1 \(/u);
  });
});

describe("the digest", () => {
  it("lists groups with no registered leader, and is not sent when every group has handed in", async () => {
    const w = await start(FIRST_SLOT);
    const { db } = w.harness;
    await db.member.updateMany({ where: { telegramId: BigInt(w.leader("Tổ 25").id) }, data: { telegramId: null } });
    await w.scheduler.tick();
    expect(w.officer.lastMessage!.text).toContain("Tổ chưa có tổ trưởng dùng trợ lý (1): Tổ 25.");
    expect(w.officer.lastMessage!.text).toContain("Đã gửi tin nhắc cho 7 tổ trưởng.");

    const periodId = w.harness.demo!.currentPeriodId;
    for (const name of MISSING) {
      const groupId = await groupIdOf(w, name);
      const indicator = await db.periodIndicator.findFirstOrThrow({ where: { periodId }, include: { indicator: true }, orderBy: { sortOrder: "asc" } });
      await saveAnswer(db, { periodId, groupId, indicatorId: indicator.indicatorId, value: { type: "count", value: 10 }, memberId: null });
      await submitReport(db, periodId, groupId, null, w.clock.now());
    }
    w.clock.set(local("2025-06-19T08:00"));
    const [round] = await w.scheduler.tick();
    expect(round).toMatchObject({ targets: 0, digests: 0 });
    expect(w.officer.messages).toHaveLength(1);
  });
});
