// Fuzzing whole update sequences (fast-check): random texts, stickers and photos, commands,
// decomposed Unicode, 4.000-character messages and random button presses at every step of
// the leader's conversations. No crash, every reply a known message, nothing invalid stored.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { periodIndicators } from "../../src/db/repos/catalogue.js";
import { reportAnswers } from "../../src/db/repos/reports.js";
import { DEFAULT_INDICATORS } from "../../src/domain/catalogue.js";
import { validateReport } from "../../src/domain/validate.js";
import { startTestBot, type TestBot } from "../support/bot-harness.js";
import type { TelegramUser } from "../support/telegram-user.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
let harness: TestBot;
let steps = 0;

/** The start of every message vi.ftl holds (up to its first placeholder), and the catalogue's own texts. */
function knownStarts(): string[] {
  const ftl = readFileSync(join(import.meta.dirname, "..", "..", "locales", "vi.ftl"), "utf8");
  const starts: string[] = [];
  for (const match of ftl.matchAll(/^[a-z][\w-]* =[ \t]*(.*)\n((?:[ \t]+.*\n|\n)*)/gm)) {
    const value = (match[1]!.trim() || match[2]!.trim().split("\n")[0]!.trim()).split("{")[0]!.trim();
    if (value.length >= 3) starts.push(value.slice(0, 12));
  }
  for (const indicator of DEFAULT_INDICATORS) starts.push(indicator.label.slice(0, 12));
  return starts;
}

beforeAll(async () => {
  harness = await startTestBot();
}, 60_000);
afterAll(async () => {
  console.log(`fuzz: ${RUNS} sequences, ${steps} updates`);
  await harness?.stop();
});

type Action =
  | { kind: "text"; text: string }
  | { kind: "sticker" }
  | { kind: "photo" }
  | { kind: "press"; index: number };

const vietnamese = ["có", "không", "chưa", "rồi ạ", "Hủy", "Gửi báo cáo", "Nguyễn Thị Hòa", "một trăm"].map((word) => word.normalize("NFD"));
const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom("226", "5.829", "5,829", "1,5 triệu", "1tr5", "500k", "-3", "0", "99999999999999999999", "khoảng 200", "2 triệu 500 nghìn").map((text) => ({ kind: "text" as const, text })) },
  { weight: 2, arbitrary: fc.constantFrom("/baocao", "/huy", "/start", "/xem", "/dangky", "/huongdan", "/tiendo", "/start abc", "📝 Báo cáo kết quả", "✍️ Đăng ký thi đua").map((text) => ({ kind: "text" as const, text })) },
  { weight: 2, arbitrary: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== "").map((text) => ({ kind: "text" as const, text })) },
  { weight: 1, arbitrary: fc.constantFrom(...vietnamese).map((text) => ({ kind: "text" as const, text })) },
  { weight: 1, arbitrary: fc.constantFrom("x".repeat(4000), "5".repeat(4000), "ệ".normalize("NFD").repeat(1500)).map((text) => ({ kind: "text" as const, text })) },
  { weight: 1, arbitrary: fc.constant({ kind: "sticker" as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: "photo" as const }) },
  { weight: 5, arbitrary: fc.nat(20).map((index) => ({ kind: "press" as const, index })) },
);

async function perform(user: TelegramUser, step: Action): Promise<void> {
  if (step.kind === "text") user.sendText(step.text);
  else if (step.kind === "sticker") user.sendSticker();
  else if (step.kind === "photo") user.sendPhoto();
  else {
    const last = [...user.messages].reverse().find((message) => message.inlineKeyboard);
    const inline = last?.buttons.flat() ?? [];
    const reply = user.keyboardLabels().flat();
    const labels = [...inline, ...reply];
    if (labels.length === 0) return;
    const label = labels[step.index % labels.length]!;
    user.pressButton(label, inline.includes(label) && last ? { messageId: last.message_id } : {});
  }
  steps++;
  await harness.server.settled({ timeoutMs: 10_000 });
}

describe("fuzzing the leader's conversations", () => {
  it("never crashes, answers with known messages only, and stores only valid answers", { timeout: 300_000 }, async () => {
    const starts = knownStarts();
    const { db } = harness;
    const leaders = await db.member.findMany({ where: { role: "leader" }, orderBy: { id: "asc" } });
    const period = await db.period.findFirstOrThrow({ where: { status: "open" } });
    const indicators = await periodIndicators(db, period.id);
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 5, maxLength: 25 }), async (actions) => {
        const member = leaders[run % leaders.length]!;
        const userId = 600_000 + run;
        run++;
        await db.member.update({ where: { id: member.id }, data: { telegramId: BigInt(userId) } });
        const user = harness.server.user({ id: userId, firstName: "Fuzz", startedBot: true });
        await perform(user, { kind: "text", text: "/baocao" });
        for (const step of actions) await perform(user, step);

        for (const message of user.messages) {
          const text = message.text ?? message.document?.file_name ?? "";
          expect(text, "a reply").not.toMatch(/undefined|NaN|\{\$|\[object/);
          expect(text).not.toContain("hệ thống đang gặp sự cố");
          const firstLine = text.split("\n")[0]!.trim();
          expect(starts.some((start) => firstLine.startsWith(start)), `unknown reply: ${firstLine}`).toBe(true);
        }
        const answers = await reportAnswers(db, period.id, member.groupId!, indicators);
        const conflicts = validateReport(indicators, answers);
        expect(conflicts).toEqual([]);
        for (const value of answers.values()) {
          if (value.type === "count" || value.type === "money") expect(Number.isSafeInteger(value.value) && value.value >= 0).toBe(true);
          if (value.type === "text") {
            expect(value.value.length).toBeLessThanOrEqual(1000);
            expect(value.value).toBe(value.value.normalize("NFC"));
          }
        }
        await db.member.update({ where: { id: member.id }, data: { telegramId: null } });
      }),
      { numRuns: RUNS },
    );
  });
});
