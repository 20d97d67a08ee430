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

const AGREE = new Set(["dong y", "dy", "d/y", "co", "ok", "nhat tri", "tan thanh"]);
const DISAGREE = new Set(["khong dong y", "khong", "ko", "k", "kdy", "k/dy", "khong nhat tri", "khong tan thanh", "phan doi"]);
/** Words around the numbers that say nothing: "dòng 2 và dòng 5", "các số 3, 4". */
const FILLER = new Set(["dong", "so", "va", "cac"]);
const LONGEST_CHOICE = 3;
const LONGEST_RANGE = 500;

type Token = { kind: "lines"; lines: number[] } | { kind: "choice"; agree: boolean } | { kind: "end" } | { kind: "comma" };

/** The message as numbers, choice words, commas and part ends; null when anything else is in it. */
function tokensOf(folded: string): Token[] | null {
  const raw: Array<Token | { kind: "word"; word: string }> = [];
  const scanner = /\s+|([;.\n])|(,)|(\d+)(?:\s*[–-]\s*(\d+))?(?![\d–-])|([a-z/]+)/gy;
  let match: RegExpExecArray | null;
  while (scanner.lastIndex < folded.length && (match = scanner.exec(folded))) {
    const [, end, comma, from, to, word] = match;
    if (end) raw.push({ kind: "end" });
    else if (comma) raw.push({ kind: "comma" });
    else if (from) {
      if (from.length > 4 || (to?.length ?? 0) > 4) return null;
      const [first, last] = [Number(from), Number(to ?? from)];
      if (last < first || last - first > LONGEST_RANGE) return null;
      raw.push({ kind: "lines", lines: Array.from({ length: last - first + 1 }, (_, i) => first + i) });
    } else if (word) raw.push({ kind: "word", word });
  }
  if (scanner.lastIndex < folded.length) return null;
  const tokens: Token[] = [];
  for (let i = 0; i < raw.length; ) {
    const token = raw[i]!;
    if (token.kind !== "word") {
      tokens.push(token);
      i++;
      continue;
    }
    let taken = 0;
    for (let length = LONGEST_CHOICE; length >= 1 && taken === 0; length--) {
      const words = raw.slice(i, i + length);
      if (words.length < length || words.some((w) => w.kind !== "word")) continue;
      const phrase = words.map((w) => (w as { word: string }).word).join(" ");
      if (AGREE.has(phrase) || DISAGREE.has(phrase)) {
        tokens.push({ kind: "choice", agree: AGREE.has(phrase) });
        taken = length;
      }
    }
    if (taken === 0 && !FILLER.has(token.word)) return null;
    i += Math.max(taken, 1);
  }
  return tokens;
}

/**
 * A council member's per-line ballots typed as words, for a chat without buttons: "4 không",
 * "dòng 4: không đồng ý", "1, 2, 3 đồng ý; 4 không", "không đồng ý dòng 2 và 5", "1 - 3 đồng ý",
 * "không, dòng 2". A choice word takes the numbers typed before it; a choice typed first takes
 * the numbers after it, up to the next choice or the end of the part (";", "." or a new line).
 * Anything else in the message, or a number no choice claims, makes it an ordinary message.
 * Pure; `lineCount` is how many lines the vote has.
 */
export function parseTypedBallots(text: string, lineCount: number): TypedBallots {
  const folded = fold(text.normalize("NFC")).replace(/[:()]/gu, " ");
  if (folded.length > 500) return { ok: false, reason: "not_ballot" };
  const tokens = tokensOf(folded);
  if (tokens === null) return { ok: false, reason: "not_ballot" };
  const ballots = new Map<number, boolean>();
  let pending: number[] = [];
  let leading: boolean | null = null;
  let any = false;
  const give = (agree: boolean) => {
    for (const line of pending) ballots.set(line, agree);
    pending = [];
    any = true;
  };
  for (const token of [...tokens, { kind: "end" } as const]) {
    if (token.kind === "lines") pending.push(...token.lines);
    else if (token.kind === "choice") {
      if (pending.length === 0 && leading !== null) return { ok: false, reason: "not_ballot" };
      if (pending.length === 0) leading = token.agree;
      else if (leading === null) give(token.agree);
      else {
        give(leading);
        leading = token.agree;
      }
    } else if (token.kind === "end") {
      if (leading !== null && pending.length === 0) return { ok: false, reason: "not_ballot" };
      if (leading === null && pending.length > 0) return { ok: false, reason: "not_ballot" };
      if (leading !== null) give(leading);
      leading = null;
    }
  }
  if (!any) return { ok: false, reason: "not_ballot" };
  const missing = [...ballots.keys()].filter((line) => line < 1 || line > lineCount);
  if (missing.length > 0) return { ok: false, reason: "no_such_line", lines: missing.sort((a, b) => a - b) };
  return { ok: true, ballots: [...ballots].map(([line, agree]) => ({ line, agree })).sort((a, b) => a.line - b.line) };
}
