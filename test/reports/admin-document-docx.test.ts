// The model report as DOCX, read back from its XML parts.
import { beforeAll, describe, expect, it } from "vitest";

import { renderAdminDocumentDocx } from "../../src/reports/docx/render-admin-document.js";
import { modelReport } from "./support/model-report.js";
import { paragraphs, paragraphWith, readDocx, type DocxParts } from "./support/docx-reader.js";

let docx: DocxParts;

beforeAll(async () => {
  docx = await readDocx(await renderAdminDocumentDocx(modelReport()));
});

function expectParagraph(text: string) {
  const paragraph = paragraphWith(docx.document, text);
  expect(paragraph, text).toBeDefined();
  return paragraph?.xml ?? "";
}

describe("the model report as DOCX", () => {
  it("is A4 portrait with the NĐ 30 margins (20, 20, 30, 15 mm)", () => {
    expect(docx.document).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(docx.document).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
  });

  it("names Times New Roman as the font of every run, black, 14 pt", () => {
    const defaults = /<w:docDefaults>.*<\/w:docDefaults>/s.exec(docx.styles)?.[0] ?? "";
    expect(defaults).toContain('<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"/>');
    expect(defaults).toContain('<w:sz w:val="28"/>');
    expect(docx.document).not.toContain("w:rFonts");
  });

  it("numbers pages in the header from page 2: a different, empty first-page header", () => {
    expect(docx.document).toContain("<w:titlePg/>");
    expect(docx.headers.default).toContain(">PAGE<");
    expect(docx.headers.default).toContain('<w:jc w:val="center"/>');
    expect(docx.headers.first).toBeDefined();
    expect(docx.headers.first).not.toContain("PAGE");
    expect(paragraphs(docx.headers.first ?? "").map((p) => p.text)).toEqual([""]);
  });

  it("opens with a borderless two-column header table holding the issuer and the national title", () => {
    const table = /<w:tbl>.*?<\/w:tbl>/s.exec(docx.document)?.[0] ?? "";
    expect(table).toMatch(/<w:tblBorders>(<w:\w+ w:val="none"[^>]*\/>){6}<\/w:tblBorders>/);
    expect(table.match(/<w:gridCol /g)).toHaveLength(2);
    const texts = paragraphs(table).map((p) => p.text);
    expect(texts).toEqual([
      "ỦY BAN NHÂN DÂN",
      "PHƯỜNG PHAN ĐÌNH PHÙNG",
      "",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "",
      "Số:      /BC-UBND",
      "",
      "Phường Phan Đình Phùng, ngày 27 tháng 5 năm 2025",
    ]);
  });

  it("sets the header lines at the annex's sizes, the date in italics, the motto underlined by a rule", () => {
    expect(expectParagraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toMatch(/<w:b\/>.*<w:sz w:val="24"\/>/);
    const motto = expectParagraph("Độc lập - Tự do - Hạnh phúc");
    expect(motto).toMatch(/<w:b\/>.*<w:sz w:val="26"\/>/);
    expect(motto).toMatch(/<w:pBdr><w:bottom w:val="single"/);
    expect(expectParagraph("Phường Phan Đình Phùng, ngày 27 tháng 5 năm 2025")).toMatch(/<w:i\/>.*<w:sz w:val="26"\/>/);
    expect(expectParagraph("Số:      /BC-UBND")).toMatch(/<w:sz w:val="26"\/>/);
    expect(expectParagraph("BÁO CÁO")).toMatch(/<w:jc w:val="center"\/>.*<w:b\/>.*<w:sz w:val="28"\/>/);
  });

  it("justifies the body with a 1.27 cm first-line indent and 6 pt after each paragraph", () => {
    const paragraph = expectParagraph("Đảng ủy - UBND phường luôn chú trọng");
    expect(paragraph).toContain('<w:jc w:val="both"/>');
    expect(paragraph).toMatch(/<w:ind w:firstLine="720"\/>/);
    expect(paragraph).toMatch(/<w:spacing w:after="120"/);
  });

  it.each([
    "Năm 2024 có 26/26 tổ dân phố đạt tổ dân phố văn hóa; 5.829/5.885 hộ đạt gia đình văn hóa bằng 99% tổng số hộ đăng ký đạt gia đình văn hóa",
    "Tổng số tiền: 261.700.000 đồng",
    "174 tập thể và 313 cá nhân",
    "Tổng số tiền đã thưởng: 66.100.000 đồng",
    "đạt 01 giải khuyến khích",
    "18/18 tổ dân phố xây dựng mô hình liên gia/ngõ phòng cháy chữa cháy",
    "Kính gửi:\t- UBND tỉnh Thái Nguyên;",
    "Trần Đình Thìn",
  ])("contains %s", (text) => {
    expectParagraph(text);
  });

  it("keeps headings with their text, in bold", () => {
    const part = expectParagraph("I. CÔNG TÁC TỔ CHỨC QUÁN TRIỆT");
    expect(part).toContain("<w:keepNext/>");
    expect(part).toContain("<w:b/>");
    expect(expectParagraph("3.4. Thực hiện chính sách khen thưởng")).toContain("<w:keepNext/>");
  });

  it("ends with Nơi nhận and the signature side by side in a borderless, unsplittable row", () => {
    const tables = [...docx.document.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map((m) => m[0]);
    const foot = tables.at(-1) ?? "";
    expect(foot).toContain("<w:cantSplit/>");
    expect(foot).toMatch(/<w:tblBorders>(<w:\w+ w:val="none"[^>]*\/>){6}<\/w:tblBorders>/);
    const cells = [...foot.matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((m) => paragraphs(m[0]).map((p) => p.text));
    expect(cells).toEqual([
      [
        "Nơi nhận:",
        "- Như trên;",
        "- TT Đảng ủy - HĐND phường;",
        "- Cụm thi đua số 1;",
        "- Các ngành, đoàn thể phường;",
        "- Các tổ dân phố;",
        "- Lưu: VP.",
      ],
      ["CHỦ TỊCH", "Trần Đình Thìn"],
    ]);
    expect(expectParagraph("Nơi nhận:")).toMatch(/<w:b\/>.*<w:i\/>.*<w:sz w:val="24"\/>/);
    expect(expectParagraph("Trần Đình Thìn")).toMatch(/w:before="1701"/);
  });

  it("records the title and the issuing ward in its properties", () => {
    expect(docx.core).toContain("<dc:title>Sơ kết, đánh giá tình hình thực hiện Luật Thi đua, khen thưởng");
    expect(docx.core).toContain("<dc:creator>UBND phường Phan Đình Phùng</dc:creator>");
  });
});

describe("document symbols in the báo cáo DOCX", () => {
  it("joins a symbol's hyphen with Word's no-break hyphen and holds dashes by word joiners", async () => {
    const report = modelReport();
    const parts = await readDocx(
      await renderAdminDocumentDocx({
        ...report,
        body: [
          { kind: "part", text: "I. Thực hiện Quyết định số 15/2024/QĐ-UBND" },
          { kind: "paragraph", text: [{ text: "Căn cứ Quyết định số 15/2024/QĐ-UBND ngày 11/6/2024 " }, { text: "giai đoạn 2021–2025", bold: true }, { text: "." }] },
        ],
      }),
    );
    const heading = paragraphWith(parts.document, "I. THỰC HIỆN QUYẾT ĐỊNH SỐ 15/2024/QĐ-UBND");
    expect(heading?.xml).toMatch(/<w:t[^>]*>15\/2024\/QĐ<\/w:t><w:noBreakHyphen\/><w:t[^>]*>UBND<\/w:t>/u);
    const body = paragraphWith(parts.document, "Căn cứ Quyết định số 15/2024/QĐ-UBND ngày 11/6/2024 giai đoạn 2021–2025.");
    expect(body, "the text reads as typed").toBeDefined();
    expect(body?.xml).toContain("<w:noBreakHyphen/>");
    expect(body?.xml).not.toMatch(/QĐ-UBND/u);
    expect(body?.xml).toMatch(/<w:t[^>]*>2021\u2060–\u20602025<\/w:t>/u);
    expect(body?.xml).toMatch(/<w:b\/>.*2021/su);
  });
});
