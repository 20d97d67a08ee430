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

const choiceOf = (phrase: string): boolean | null => (AGREE.has(phrase) ? true : DISAGREE.has(phrase) ? false : null);

/** The longest choice phrase the words start with: "không đồng ý" before "không". */
function longestChoice(words: string[]): { agree: boolean; length: number } | null {
  for (let length = words.length; length > 0; length--) {
    const agree = choiceOf(words.slice(0, length).join(" "));
    if (agree !== null) return { agree, length };
  }
  return null;
}

type Token = { kind: "lines"; lines: number[] } | { kind: "choice"; agree: boolean } | { kind: "end" };
type Scanned = Token | { kind: "word"; word: string };

/** The message as numbers, choice words and part ends (commas only separate); null when anything else is in it. */
function tokensOf(folded: string): Token[] | null {
  const raw: Scanned[] = [];
  const scanner = /[\s,]+|([;.\n])|(\d+)(?:\s*[–-]\s*(\d+))?(?![\d–-])|([a-z/]+)/gy;
  let match: RegExpExecArray | null;
  while (scanner.lastIndex < folded.length && (match = scanner.exec(folded))) {
    const [, end, from, to, word] = match;
    if (end) raw.push({ kind: "end" });
    else if (from) {
      // Four digits at most: a longer number is a phone number or an amount, not a line.
      if (from.length > 4 || (to ?? "").length > 4) return null;
      const [first, last] = [Number(from), Number(to ?? from)];
      if (last < first || last - first > LONGEST_RANGE) return null;
      raw.push({ kind: "lines", lines: Array.from({ length: last - first + 1 }, (_, i) => first + i) });
    } else if (word) raw.push({ kind: "word", word });
  }
  // A sticky scan that stopped early (a character no token takes) leaves lastIndex at 0.
  if (scanner.lastIndex < folded.length) return null;
  const tokens: Token[] = [];
  for (let i = 0; i < raw.length; ) {
    const token = raw[i]!;
    if (token.kind !== "word") {
      tokens.push(token);
      i++;
      continue;
    }
    const run: string[] = [];
    for (let j = i; run.length < LONGEST_CHOICE && raw[j]?.kind === "word"; j++) run.push((raw[j] as { word: string }).word);
    const choice = longestChoice(run);
    if (choice) tokens.push({ kind: "choice", agree: choice.agree });
    else if (!FILLER.has(token.word)) return null;
    i += choice?.length ?? 1;
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
