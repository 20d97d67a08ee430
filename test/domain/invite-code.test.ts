// Short invite codes: what is printed parses back however an older person types it, and
// nothing else (names, numbers, menu words) is taken for a code.
import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatShortCode,
  generateShortCode,
  parseShortCode,
  SHORT_CODE_ALPHABET,
  SHORT_CODE_LENGTH,
  shortCodeSpace,
} from "../../src/domain/invite-code.js";

describe("short invite codes", () => {
  it("use 16 characters with no confusable pair and no vowel or Telex mark key", () => {
    expect(SHORT_CODE_ALPHABET).toHaveLength(16);
    for (const c of "01OILQDSZBGUWAEYFRXJ") expect(SHORT_CODE_ALPHABET).not.toContain(c);
  });

  it("have 3.992.977.408 possible values (about 31,9 bits)", () => {
    expect(shortCodeSpace()).toBe(3_992_977_408);
    expect(Math.log2(shortCodeSpace())).toBeGreaterThan(31.8);
  });

  it("parse back as printed, in lower case, with spaces, dashes or after /start", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 64, maxLength: 64 }), (pool) => {
        let offset = 0;
        const code = generateShortCode((size) => {
          const bytes = pool.length - offset >= size ? pool.subarray(offset, offset + size) : randomBytes(size);
          offset += size;
          return bytes;
        });
        expect(code).toHaveLength(SHORT_CODE_LENGTH);
        expect(parseShortCode(code)).toBe(code);
        expect(parseShortCode(formatShortCode(code))).toBe(code);
        expect(parseShortCode(` ${formatShortCode(code).toLowerCase()} `)).toBe(code);
        expect(parseShortCode(`${code.slice(0, 4)}-${code.slice(4)}`)).toBe(code);
        expect(parseShortCode(`/start ${code}`)).toBe(code);
      }),
    );
  });

  it("always mix letters and digits", () => {
    for (let i = 0; i < 2000; i += 1) {
      const code = generateShortCode((size) => randomBytes(size));
      expect(code).toMatch(/[A-Z].*[A-Z]/u);
      expect(code).toMatch(/\d.*\d/u);
    }
  });

  it("accept a code with exactly two letters or exactly two digits", () => {
    expect(parseShortCode("KM234567")).toBe("KM234567");
    expect(parseShortCode("CHKMNP23")).toBe("CHKMNP23");
    expect(parseShortCode("K2345678")).toBeNull(); // one letter
    expect(parseShortCode("CHKMNPT2")).toBeNull(); // one digit
    // A draw of digits only is drawn again; one with exactly two digits (or letters) is kept.
    const draws = [Uint8Array.of(0x89, 0xab, 0xcd, 0xef), Uint8Array.of(0x01, 0x23, 0x45, 0x8f), Uint8Array.of(0x01, 0x89, 0xab, 0xcd)];
    expect(generateShortCode(() => draws.shift()!)).toBe("CHKMNP29");
    expect(generateShortCode(() => draws.shift()!)).toBe("CH234567");
  });

  it("are read after /start however Telegram or the person wrote it", () => {
    expect(parseShortCode("/start K7MP4H9C")).toBe("K7MP4H9C");
    expect(parseShortCode("  /start K7MP 4H9C")).toBe("K7MP4H9C");
    expect(parseShortCode("/start@thidua_bot K7MP4H9C")).toBe("K7MP4H9C");
    expect(parseShortCode("/startK7MP4H9C")).toBe("K7MP4H9C");
  });

  it("are not found in names, numbers or menu words", () => {
    for (const text of ["Nguyễn Văn Hùng", "22345678", "CHKMNPTV", "5.829", "1tr5", "báo cáo", "gửi báo cáo", "K7MP4H9", "K7MP4H9CC", "K0MP4H9C"]) {
      expect(parseShortCode(text)).toBeNull();
    }
  });
});
