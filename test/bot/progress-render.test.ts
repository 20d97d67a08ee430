// A ward with many groups: the progress keyboard pages (Telegram refuses huge keyboards) and
// the name lists stay short enough for one message.
import { describe, expect, it } from "vitest";
import type { BaseContext } from "../../src/bot/context.js";
import { progressKeyboard, progressText } from "../../src/bot/features/progress/render.js";
import { createI18n } from "../../src/bot/i18n.js";
import type { PeriodProgress, ProgressState } from "../../src/db/repos/progress.js";

const i18n = createI18n();
const ctx = { t: (key: string, params?: Record<string, string | number>) => i18n.t("vi", key, params), member: null } as unknown as BaseContext;

function progress(total: number): PeriodProgress {
  const states: ProgressState[] = ["none", "draft", "submitted", "returned", "approved"];
  const groups = Array.from({ length: total }, (_, i) => ({ id: i + 1, name: `Thôn ${i + 1}`, state: states[i % 5]! }));
  const counts = { none: 0, draft: 0, submitted: 0, returned: 0, approved: 0 };
  for (const group of groups) counts[group.state]++;
  return { period: { id: 7, name: "Quý I năm 2025", deadline: "2025-04-05T10:00:00.000Z", open: true }, groups, total, counts, handedIn: counts.submitted + counts.approved };
}

describe("the progress message of a large ward", () => {
  it("pages the group buttons, 3 per row, with the page's place", () => {
    const p = progress(100);
    const first = progressKeyboard(ctx, p, 0).inline_keyboard;
    const groupButtons = (rows: typeof first) => rows.flat().filter((button) => "callback_data" in button && button.callback_data.startsWith("pg:g:"));
    expect(groupButtons(first)).toHaveLength(45);
    expect(first[0]).toHaveLength(3);
    expect(first.flat().map((button) => button.text)).toEqual(expect.arrayContaining(["Trang 1/3", "Trang sau ▶", "🔄 Cập nhật"]));
    const last = progressKeyboard(ctx, p, 2).inline_keyboard;
    expect(groupButtons(last).map((button) => button.text).at(-1)).toBe("✅ Thôn 100");
    expect(last.flat().map((button) => button.text)).toContain("◀ Trang trước");
    expect(progressKeyboard(ctx, p, 99).inline_keyboard).toEqual(last); // a page beyond the end shows the last
    for (const button of first.flat()) expect(Buffer.byteLength((button as { callback_data: string }).callback_data)).toBeLessThanOrEqual(64);
  });

  it("cuts long name lists and stays within one Telegram message", () => {
    const text = progressText(ctx, progress(1000));
    expect(text).toContain("Đã nộp 400/1.000 tổ (chờ duyệt: 200, đã duyệt: 200)");
    expect(text).toMatch(/Thôn 196 và 160 tổ khác/u);
    expect([...text].length).toBeLessThan(4096);
  });
});
