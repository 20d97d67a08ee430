// Numbers in words, as voice typing on a phone writes them, read like digits.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCount, parseMoney } from "../../../src/domain/parse/index.js";

const DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"] as const;
const SCALES = ["", "nghìn", "triệu", "tỷ"] as const;

function digit(d: number): string {
  return DIGITS[d] ?? "";
}

/** A number below 1.000 read in full ("không trăm linh năm") or short ("hai mươi mốt"). */
function groupWords(n: number, full: boolean): string[] {
  const h = Math.floor(n / 100);
  const t = Math.floor(n / 10) % 10;
  const u = n % 10;
  const out: string[] = [];
  if (full || h > 0) out.push(digit(h), "trăm");
  if (t === 0) {
    if (u > 0) out.push(...(out.length > 0 ? ["linh", digit(u)] : [digit(u)]));
  } else if (t === 1) {
    out.push("mười");
    if (u > 0) out.push(u === 5 ? "lăm" : digit(u));
  } else {
    out.push(digit(t), "mươi");
    if (u > 0) out.push(u === 1 ? "mốt" : u === 4 ? "tư" : u === 5 ? "lăm" : digit(u));
  }
  return out;
}

/** The way a number is read out in full: 1.000.500 is "một triệu không nghìn năm trăm". */
function inWords(n: number): string {
  if (n === 0) return "không";
  const groups: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000);
  const words: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i] ?? 0;
    const lower = groups.slice(0, i).some((x) => x > 0);
    if (g === 0 && !(lower && words.length > 0)) continue;
    if (g === 0) words.push("không");
    else words.push(...groupWords(g, words.length > 0));
    if (i > 0) words.push(SCALES[i] ?? "");
  }
  return words.join(" ");
}

describe("numbers in words", () => {
  it.each([
    // Lines as Gboard's and iPhone's voice typing wrote them when leaders read their figures aloud.
    ["Hai triệu rưỡi", 2_500_000],
    ["hai triệu rưỡi đồng", 2_500_000],
    ["Năm trăm nghìn", 500_000],
    ["năm trăm ngàn đồng", 500_000],
    ["Hai trăm sáu mươi mốt triệu bảy trăm nghìn đồng", 261_700_000],
    ["Một triệu hai", 1_200_000],
    ["một triệu hai trăm nghìn", 1_200_000],
    ["Ba triệu", 3_000_000],
    ["mười lăm triệu", 15_000_000],
    ["một trăm năm mươi nghìn", 150_000],
    ["trăm rưỡi nghìn", 150_000],
    ["Hai tỷ ba", 2_300_000_000],
    ["một triệu không trăm năm mươi nghìn", 1_050_000],
    ["năm mươi nghìn", 50_000],
  ])("money %j → %d", (input, expected) => {
    expect(parseMoney(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["Mười lăm", 15],
    ["mười lăm hộ", 15],
    ["Hai mươi mốt", 21],
    ["hai mươi mốt hộ", 21],
    ["ba lăm", 35],
    ["Ba lăm hộ", 35],
    ["hai mốt", 21],
    ["bốn mươi tư", 44],
    ["hai tư tổ", 24],
    ["Một trăm linh năm", 105],
    ["một trăm lẻ năm hộ", 105],
    ["một trăm hai", 120],
    ["Hai trăm hai mươi sáu hộ", 226],
    ["dạ, hai trăm hai mươi sáu hộ ạ", 226],
    ["Năm nghìn tám trăm hai mươi chín", 5829],
    ["năm ngàn tám trăm hai chín hộ", 5829],
    ["Năm nghìn tám trăm tám mươi lăm hộ", 5885],
    ["một nghìn hai", 1200],
    ["Năm", 5],
    ["Mười", 10],
    ["hai chục", 20],
    ["có mười hai suất quà", 12],
    ["mười bảy", 17],
    ["Chín mươi chín", 99],
  ])("count %j → %d", (input, expected) => {
    expect(parseCount(input)).toEqual({ ok: true, value: expected });
  });

  it("asks back where the words may mean two amounts, as with digits", () => {
    // Said for 2.500.000 as often as for 2.000.500.
    expect(parseMoney("hai triệu năm trăm")).toEqual({ ok: "ambiguous", candidates: [2_000_500, 2_500_000] });
    // "không" alone may be 0 or "I do not know", as before.
    expect(parseCount("không")).toEqual({ ok: "ambiguous", candidates: [0] });
  });

  it.each([
    ["khoảng ba trăm hộ", "approximate"],
    ["hơn hai mươi", "approximate"],
    ["một rưỡi", "fraction"],
    ["hai ba trăm", "not_a_number"], // "two or three hundred": an estimate, not a figure
    ["làm rồi", "not_a_number"], // "làm" and "tạm" are no digits, with their diacritics
    ["tạm", "not_a_number"],
    ["mười năm", "not_a_number"], // "ten years"
    ["năm nay", "not_a_number"],
    ["hai mươi năm trăm", "not_a_number"],
    ["nghìn", "not_a_number"],
  ])("%j is refused (%s)", (input, reason) => {
    expect(parseCount(input)).toMatchObject({ ok: false, reason });
  });

  it("reads a number written out in full back to itself (number → words → number)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999_999 }), (n) => {
        expect(parseMoney(inWords(n))).toEqual({ ok: true, value: n });
        expect(parseCount(`${inWords(n)} hộ`)).toEqual({ ok: true, value: n });
      }),
      { numRuns: 3000 },
    );
  });

  it("reads words like the same number in digits, capitalised or decomposed", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999 }), (n) => {
        const words = inWords(n);
        const spoken = words.charAt(0).toUpperCase() + words.slice(1);
        expect(parseMoney(`${spoken} đồng`)).toEqual(parseMoney(`${n} đồng`));
        expect(parseMoney(words.normalize("NFD"))).toEqual({ ok: true, value: n });
      }),
    );
  });

  it("reads a round amount said short (\"ba triệu rưỡi\", \"một triệu hai\") as its digits would be read", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 9 }), fc.constantFrom(1, 2), (m, d, s) => {
        const scale = s === 1 ? "nghìn" : "triệu";
        const words = `${groupWords(m, false).join(" ")} ${scale} ${digit(d)}`;
        expect(parseMoney(words)).toEqual(parseMoney(`${m} ${scale} ${d}`));
        const half = `${groupWords(m, false).join(" ")} ${scale} rưỡi`;
        expect(parseMoney(half)).toEqual(parseMoney(`${m} ${scale} rưỡi`));
      }),
    );
  });
});

