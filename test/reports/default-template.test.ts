import { describe, expect, it } from "vitest";

import { plainText } from "../../src/reports/rich-text.js";
import type { BodyBlock } from "../../src/reports/admin-document.js";
import { readDefaultTemplate } from "../../src/reports/template/default-template.js";
import { fillTemplate } from "../../src/reports/template/fill-template.js";
import { parseTemplate } from "../../src/reports/template/parse-template.js";
import { examplePlaceholderValues, REPORT_PLACEHOLDER_NAMES } from "../../src/reports/template/placeholders.js";
import { MODEL_VALUES, modelReport } from "./support/model-report.js";

function blockText(block: BodyBlock): string {
  switch (block.kind) {
    case "part":
      return block.text;
    case "section":
      return block.runIn ? `${block.heading} ${plainText(block.runIn)}` : block.heading;
    case "paragraph":
    case "bullet":
      return plainText(block.text);
    case "table":
      return "";
  }
}

const report = modelReport();
const bodyText = report.body.map(blockText).join("\n");

describe("the default template (the model ward's báo cáo sơ kết)", () => {
  it("parses without a problem and uses only catalogued placeholders", () => {
    const result = parseTemplate(readDefaultTemplate());
    expect(result.ok).toBe(true);
  });

  it("asks for every catalogued figure, and the catalogue's examples are the model's values", () => {
    const result = parseTemplate(readDefaultTemplate());
    if (!result.ok) throw new Error("template does not parse");
    const missing = fillTemplate(result.template, {});
    const issues = missing.ok ? [] : missing.issues;
    expect(issues.filter((item) => item.code === "missing_value").map((item) => item.name).sort()).toEqual([...REPORT_PLACEHOLDER_NAMES].sort());
    // And the place of the indicators its text does not name.
    expect(issues.filter((item) => item.code === "missing_table").map((item) => item.name)).toEqual(["chi_tieu_khac"]);
    expect(examplePlaceholderValues()).toEqual(MODEL_VALUES);
  });

  it.each([
    "Năm 2024 có 26/26 tổ dân phố đạt tổ dân phố văn hóa; 5.829/5.885 hộ đạt gia đình văn hóa bằng 99% tổng số hộ đăng ký đạt gia đình văn hóa",
    "Tổng số tiền: 261.700.000 đồng",
    "174 tập thể và 313 cá nhân",
    "Tổng số tiền đã thưởng: 66.100.000 đồng",
    "đạt 01 giải khuyến khích",
    "18/18 tổ dân phố xây dựng mô hình liên gia/ngõ phòng cháy chữa cháy",
    "Tết Nguyên đán 2024",
    "phong trào cải cách hành chính phường Phan Đình Phùng đạt được kết quả tốt",
  ])("states the figure as the model does: %s", (sentence) => {
    expect(bodyText).toContain(sentence);
  });

  it("has the model's three parts and the sections of part I", () => {
    const parts = report.body.filter((block) => block.kind === "part").map(blockText);
    expect(parts).toEqual([
      "I. CÔNG TÁC TỔ CHỨC QUÁN TRIỆT VÀ TRIỂN KHAI THỰC HIỆN LUẬT VÀ QUYẾT ĐỊNH SỐ 15/2024/QĐ-UBND",
      "II. ĐÁNH GIÁ CHUNG TÌNH HÌNH THỰC HIỆN LUẬT VÀ QUYẾT ĐỊNH SỐ 15/2024/QĐ-UBND",
      "III. ĐỀ XUẤT, KIẾN NGHỊ SỬA ĐỔI LUẬT VÀ QUYẾT ĐỊNH SỐ 15/2024/QĐ-UBND",
    ]);
    const headings = report.body.flatMap((block) => (block.kind === "section" ? [block.heading.split(" ")[0]] : []));
    expect(headings).toEqual(["1.", "2.", "3.", "3.1.", "3.2.", "3.3.", "3.4.", "3.5.", "3.6.", "3.7.", "3.8.", "1.", "2.", "3.", "1.", "2.", "3.", "4.", "5."]);
  });

  it("keeps the model's run-in heading of 3.1", () => {
    expect(report.body).toContainEqual({
      kind: "section",
      heading: "3.1. Công tác tổ chức thực hiện phong trào thi đua:",
      runIn: expect.stringMatching(/^Các phong trào thi đua của tỉnh và thành phố triển khai/),
    });
  });

  it("fixes the model's typos", () => {
    for (const typo of ["Tòn dân", "lịch sử phù hợp", "kiêm nghiệm", "scane", "“ toàn dân", " ;"]) {
      expect(bodyText).not.toContain(typo);
    }
    expect(bodyText).toContain("“Toàn dân đoàn kết xây dựng đời sống văn hóa” tới toàn thể Nhân dân");
    expect(bodyText).toContain("lịch sự, phù hợp với môi trường văn hóa công sở");
    expect(bodyText).toContain("hiện đang kiêm nhiệm");
    expect(bodyText).toContain("máy scan");
  });

  it("carries the subject, recipients, closing and Nơi nhận of the model", () => {
    expect(report.kindTitle).toBe("BÁO CÁO");
    expect(report.subjectLines.join(" ")).toBe(
      "Sơ kết, đánh giá tình hình thực hiện Luật Thi đua, khen thưởng và Quyết định số 15/2024/QĐ-UBND, ngày 11/6/2024 của UBND tỉnh Thái Nguyên",
    );
    expect(report.addressees).toEqual(["- UBND tỉnh Thái Nguyên;", "- Sở Nội vụ tỉnh Thái Nguyên."]); // no district level since 01/7/2025
    expect(plainText(report.closing ?? "")).toMatch(/^Trên đây là báo cáo của UBND phường Phan Đình Phùng sơ kết, .*của UBND tỉnh Thái Nguyên\.\/\.$/);
    expect(plainText(report.closing ?? "")).not.toMatch(/của [^,]* của /u); // no doubled "của"
    expect(report.distribution.at(-1)).toBe("- Lưu: VP.");
  });

  it("leaves no placeholder, stray brace or double space in the filled text", () => {
    const all = [bodyText, plainText(report.closing ?? ""), ...report.subjectLines].join("\n");
    expect(all).not.toMatch(/[{}]|\*\*| {2}/);
    expect(all.normalize("NFC")).toBe(all);
  });
});
