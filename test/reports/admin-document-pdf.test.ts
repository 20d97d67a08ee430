// The model report rendered to PDF and read back with poppler: what a reader checks first.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";

import type { AdminDocument } from "../../src/reports/admin-document.js";
import { renderAdminDocumentPdf } from "../../src/reports/pdf/render-admin-document.js";
import { modelReport } from "./support/model-report.js";
import {
  findPhrase,
  pdfFonts,
  pdfInfo,
  pdfLines,
  pdfPages,
  pdfWords,
  qpdfCheck,
  tempFile,
  type PageWords,
  type Word,
} from "./support/poppler.js";

const MM = 72 / 25.4;
const LEFT = 30 * MM; // 85.04
const RIGHT_EDGE = 195 * MM; // 552.76
const TOP_MARGIN = 20 * MM;
const TEXT_CENTRE = (LEFT + RIGHT_EDGE) / 2;

const centre = (box: Word) => (box.xMin + box.xMax) / 2;
const flat = (text: string) => text.replace(/\s+/g, " ");

function phrase(page: PageWords | undefined, text: string): Word {
  const box = page && findPhrase(page, text);
  if (!box) throw new Error(`"${text}" not found`);
  return box;
}

let path: string;
let pages: PageWords[];
let text: string;

beforeAll(async () => {
  const warn = vi.spyOn(console, "warn");
  const pdf = await renderAdminDocumentPdf(modelReport());
  expect(warn).not.toHaveBeenCalled();
  path = tempFile("model-report.pdf", pdf);
  pages = pdfWords(path);
  text = flat(pdfPages(path).join(" "));
});

afterEach(() => vi.restoreAllMocks());

