// The council's vote on the accepted list: each member votes for the whole list or per line
// (a per-line vote overrides the member's whole-list vote for that line); the ward's rule
// says what passes. Pure.

/** The ward's rule for what passes (a setting). */
export type PassRule =
  /** More than half of all council members agree (absent and silent members count against). */
  | "majority_of_members"
  /** More than half of the votes cast agree. */
  | "majority_of_votes"
  /** Every member who voted agrees, and at least one did. */
  | "unanimous";

export const DEFAULT_PASS_RULE: PassRule = "majority_of_members";
export const PASS_RULES: readonly PassRule[] = ["majority_of_members", "majority_of_votes", "unanimous"];

export function isPassRule(value: string): value is PassRule {
  return (PASS_RULES as readonly string[]).includes(value);
}

export interface Ballot {
  memberId: number;
  /** null: the whole list. */
  lineId: number | null;
  agree: boolean;
}

export interface LineTally {
  lineId: number;
  agree: number;
  disagree: number;
  /** Council members with no vote on this line. */
  silent: number;
  passed: boolean;
}

export function passes(rule: PassRule, agree: number, disagree: number, members: number): boolean {
  switch (rule) {
    case "majority_of_members":
      return agree * 2 > members;
    case "majority_of_votes":
      return agree * 2 > agree + disagree;
    case "unanimous":
      return agree > 0 && disagree === 0;
  }
}

/** Each line's tally under `rule`; `members` are the council members entitled to vote. */
export function tallyVotes(lineIds: readonly number[], members: readonly number[], ballots: readonly Ballot[], rule: PassRule): LineTally[] {
  const entitled = new Set(members);
  const whole = new Map<number, boolean>();
  const perLine = new Map<string, boolean>();
  for (const ballot of ballots) {
    if (!entitled.has(ballot.memberId)) continue;
    if (ballot.lineId === null) whole.set(ballot.memberId, ballot.agree);
    else perLine.set(`${ballot.memberId}:${ballot.lineId}`, ballot.agree);
  }
  return lineIds.map((lineId) => {
    let agree = 0;
    let disagree = 0;
    for (const memberId of entitled) {
      const vote = perLine.get(`${memberId}:${lineId}`) ?? whole.get(memberId);
      if (vote === true) agree++;
      else if (vote === false) disagree++;
    }
    return { lineId, agree, disagree, silent: entitled.size - agree - disagree, passed: passes(rule, agree, disagree, entitled.size) };
  });
}

/** How many members have voted at all (whole list or any line). */
export function votersCount(members: readonly number[], ballots: readonly Ballot[]): number {
  const entitled = new Set(members);
  return new Set(ballots.filter((ballot) => entitled.has(ballot.memberId)).map((ballot) => ballot.memberId)).size;
}
