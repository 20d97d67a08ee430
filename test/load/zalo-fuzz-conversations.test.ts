// Fuzzing the leader's conversations on Zalo (fast-check), against the real bot process and the
// Zalo test server: at every step a random text, number, choice number (1–9), one of the words
// the last message offers ("bỏ qua", "đúng"…), a command, decomposed Unicode, 4.000 characters,
// a sticker, an image or an unsupported event. No crash, every reply a known message (the start
// of a vi.ftl message as rendered, or a catalogue text), within Zalo's 2.000 characters, with no
// button words; nothing invalid stored.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { zaloKey } from "../../src/channels/ids.js";
import { periodIndicators } from "../../src/db/repos/catalogue.js";
import { channelAccount } from "../../src/db/repos/channels.js";
import { reportAnswers } from "../../src/db/repos/reports.js";
import { validateReport } from "../../src/domain/validate.js";
import type { ZaloUser } from "../support/zalo-api-server.js";
import { startZaloE2E, type ZaloE2E } from "../support/zalo-e2e.js";
import { isKnownReply, knownReplies } from "../support/known-replies.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? 12);
let e2e: ZaloE2E;
let steps = 0;

/** How the person is addressed at the start of a sentence, as the bot renders { $You }. */

beforeAll(async () => {
  e2e = await startZaloE2E();
}, 120_000);
afterAll(async () => {
  console.log(`Zalo fuzz: ${RUNS} sequences, ${steps} updates`);
  await e2e?.stop();
});

type Action = { kind: "text"; text: string } | { kind: "word"; index: number } | { kind: "sticker" } | { kind: "image" } | { kind: "unsupported" };

const vietnamese = ["có", "không", "chưa", "rồi ạ", "Hủy", "gửi báo cáo", "sửa một mục", "để sau", "làm tiếp", "tạm dừng", "Nguyễn Thị Hòa", "một trăm"];
const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom("226", "5.829", "5,829", "1,5 triệu", "1tr5", "500k", "-3", "0", "99999999999999999999", "khoảng 200", "2 triệu 500 nghìn").map((text) => ({ kind: "text" as const, text })) },
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 10 }).map((n) => ({ kind: "text" as const, text: String(n) })) },
  { weight: 3, arbitrary: fc.nat(10).map((index) => ({ kind: "word" as const, index })) },
  { weight: 2, arbitrary: fc.constantFrom("/baocao", "/huy", "/start", "/xem", "/dangky", "/huongdan", "/tiendo", "/start abc", "báo cáo", "đăng ký", "menu").map((text) => ({ kind: "text" as const, text })) },
  { weight: 2, arbitrary: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== "").map((text) => ({ kind: "text" as const, text })) },
  { weight: 2, arbitrary: fc.constantFrom(...vietnamese).chain((word) => fc.constantFrom(word, word.normalize("NFD"), word.toUpperCase())).map((text) => ({ kind: "text" as const, text })) },
  { weight: 1, arbitrary: fc.constantFrom("x".repeat(4000), "5".repeat(4000), "ệ".normalize("NFD").repeat(1500)).map((text) => ({ kind: "text" as const, text })) },
  { weight: 1, arbitrary: fc.constant({ kind: "sticker" as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: "image" as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: "unsupported" as const }) },
);

/** The words the last message offers to type ("bỏ qua", "đúng"…), as quoted in it. */
function offeredWords(user: ZaloUser): string[] {
  return [...(user.lastMessage?.text ?? "").matchAll(/"([^"\n]{1,40})"/g)].map((match) => match[1]!);
}

async function perform(user: ZaloUser, step: Action): Promise<void> {
  if (step.kind === "text") user.sendText(step.text);
  else if (step.kind === "sticker") user.sendSticker();
  else if (step.kind === "image") user.sendImage("https://photo.zalo.me/anh-chup.jpg");
  else if (step.kind === "unsupported") user.sendUnsupported();
  else {
    const words = offeredWords(user);
    if (words.length === 0) return;
    user.sendText(words[step.index % words.length]!);
  }
  steps++;
  await e2e.zalo.settled({ timeoutMs: 60_000 });
}

describe("fuzzing the leader's conversations on Zalo", () => {
  it("never crashes, answers with known messages only, and stores only valid answers", { timeout: 900_000 }, async () => {
    const known = knownReplies();
    const { db } = e2e.database;
    const leaders = await db.member.findMany({ where: { role: "leader", wardId: e2e.demo.wardId }, orderBy: { id: "asc" } });
    const period = await db.period.findFirstOrThrow({ where: { status: "open" } });
    const indicators = await periodIndicators(db, period.id);
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 5, maxLength: 20 }), async (actions) => {
        const member = leaders[run % leaders.length]!;
        run++;
        const user = e2e.zalo.user(`Fuzz ${run}`);
        const account = await channelAccount(db, "zalo", user.id, user.displayName);
        await db.member.update({ where: { id: member.id }, data: { telegramId: BigInt(zaloKey(account.id)) } });
        await perform(user, { kind: "text", text: "/baocao" });
        for (const step of actions) await perform(user, step);

        for (const message of user.received) {
          const text = message.text;
          expect(text, "a reply").not.toMatch(/undefined|NaN|\{\$|\[object/);
          expect(text).not.toContain("hệ thống đang gặp sự cố");
          expect(text).not.toMatch(/bấm|nút|bàn phím|Telegram/i);
          expect(text.length).toBeLessThanOrEqual(2000);
          const firstLine = text.split("\n")[0]!.trim();
          expect(isKnownReply(known, firstLine), `unknown reply: ${firstLine}`).toBe(true);
        }
        const answers = await reportAnswers(db, period.id, member.groupId!, indicators);
        expect(validateReport(indicators, answers)).toEqual([]);
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
    // Every update was stored and handled.
    expect(await db.channelInbox.count({ where: { handledAt: null } })).toBe(0);
    expect(e2e.bot.output()).not.toMatch(/"level":50[^\n]*Zalo update failed/);
  });
});
