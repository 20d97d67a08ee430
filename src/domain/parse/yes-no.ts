// A yes/no answer: "có", "Có ạ", "rồi", "đã đạt", "ok" → yes; "không", "chưa đạt", "ko", "k" → no.

import { failed, parsed, type ParseResult } from "./result.js";
import { PhraseSet, prepareInput, tokenize } from "./tokens.js";
import { ANSWER_PARTICLES, NO_WORDS, YES_NO_VERBS, YES_WORDS } from "./vocabulary.js";

const MAX_YES_NO_LENGTH = 100;

type Category = "yes" | "no" | "verb" | "particle";
const SETS: ReadonlyArray<readonly [Category, PhraseSet]> = [
  ["yes", new PhraseSet(YES_WORDS)],
  ["no", new PhraseSet(NO_WORDS)],
  ["verb", new PhraseSet(YES_NO_VERBS)],
  ["particle", new PhraseSet(ANSWER_PARTICLES)],
];

/** The answer cut into vocabulary phrases (longest first), each with what it may mean; null if a word is unknown. */
function segment(keys: readonly string[]): Set<Category>[] | null {
  const segments: Set<Category>[] = [];
  let i = 0;
  while (i < keys.length) {
    const length = Math.max(...SETS.map(([, set]) => set.longestAt(keys, i)));
    if (length === 0) return null;
    const phrase = keys.slice(i, i + length).join(" ");
    segments.push(new Set(SETS.filter(([, set]) => set.has(phrase)).map(([category]) => category)));
    i += length;
  }
  return segments;
}

const isAny = (s: Set<Category>, ...categories: Category[]) => categories.some((c) => s.has(c));

/**
 * Yes or no, case and diacritics ignored, punctuation and polite particles dropped. A "no" word may
 * only follow particles ("dạ không"); "có không" is not an answer.
 */
export function parseYesNo(input: string): ParseResult<boolean> {
  const prepared = prepareInput(input);
  if (prepared === "") return failed("empty");
  if (prepared.length > MAX_YES_NO_LENGTH) return failed("not_yes_no");
  const keys = tokenize(prepared)
    .filter((t) => !(t.kind === "sym" && /^\p{P}$/u.test(t.key)))
    .map((t) => (t.kind === "num" ? t.text : t.key));
  const segments = segment(keys);
  if (segments === null || segments.length === 0) return failed("not_yes_no");

  const no = segments.findIndex((s) => s.has("no"));
  if (no >= 0) {
    const before = segments.slice(0, no).every((s) => s.has("particle"));
    const after = segments.slice(no + 1).every((s) => isAny(s, "yes", "verb", "particle", "no"));
    return before && after ? parsed(false) : failed("not_yes_no");
  }
  const allFit = segments.every((s) => isAny(s, "yes", "verb", "particle"));
  return allFit && segments.some((s) => s.has("yes")) ? parsed(true) : failed("not_yes_no");
}
