// A template file as an office saves it: UTF-8 with or without a byte-order mark, UTF-16 from
// Notepad's "Unicode", Windows line ends; an 8-bit code page or a binary file is refused, not
// read as broken Vietnamese. The check is the CLI's and the chat's.
import { describe, expect, it } from "vitest";
import { checkWardTemplate, decodeTemplateFile } from "../../src/reports/template/check-template.js";
import { readDefaultTemplate } from "../../src/reports/template/default-template.js";

const SAMPLE = "[Trích yếu]\r\nSơ kết phường {ten_phuong}\r\n\r\n[Nội dung]\r\nĐã trao {chi_tieu_poverty_gift_count} suất quà.\r\n";

function utf16(text: string, endian: "le" | "be"): Uint8Array {
  const bytes = [endian === "le" ? 0xff : 0xfe, endian === "le" ? 0xfe : 0xff];
  for (const unit of text.split("").map((c) => c.charCodeAt(0))) bytes.push(...(endian === "le" ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]));
  return Uint8Array.from(bytes);
}

describe("a template file sent by the office", () => {
  it.each([
    ["UTF-8", Buffer.from(SAMPLE, "utf8")],
    ["UTF-8 with a byte-order mark", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE, "utf8")])],
    ["UTF-16 LE (Notepad's Unicode)", utf16(SAMPLE, "le")],
    ["UTF-16 BE", utf16(SAMPLE, "be")],
  ])("reads %s as the same text", (_, bytes) => {
    expect(decodeTemplateFile(bytes)).toEqual({ ok: true, text: SAMPLE });
  });

  it("refuses a Windows-1258 file and a binary one", () => {
    // "Sơ kết" in Windows-1258: not valid UTF-8.
    expect(decodeTemplateFile(Uint8Array.from([0x53, 0xf5, 0x20, 0x6b, 0xea, 0xde, 0x74]))).toEqual({ ok: false, reason: "not_text" });
    expect(decodeTemplateFile(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toEqual({ ok: false, reason: "not_text" });
  });

  it("checks against the catalogue as it is: a removed indicator's placeholder is named with its line", () => {
    const ok = checkWardTemplate(SAMPLE, ["poverty_gift_count"]);
    expect(ok).toEqual({ ok: true, text: SAMPLE.replace(/\r\n/gu, "\n") });
    const gone = checkWardTemplate(SAMPLE, ["poverty_gift_money"]);
    expect(gone.ok).toBe(false);
    expect(gone.ok ? [] : gone.issues.map((item) => item.message)).toEqual([
      "Dòng 5, cột 9: {chi_tieu_poverty_gift_count} không dùng được vì danh mục không có chỉ tiêu mã “poverty_gift_count”. Có phải ý là {chi_tieu_poverty_gift_money}?",
    ]);
    expect(checkWardTemplate(readDefaultTemplate(), []).ok).toBe(true);
    // A file /maubaocao sent, read by the CLI as it is (byte-order mark included): the same text.
    expect(checkWardTemplate(`\uFEFF${readDefaultTemplate()}`, [])).toEqual({ ok: true, text: readDefaultTemplate() });
  });
});
