// Texts over Zalo's 2.000 characters are split at line breaks, never inside a line unless it
// alone is too long, and nothing is lost.
import { describe, expect, it } from "vitest";
import { splitMessage, ZALO_TEXT_MAX } from "../../src/domain/split-message.js";

const splitText = (text: string, max: number = ZALO_TEXT_MAX) => splitMessage(text, max);

describe("splitting long texts for Zalo", () => {
  it("keeps a short text whole", () => {
    expect(splitText("Câu 1/9\nXin ông/bà cho biết…")).toEqual(["Câu 1/9\nXin ông/bà cho biết…"]);
  });

  it("splits a summary of 60 lines at line breaks into parts of at most 1.900", () => {
    const lines = Array.from({ length: 60 }, (_, i) => `${i + 1}. Số hộ đạt danh hiệu “Gia đình văn hóa” của tổ dân phố số ${i + 1}: 1.234 hộ`);
    const parts = splitText(lines.join("\n"));
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(1900);
    expect(parts.join("\n")).toBe(lines.join("\n"));
    for (const part of parts) expect(lines).toContain(part.split("\n")[0]);
  });

  it("cuts a single over-long line at spaces and never splits an emoji", () => {
    const line = "😀 ".repeat(1500);
    const parts = splitText(line, 100);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(100);
      expect(part).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    }
    expect(parts.join(" ").replace(/\s+/g, "")).toBe(line.replace(/\s+/g, ""));
  });
});
