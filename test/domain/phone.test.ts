// A leader's mobile number as the ward's list or the command line writes it: the officer
// sees one stored form (0 and nine digits) whatever the spacing, dots, dashes, brackets or
// country code, and anything that is not a Vietnamese mobile number is refused.
import { describe, expect, it } from "vitest";
import { normalizePhone } from "../../src/domain/phone.js";

describe("normalizePhone", () => {
  it("keeps a number typed as ten digits", () => {
    expect(normalizePhone("0912345678")).toBe("0912345678");
  });

  it("drops the spaces, dots, dashes and brackets people write between groups", () => {
    expect(normalizePhone("0912 345 678")).toBe("0912345678");
    expect(normalizePhone("0912.345.678")).toBe("0912345678");
    expect(normalizePhone("0912-345-678")).toBe("0912345678");
    expect(normalizePhone("(0912) 345 678")).toBe("0912345678");
    expect(normalizePhone("0912\t345\u00A0678")).toBe("0912345678");
  });

  it("reads the country code, with or without the plus sign", () => {
    expect(normalizePhone("+84 912.345.678")).toBe("0912345678");
    expect(normalizePhone("+84912345678")).toBe("0912345678");
    expect(normalizePhone("84912345678")).toBe("0912345678");
    expect(normalizePhone("84 912 345 678")).toBe("0912345678");
  });

  it("puts back the leading zero a spreadsheet drops from a number cell", () => {
    expect(normalizePhone("912345678")).toBe("0912345678");
  });

  it("keeps a ten-digit number that starts with 84 as typed (a zero already leads it)", () => {
    expect(normalizePhone("0843456789")).toBe("0843456789");
  });

  it("refuses what is not a ten-digit mobile number", () => {
    expect(normalizePhone("")).toBeNull();
    expect(normalizePhone("091234567")).toBeNull(); // nine digits with a zero: one short
    expect(normalizePhone("09123456789")).toBeNull(); // eleven digits
    expect(normalizePhone("012345678")).toBeNull(); // nine digits starting with 0
    expect(normalizePhone("8491234567")).toBeNull(); // 84 and eight digits
    expect(normalizePhone("849123456789")).toBeNull(); // 84 and ten digits
    expect(normalizePhone("+8491234567")).toBeNull();
    expect(normalizePhone("0912 345 67a")).toBeNull();
    expect(normalizePhone("số 0912345678")).toBeNull();
    expect(normalizePhone("0912345678 (nhà)")).toBeNull();
    expect(normalizePhone("0912/345/678")).toBeNull(); // slashes are not a number's separators
  });

  it("does not take a country code that is not at the start", () => {
    expect(normalizePhone("0+84912345678")).toBeNull();
    expect(normalizePhone("1 84912345678")).toBeNull();
  });
});
