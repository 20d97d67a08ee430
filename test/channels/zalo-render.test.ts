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
    expect(text).toBe("Gõ 1: trang trước; gõ 2: trang sau.");
  });

  it("keeps a label's own figures and brackets, and drops only the trailing mark, when options are words", () => {
    const text = renderChoices(t, ["Giữ như kỳ trước: 225 hộ", "Trang sau ▶"], "", { typedAnswer: true });
    expect(text).toContain('"trang sau"');
    expect(text).toContain("225 hộ");
    expect(text).not.toMatch(ARROWS);
  });

  it("numbers a list of periods whose names have digits", () => {
    const text = renderChoices(t, ["Quý 1/2025 (hạn 31/03/2025)", "6 tháng đầu năm 2025 (hạn 30/06/2025)", "Năm 2024 (hạn 31/12/2024)"]);
    expect(text).toBe(["Ông gõ số để chọn:", "1. Quý 1/2025 (hạn 31/03/2025)", "2. 6 tháng đầu năm 2025 (hạn 30/06/2025)", "3. Năm 2024 (hạn 31/12/2024)"].join("\n"));
  });

  it("numbers two short names with figures rather than 'gõ 1: tổ 5', and keeps that form for actions", () => {
    expect(renderChoices(t, ["Tổ 5", "Tổ 6"])).toBe(["Ông gõ số để chọn:", "1. Tổ 5", "2. Tổ 6"].join("\n"));
    expect(renderChoices(t, ["Gia hạn", "Hủy"])).toBe("Gõ 1: gia hạn; gõ 2: hủy.");
  });

  it("puts a long list of short names three to a line, and keeps long labels one to a line", () => {
    const groups = Array.from({ length: 26 }, (_, i) => `Tổ ${i + 1}`);
    const lines = renderChoices(t, [...groups, "🔄 Cập nhật"]).split("\n");
    expect(lines[0]).toBe("Ông gõ số để chọn:");
    expect(lines[1]).toBe("1. Tổ 1 · 2. Tổ 2 · 3. Tổ 3");
    expect(lines.at(-1)).toBe("25. Tổ 25 · 26. Tổ 26 · 27. Cập nhật");
    expect(lines).toHaveLength(1 + 9);
    const items = Array.from({ length: 9 }, (_, i) => `Số hộ đạt tiêu chí thứ ${i + 1}`);
    expect(renderChoices(t, items).split("\n")).toHaveLength(1 + 9);
  });

  it("offers a single word as an 'or' beside a typed answer, and on its own below a notice", () => {
    expect(renderChoices(t, ["Bỏ qua"], "Khó khăn, kiến nghị?", { typedAnswer: true })).toBe('Hoặc gõ "bỏ qua".');
    expect(renderChoices(t, ["⏸ Tạm dừng"], "Trợ lý hỏi tiếp từ câu 9.")).toBe('Ông có thể gõ "tạm dừng".');
    expect(renderChoices(t, ["1", "2", "3", "◀ Quay lại"])).toBe(["Gõ số thứ tự, từ 1 đến 3.", 'Hoặc gõ "quay lại".'].join("\n"));
  });

  it("says nothing more when the message already tells what to type for each option", () => {
    expect(renderChoices(t, ["Có", "Không"], 'Tổ có mô hình không?\n\nÔng trả lời "có" hoặc "không".')).toBe("");
    expect(renderChoices(t, ["Có", "Không"], "Tổ có mô hình không?")).toBe("Gõ 1: có; gõ 2: không.");
  });
});
