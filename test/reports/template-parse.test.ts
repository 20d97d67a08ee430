import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { fillTemplate } from "../../src/reports/template/fill-template.js";
import { parseTemplate } from "../../src/reports/template/parse-template.js";
import { formatIssues } from "../../src/reports/template/template-issues.js";

const KNOWN = ["ten_phuong", "nam", "tien_thuong"];

function parsed(text: string) {
  const result = parseTemplate(text, { placeholders: KNOWN });
  if (!result.ok) throw new Error(formatIssues(result.issues));
  return result.template;
}

function filled(text: string, values: Record<string, string>) {
  const result = fillTemplate(parsed(text), values);
  if (!result.ok) throw new Error(formatIssues(result.issues));
  return result.content;
}

describe("parseTemplate: the body syntax", () => {
  const text = [
    "[Trích yếu]",
    "Dòng một",
    "Dòng hai",
    "[Nội dung]",
    "# I. PHẦN MỘT",
    "## 1. Mục có chữ nối tiếp:",
    "Chữ nối tiếp",
    "vẫn cùng đoạn.",
    "",
    "## 2. Mục đứng riêng",
    "",
    "Đoạn thường",
    "viết trên hai dòng.",
    "* Gạch sao",
    "nối dòng.",
    "- Gạch ngang",
    "",
    "Có **chữ đậm** ở giữa.",
  ].join("\n");

  it("reads parts, sections with run-in text, paragraphs and both bullet markers", () => {
    expect(filled(text, {}).body).toEqual([
      { kind: "part", text: "I. PHẦN MỘT" },
      { kind: "section", heading: "1. Mục có chữ nối tiếp:", runIn: "Chữ nối tiếp vẫn cùng đoạn." },
      { kind: "section", heading: "2. Mục đứng riêng" },
      { kind: "paragraph", text: "Đoạn thường viết trên hai dòng." },
      { kind: "bullet", marker: "*", text: "Gạch sao nối dòng." },
      { kind: "bullet", marker: "-", text: "Gạch ngang" },
      {
        kind: "paragraph",
        text: [{ text: "Có " }, { text: "chữ đậm", bold: true }, { text: " ở giữa." }],
      },
    ]);
  });

  it("keeps each subject line as written", () => {
    expect(filled(text, {}).subjectLines).toEqual(["Dòng một", "Dòng hai"]);
  });

  it("reads the front sections in any order, with forgiving section names", () => {
    const content = filled(
      [
        "[noi nhan]",
        "- A ;",
        "- Lưu: VT.",
        "[NỘI DUNG]",
        "Thân.",
        "[Kính gửi]",
        "UBND thành phố",
        "[Đoạn kết]",
        "Trên đây",
        "là báo cáo./.",
        "[trich_yeu]",
        "Về việc",
        "[Loại văn bản]",
        "Báo cáo",
      ].join("\n"),
      {},
    );
    expect(content).toEqual({
      kindTitle: "Báo cáo",
      subjectLines: ["Về việc"],
      addressees: ["UBND thành phố"],
      body: [{ kind: "paragraph", text: "Thân." }],
      closing: "Trên đây là báo cáo./.",
      distribution: ["- A ;", "- Lưu: VT."],
    });
  });

  it("defaults the kind of document to BÁO CÁO", () => {
    expect(filled("[Trích yếu]\nX\n[Nội dung]\nY", {}).kindTitle).toBe("BÁO CÁO");
  });

  it("joins a dashed list item wrapped onto a second line", () => {
    const content = filled("[Trích yếu]\nX\n[Nội dung]\nY\n[Nơi nhận]\n- Một cơ quan có tên\n  rất dài;\n- Lưu: VT.", {});
    expect(content.distribution).toEqual(["- Một cơ quan có tên rất dài;", "- Lưu: VT."]);
  });

  it("drops comments, even across lines, without breaking the paragraph around them", () => {
    const content = filled("<!-- đầu\nvẫn ghi chú -->\n[Trích yếu]\nX\n[Nội dung]\nMột <!-- bỏ --> hai\n<!-- dòng ghi chú -->\nba.", {});
    expect(content.body).toEqual([{ kind: "paragraph", text: "Một hai ba." }]);
  });

  it("prints literal braces written twice", () => {
    expect(filled("[Trích yếu]\nX\n[Nội dung]\n{{không phải số liệu}} năm {nam}", { nam: "2024" }).body).toEqual([
      { kind: "paragraph", text: "{không phải số liệu} năm 2024" },
    ]);
  });

  it("accepts a placeholder written with capitals, spaces or diacritics", () => {
    expect(filled("[Trích yếu]\nX\n[Nội dung]\n{ Tên_Phường } và {TEN PHUONG}", { ten_phuong: "Phan Đình Phùng" }).body).toEqual([
      { kind: "paragraph", text: "Phan Đình Phùng và Phan Đình Phùng" },
    ]);
  });

  it("reads CRLF files, a byte-order mark, and decomposed (NFD) text", () => {
    const text = "\uFEFF[Trích yếu]\r\nKết quả\r\n[Nội dung]\r\nTổ dân phố".normalize("NFD");
    const content = filled(text, {});
    expect(content.subjectLines).toEqual(["Kết quả"]);
    expect(content.body).toEqual([{ kind: "paragraph", text: "Tổ dân phố" }]);
  });
});

