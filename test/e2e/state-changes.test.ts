// What is true now, at every step, through the real bot process: the world changes while a
// conversation is open (the officer approves, a member is deactivated or moved, the period
// closes, a second leader of the group edits), and the next write of that conversation is
// refused with a clear line instead of trusting what the conversation loaded at its start.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { periodIndicators } from "../../src/db/repos/catalogue.js";
import { createInvite } from "../../src/db/repos/invites.js";
import { closePeriod } from "../../src/db/repos/periods.js";
import { reportAnswers } from "../../src/db/repos/reports.js";
import { validateReport } from "../../src/domain/validate.js";
import { DEFAULT_CLOCK_START } from "../support/bot-harness.js";
import { type E2E, startE2E } from "../support/e2e.js";
import type { TelegramUser } from "../support/telegram-user.js";

const LOCKED = "đã được phường duyệt nên không sửa được nữa";
const INACTIVE = "không còn hoạt động trong hệ thống";
const CHANGED = "vừa được thay đổi nên thông tin vừa gửi chưa được lưu";
const CLOSED = "đã khóa sổ nên trợ lý không nhận thêm số liệu";

let e2e: E2E;
const say = (user: TelegramUser, text: string) => e2e.step(() => user.sendText(text));
const press = (user: TelegramUser, label: string | RegExp, messageId?: number) =>
  e2e.step(() => user.pressButton(label, messageId === undefined ? {} : { messageId }));

async function groupId(name: string): Promise<number> {
  return (await e2e.database.db.group.findFirstOrThrow({ where: { name } })).id;
}
async function report(group: string) {
  return e2e.database.db.groupReport.findUnique({
    where: { periodId_groupId: { periodId: e2e.demo.currentPeriodId, groupId: await groupId(group) } },
  });
}
async function answers(group: string): Promise<Record<string, unknown>> {
  const { db } = e2e.database;
  const indicators = await periodIndicators(db, e2e.demo.currentPeriodId);
  const stored = await reportAnswers(db, e2e.demo.currentPeriodId, await groupId(group), indicators);
  return Object.fromEntries([...stored].map(([code, answer]) => [code, answer.value]));
}
async function leaderMember(group: string) {
  return e2e.database.db.member.findFirstOrThrow({ where: { role: "leader", group: { name: group } }, orderBy: { id: "asc" } });
}
/** The officer opens a group's report from /tiendo (its view is the last message). */
async function openGroup(officer: TelegramUser, label: string) {
  await say(officer, "/tiendo");
  await press(officer, label);
}
/** The messages a user received since `count` messages. */
const since = (user: TelegramUser, count: number) => user.messages.slice(count).map((message) => message.text ?? "");

