// The webhook's secret token: equal strings only, whatever the length or the header's shape.
import { describe, expect, it } from "vitest";
import { secretMatches } from "../../src/server/secret.js";

const secret = "s3cret-token_0123456789abcdef";

describe("secretMatches", () => {
  it("accepts exactly the configured secret", () => {
    expect(secretMatches(secret, secret)).toBe(true);
  });

  it.each([
    ["a missing header", undefined],
    ["an empty one", ""],
    ["a repeated header", [secret, secret]],
    ["one character off", `${secret.slice(0, -1)}X`],
    ["a prefix", secret.slice(0, 10)],
    ["a longer value", `${secret}${secret}`],
    ["another case", secret.toUpperCase()],
  ])("refuses %s", (_name, given) => {
    expect(secretMatches(given, secret)).toBe(false);
  });
});