describe("parseTemplate: problems are reported with their line", () => {
  it("names an unknown placeholder, its line and column, and the name probably meant", () => {
    const result = parseTemplate("[Trích yếu]\nX\n[Nội dung]\nPhường {ten_phuon} năm {nam}", { placeholders: KNOWN });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      expect.objectContaining({ code: "unknown_placeholder", line: 4, column: 8, name: "ten_phuon", suggestion: "ten_phuong" }),
    ]);
    expect(result.issues[0]?.message).toBe("Dòng 4, cột 8: không có số liệu nào tên {ten_phuon}. Có phải ý là {ten_phuong}?");
  });

  it("offers no suggestion when nothing is close", () => {
    const result = parseTemplate("[Trích yếu]\nX\n[Nội dung]\n{so_ho_ngheo_moi}", { placeholders: KNOWN });
    expect(!result.ok && result.issues[0]).toMatchObject({ code: "unknown_placeholder", line: 4 });
    expect(!result.ok && result.issues[0]?.suggestion).toBeUndefined();
  });

  it("reports an unclosed brace", () => {
    const result = parseTemplate("[Trích yếu]\nX\n[Nội dung]\n\nnăm {nam", { placeholders: KNOWN });
    expect(!result.ok && result.issues).toEqual([expect.objectContaining({ code: "unclosed_placeholder", line: 5, column: 5 })]);
  });

  it("reports an unknown section with the section probably meant, and text outside any section", () => {
    const result = parseTemplate("Lạc chỗ\n[Trích yếu]\nX\n[Nội dug]\nY\n[Nội dung]\nZ", { placeholders: KNOWN });
    expect(!result.ok && result.issues).toEqual([
      expect.objectContaining({ code: "text_outside_section", line: 1 }),
      expect.objectContaining({ code: "unknown_section", line: 4, suggestion: "Nội dung" }),
    ]);
  });

  it("reports missing and duplicated sections", () => {
    const result = parseTemplate("[Nội dung]\nA\n[Nội dung]\nB", { placeholders: KNOWN });
    expect(!result.ok && result.issues.map((item) => item.code).sort()).toEqual(["duplicate_section", "missing_section"]);
  });

  it("never throws, whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => {
        const result = parseTemplate(text, { placeholders: KNOWN });
        expect(typeof result.ok).toBe("boolean");
      }),
    );
  });
});

describe("fillTemplate", () => {
  const template = parsed("[Trích yếu]\nNăm {nam}\n[Nội dung]\n## 1. Khen thưởng:\nTổng số tiền: **{tien_thuong}** đồng.\n\nPhường {ten_phuong}, năm {nam}.");

  it("reports every missing value once, with all its lines", () => {
    const result = fillTemplate(template, { tien_thuong: "66.100.000" });
    expect(!result.ok && result.issues).toEqual([
      expect.objectContaining({ code: "missing_value", name: "nam", lines: [2, 7] }),
      expect.objectContaining({ code: "missing_value", name: "ten_phuong", lines: [7] }),
    ]);
    expect(!result.ok && formatIssues(result.issues)).toBe(
      "Chưa có số liệu cho {nam} (các dòng 2, 7).\nChưa có số liệu cho {ten_phuong} (dòng 7).",
    );
  });

  it("reports a blank value", () => {
    const result = fillTemplate(template, { nam: " ", tien_thuong: "1", ten_phuong: "X" });
    expect(!result.ok && result.issues).toEqual([expect.objectContaining({ code: "empty_value", name: "nam" })]);
  });

  it("puts values in verbatim, never reading them as markup", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }).filter((value) => value.trim() !== ""), (value) => {
        const result = fillTemplate(template, { nam: value, tien_thuong: value, ten_phuong: value });
        if (!result.ok) throw new Error(formatIssues(result.issues));
        const section = result.content.body[0];
        expect(section).toMatchObject({ kind: "section", runIn: [{ text: "Tổng số tiền: " }, { text: value, bold: true }, { text: " đồng." }] });
      }),
    );
  });

  it("inserts a table at a {bang:…} line, or reports it missing", () => {
    const withTable = parsed("[Trích yếu]\nX\n[Nội dung]\nTrước bảng.\n{bang:tong_hop}\nSau bảng.");
    const table = { headers: ["STT", "Tổ"], rows: [["1", "Tổ 1"]], total: ["", "1"] };
    const result = fillTemplate(withTable, {}, { tables: { tong_hop: table } });
    expect(result.ok && result.content.body.map((block) => block.kind)).toEqual(["paragraph", "table", "paragraph"]);
    const missing = fillTemplate(withTable, {});
    expect(!missing.ok && missing.issues).toEqual([expect.objectContaining({ code: "missing_table", line: 5, name: "tong_hop" })]);
  });
});

describe("parseTemplate: a section with nothing under it", () => {
  it("says \"Không.\" as an office writes it, but a section followed by its own subsections is a parent", () => {
    const body = parsed(
      [
        "[Trích yếu]",
        "Báo cáo thử",
        "[Nội dung]",
        "# III. ĐỀ XUẤT",
        "## 1. Có nội dung:",
        "Một đề xuất.",
        "## 2. Mục trống:",
        "## 3. Mục cha",
        "## 3.1. Mục con:",
        "Nội dung con.",
        "## 3.2. Mục con trống",
        "# IV. PHẦN CUỐI",
        "## 1. Mục cuối trống:",
      ].join("\n"),
    ).body;
    const runIn = (heading: string) => {
      const block = body.find((b) => b.kind === "section" && b.heading.pieces.join("") === heading);
      return block?.kind === "section" ? (block.runIn?.pieces.join("") ?? null) : "missing";
    };
    expect(runIn("1. Có nội dung:")).toBe("Một đề xuất.");
    expect(runIn("2. Mục trống:")).toBe("Không.");
    expect(runIn("3. Mục cha")).toBeNull();
    expect(runIn("3.2. Mục con trống")).toBe("Không.");
    expect(runIn("1. Mục cuối trống:")).toBe("Không.");
  });
});
