// Whatever a person (or a phone keyboard) sends, the parsers answer and never throw.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAnswer, parseCount, parseMoney, parseYesNo, type ParseResult } from "../../../src/domain/parse/index.js";
import * as vocabulary from "../../../src/domain/parse/vocabulary.js";

const words = [
  ...Object.values(vocabulary).flatMap((v) => (Array.isArray(v) ? v : Object.keys(v))),
  "5.829", "5,829", "1,5", "1.5", "0", "12", "500", "1 500 000", "9007199254740993", "-", "−", "/", "%", ",", ".",
  " ", "\u00A0", "\u202F", "tr5", "k5", "１２", "，", "\uD800", "\uDFFF", "̉", "\u0300",
];

const lone = fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) });
const phrase = fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 3 })), { maxLength: 12 }).map((parts) => parts.join(""));
const spaced = fc.array(fc.constantFrom(...words), { maxLength: 8 }).map((parts) => parts.join(" "));
const anyInput = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.string({ unit: "grapheme" }),
  lone,
  phrase,
  spaced,
  fc.string({ unit: "binary", maxLength: 300 }),
);
const runs = { numRuns: 2000 };

function wellFormedNumber(result: ParseResult<number>): boolean {
  if (result.ok === true) return Number.isSafeInteger(result.value) && result.value >= 0;
  if (result.ok === "ambiguous") {
    const c = result.candidates;
    return c.length > 0 && c.every((v, i) => Number.isSafeInteger(v) && v >= 0 && (i === 0 || v > (c[i - 1] ?? -1)));
  }
  return typeof result.reason === "string";
}

describe("parsers never throw", () => {
  it("parseCount and parseMoney answer well-formed results on any string, NFC or NFD", () => {
    fc.assert(
      fc.property(anyInput, (s) => {
        for (const input of [s, s.normalize("NFD")]) {
          expect(wellFormedNumber(parseCount(input))).toBe(true);
          expect(wellFormedNumber(parseMoney(input))).toBe(true);
        }
      }),
      runs,
    );
  });

  it("parseYesNo and parseAnswer answer on any string", () => {
    fc.assert(
      fc.property(anyInput, (s) => {
        for (const input of [s, s.normalize("NFD")]) {
          const yn = parseYesNo(input);
          expect(yn.ok === "ambiguous").toBe(false);
          if (yn.ok === true) expect(typeof yn.value).toBe("boolean");
          for (const type of ["count", "money", "yes_no", "text"] as const) parseAnswer(type, input);
        }
      }),
      runs,
    );
  });

  it("decomposed input reads exactly as composed input", () => {
    fc.assert(
      fc.property(fc.oneof(phrase, spaced, fc.string({ unit: "grapheme" })), (s) => {
        const nfd = s.normalize("NFD");
        expect(parseCount(nfd)).toEqual(parseCount(s));
        expect(parseMoney(nfd)).toEqual(parseMoney(s));
        expect(parseYesNo(nfd)).toEqual(parseYesNo(s));
      }),
      runs,
    );
  });
});
