import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitMessage } from "../../src/domain/split-message.js";

describe("splitMessage", () => {
  it("keeps a short text whole and cuts a long one at line breaks", () => {
    expect(splitMessage("Tổ 1\nTổ 2", 4096)).toEqual(["Tổ 1\nTổ 2"]);
    expect(splitMessage("aaaa\nbbbb\ncccc", 9)).toEqual(["aaaa\nbbbb", "cccc"]);
  });

  it("cuts a line longer than the limit at a space, a word longer than it where it must", () => {
    expect(splitMessage("một hai ba bốn", 8)).toEqual(["một hai", "ba bốn"]);
    expect(splitMessage("x".repeat(10), 4)).toEqual(["xxxx", "xxxx", "xx"]);
  });

  it("never makes a part over the limit, never splits an emoji, and loses no character but the spaces it cut at", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a", "ộ", " ", "\n", "😀", "Tổ"), { maxLength: 300 }), fc.integer({ min: 2, max: 40 }), (chars, limit) => {
        const text = chars.join("");
        const parts = splitMessage(text, limit);
        for (const part of parts) {
          expect(part.length).toBeLessThanOrEqual(limit);
          expect(part).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
        }
        expect(parts.join("").replace(/[\s]/g, "")).toBe(text.replace(/[\s]/g, ""));
      }),
    );
  });
});

describe("splitMessage at its edges", () => {
  it("keeps a line that exactly fills a message whole", () => {
    expect(splitMessage("ab cd\nefg", 5)).toEqual(["ab cd", "efg"]);
  });

  it("never sends an empty or blank message: not for a line starting with a space, nor for blank lines at a cut", () => {
    for (const parts of [splitMessage(` ${"x".repeat(10)}`, 4), splitMessage("aaaa\n   \nbbbb", 5)]) {
      expect(parts.length).toBeGreaterThan(1);
      for (const part of parts) expect(part.trim(), JSON.stringify(parts)).not.toBe("");
    }
    expect(splitMessage("aaaa\n   \nbbbb", 5)).toEqual(["aaaa", "bbbb"]);
  });

  it("cuts before an emoji rather than through it, even when the limit falls inside it", () => {
    expect(splitMessage("a😀b", 2)).toEqual(["a", "😀", "b"]);
    expect(splitMessage("Tổ😀😀", 3)).toEqual(["Tổ", "😀", "😀"]);
  });

  it("refuses a limit that cannot hold an emoji (below 2) or is not a whole number", () => {
    expect(() => splitMessage("Tổ 1", 1)).toThrow(/at least 2, got 1/);
    expect(() => splitMessage("Tổ 1", 2.5)).toThrow(/at least 2, got 2.5/);
    expect(splitMessage("Tổ", 2)).toEqual(["Tổ"]);
  });
});
