// Which lists the law has posted before the council (Nghị định 86/2023: the "văn hóa" titles,
// not a Giấy khen or "Lao động tiên tiến"), and a council member's per-line ballots typed as
// words on a chat without buttons.
import { describe, expect, it } from "vitest";
import { DEFAULT_AWARD_FORMS } from "../../../src/domain/awards/defaults.js";
import { formNeedsPosting, parseTypedBallots, tallyVotes } from "../../../src/domain/nominations/index.js";

describe("which forms need the posting", () => {
  it("the ward's default forms: Gia đình văn hóa and Tổ dân phố văn hóa, not Giấy khen nor Lao động tiên tiến", () => {
    const needs = Object.fromEntries(DEFAULT_AWARD_FORMS.map((form) => [form.code, formNeedsPosting(form)]));
    expect(needs).toEqual({ giay_khen: false, gdvh: true, tdpvh: true, ldtt: false });
  });

  it("a ward's own title form named for a village or residential area counts; a Giấy khen never does", () => {
    expect(formNeedsPosting({ code: "thonvh", kind: "danh_hieu", titleName: "Thôn văn hóa" })).toBe(true);
    expect(formNeedsPosting({ code: "kdcvh", kind: "danh_hieu", titleName: "Khu dân cư văn hóa" })).toBe(true);
    expect(formNeedsPosting({ code: "gk_gdvh", kind: "giay_khen", titleName: "Gia đình văn hóa tiêu biểu" })).toBe(false);
    expect(formNeedsPosting({ code: "cstd", kind: "danh_hieu", titleName: "Chiến sĩ thi đua cơ sở" })).toBe(false);
  });
});

describe("per-line ballots typed as words", () => {
  const cases: Array<[string, Array<[number, boolean]>]> = [
    ["4 không", [[4, false]]],
    ["dòng 4: không đồng ý", [[4, false]]],
    ["Dong 2 dong y", [[2, true]]],
    ["1, 2, 3 đồng ý; 4 không", [[1, true], [2, true], [3, true], [4, false]]],
    ["1 đồng ý, 2 không", [[1, true], [2, false]]],
    ["không đồng ý dòng 2 và 5", [[2, false], [5, false]]],
    ["1-3 đồng ý", [[1, true], [2, true], [3, true]]],
    ["1 đồng ý\n2 đồng ý\n3 không đồng ý", [[1, true], [2, true], [3, false]]],
    ["4: ko", [[4, false]]],
    ["2 khong dong y", [[2, false]]],
  ];
  it.each(cases)("%j", (text, expected) => {
    expect(parseTypedBallots(text, 5)).toEqual({ ok: true, ballots: expected.map(([line, agree]) => ({ line, agree })) });
  });

  it("a later part about the same line wins", () => {
    expect(parseTypedBallots("2 đồng ý; 2 không", 5)).toEqual({ ok: true, ballots: [{ line: 2, agree: false }] });
  });

  it("names the numbers the list does not have", () => {
    expect(parseTypedBallots("7 không; 0 đồng ý; 2 đồng ý", 5)).toEqual({ ok: false, reason: "no_such_line", lines: [0, 7] });
  });

  it("leaves ordinary messages alone: an address, a bare yes, a sentence with a number", () => {
    for (const text of ["số 12 ngõ 5", "đồng ý", "Ông An nhà số 5 không", "3", "/khenthuong", "Tổ 5 đã họp"]) expect(parseTypedBallots(text, 5)).toEqual({ ok: false, reason: "not_ballot" });
  });

  it("typed ballots count in the tally as per-line votes over the whole-list vote", () => {
    const typed = parseTypedBallots("2 không", 3);
    if (!typed.ok) throw new Error("not read");
    const lineIds = [10, 11, 12];
    const ballots = [
      { memberId: 1, lineId: null, agree: true },
      { memberId: 2, lineId: null, agree: true },
      ...typed.ballots.map((ballot) => ({ memberId: 2, lineId: lineIds[ballot.line - 1]!, agree: ballot.agree })),
    ];
    const tally = tallyVotes(lineIds, [1, 2, 3], ballots, { rule: "of_members", percent: 50 });
    expect(tally.map((line) => [line.lineId, line.agree, line.disagree, line.passed])).toEqual([
      [10, 2, 0, true],
      [11, 1, 1, false],
      [12, 2, 0, true],
    ]);
  });
});
