// Every message that addresses its reader says "ông" to a man and "bà" to a woman, and
// "ông/bà" only to someone not known yet; messages sent to another person take that person's.
import { describe, expect, it } from "vitest";
import { ftlMessages } from "../support/ftl-messages.js";
import { addressing, rememberSalutation } from "../../src/bot/addressing.js";
import type { BaseContext } from "../../src/bot/context.js";
import { createI18n } from "../../src/bot/i18n.js";
import { reminderMessage } from "../../src/bot/features/reminders/render.js";

const i18n = createI18n();

function render(key: string, variables: string[], you: Record<string, string>): string {
  const values = Object.fromEntries(variables.filter((v) => v !== "you" && v !== "You").map((v) => [v, `‹${v}›`]));
  return i18n.t("vi", key, { ...values, ...you });
}

const word = (w: string) => new RegExp(`(?<![\\p{L}\\p{M}])${w}(?![\\p{L}\\p{M}])`, "iu");

describe("addressing the reader", () => {
  const all = ftlMessages();

  it("reads the whole file (sanity)", () => {
    expect(all.length).toBeGreaterThan(250);
  });

  it("no message writes a fixed ông/bà: it says {$you} / {$You}", () => {
    const fixed = all.filter(({ key }) => key !== "address-unknown").filter(({ key, variables }) => /ông\/bà/iu.test(render(key, variables, addressing("ong"))));
    expect(fixed.map((m) => m.key)).toEqual([]);
  });

  it("every message that addresses its reader follows the person: ông to ông, bà to bà, ông/bà while unknown", () => {
    const addressed = all.filter(({ variables }) => variables.includes("you") || variables.includes("You"));
    expect(addressed.length).toBeGreaterThan(100);
    for (const { key, variables } of addressed) {
      const toHim = render(key, variables, addressing("ong"));
      const toHer = render(key, variables, addressing("ba"));
      const unknown = render(key, variables, addressing(null));
      expect(toHim, key).toMatch(word("ông"));
      expect(toHim, key).not.toMatch(word("bà"));
      expect(toHer, key).toMatch(word("bà"));
      expect(toHer, key).not.toMatch(word("ông"));
      expect(unknown, key).toMatch(/ông\/bà/iu);
      // Capitalised at the start of a sentence only.
      expect(toHim.replace(/(^|[.!?:\n]\s*|[•"“]\s*)Ông/gu, "$1"), key).not.toMatch(/(?<![\p{L}])Ông/u);
    }
  });

  it("a message naming a person addresses them: \"Cảm ơn bà Trần Thị Mai\", never \"ông/bà\" beside a known name", () => {
    const named = all.filter(({ variables }) => variables.includes("name") && (variables.includes("you") || variables.includes("You")));
    expect(named.map((m) => m.key)).toEqual(expect.arrayContaining(["registered", "reminder-leader-not-started", "button-confirm-name"]));
    for (const { key, variables } of named) {
      const text = i18n.t("vi", key, { ...Object.fromEntries(variables.map((v) => [v, "0"])), name: "Trần Thị Mai", ...addressing("ba") });
      expect(text, key).not.toMatch(/ông\/bà|(?<![\p{L}])ông(?![\p{L}])/iu);
    }
  });

  it("the reader's own salutation reaches ctx.t, also inside a conversation (remembered per Telegram user)", async () => {
    const ctxFor = (member: BaseContext["member"] | undefined, fromId: number) =>
      ({ from: { id: fromId, is_bot: false, first_name: "x" }, member }) as unknown as BaseContext;
    const run = async (ctx: BaseContext) => {
      await i18n.middleware()(ctx as never, async () => {});
      return ctx.t("report-done");
    };
    expect(await run(ctxFor({ salutation: "ba" } as BaseContext["member"], 1))).toBe("Đã lưu các thay đổi. Cảm ơn bà!");
    expect(await run(ctxFor(null, 2))).toBe("Đã lưu các thay đổi. Cảm ơn ông/bà!");
    rememberSalutation(3, "ong");
    expect(await run(ctxFor(undefined, 3))).toBe("Đã lưu các thay đổi. Cảm ơn ông!"); // a conversation's own ctx has no member
  });

  it("a reminder addresses the leader it goes to, not the default", () => {
    const input = {
      leaderName: "Trần Thị Mai",
      groupName: "Tổ 3",
      periodName: "Năm 2024",
      deadline: new Date("2025-05-20T10:00:00Z"),
      timeZone: "Asia/Ho_Chi_Minh",
      now: new Date("2025-05-17T01:00:00Z"),
      status: null,
      questions: 9,
      unanswered: 9,
    };
    expect(reminderMessage({ ...input, salutation: "ba" }).text).toContain("Chào bà Trần Thị Mai!");
    expect(reminderMessage({ ...input, salutation: "ba" }).text).toContain("thi đua kỳ năm 2024"); // mid-sentence, lower case
    expect(reminderMessage({ ...input, salutation: null }).text).toContain("Chào ông/bà Trần Thị Mai!");
  });
});

describe("text written by the ward (catalogue questions)", () => {
  it("reads in the reader's own addressing", async () => {
    const { addressedText } = await import("../../src/bot/addressing.js");
    const question = "Tổ của ông/bà có bao nhiêu hộ? Ông/bà cho biết số liệu.";
    expect(addressedText(question, addressing("ba"))).toBe("Tổ của bà có bao nhiêu hộ? Bà cho biết số liệu.");
    expect(addressedText(question, addressing(null))).toBe(question);
  });
});
