// A list of periods on Zalo is numbered even though the periods' names have digits ("Quý 1/2025",
// "Năm 2024"): an officer types /solieu, reads a numbered list, types "2" and gets the second
// period (not the menu's item 2); a "9" for a list of fewer gets the channel's own message and
// the same list again, and the "2" typed after it still picks. The real bot process against the
// Zalo test server.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ZaloUser } from "../support/zalo-api-server.js";
import { expectPlainOnZalo, registerOnZalo, startZaloE2E, type ZaloE2E } from "../support/zalo-e2e.js";

let e2e: ZaloE2E;
beforeEach(async () => {
  e2e = await startZaloE2E();
});
afterEach(async () => {
  await e2e?.stop();
});

/** Types a text and returns what the bot answered to it. */
function typer(user: ZaloUser) {
  return async (text: string) => {
    const before = user.received.length;
    await e2e.say(user, text);
    return user.textsSince(before);
  };
}

/** The numbered lines of a list ("2. Năm 2024" → ["2", "Năm 2024"]). */
const numbered = (text: string) => [...text.matchAll(/^(\d+)\. (.+)$/gmu)].map((match) => [match[1]!, match[2]!.trim()] as const);

describe("a list of periods on Zalo", () => {
  it("/solieu: numbered, a typed 2 is the second period, a 9 gets the list again", { timeout: 120_000 }, async () => {
    const officer = await registerOnZalo(e2e, "Cán bộ", { role: "officer" });
    const type = typer(officer);
    const periods = await e2e.database.db.period.findMany({ orderBy: { id: "asc" } });
    expect(periods.length).toBeGreaterThanOrEqual(2);
    expect(periods.length).toBeLessThan(9);

    const list = await type("/solieu");
    const lines = numbered(list);
    expect(lines.map(([number]) => number)).toEqual(periods.map((_, index) => String(index + 1)));
    expect(lines.some(([, name]) => /\d/.test(name))).toBe(true);
    expect(list).not.toContain("gõ một trong các chữ sau");
    const second = lines[1]![1];

    const outside = await type("9");
    expect(outside).toContain(`Danh sách chỉ có ${periods.length} mục. Ông vui lòng gõ một số từ 1 đến ${periods.length}, hoặc gõ tên mục cần chọn.`);
    expect(numbered(outside)).toEqual(lines);
    expect(outside).not.toContain("Trợ lý chưa hiểu");

    const picked = await type("2");
    expect(picked).toContain(`Nhập số liệu cấp phường cho kỳ ${second.toLocaleLowerCase("vi")}`);
    expect(picked).toContain("Mục 1/6");
    expectPlainOnZalo(officer);
  });
});