describe("numbers in words at their edges", () => {
  it.each([
    ["một nghìn lẻ năm", 1005], // "linh"/"lẻ" right after a scale word: no hundreds, no tens
    ["hai nghìn linh năm", 2005],
    ["một triệu linh năm nghìn", 1_005_000],
    ["hai tỷ lẻ năm triệu", 2_005_000_000],
    ["một triệu không trăm năm mươi", 1_000_050], // read out in full: exactly as said
    ["một triệu một trăm linh năm", 1_000_105],
    ["một triệu không nghìn năm", 1_000_005],
    ["một triệu không nghìn hai mươi", 1_000_020],
    ["một tỷ không triệu", 1_000_000_000],
    ["hai nghìn một trăm rưỡi", 2150],
    ["một nghìn hai trăm rưỡi", 1250],
    ["trăm rưỡi triệu", 150_000_000],
    ["hai trăm rưỡi nghìn", 250_000],
    ["một trăm rưỡi", 150],
    ["hai mươi triệu năm", 20_500_000],
    ["một trăm nghìn năm", 100_500],
    ["một nghìn mười", 1010],
    ["mười nghìn", 10_000],
    ["mười một nghìn", 11_000],
    ["mười tư", 14],
    ["mười nhăm", 15],
    ["năm mươi năm", 55],
    ["bốn mươi", 40],
    ["hai nhăm", 25],
    ["một chục", 10],
    ["năm chục nghìn", 50_000],
    ["trăm linh năm", 105],
    ["không trăm năm mươi", 50],
    ["chín trăm chín chín", 999],
    ["một trăm hai mốt", 121],
    ["một trăm ba lăm", 135],
    ["bẩy trăm", 700],
    ["một tỷ rưỡi", 1_500_000_000],
    ["mười hai triệu rưỡi", 12_500_000],
    ["hai nghìn một trăm hai", 2120],
  ])("money %j → %d", (input, expected) => {
    expect(parseMoney(input)).toEqual({ ok: true, value: expected });
  });

  it("asks back where words after the last scale may mean two amounts", () => {
    expect(parseMoney("một triệu hai mươi")).toEqual({ ok: "ambiguous", candidates: [1_000_020, 1_020_000] });
    expect(parseMoney("hai triệu năm mươi")).toEqual({ ok: "ambiguous", candidates: [2_000_050, 2_050_000] });
    expect(parseMoney("một triệu trăm rưỡi")).toEqual({ ok: "ambiguous", candidates: [1_000_150, 1_150_000] });
  });

  it.each(["một rưỡi", "năm rưỡi", "mười rưỡi", "mười lăm rưỡi", "năm mươi rưỡi"])("%j is a fraction", (input) => {
    expect(parseCount(input)).toEqual({ ok: false, reason: "fraction" });
  });

  it.each([
    "linh năm", // "linh" only after a scale or "trăm"
    "lẻ",
    "một nghìn linh",
    "một nghìn linh không",
    "một trăm linh",
    "một trăm lẻ không",
    "một trăm không chín",
    "một trăm chín không",
    "một trăm không",
    "không mươi",
    "không chục",
    "mươi",
    "chục",
    "mốt",
    "một mốt",
    "một mươi",
    "một tư",
    "một lăm",
    "không nghìn",
    "không triệu",
    "không nghìn năm trăm",
    "một triệu không",
    "hai nghìn không trăm",
    "một nghìn không trăm",
    "một nghìn nghìn",
    "hai nghìn triệu",
    "hai nghìn tỷ",
    "một trăm nghìn triệu",
    "mười nghìn triệu",
    "một tỷ một tỷ",
    "một nghìn một triệu",
    "hai rưỡi nghìn",
    "hai triệu rưỡi nghìn",
    "hai nghìn rưỡi năm",
    "năm rưỡi triệu",
    "nghìn hai",
    "tỷ",
    "hai constructor", // no word is looked up outside the vocabulary
    "hai nghìn năm rưỡi", // "rưỡi" after a bare digit that follows a scale
    "một nghìn không nghìn",
    "mười trăm",
    "hai trăm mấy chục", // an estimate
  ])("%j is no number", (input) => {
    expect(parseMoney(input)).toEqual({ ok: false, reason: "not_a_number" });
  });
});
