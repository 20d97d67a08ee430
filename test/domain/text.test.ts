import { describe, expect, it } from "vitest";
import {
  firstPart,
  MAX_FREE_TEXT_LENGTH,
  capFreeText,
  cleanText,
  foldDiacritics,
  normalizeMultilineText,
  normalizeText,
  textLength,
} from "../../src/domain/text.js";

describe("normalizeText", () => {
  it("composes decomposed Vietnamese (NFD → NFC)", () => {
    const nfd = "Tổ dân phố văn hóa".normalize("NFD");
    expect(nfd).not.toBe("Tổ dân phố văn hóa");
    expect(normalizeText(nfd)).toBe("Tổ dân phố văn hóa");
  });

  it("trims and collapses every kind of space, NBSP and narrow NBSP included", () => {
    expect(normalizeText("  5\u00A0829\u202Fhộ \t\n ạ  ")).toBe("5 829 hộ ạ");
    expect(normalizeText("a\u2009\u3000b")).toBe("a b");
  });

  it("drops zero-width characters", () => {
    expect(normalizeText("\uFEFFPhường\u200B Phan Đình Phùng")).toBe("Phường Phan Đình Phùng");
  });

  it("reads a vertical tab or form feed (a line break pasted from Word or Excel) as a space between words", () => {
    expect(normalizeText("Tổ\v1\fphố Đông")).toBe("Tổ 1 phố Đông");
  });
});

describe("normalizeMultilineText", () => {
  it("keeps line breaks of a list, tidies each line and blank runs", () => {
    const input = "  - Ông A  hiến đất \r\n\r\n\r\n\t- Bà B\u00A0ủng hộ quỹ  \n\n";
    expect(normalizeMultilineText(input)).toBe("- Ông A hiến đất\n\n- Bà B ủng hộ quỹ");
  });

  it("drops zero-width characters inside a line, leaving the words as typed", () => {
    expect(normalizeMultilineText("- Bà\u200B B\u2060 ủng hộ\uFEFF quỹ\n- Ông\u200BC")).toBe("- Bà B ủng hộ quỹ\n- ÔngC");
  });
});

describe("capFreeText", () => {
  it("leaves text within the cap alone", () => {
    expect(capFreeText("Không")).toEqual({ text: "Không", cut: false });
    const exact = "ấ".repeat(MAX_FREE_TEXT_LENGTH);
    expect(capFreeText(exact)).toEqual({ text: exact, cut: false });
  });

  it("cuts at the cap in code points and says so", () => {
    const long = "đ".repeat(MAX_FREE_TEXT_LENGTH + 5);
    const capped = capFreeText(long);
    expect(capped.cut).toBe(true);
    expect(textLength(capped.text)).toBe(MAX_FREE_TEXT_LENGTH);
  });

  it("does not leave the space it cut after at the end of the kept text, and keeps its start as typed", () => {
    expect(capFreeText(" Hiến đất làm đường", 10)).toEqual({ text: " Hiến đất", cut: true });
  });

  it("never splits a surrogate pair", () => {
    const capped = capFreeText("😀😀😀", 2);
    expect(capped).toEqual({ text: "😀😀", cut: true });
  });
});

describe("foldDiacritics", () => {
  it("matches what people type without Vietnamese input", () => {
    expect(foldDiacritics("Không ĐẠT Rưỡi")).toBe("khong dat ruoi");
    expect(foldDiacritics("nghìn".normalize("NFD"))).toBe("nghin");
  });
});

describe("cleanText", () => {
  it("drops U+0000 and C0 controls, XML non-characters, lone surrogates and bidi overrides; keeps tab and line breaks", () => {
    expect(cleanText("A\u0000B\u0007C\u001F\tD\nE")).toBe("ABC\tD\nE");
    expect(cleanText("x\uFFFEy\uFFFFz\uFDD0\u{1FFFE}")).toBe("xyz");
    expect(cleanText("a\uD800b\uDC00c")).toBe("abc");
    expect(cleanText("\u202Ephố\u202C \u2066Tổ 1\u2069 \u202A\u202B\u202D\u2067\u2068")).toBe("phố Tổ 1 ");
    expect(cleanText("Nguyễn Thị Hòa 😀 ạ".normalize("NFD"))).toBe("Nguyễn Thị Hòa 😀 ạ");
  });

  it("is applied by normalizeText and normalizeMultilineText", () => {
    expect(normalizeText("Tổ\u0000 \u202E1")).toBe("Tổ 1");
    expect(normalizeMultilineText("- A\uFFFE\n- B\u2066")).toBe("- A\n- B");
  });
});

describe("firstPart: the start of a text too long to keep", () => {
  it("keeps a short text whole", () => {
    expect(firstPart("Bà Hòa giúp hộ nghèo.", 100)).toBe("Bà Hòa giúp hộ nghèo.");
  });

  it("ends at the last full stop near the limit", () => {
    const text = `${"Bà Hòa giúp hộ nghèo. ".repeat(10)}Ông Tâm hiến đất mở ngõ`;
    const part = firstPart(text, 230);
    expect(part.endsWith("nghèo.")).toBe(true);
    expect(Array.from(part).length).toBeLessThanOrEqual(230);
  });

  it("ends at a word, never inside one, when no full stop is near", () => {
    const text = "nhà văn hóa ".repeat(20);
    const part = firstPart(text, 50);
    expect(part).toBe("nhà văn hóa nhà văn hóa nhà văn hóa nhà văn hóa");
    expect(firstPart("abcdefghij", 4)).toBe("abcd"); // one long word: cut where it must
  });

  it("keeps a text of exactly the limit whole, full stops and all", () => {
    const text = `${"x".repeat(40)}. Ông Tâm`;
    expect(firstPart(text, Array.from(text).length)).toBe(text);
  });

  it("keeps the last whole word when the cut falls right after it", () => {
    expect(firstPart("nhà văn hóa nhà văn", 11)).toBe("nhà văn hóa");
  });

  it("does not go back to a full stop far from the limit, and ends at a line break without the spaces before it", () => {
    const early = `Bà Hòa. ${"giúp hộ nghèo ".repeat(6)}`;
    expect(firstPart(early, 60)).toBe("Bà Hòa. giúp hộ nghèo giúp hộ nghèo giúp hộ nghèo giúp hộ");
    const lines = `${"giúp hộ nghèo ".repeat(3).trimEnd()}  \nÔng Tâm hiến đất`;
    expect(firstPart(lines, 48)).toBe("giúp hộ nghèo giúp hộ nghèo giúp hộ nghèo");
  });
});
