// What one answer of a leader's report costs the database, counted statement by statement
// through the real bot and the Bot API test server: the duplicate check read together with who
// is writing and the conversation's state, the answer with its audit row under the write guard
// (one transaction), and the state written with the update's processed mark (one transaction).
// The numbers are written down here so that they cannot grow unnoticed; and the stored
// conversation state stays the same size from the first question to the last (each question
// is a conversation of its own, handed over after the answer is saved).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { submitReportAs } from "../../src/db/repos/reports.js";
import { loadReportState } from "../../src/db/repos/report-state.js";
import { startTestBot, type TestBot } from "../support/bot-harness.js";
import { createTestDatabase, providersUnderTest, type TestDatabase } from "../support/databases.js";

/**
 * Statements per answer (a question in the middle of the report): 1 at the start of the update
 * (duplicate check, member with ward and group, conversation state and ward choice in one
 * SELECT); the answer's transaction: the lock that returns report + period + member, the stored
 * answers, the answer, its audit row, commit; the state's transaction: state, processed mark,
 * commit (BEGIN is not logged); the first answer the same (the lock creates the report). It was
 * 26 (30 for the first answer) before the hand-over and the folded guard, 14 (18) before the
 * start of the update and the lock became one statement each.
 */
const STATEMENTS_PER_ANSWER = { sqlite: 9, postgresql: 9 } as const;

/** The model ward's nine questions, answered as a leader would. */
const ANSWERS = ["226", "224", "220", "150", "1,5 triệu", "12", "có", "Không có", "Không có"];

describe.each(await providersUnderTest())("one answer of the report on %s", (provider) => {
  let database: TestDatabase | null = null;
  let harness: TestBot;
  let statements: string[] = [];

  beforeAll(async () => {
    if (provider === "postgresql") database = await createTestDatabase(provider);
    harness = await startTestBot({ onQuery: (sql) => statements.push(sql), ...(database ? { databaseUrl: database.url } : {}) });
  });
  afterAll(async () => {
    await harness?.stop();
    await database?.drop();
  });

  it("costs the same few statements at every question, and the stored state does not grow", async () => {
    const leader = await harness.db.member.findFirstOrThrow({
      where: { role: "leader", group: { reports: { none: { period: { status: "open" } } } } },
      orderBy: { id: "asc" },
    });
    const user = harness.server.user({ id: 7401, firstName: "Lan" });
    await harness.db.member.update({ where: { id: leader.id }, data: { telegramId: BigInt(user.id), registeredAt: harness.clock.now() } });
    user.sendText("/baocao");
    await harness.server.settled();
    expect(user.lastMessage?.text).toContain(`Câu 1/${ANSWERS.length}`);

    const counts: number[] = [];
    const stateSizes: number[] = [];
    for (const [index, answer] of ANSWERS.entries()) {
      statements = [];
      user.sendText(answer);
      await harness.server.settled();
      counts.push(statements.length);
      const text = user.lastMessage?.text ?? "";
      expect(text).toContain("✅ Đã ghi");
      if (index + 1 < ANSWERS.length) {
        expect(text).toContain(`Câu ${index + 2}/${ANSWERS.length}`);
        const state = await harness.db.conversationState.findFirstOrThrow({ where: { key: { endsWith: `:${user.id}` } } });
        stateSizes.push(state.value.length);
      }
    }
    expect(await harness.db.reportValue.count({ where: { report: { groupId: leader.groupId!, period: { status: "open" } } } })).toBe(ANSWERS.length);

    // The first answer creates the report in the statement that takes it; the last one shows the summary.
    const allButLast = counts.slice(0, -1);
    expect(Math.max(...allButLast), `statements per answer: ${counts.join(", ")}`).toBeLessThanOrEqual(STATEMENTS_PER_ANSWER[provider]);
    // The state holds the report once and the current question's updates, not the history.
    expect(Math.max(...stateSizes) / Math.min(...stateSizes), `state sizes: ${stateSizes.join(", ")}`).toBeLessThan(1.2);
  });

  it("a second 'Gửi báo cáo' keeps the first submission's time", async () => {
    const leader = await harness.db.member.findFirstOrThrow({ where: { telegramId: 7401n } });
    const state = await loadReportState(harness.db, (await harness.db.period.findFirstOrThrow({ where: { status: "open" } })).id, leader.groupId!);
    const write = {
      periodId: state.period.id,
      groupId: leader.groupId!,
      actor: { memberId: leader.id, wardId: leader.wardId, roles: ["leader" as const], groupId: leader.groupId! },
      indicators: state.indicators,
      validate: () => [],
    };
    const first = await submitReportAs(harness.db, { ...write, at: new Date("2025-05-15T02:00:00.000Z") });
    const second = await submitReportAs(harness.db, { ...write, at: new Date("2025-05-16T02:00:00.000Z") });
    expect(first).toEqual({ ok: true, value: { submittedAt: new Date("2025-05-15T02:00:00.000Z"), already: false } });
    expect(second).toEqual({ ok: true, value: { submittedAt: new Date("2025-05-15T02:00:00.000Z"), already: true } });
  });
});
