// Options typed on Zalo read as text, not as buttons: the arrows and marks that dress a button's
// label on Telegram ("Tiếp tục ▶", "◀ Quay lại") are not in the list a leader reads.
import { describe, expect, it } from "vitest";
import { createI18n } from "../../src/bot/i18n.js";
import { renderChoices } from "../../src/channels/zalo/render.js";

const i18n = createI18n();
const t = (key: string, vars?: Record<string, string | number>) => i18n.t("vi", key, { you: "ông", You: "Ông", ...vars });
const ARROWS = /[◀▶►◄➡⬅]/u;

describe("choices as text on Zalo", () => {
  it("lists a returned report's items with 'Tiếp tục' as a plain line", () => {
    const items = Array.from({ length: 9 }, (_, i) => `Mục ${String.fromCharCode(65 + i)}`);
    const text = renderChoices(t, [...items, "Tất cả các mục", "Tiếp tục ▶", "Thôi, không trả lại"]);
    expect(text).toContain("11. Tiếp tục\n");
    expect(text).not.toMatch(ARROWS);
  });

  it("offers the pages of a list as words to read", () => {
    const text = renderChoices(t, ["◀ Trang trước", "Trang sau ▶"]);
    expect(text).toBe("Gõ 1 nếu trang trước, gõ 2 nếu trang sau.");
  });

  it("keeps a label's own figures and brackets, and drops only the trailing mark, when options are words", () => {
    const text = renderChoices(t, ["Giữ như kỳ trước: 225 hộ", "Trang sau ▶"]);
    expect(text).toContain('"trang sau"');
    expect(text).toContain("225 hộ");
    expect(text).not.toMatch(ARROWS);
  });
});
