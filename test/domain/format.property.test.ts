// What the bot prints, it reads back: the formats and the parsers agree on every number.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatCount, formatMoney, formatPercentOf } from "../../src/domain/format.js";
import { parseCount, parseMoney } from "../../src/domain/parse/index.js";

const counts = fc.oneof(
  fc.bigInt({ min: 0n, max: 10n ** 12n }).map(Number),
  fc.integer({ min: 0, max: 100_000 }),
  fc.constantFrom(0, 1, 999, 1000, 5829, 999_999, 1_000_000, 1e12),
);
const amounts = fc.oneof(
  fc.maxSafeNat(),
  fc.integer({ min: 0, max: 10_000_000 }),
  fc.constantFrom(0, 1, 1000, 261_700_000, Number.MAX_SAFE_INTEGER),
);

describe("format → parse round trips", () => {
  it("parseCount(formatCount(n)) = n for every count 0..10^12", () => {
    fc.assert(
      fc.property(counts, (n) => {
        expect(parseCount(formatCount(n))).toEqual({ ok: true, value: n });
      }),
      { numRuns: 3000 },
    );
  });

  it("parseMoney(formatMoney(n)) = n for every amount 0..MAX_SAFE_INTEGER", () => {
    fc.assert(
      fc.property(amounts, (n) => {
        expect(parseMoney(formatMoney(n))).toEqual({ ok: true, value: n });
      }),
      { numRuns: 3000 },
    );
  });

  it("a percentage never shows more than the precision asks, nor ',0'", () => {
    fc.assert(
      fc.property(fc.nat(1_000_000), fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 3 }), (a, b, p) => {
        const text = formatPercentOf(a, b, p);
        expect(text).toMatch(p === 0 ? /^[\d.]+%$/u : new RegExp(`^[\\d.]+(,\\d{0,${p - 1}}[1-9])?%$`, "u"));
      }),
    );
  });
});
