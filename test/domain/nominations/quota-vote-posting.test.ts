import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkHouseholdQuota, postingLastDay, postingOver, postingStartProblem, tallyVotes, votersCount } from "../../../src/domain/nominations/index.js";

describe("households against the group's reported figure", () => {
  it("allows up to what was reported, counting those proposed before", () => {
    expect(checkHouseholdQuota({ achieved: 187, already: 180, proposed: 7 })).toEqual({ ok: true, remaining: 0 });
    expect(checkHouseholdQuota({ achieved: 187, already: 180, proposed: 8 })).toEqual({ ok: false, reason: "over", achieved: 187, already: 180, proposed: 8, remaining: 7 });
    expect(checkHouseholdQuota({ achieved: null, already: 0, proposed: 1 })).toEqual({ ok: false, reason: "no_figure" });
  });
});

describe("the posting", () => {
  it("10 days from 5 May end on 14 May; the list goes to the council from 15 May", () => {
    const start = { year: 2025, month: 5, day: 5 };
    expect(postingLastDay(start)).toEqual({ year: 2025, month: 5, day: 14 });
    expect(postingOver(start, 10, { year: 2025, month: 5, day: 14 })).toBe(false);
    expect(postingOver(start, 10, { year: 2025, month: 5, day: 15 })).toBe(true);
    expect(postingStartProblem({ year: 2025, month: 5, day: 16 }, { year: 2025, month: 5, day: 15 })).toBe("future");
    expect(postingStartProblem(start, { year: 2025, month: 5, day: 15 })).toBeNull();
  });
});

describe("the council's tally", () => {
  const members = [1, 2, 3, 4, 5];
  it("a per-line vote overrides the member's vote for the whole list", () => {
    const ballots = [
      { memberId: 1, lineId: null, agree: true },
      { memberId: 2, lineId: null, agree: true },
      { memberId: 3, lineId: null, agree: true },
      { memberId: 3, lineId: 11, agree: false },
    ];
    const [a, b] = tallyVotes([10, 11], members, ballots, { rule: "of_members", percent: 50 });
    expect(a).toEqual({ lineId: 10, agree: 3, disagree: 0, silent: 2, passed: true });
    expect(b).toEqual({ lineId: 11, agree: 2, disagree: 1, silent: 2, passed: false }); // 2 of 5 is not more than half
    expect(tallyVotes([11], members, ballots, { rule: "of_cast", percent: 50 })[0]!.passed).toBe(true);
    expect(tallyVotes([11], members, ballots, { rule: "unanimous", percent: 50 })[0]!.passed).toBe(false);
  });

  it("ignores ballots of people who are not on the council", () => {
    expect(tallyVotes([10], [1], [{ memberId: 9, lineId: null, agree: true }], { rule: "of_cast", percent: 50 })[0]).toMatchObject({ agree: 0, passed: false });
  });

  it("agree + disagree + silent is always the council's size", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ memberId: fc.integer({ min: 1, max: 7 }), lineId: fc.option(fc.integer({ min: 1, max: 3 })), agree: fc.boolean() })), (ballots) => {
        for (const line of tallyVotes([1, 2, 3], members, ballots, { rule: "of_members", percent: 50 })) {
          expect(line.agree + line.disagree + line.silent).toBe(members.length);
        }
      }),
    );
  });
});

describe("the posting's start, at its edges", () => {
  const today = { year: 2025, month: 5, day: 15 };
  it("may start today, and up to a year back (366 days), not earlier", () => {
    expect(postingStartProblem(today, today)).toBeNull();
    expect(postingStartProblem({ year: 2024, month: 5, day: 14 }, today)).toBeNull();
    expect(postingStartProblem({ year: 2024, month: 5, day: 13 }, today)).toBe("too_old");
  });
});

describe("what passes under each of the ward's rules", () => {
  const council = [1, 2, 3, 4, 5, 6];
  const whole = (agree: number[], disagree: number[]) => [
    ...agree.map((memberId) => ({ memberId, lineId: null, agree: true })),
    ...disagree.map((memberId) => ({ memberId, lineId: null, agree: false })),
  ];
  const passed = (ballots: ReturnType<typeof whole>, setting: Parameters<typeof tallyVotes>[3]) => tallyVotes([1], council, ballots, setting)[0]!.passed;

  it("of the members: more than half of the whole council, half is not enough", () => {
    expect(passed(whole([1, 2, 3], []), { rule: "of_members", percent: 50 })).toBe(false);
    expect(passed(whole([1, 2, 3, 4], []), { rule: "of_members", percent: 50 })).toBe(true);
  });

  it("of the ballots cast: more than the share of those who voted; a tie or nobody voting is not enough", () => {
    const ofCast = { rule: "of_cast" as const, percent: 50 };
    expect(passed(whole([1, 2], [3]), ofCast)).toBe(true);
    expect(passed(whole([1, 2], [3, 4]), ofCast)).toBe(false);
    expect(passed(whole([1], [2, 3, 4, 5]), ofCast)).toBe(false);
    expect(passed(whole([1, 2], [3, 4, 5]), ofCast)).toBe(false);
    expect(passed([], ofCast)).toBe(false);
    // A lower share set by the ward: 1 of 3 ballots is more than 30 %.
    expect(passed(whole([1], [2, 3]), { rule: "of_cast", percent: 30 })).toBe(true);
  });

  it("unanimous: every ballot cast agrees, silent members aside; nobody voting is not unanimous", () => {
    const unanimous = { rule: "unanimous" as const, percent: 50 };
    expect(passed(whole([1, 2, 3], []), unanimous)).toBe(true);
    expect(passed(whole([1, 2, 3], [4]), unanimous)).toBe(false);
    expect(passed([], unanimous)).toBe(false);
  });

  it("counts who has voted, once each, on the list or any line, council members only", () => {
    const ballots = [
      { memberId: 1, lineId: null, agree: true },
      { memberId: 1, lineId: 7, agree: false },
      { memberId: 2, lineId: 7, agree: true },
      { memberId: 9, lineId: null, agree: true },
    ];
    expect(votersCount(council, ballots)).toBe(2);
    expect(votersCount(council, [])).toBe(0);
  });
});