describe("every step checks what is true now", () => {
  let officer: TelegramUser;
  beforeAll(async () => {
    e2e = await startE2E();
    officer = await e2e.registered(9001, { role: "officer" });
  }, 60_000);
  afterAll(async () => {
    await e2e?.stop();
  });

  it("an edit typed after the officer approved is refused, and the report stays approved", { timeout: 120_000 }, async () => {
    const leader = await e2e.registered(9005, { group: "Tổ 5" });
    const before = await answers("Tổ 5");
    await press(leader, "📝 Báo cáo kết quả"); // submitted: the summary with "Sửa một mục"
    await press(leader, "✏️ Sửa một mục");
    await press(leader, "5");
    await openGroup(officer, "🕓 Tổ 5");
    await press(officer, "✅ Duyệt");
    expect((await report("Tổ 5"))?.status).toBe("approved");

    await say(leader, "9 triệu");
    expect(leader.lastMessage?.text).toContain(LOCKED);
    expect(await answers("Tổ 5")).toEqual(before);
    expect((await report("Tổ 5"))?.status).toBe("approved");
  });

  it("a stale \"Gửi báo cáo\" pressed after the approval does not set the report back to submitted", { timeout: 120_000 }, async () => {
    const leader = await e2e.registered(9006, { group: "Tổ 6" });
    await openGroup(officer, "🕓 Tổ 6");
    await press(officer, "↩️ Trả lại để bổ sung");
    await press(officer, "⬜ Số tiền thăm hỏi, tặng quà");
    await press(officer, "Tiếp tục ▶");
    await say(officer, "Số tiền chưa khớp với sổ theo dõi.");
    await press(leader, "📝 Báo cáo kết quả");
    await say(leader, "8,4 triệu");
    const summary = leader.lastMessage!;
    expect(summary.buttons.flat()).toContain("✅ Gửi báo cáo");
    await press(leader, "✅ Gửi báo cáo");
    expect(leader.lastMessage?.text).toContain("Đã gửi báo cáo");
    await press(leader, "📝 Báo cáo kết quả"); // the summary again, waiting for a button
    await openGroup(officer, "🕓 Tổ 6");
    await press(officer, "✅ Duyệt");
    const approved = await report("Tổ 6");
    expect(approved?.status).toBe("approved");

    await press(leader, "✅ Gửi báo cáo", summary.message_id); // the button of the older summary
    expect(leader.lastMessage?.text).toContain(LOCKED);
    const after = await report("Tổ 6");
    expect(after?.status).toBe("approved");
    expect(after?.reviewedById).toBe(approved?.reviewedById);
    expect(after?.submittedAt).toEqual(approved?.submittedAt);
  });

  it("an approve and an edit sent at the same moment: never a value changed under an approved report", { timeout: 180_000 }, async () => {
    const { db } = e2e.database;
    for (const [index, group] of ["Tổ 7", "Tổ 9", "Tổ 10"].entries()) {
      const leader = await e2e.registered(9200 + index, { group });
      const before = await answers(group);
      await press(leader, "📝 Báo cáo kết quả");
      await press(leader, "✏️ Sửa một mục");
      await press(leader, "5");
      await openGroup(officer, `🕓 ${group}`);
      const seen = leader.messages.length;
      await e2e.step(() => {
        // Alternately the approve first and the edit first, in the same batch of updates.
        if (index % 2 === 0) officer.pressButton("✅ Duyệt");
        leader.sendText("9 triệu");
        if (index % 2 === 1) officer.pressButton("✅ Duyệt");
      });
      const replies = since(leader, seen).join("\n");
      const row = await report(group);
      expect(row?.status, group).toBe("approved");
      const changes = await db.valueChange.findMany({ where: { reportId: row!.id }, orderBy: { id: "asc" } });
      if (replies.includes("Đã ghi")) {
        // The edit came first: stored, then approved as edited (the approval is the report's last write).
        expect(await answers(group), group).toEqual({ ...before, poverty_gift_money: 9_000_000 });
        expect(changes.at(-1)!.changedAt.getTime(), group).toBeLessThanOrEqual(row!.updatedAt.getTime());
        expect(replies, group).not.toContain(LOCKED);
      } else {
        expect(replies, group).toContain(LOCKED);
        expect(await answers(group), group).toEqual(before);
      }
    }
  });

  it("a deactivated leader's next answer is refused and nothing more is stored", { timeout: 120_000 }, async () => {
    const leader = await e2e.registered(9023, { group: "Tổ 23" });
    await press(leader, "📝 Báo cáo kết quả");
    await say(leader, "300");
    expect(leader.lastMessage?.text).toContain("Đã ghi");
    const member = await leaderMember("Tổ 23");
    await e2e.database.db.member.update({ where: { id: member.id }, data: { active: false } });

    await say(leader, "100");
    expect(leader.lastMessage?.text).toContain(INACTIVE);
    expect(await answers("Tổ 23")).toEqual({ households_total: 300 });
    await say(leader, "100"); // the conversation has ended: no question is answered any more
    expect(await answers("Tổ 23")).toEqual({ households_total: 300 });
  });

  it("a leader moved from Tổ 24 to Tổ 25 cannot write into Tổ 24", { timeout: 120_000 }, async () => {
    const leader = await e2e.registered(9024, { group: "Tổ 24" });
    await press(leader, "📝 Báo cáo kết quả");
    await say(leader, "300");
    const member = await leaderMember("Tổ 24");
    await e2e.database.db.member.update({ where: { id: member.id }, data: { groupId: await groupId("Tổ 25") } });

    await say(leader, "100");
    expect(leader.lastMessage?.text).toContain(CHANGED);
    expect(await answers("Tổ 24")).toEqual({ households_total: 300 });
    expect(await answers("Tổ 25")).toEqual({});
  });

  it("two leaders of one group at once: an answer is checked against what is stored, not what was loaded", { timeout: 180_000 }, async () => {
    const { db } = e2e.database;
    const first = await e2e.registered(9101, { group: "Tổ 1" });
    const group = await db.group.findFirstOrThrow({ where: { name: "Tổ 1" } });
    const deputy = await db.member.create({ data: { wardId: e2e.demo.wardId, fullName: "Trần Thị Lan", role: "leader", groupId: group.id } });
    const invite = await createInvite(db, { wardId: e2e.demo.wardId, role: "leader", groupId: group.id, memberId: deputy.id, fullName: deputy.fullName, now: DEFAULT_CLOCK_START });
    e2e.codes.push(invite.code);
    const second = e2e.server.user({ id: 9102, firstName: "Lan", languageCode: "vi" });
    await say(second, `/start ${invite.code}`);
    await press(second, /^Đúng, tôi là/);

    // The first leader answers everything: 300 households, 100 registered.
    await press(first, "📝 Báo cáo kết quả");
    for (const text of ["300", "100", "50", "40", "1 triệu", "5"]) await say(first, text);
    await press(first, "Có");
    await press(first, "Bỏ qua");
    await say(first, "Không có");
    expect(first.lastMessage?.buttons.flat()).toContain("✅ Gửi báo cáo");

    // The second leader opens the same report (300 households loaded) and edits item 2.
    await press(second, "📝 Báo cáo kết quả");
    await press(second, "✏️ Sửa một mục");
    await press(second, "2");
    // Meanwhile the first leader corrects the total to 150.
    await press(first, "✏️ Sửa một mục");
    await press(first, "1");
    await say(first, "150");
    expect(first.lastMessage?.text).toContain("Đã ghi");

    await say(second, "235");
    expect(second.lastMessage?.text).toContain("không được lớn hơn");
    expect(second.lastMessage?.text).toContain("150");
    const stored = await answers("Tổ 1");
    expect(stored).toMatchObject({ households_total: 150, households_registered: 100 });
    const indicators = await periodIndicators(db, e2e.demo.currentPeriodId);
    expect(validateReport(indicators, await reportAnswers(db, e2e.demo.currentPeriodId, group.id, indicators))).toEqual([]);
  });

  it("a deactivated officer cannot complete a return", { timeout: 120_000 }, async () => {
    const leader = await e2e.registered(9008, { group: "Tổ 8" });
    await openGroup(officer, "🕓 Tổ 8");
    await press(officer, "↩️ Trả lại để bổ sung");
    await press(officer, "⬜ Số tiền thăm hỏi, tặng quà");
    await press(officer, "Tiếp tục ▶");
    const member = await e2e.database.db.member.findFirstOrThrow({ where: { role: "officer", telegramId: BigInt(officer.id) } });
    await e2e.database.db.member.update({ where: { id: member.id }, data: { active: false } });
    const leaderSeen = leader.messages.length;

    await say(officer, "Số tiền chưa khớp với sổ theo dõi.");
    expect(officer.lastMessage?.text).toContain(INACTIVE);
    const row = await report("Tổ 8");
    expect(row?.status).toBe("submitted");
    expect(row?.reviewComment).toBeNull();
    expect(since(leader, leaderSeen)).toEqual([]);
  });

  it("a period closed during conversations takes no more answers and no submission", { timeout: 180_000 }, async () => {
    const answering = await e2e.registered(9026, { group: "Tổ 26" });
    await press(answering, "📝 Báo cáo kết quả");
    await say(answering, "300");
    const submitting = await e2e.registered(9020, { group: "Tổ 20" }); // a draft with 3 answers
    await press(submitting, "📝 Báo cáo kết quả");
    await press(submitting, "▶️ Làm tiếp");
    for (const text of ["40", "1 triệu", "5"]) await say(submitting, text);
    await press(submitting, "Có");
    await press(submitting, "Bỏ qua");
    await say(submitting, "Không có");
    expect(submitting.lastMessage?.buttons.flat()).toContain("✅ Gửi báo cáo");
    const draft = await answers("Tổ 20");

    await closePeriod(e2e.database.db, e2e.demo.currentPeriodId, DEFAULT_CLOCK_START);
    await say(answering, "100");
    expect(answering.lastMessage?.text).toContain(CLOSED);
    expect(await answers("Tổ 26")).toEqual({ households_total: 300 });
    await press(submitting, "✅ Gửi báo cáo");
    expect(submitting.lastMessage?.text).toContain(CLOSED);
    expect((await report("Tổ 20"))?.status).toBe("draft");
    expect(await answers("Tổ 20")).toEqual(draft);
  });
});

describe("a conversation left too long", () => {
  beforeAll(async () => {
    e2e = await startE2E({ env: { CONVERSATION_TIMEOUT: "15s" } });
  }, 60_000);
  afterAll(async () => {
    await e2e?.stop();
  });

  it("ends after CONVERSATION_TIMEOUT with one clear line, keeping what was saved", { timeout: 120_000 }, async () => {
    const leader = await e2e.registered(9023, { group: "Tổ 23" });
    await press(leader, "📝 Báo cáo kết quả");
    await say(leader, "300");
    expect(leader.lastMessage?.text).toContain("Câu 2/9");
    // The bound is real time in the bot process: nothing but waiting makes it pass.
    await new Promise((resolve) => setTimeout(resolve, 16_000));

    await say(leader, "100");
    expect(leader.lastMessage?.text).toContain("Phiên làm việc trước đã tự kết thúc");
    expect(leader.keyboardLabels().flat()).toContain("📝 Báo cáo kết quả");
    expect(await answers("Tổ 23")).toEqual({ households_total: 300 });
    await press(leader, "📝 Báo cáo kết quả"); // back where it was left
    expect(leader.lastMessage?.text).toContain("đã trả lời 1/9 câu");
  });
});
