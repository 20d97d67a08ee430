// The value of the numeric core of an answer: "5.829", "1,5 triệu", "2 triệu 500 nghìn", "1tr5",
// "5 trăm nghìn", "1 triệu rưỡi". Works on exact decimals; the caller decides what is acceptable.

import { readLiteral, whole, type Decimal, type Reading } from "./literal.js";

export type CoreToken =
  | { kind: "num"; text: string }
  | { kind: "scale"; factor: bigint }
  | { kind: "hundred" }
  | { kind: "half" };

export interface Evaluation {
  values: Decimal[]; // every value the core may mean, in the order of its readings
  ambiguous: boolean; // true when the writing itself reads two ways ("5,829", "1tr50")
}

/** At most this many literals are read two ways at once (2^n combinations). */
const MAX_AMBIGUOUS_LITERALS = 4;

function add(a: Decimal, b: Decimal): Decimal {
  const places = Math.max(a.places, b.places);
  return { n: a.n * 10n ** BigInt(places - a.places) + b.n * 10n ** BigInt(places - b.places), places };
}

function times(a: Decimal, factor: bigint): Decimal {
  return { n: a.n * factor, places: a.places };
}

/** a < b */
function less(a: Decimal, b: Decimal): boolean {
  const places = Math.max(a.places, b.places);
  return a.n * 10n ** BigInt(places - a.places) < b.n * 10n ** BigInt(places - b.places);
}

/** "5" after "1 triệu" → 500.000 (the digits fill the places below the scale, left to right). */
function leftAligned(digits: string, scale: bigint): Decimal {
  return times({ n: BigInt(digits), places: digits.length }, scale);
}

type Step = { values: Decimal[]; ambiguous: boolean } | null;

/** Evaluates one choice of readings; null when the words do not fit together. */
function evaluateWith(tokens: readonly CoreToken[], readings: readonly Reading[]): Step {
  let total: Decimal = { n: 0n, places: 0 };
  let previousScale: bigint | null = null;
  let literal = 0;
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i++];
    const reading = readings[literal++];
    if (first?.kind !== "num" || reading === undefined) return null;
    let term = reading.value;
    let digits = reading.plainDigits;
    if (tokens[i]?.kind === "hundred") {
      i++;
      term = times(term, 100n);
      const next = tokens[i];
      const tens = next?.kind === "num" ? readings[literal] : undefined;
      if (tens !== undefined) {
        // "1 trăm 20" = 120, "1 trăm 5" = 150 (as said aloud), "1 trăm 05" = 105.
        if (tens.plainDigits === null || tens.plainDigits.length > 2) return null;
        // Whole tens (not leftAligned's places), so that "2 triệu 1 trăm 50" reads as "2 triệu 150".
        term = add(term, whole(tens.plainDigits.padEnd(2, "0")));
        i++;
        literal++;
      }
      digits = term.places === 0 ? term.n.toString().padStart(3, "0") : null;
      if (digits !== null && digits.length > 3) digits = null;
    }
    const scaleToken = tokens[i];
    if (scaleToken?.kind === "scale") {
      i++;
      const scale = scaleToken.factor;
      if (previousScale !== null) {
        if (scale >= previousScale) return null;
        if (!less(term, { n: previousScale / scale, places: 0 })) return null;
      }
      total = add(total, times(term, scale));
      previousScale = scale;
      if (tokens[i]?.kind === "half") {
        i++;
        total = add(total, { n: scale / 2n, places: 0 });
        if (i < tokens.length) return null;
      }
      continue;
    }
    if (i < tokens.length) return null; // a number right after a number, or a word out of place
    if (previousScale === null) return { values: [add(total, term)], ambiguous: false };
    // A bare number after the last scale word: "1tr5", "2 triệu 500", "1 tỷ 2".
    if (digits === null || digits.length > 3) return null;
    const value = add(total, leftAligned(digits, previousScale));
    if (digits.length === 2 && !digits.startsWith("0")) {
      // "1tr50": 1.500.000 or 1.050.000 — ask.
      const inThousandths = add(total, times(whole(digits), previousScale / 1000n));
      return { values: [value, inThousandths], ambiguous: true };
    }
    return { values: [value], ambiguous: false };
  }
  return { values: [total], ambiguous: false };
}

function combinations(choices: readonly Reading[][]): Reading[][] {
  let out: Reading[][] = [[]];
  for (const options of choices) out = out.flatMap((prefix) => options.map((r) => [...prefix, r]));
  return out;
}

/** All values the core may mean; null when it is no number expression at all. */
export function evaluate(tokens: readonly CoreToken[]): Evaluation | null {
  const choices: Reading[][] = [];
  for (const token of tokens) {
    if (token.kind !== "num") continue;
    const readings = readLiteral(token.text);
    if (readings.length === 0) return null;
    choices.push(readings);
  }
  const twoWay = choices.filter((c) => c.length > 1).length;
  if (choices.length === 0 || twoWay > MAX_AMBIGUOUS_LITERALS) return null;
  const values: Decimal[] = [];
  let ambiguous = twoWay > 0;
  for (const readings of combinations(choices)) {
    const step = evaluateWith(tokens, readings);
    if (step === null) continue;
    values.push(...step.values);
    ambiguous ||= step.ambiguous;
  }
  return values.length === 0 ? null : { values, ambiguous };
}
