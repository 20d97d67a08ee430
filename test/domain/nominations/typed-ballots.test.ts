// A council member's per-line ballots typed as words, the way people type them in a chat:
// double spaces, a colon with no space, a full stop at the end, long lists of households.
import { describe, expect, it } from "vitest";
import { parseTypedBallots } from "../../../src/domain/nominations/index.js";

const read = (text: string, lineCount = 20) => parseTypedBallots(text, lineCount);
const ballots = (...pairs: Array<[number, boolean]>) => ({ ok: true, ballots: pairs.map(([line, agree]) => ({ line, agree })) });
const notBallot = { ok: false, reason: "not_ballot" };

describe("typed ballots, as people type them", () => {
  it.each<[string, Array<[number, boolean]>]>([
    ["4:không", [[4, false]]],
    ["4 không.", [[4, false]]],
    ["Dòng 2: Không đồng ý.", [[2, false]]],
    ["1 đồng ý , 2 không", [[1, true], [2, false]]],
    ["2 không  đồng ý", [[2, false]]],
    ["1, 2, không", [[1, false], [2, false]]],
    ["2 và 5 không", [[2, false], [5, false]]],
    ["1, 2 và 5 đồng ý", [[1, true], [2, true], [5, true]]],
    ["2 và 5: không đồng ý", [[2, false], [5, false]]],
    ["12 không", [[12, false]]],
    ["10-12 đồng ý", [[10, true], [11, true], [12, true]]],
    ["1–3 đồng ý", [[1, true], [2, true], [3, true]]],
    ["không đồng ý 2", [[2, false]]],
    ["đồng ý 1, 2; không 3", [[1, true], [2, true], [3, false]]],
    ["dòng 2 và dòng 5 không", [[2, false], [5, false]]],
    ["không, dòng 2", [[2, false]]],
    ["1 - 3 đồng ý", [[1, true], [2, true], [3, true]]],
    ["2 ,3 không", [[2, false], [3, false]]],
    ["đồng ý 1 không đồng ý 2", [[1, true], [2, false]]],
    ["1 đồng ý 2 không", [[1, true], [2, false]]],
  ])("%j", (text, expected) => {
    expect(read(text)).toEqual(ballots(...expected));
  });

  it("the lines come back in the list's order, whatever order they were typed in", () => {
    expect(read("5 không; 1 đồng ý; 3 không")).toEqual(ballots([1, true], [3, false], [5, false]));
  });

  it("a range reads every household of a long list, up to 501 lines at once", () => {
    expect((read("201-450 đồng ý", 450) as { ballots: unknown[] }).ballots).toHaveLength(250);
    expect((read("1-501 đồng ý", 501) as { ballots: unknown[] }).ballots).toHaveLength(501);
    expect(read("1-9999 đồng ý", 600)).toEqual(notBallot);
  });

  it("is not guessed at: a backward range, a chain of dashes, a phone number, an amount, punctuation alone", () => {
    for (const text of ["5-3 đồng ý", "1-2-3 đồng ý", "0912345678 không", "200000 ok", "...", ""]) expect(read(text, 1000)).toEqual(notBallot);
    // A line number has four digits at most; five are an amount or a code, even in a range.
    expect(read("1000 không", 1000)).toEqual(ballots([1000, false]));
    expect(read("999-1000 đồng ý", 1000)).toEqual(ballots([999, true], [1000, true]));
    expect(read("10000 không", 20_000)).toEqual(notBallot);
    expect(read("9999-10000 đồng ý", 20_000)).toEqual(notBallot);
  });

  it("is not guessed at when a number or a choice is left without the other", () => {
    // "đồng ý 1, 2 không": does 2 belong to "đồng ý" or to "không"? The member is asked again.
    for (const text of ["đồng ý 1, 2 không", "1 đồng ý 2", "2 3", "đồng ý", "không; 2", "đồng ý không 2", "2 không đồng ý gì", "2 không?", "2 không !"]) {
      expect(read(text), text).toEqual(notBallot);
    }
  });

  it("a message longer than any ballot (500 characters) is left alone", () => {
    expect(read(`2 không${" ".repeat(493)}`)).toEqual(ballots([2, false]));
    expect(read(`2 không${" ".repeat(494)}`)).toEqual(notBallot);
  });
});
