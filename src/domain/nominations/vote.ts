// The council's vote on the accepted list: each member votes for the whole list or per line
// (a per-line vote overrides the member's whole-list vote for that line); the ward's rule
// says what passes. Pure.

/** The ward's rule for what passes (AwardSettings.votePassRule, with votePassPercent). */
export type PassRule =
  /** More than `percent` % of all council members agree (absent and silent members count against). */
  | "of_members"
  /** More than `percent` % of the ballots cast agree. */
  | "of_cast"
  /** Every ballot cast agrees, and there is at least one. */
  | "unanimous";

export interface PassSetting {
  rule: PassRule;
  /** A line passes with MORE than this share agreeing (50: a simple majority). */
  percent: number;
}

export const DEFAULT_PASS_SETTING: PassSetting = { rule: "of_members", percent: 50 };

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

export function passes(setting: PassSetting, agree: number, disagree: number, members: number): boolean {
  switch (setting.rule) {
    case "of_members":
      return agree * 100 > setting.percent * members;
    case "of_cast":
      return agree + disagree > 0 && agree * 100 > setting.percent * (agree + disagree);
    case "unanimous":
      return agree > 0 && disagree === 0;
  }
}

/** Each line's tally under the ward's setting; `members` are the council members entitled to vote. */
export function tallyVotes(lineIds: readonly number[], members: readonly number[], ballots: readonly Ballot[], setting: PassSetting): LineTally[] {
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
    return { lineId, agree, disagree, silent: entitled.size - agree - disagree, passed: passes(setting, agree, disagree, entitled.size) };
  });
}

/** How many members have voted at all (whole list or any line). */
export function votersCount(members: readonly number[], ballots: readonly Ballot[]): number {
  const entitled = new Set(members);
  return new Set(ballots.filter((ballot) => entitled.has(ballot.memberId)).map((ballot) => ballot.memberId)).size;
}
