import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_LINES, parseHouseholdRows, parseHouseholdText } from "../../../src/domain/nominations/index.js";

describe("household lines typed or pasted", () => {
  it("reads one household per line, the name before the first comma", () => {
    const parsed = parseHouseholdText("Nguyễn Văn An, số 12 ngõ 5 Tổ 5\n\n2. Trần Thị Bình; 34 Lương Ngọc Quyến\n- Lê Văn Cường\tsố 7 ngõ 3.");
    expect(parsed.problems).toEqual([]);
    expect(parsed.lines).toEqual([
      { name: "Nguyễn Văn An", address: "số 12 ngõ 5 Tổ 5" },
      { name: "Trần Thị Bình", address: "34 Lương Ngọc Quyến" },
      { name: "Lê Văn Cường", address: "số 7 ngõ 3" },
    ]);
  });

  it("names each line it cannot read, with its number, and keeps the others", () => {
    const parsed = parseHouseholdText("Nguyễn Văn An, số 12\nTrần Thị Bình\n, số 9\nNguyễn Văn An, Số 12");
    expect(parsed.lines).toHaveLength(1);
    expect(parsed.problems.map((problem) => [problem.line, problem.reason])).toEqual([
      [2, "no_address"],
      [3, "no_name"],
      [4, "duplicate"],
    ]);
  });

  it("normalises to NFC: a decomposed name is the same name", () => {
    const decomposed = "Nguyễn Văn An, số 12".normalize("NFD");
    expect(parseHouseholdText(decomposed).lines[0]!.name).toBe("Nguyễn Văn An".normalize("NFC"));
  });

  it("never reads more than MAX_LINES lines, and says so", () => {
    const text = Array.from({ length: MAX_LINES + 5 }, (_, i) => `Hộ ${i + 1}, số ${i + 1}`).join("\n");
    const parsed = parseHouseholdText(text);
    expect(parsed.lines).toHaveLength(MAX_LINES);
    expect(parsed.tooMany).toBe(true);
  });

  it("any text: every line is either read or named, never both, never lost", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 40 }), { maxLength: 30 }), (rows) => {
        const parsed = parseHouseholdText(rows.join("\n"));
        const nonEmpty = rows.join("\n").split(/\r?\n/u).filter((row) => row.normalize("NFC").replace(/\s+/gu, " ").trim() !== "").length;
        expect(parsed.lines.length + parsed.problems.length).toBe(Math.min(nonEmpty, MAX_LINES));
      }),
    );
  });
});

describe("household rows of an Excel sheet", () => {
  it("skips the header and the STT column", () => {
    const parsed = parseHouseholdRows([
      ["STT", "Họ và tên chủ hộ", "Địa chỉ"],
      [1, "Nguyễn Văn An", "số 12 ngõ 5"],
      [2, "Trần Thị Bình", null],
      [null, null, null],
      ["3", "Lê Văn Cường", "số 7 ngõ 3"],
    ]);
    expect(parsed.lines).toEqual([
      { name: "Nguyễn Văn An", address: "số 12 ngõ 5" },
      { name: "Lê Văn Cường", address: "số 7 ngõ 3" },
    ]);
    expect(parsed.problems).toEqual([{ line: 3, text: "2, Trần Thị Bình", reason: "no_address" }]);
  });
});
