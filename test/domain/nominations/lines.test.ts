import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_ADDRESS_LENGTH, MAX_LINES, MAX_NAME_LENGTH, parseHouseholdRows, parseHouseholdText } from "../../../src/domain/nominations/index.js";

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

describe("household lines at their edges", () => {
  it("drops a list number or bullet however it was typed, and keeps a hyphen inside a name", () => {
    const parsed = parseHouseholdText(
      ["12. Nguyễn Văn An, số 5", "3 ) Trần Văn Ba, số 6", "-Lê Thị Cúc, số 7", "Y-Ngông Niê Kdăm, buôn Ea Kao", "Nguyễn Thị Thu-Hà, số 8"].join("\n"),
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.lines.map((line) => line.name)).toEqual(["Nguyễn Văn An", "Trần Văn Ba", "Lê Thị Cúc", "Y-Ngông Niê Kdăm", "Nguyễn Thị Thu-Hà"]);
  });

  it("drops the full stops at the end of a name or an address, not those inside", () => {
    const parsed = parseHouseholdText("Nguyễn T. Hoa.., số 12, P. Phan Đình Phùng..");
    expect(parsed.lines).toEqual([{ name: "Nguyễn T. Hoa", address: "số 12, P. Phan Đình Phùng" }]);
  });

  it("names a name or an address too long for a certificate line, and keeps one that just fits", () => {
    const name = "Nguyễn Văn " + "A".repeat(MAX_NAME_LENGTH - "Nguyễn Văn ".length);
    const address = "số " + "9".repeat(MAX_ADDRESS_LENGTH - 3);
    const parsed = parseHouseholdText([`${name}, số 1`, `${name}A, số 2`, `Trần Văn Ba, ${address}`, `Lê Văn Cường, ${address}9`].join("\n"));
    expect(parsed.lines).toEqual([
      { name, address: "số 1" },
      { name: "Trần Văn Ba", address },
    ]);
    expect(parsed.problems.map((problem) => [problem.line, problem.reason])).toEqual([
      [2, "name_too_long"],
      [4, "address_too_long"],
    ]);
  });

  it("reads exactly MAX_LINES lines as all there is", () => {
    const text = Array.from({ length: MAX_LINES }, (_, i) => `Hộ ${i + 1}, số ${i + 1}`).join("\n");
    expect(parseHouseholdText(text)).toMatchObject({ tooMany: false });
    expect(parseHouseholdText(text).lines).toHaveLength(MAX_LINES);
  });
});

describe("household rows of a sheet, at their edges", () => {
  it("skips an STT of any size, but not a name that starts or ends with a figure", () => {
    const parsed = parseHouseholdRows([
      [10, "Nguyễn Văn An", "số 12"],
      ["125.", "Trần Thị Bình", "số 13"],
      ["Nguyễn Văn Hùng 2", "số 7 ngõ 3"],
      ["1. Lê Văn Cường", "số 8"],
    ]);
    expect(parsed.problems).toEqual([]);
    expect(parsed.lines).toEqual([
      { name: "Nguyễn Văn An", address: "số 12" },
      { name: "Trần Thị Bình", address: "số 13" },
      { name: "Nguyễn Văn Hùng 2", address: "số 7 ngõ 3" },
      { name: "Lê Văn Cường", address: "số 8" },
    ]);
  });

  it("takes the address from the next filled column, past an empty one", () => {
    expect(parseHouseholdRows([[1, "Nguyễn Văn An", "", null, "số 12 ngõ 5"]]).lines).toEqual([{ name: "Nguyễn Văn An", address: "số 12 ngõ 5" }]);
  });

  it("names a row with an address but no name, skips empty rows and a header under a numbered column", () => {
    const parsed = parseHouseholdRows([[], [1, "Họ và tên chủ hộ", "Địa chỉ"], [2, "", "số 12"], [3, "Lê Văn Cường", "số 8"]]);
    expect(parsed.lines).toEqual([{ name: "Lê Văn Cường", address: "số 8" }]);
    expect(parsed.problems.map((problem) => [problem.line, problem.reason])).toEqual([[3, "no_name"]]);
  });

  it("never reads more than MAX_LINES rows, and says so; exactly MAX_LINES is all there is", () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => [i + 1, `Hộ ${i + 1}`, `số ${i + 1}`]);
    const over = parseHouseholdRows(rows(MAX_LINES + 1));
    expect(over.tooMany).toBe(true);
    expect(over.lines).toHaveLength(MAX_LINES);
    const exact = parseHouseholdRows(rows(MAX_LINES));
    expect(exact.tooMany).toBe(false);
    expect(exact.lines).toHaveLength(MAX_LINES);
  });
});