describe("the model report as PDF", () => {
  it("is a valid A4 portrait file with its metadata (its speed is measured by `npm run bench`, not here)", () => {
    expect(qpdfCheck(path)).toContain("No syntax or stream encoding errors");
    const info = pdfInfo(path);
    expect(info["Page size"]).toBe("595.28 x 841.89 pts (A4)");
    expect(info["MediaBox"]).toBe("0.00     0.00   595.28   841.89");
    expect(info["Creator"]).toBe("thidua-bot");
    expect(info["Author"]).toBe("UBND phường Phan Đình Phùng");
    expect(info["Title"]).toContain("Sơ kết, đánh giá tình hình thực hiện Luật Thi đua, khen thưởng");
    expect(Number(info["Pages"])).toBeGreaterThanOrEqual(5);
  });

  it("embeds the four Tinos styles with Unicode maps, and no other font", () => {
    const fonts = pdfFonts(path);
    expect(fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, "")).sort()).toEqual([
      "Tinos-Bold",
      "Tinos-BoldItalic",
      "Tinos-Italic",
      "Tinos-Regular",
    ]);
    expect(fonts.every((font) => font.embedded && font.unicode)).toBe(true);
  });

  it("sets the header as two columns side by side", () => {
    const page = pages[0];
    const issuer = phrase(page, "ỦY BAN NHÂN DÂN");
    const ward = phrase(page, "PHƯỜNG PHAN ĐÌNH PHÙNG");
    const nation = phrase(page, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    const motto = phrase(page, "Độc lập - Tự do - Hạnh phúc");
    expect(Math.abs(issuer.yMin - nation.yMin)).toBeLessThan(1);
    expect(ward.yMin).toBeGreaterThan(issuer.yMin);
    expect(Math.max(issuer.xMax, ward.xMax)).toBeLessThan(Math.min(nation.xMin, motto.xMin));
    expect(Math.abs(centre(issuer) - centre(ward))).toBeLessThan(1);
    expect(Math.abs(centre(nation) - centre(motto))).toBeLessThan(1);
    expect(issuer.yMin).toBeGreaterThanOrEqual(TOP_MARGIN - 0.5);
  });

  it("puts the place and date on the line of 'Số:', centred under the motto", () => {
    const page = pages[0];
    const number = phrase(page, "Số:");
    const date = phrase(page, "Phường Phan Đình Phùng, ngày 27 tháng 5 năm 2025");
    const motto = phrase(page, "Độc lập - Tự do - Hạnh phúc");
    expect(Math.abs(date.yMin - number.yMin)).toBeLessThan(1);
    expect(date.xMin).toBeGreaterThan(number.xMax);
    expect(Math.abs(centre(date) - centre(motto))).toBeLessThan(1.5);
    expect(date.yMin).toBeGreaterThan(motto.yMax);
  });

  it("draws a line under the motto exactly as long as it, and a short centred line under the issuer", () => {
    const page = pages[0];
    const lines = pdfLines(path, 1);
    const motto = phrase(page, "Độc lập - Tự do - Hạnh phúc");
    const underMotto = lines.find((line) => line.y1 > motto.yMax - 2 && line.y1 < motto.yMax + 6 && line.x1 > TEXT_CENTRE);
    expect(underMotto).toBeDefined();
    expect(underMotto?.x1).toBeCloseTo(motto.xMin, 0);
    expect(underMotto?.x2).toBeCloseTo(motto.xMax, 0);

    const ward = phrase(page, "PHƯỜNG PHAN ĐÌNH PHÙNG");
    const underWard = lines.find((line) => line.y1 > ward.yMax - 2 && line.y1 < ward.yMax + 6 && line.x2 < TEXT_CENTRE);
    expect(underWard).toBeDefined();
    const length = (underWard?.x2 ?? 0) - (underWard?.x1 ?? 0);
    const width = ward.xMax - ward.xMin;
    expect(length).toBeGreaterThanOrEqual(width / 3);
    expect(length).toBeLessThanOrEqual(width / 2);
    expect(Math.abs(((underWard?.x1 ?? 0) + (underWard?.x2 ?? 0)) / 2 - centre(ward))).toBeLessThan(1.5);
  });

  it("sets the place-and-date line, and only it, in italics", async () => {
    expect(pdfFonts(path).some((font) => font.name.endsWith("+Tinos-Italic"))).toBe(true);
    const withoutDate: AdminDocument = { ...modelReport(), placeDateLine: "" };
    const other = tempFile("no-date.pdf", await renderAdminDocumentPdf(withoutDate));
    expect(pdfFonts(other).some((font) => font.name.endsWith("+Tinos-Italic"))).toBe(false);
  });

  it("centres the title, the subject and a short line under the subject", () => {
    const page = pages[0];
    const title = phrase(page, "BÁO CÁO");
    expect(Math.abs(centre(title) - TEXT_CENTRE)).toBeLessThan(1);
    const last = phrase(page, "của UBND tỉnh Thái Nguyên");
    const first = phrase(page, "Sơ kết, đánh giá tình hình thực hiện Luật Thi đua, khen thưởng");
    expect(Math.abs(centre(first) - TEXT_CENTRE)).toBeLessThan(1);
    const rule = pdfLines(path, 1).find((line) => line.y1 > last.yMax - 2 && line.y1 < last.yMax + 8);
    expect(rule).toBeDefined();
    const length = (rule?.x2 ?? 0) - (rule?.x1 ?? 0);
    expect(length).toBeGreaterThanOrEqual((first.xMax - first.xMin) / 3);
    expect(length).toBeLessThanOrEqual((first.xMax - first.xMin) / 2);
    expect(Math.abs(((rule?.x1 ?? 0) + (rule?.x2 ?? 0)) / 2 - TEXT_CENTRE)).toBeLessThan(1);
    const kinhGui = phrase(page, "Kính gửi:");
    expect(kinhGui.yMin).toBeGreaterThan(last.yMax);
  });

  it.each([
    "Năm 2024 có 26/26 tổ dân phố đạt tổ dân phố văn hóa; 5.829/5.885 hộ đạt gia đình văn hóa bằng 99% tổng số hộ đăng ký đạt gia đình văn hóa",
    "Tổng số tiền: 261.700.000 đồng",
    "174 tập thể và 313 cá nhân",
    "Tổng số tiền đã thưởng: 66.100.000 đồng",
    "đạt 01 giải khuyến khích",
    "18/18 tổ dân phố xây dựng mô hình liên gia/ngõ phòng cháy chữa cháy",
    "Kính gửi: - UBND tỉnh Thái Nguyên;",
    "3.1. Công tác tổ chức thực hiện phong trào thi đua: Các phong trào thi đua",
    "Trên đây là báo cáo của UBND phường Phan Đình Phùng sơ kết",
    "của UBND tỉnh Thái Nguyên./.",
    "Kết quả tham gia hội thi phòng cháy chữa cháy: giải khuyến khích.",
    "5. Những nội dung khác: Không.",
  ])("prints %s", (sentence) => {
    expect(text).toContain(sentence);
  });

  it("has no page number on page 1, and from page 2 on the number centred in the top margin", () => {
    expect(pages[0]?.words.filter((word) => word.yMax < TOP_MARGIN)).toEqual([]);
    pages.slice(1).forEach((page, index) => {
      const inMargin = page.words.filter((word) => word.yMax < TOP_MARGIN);
      expect(inMargin.map((word) => word.text)).toEqual([String(index + 2)]);
      expect(Math.abs(centre(inMargin[0] as Word) - TEXT_CENTRE)).toBeLessThan(1);
    });
  });

  it("keeps the body inside 30 mm left and 15 mm right margins, justified, with a 1.27 cm first-line indent", () => {
    for (const page of pages.slice(1)) {
      const body = page.words.filter((word) => word.yMin > TOP_MARGIN);
      expect(Math.min(...body.map((word) => word.xMin))).toBeCloseTo(LEFT, 0);
      expect(Math.max(...body.map((word) => word.xMax))).toBeLessThanOrEqual(RIGHT_EDGE + 0.5);
    }
    // Justified: most full lines of page 2 end at the right margin.
    const lineEnds = new Map<number, number>();
    for (const word of pages[1]?.words ?? []) {
      const key = Math.round(word.yMin);
      lineEnds.set(key, Math.max(lineEnds.get(key) ?? 0, word.xMax));
    }
    const ends = [...lineEnds.values()];
    expect(ends.filter((end) => Math.abs(end - RIGHT_EDGE) < 1).length).toBeGreaterThan(ends.length / 2);
    const paragraph = phrase(pages[0], "Đảng ủy - UBND phường luôn chú trọng");
    expect(paragraph.xMin).toBeCloseTo(LEFT + 12.7 * MM, 0);
  });

  it("ends with the signature in the right half and Nơi nhận in the left half, at the same height", () => {
    const last = pages.at(-1);
    const title = phrase(last, "CHỦ TỊCH");
    const name = phrase(last, "Trần Đình Thìn");
    const noiNhan = phrase(last, "Nơi nhận:");
    const archive = phrase(last, "- Lưu: VP.");
    expect(title.xMin).toBeGreaterThan(TEXT_CENTRE);
    expect(Math.abs(centre(name) - centre(title))).toBeLessThan(1);
    expect(Math.abs(centre(title) - (TEXT_CENTRE + RIGHT_EDGE) / 2)).toBeLessThan(1);
    expect(name.yMin - title.yMax).toBeGreaterThan(28 * MM);
    expect(noiNhan.xMax).toBeLessThan(TEXT_CENTRE);
    expect(Math.abs(noiNhan.yMin - title.yMin)).toBeLessThan(3);
    expect(archive.yMin).toBeGreaterThan(noiNhan.yMin);
    expect(text).toContain("- Cụm thi đua số 1;");
  });

  it("keeps a long date on one line and splits a long ward name evenly, reaching at most 10 mm into the margin", async () => {
    const long: AdminDocument = {
      ...modelReport(),
      issuer: { superior: "UBND thành phố Thái Nguyên", nameLines: ["Ủy ban nhân dân", "Phường Nguyễn Thị Minh Khai"] },
      placeDateLine: "Phường Nguyễn Thị Minh Khai, ngày 28 tháng 12 năm 2025",
    };
    const page = pdfWords(tempFile("long-names.pdf", await renderAdminDocumentPdf(long)))[0];
    const date = phrase(page, "Phường Nguyễn Thị Minh Khai, ngày 28 tháng 12 năm 2025");
    expect(Math.abs(date.yMin - phrase(page, "Số:").yMin)).toBeLessThan(1);
    expect(date.xMax).toBeLessThanOrEqual(RIGHT_EDGE + 0.5);
    const first = phrase(page, "PHƯỜNG NGUYỄN");
    const second = phrase(page, "THỊ MINH KHAI");
    expect(second.yMin).toBeGreaterThan(first.yMin);
    expect(Math.abs(centre(first) - centre(second))).toBeLessThan(1);
    const leftmost = Math.min(...(page?.words ?? []).map((word) => word.xMin));
    expect(leftmost).toBeGreaterThanOrEqual(LEFT - 10 * MM - 0.5);
  });

  it("writes the same bytes twice when the creation date is fixed", async () => {
    const [a, b] = await Promise.all([renderAdminDocumentPdf(modelReport()), renderAdminDocumentPdf(modelReport())]);
    expect(a.equals(b)).toBe(true);
  });

  it("renders decomposed (NFD) input as clean Vietnamese", async () => {
    const nfd = JSON.parse(JSON.stringify(modelReport()).normalize("NFD")) as AdminDocument;
    const other = tempFile("nfd.pdf", await renderAdminDocumentPdf({ ...nfd, metadata: {} }));
    const otherText = flat(pdfPages(other).join(" "));
    expect(otherText).toContain("Năm 2024 có 26/26 tổ dân phố đạt tổ dân phố văn hóa");
    expect(otherText).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(otherText.normalize("NFC")).toBe(otherText);
  });
});
