import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { balanceLine } from "../../src/reports/balance-lines.js";
import { tinosMetrics } from "../../src/reports/font-metrics.js";

const bold = tinosMetrics("bold");
const width = (text: string) => bold.widthOf(text, 12);

describe("balanceLine", () => {
  it("leaves a line that fits alone, and splits a long ward name into even halves", () => {
    expect(balanceLine("PHƯỜNG PHAN ĐÌNH PHÙNG", 200, width)).toEqual(["PHƯỜNG PHAN ĐÌNH PHÙNG"]);
    expect(balanceLine("PHƯỜNG NGUYỄN THỊ MINH KHAI", 180, width)).toEqual(["PHƯỜNG NGUYỄN", "THỊ MINH KHAI"]);
  });

  it("keeps every word in order and fits every line made of more than one word", () => {
    const word = fc.stringMatching(/^[A-ZĐƯƠÂÊÔ]{1,9}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), fc.integer({ min: 40, max: 300 }), (words, max) => {
        const lines = balanceLine(words.join(" "), max, width);
        expect(lines.join(" ")).toBe(words.join(" "));
        for (const line of lines) if (line.includes(" ")) expect(width(line)).toBeLessThanOrEqual(max);
      }),
    );
  });
});
