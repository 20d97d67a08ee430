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

/** A per-line ballot as typed: the line's number as the list shows it (1-based). */
export interface TypedLineBallot {
  line: number;
  agree: boolean;
}

export type TypedBallots =
  | { ok: true; ballots: TypedLineBallot[] }
  /** Not a ballot at all (an ordinary message). */
  | { ok: false; reason: "not_ballot" }
  /** Numbers the list does not have. */
  | { ok: false; reason: "no_such_line"; lines: number[] };

const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[đĐ]/gu, "d")
    .toLowerCase();

const AGREE = /^(?:dong y|dy|d\/y|co|ok|nhat tri|tan thanh)$/u;
const DISAGREE = /^(?:khong dong y|khong|ko|k|kdy|k\/dy|khong nhat tri|khong tan thanh|phan doi)$/u;

function choiceOf(words: string): boolean | null {
  const key = words.trim().replace(/\s+/gu, " ");
  if (AGREE.test(key)) return true;
  if (DISAGREE.test(key)) return false;
  return null;
}

/** "1, 2 và 4", "1-3", "dòng 5": the line numbers of one part, or null. */
function numbersOf(words: string): number[] | null {
  const key = words.replace(/\b(?:dong|so)\b/gu, " ").replace(/\bva\b/gu, ",").trim();
  if (!/^[\d\s,–-]+$/u.test(key) || !/\d/u.test(key)) return null;
  const result: number[] = [];
  for (const part of key.split(/[\s,]+/u).filter(Boolean)) {
    const range = /^(\d{1,4})[–-](\d{1,4})$/u.exec(part);
    if (range) {
      const [from, to] = [Number(range[1]), Number(range[2])];
      if (to < from || to - from > 500) return null;
      for (let n = from; n <= to; n++) result.push(n);
    } else if (/^\d{1,4}$/u.test(part)) result.push(Number(part));
    else return null;
  }
  return result;
}

/**
 * A council member's per-line ballots typed as words, for a chat without buttons: "4 không",
 * "dòng 4: không đồng ý", "1, 2, 3 đồng ý; 4 không", "không đồng ý dòng 2 và 5", "1-3 đồng ý".
 * Each part (split at ";", "." or a new line, or at a "," that follows a choice word) names lines
 * and one choice, in either order. Pure; `lineCount` is how many lines the vote has.
 */
export function parseTypedBallots(text: string, lineCount: number): TypedBallots {
  const folded = fold(text.normalize("NFC")).replace(/[:()]/gu, " ");
  if (folded.length > 500) return { ok: false, reason: "not_ballot" };
  // A choice word ends a part: "1 dong y, 2 khong" is two parts.
  const parts = folded
    .replace(/\b(dong y|khong|ko|nhat tri)\b\s*,/gu, "$1;")
    .split(/[;.\n]+/u)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0) return { ok: false, reason: "not_ballot" };
  const ballots = new Map<number, boolean>();
  for (const part of parts) {
    const match = /^(.*?\d[\d\s,–-]*?(?:\s+va\s+\d[\d\s,–-]*)*)\s+(\D.*)$/u.exec(part) ?? null;
    let lines: number[] | null = null;
    let agree: boolean | null = null;
    if (match) {
      lines = numbersOf(match[1]!);
      agree = choiceOf(match[2]!);
    }
    if (lines === null || agree === null) {
      // The choice first: "không đồng ý dòng 2 và 5".
      const first = /^(\D*?)\s*((?:dong|so)?\s*\d.*)$/u.exec(part);
      lines = first ? numbersOf(first[2]!) : null;
      agree = first ? choiceOf(first[1]!) : null;
    }
    if (lines === null || agree === null) return { ok: false, reason: "not_ballot" };
    for (const line of lines) ballots.set(line, agree);
  }
  const missing = [...ballots.keys()].filter((line) => line < 1 || line > lineCount);
  if (missing.length > 0) return { ok: false, reason: "no_such_line", lines: missing.sort((a, b) => a - b) };
  return { ok: true, ballots: [...ballots].map(([line, agree]) => ({ line, agree })).sort((a, b) => a.line - b.line) };
}
