// The Quyết định khen thưởng rendered to PDF and read back with poppler, as the báo cáo is:
// A4, margins, Tinos embedded, the header bands, the italic "Căn cứ" lines, Điều 1–3,
// Nơi nhận beside the signature, page numbers from page 2; then the certificates.
import { execFileSync } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";

import { decisionModel } from "../../../src/reports/decision/decision-model.js";
import { renderDecisionFiles } from "../../../src/reports/decision/make-decision-files.js";
import { renderDecisionPdf } from "../../../src/reports/decision/decision-pdf.js";
import { withLinesInAnnexOrder } from "../../../src/domain/awards/decision-document.js";
import { findPhrase, pdfFonts, pdfInfo, pdfLines, pdfPages, pdfWords, qpdfCheck, tempFile, type PageWords, type Word } from "../support/poppler.js";
import { LEGACY_DEFAULT_EXECUTORS } from "../../../src/domain/awards/decision-text.js";
import { expectDecisionAndAnnexNumbering, TOP_MARGIN } from "./page-numbers.js";
import { longDecision, sampleDecision, sampleLines } from "./sample-decision.js";

const MM = 72 / 25.4;
const LEFT = 30 * MM;
const RIGHT_EDGE = 195 * MM;
const TEXT_CENTRE = (LEFT + RIGHT_EDGE) / 2;
const NOW = new Date("2026-12-10T02:00:00.000Z");

const centre = (box: Word) => (box.xMin + box.xMax) / 2;
const flat = (text: string) => text.replace(/\s+/g, " ");

function phrase(page: PageWords | undefined, text: string): Word {
  const box = page && findPhrase(page, text);
  if (!box) throw new Error(`"${text}" not found`);
  return box;
}

/** Each printed line with its emphasis, as pdftohtml reads it (<i>, <b> around the runs). */
function styledLines(path: string): Array<{ page: number; text: string; italic: boolean; bold: boolean }> {
  const xml = execFileSync("pdftohtml", ["-xml", "-i", "-stdout", path]).toString();
  const lines: Array<{ page: number; text: string; italic: boolean; bold: boolean }> = [];
  for (const [index, page] of xml.split("<page ").slice(1).entries()) {
    for (const match of page.matchAll(/<text [^>]*>(.*?)<\/text>/g)) {
      const inner = match[1] ?? "";
      const text = flat(inner.replace(/<[^>]+>/g, "").replace(/&amp;/g, "&").replace(/&quot;/g, '"')).trim();
      lines.push({ page: index + 1, text, italic: /^(<b>)?<i>/.test(inner), bold: /^(<i>)?<b>/.test(inner) });
    }
  }
  return lines;
}

describe("the decision as PDF, signed by a vice-chairman", () => {
  let path: string;
  let pages: PageWords[];
  let text: string;

  beforeAll(async () => {
    const pdf = await renderDecisionPdf(decisionModel(withLinesInAnnexOrder(sampleDecision({ signedForChair: true })), NOW));
    path = tempFile("decision.pdf", pdf);
    pages = pdfWords(path);
    text = flat(pdfPages(path).join(" "));
  });

  it("is a valid A4 portrait file of two pages with Tinos embedded and no other font", () => {
    expect(qpdfCheck(path)).toContain("No syntax or stream encoding errors");
    const info = pdfInfo(path);
    expect(info["Page size"]).toBe("595.28 x 841.89 pts (A4)");
    expect(info["Pages"]).toBe("2");
    expect(info["Title"]).toBe("Quyết định 05/QĐ-UBND - tặng Giấy khen cho tập thể, cá nhân và hộ gia đình có thành tích xuất sắc trong phong trào thi đua năm 2026");
    const fonts = pdfFonts(path);
    expect(fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, "")).sort()).toEqual(["Tinos-Bold", "Tinos-BoldItalic", "Tinos-Italic", "Tinos-Regular"]);
    expect(fonts.every((font) => font.embedded && font.unicode)).toBe(true);
  });

  it("sets the header bands side by side: issuer and Số on the left, the national title, motto and date on the right", () => {
    const page = pages[0];
    const issuer = phrase(page, "ỦY BAN NHÂN DÂN");
    const nation = phrase(page, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    const motto = phrase(page, "Độc lập - Tự do - Hạnh phúc");
    const number = phrase(page, "Số: 05/QĐ-UBND");
    const date = phrase(page, "Phường Phan Đình Phùng, ngày 10 tháng 12 năm 2026");
    expect(Math.abs(issuer.yMin - nation.yMin)).toBeLessThan(1);
    expect(issuer.xMax).toBeLessThan(nation.xMin);
    expect(Math.abs(date.yMin - number.yMin)).toBeLessThan(1);
    expect(Math.abs(centre(date) - centre(motto))).toBeLessThan(1.5);
    expect(issuer.yMin).toBeGreaterThanOrEqual(TOP_MARGIN - 0.5);
    const underMotto = pdfLines(path, 1).find((line) => line.y1 > motto.yMax - 2 && line.y1 < motto.yMax + 6 && line.x1 > TEXT_CENTRE);
    expect(underMotto?.x1).toBeCloseTo(motto.xMin, 0);
    expect(underMotto?.x2).toBeCloseTo(motto.xMax, 0);
  });

  it("centres QUYẾT ĐỊNH, Về việc …, the authority line and QUYẾT ĐỊNH:, in that order", () => {
    const page = pages[0];
    const title = phrase(page, "QUYẾT ĐỊNH");
    const subject = phrase(page, "Về việc tặng Giấy khen");
    const authority = phrase(page, "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG PHAN ĐÌNH PHÙNG");
    const decides = phrase(page, "QUYẾT ĐỊNH:");
    expect(Math.abs(centre(title) - TEXT_CENTRE)).toBeLessThan(1);
    expect(Math.abs(centre(authority) - TEXT_CENTRE)).toBeLessThan(1);
    expect(Math.abs(centre(decides) - TEXT_CENTRE)).toBeLessThan(1);
    expect(subject.yMin).toBeGreaterThan(title.yMax);
    expect(authority.yMin).toBeGreaterThan(subject.yMax);
    expect(decides.yMin).toBeGreaterThan(phrase(page, "Căn cứ Luật Thi đua, khen thưởng").yMax);
    const styled = styledLines(path).filter((line) => line.page === 1);
    for (const bold of ["QUYẾT ĐỊNH", "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG PHAN ĐÌNH PHÙNG", "QUYẾT ĐỊNH:"]) {
      expect(styled.find((line) => line.text === bold)?.bold).toBe(true);
    }
  });

  it("sets every Căn cứ line, and the Theo đề nghị line, in italics, each ending ';' and the last '.'", () => {
    const styled = styledLines(path).filter((line) => line.page === 1);
    const basis = styled.filter((line) => line.text.startsWith("Căn cứ") || line.text.startsWith("Theo đề nghị"));
    expect(basis.length).toBe(4);
    expect(basis.every((line) => line.italic)).toBe(true);
    expect(text).toContain("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;");
    expect(text).toContain("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;");
    expect(text).toContain("Theo đề nghị của Hội đồng Thi đua - Khen thưởng phường.");
    const articles = styled.filter((line) => line.text.startsWith("Điều"));
    expect(articles.length).toBe(3);
    expect(articles.every((line) => !line.italic)).toBe(true);
  });

  it.each([
    "Điều 1. Tặng Giấy khen của Chủ tịch Ủy ban nhân dân phường cho 2 tập thể, 3 cá nhân và 1 hộ gia đình (có danh sách kèm theo)",
    "Điều 2. Mỗi tập thể được thưởng 1.520.000 đồng, mỗi cá nhân được thưởng 760.000 đồng, mỗi hộ gia đình được thưởng 1.140.000 đồng",
    "Tổng số tiền thưởng: 6.460.000 đồng.",
    "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.",
    "chịu trách nhiệm thi hành Quyết định này./.",
  ])("prints %s", (sentence) => {
    expect(text).toContain(sentence);
  });

  it("keeps the body within the 30 mm and 15 mm margins, Căn cứ lines indented 1,27 cm", () => {
    for (const page of pages) {
      const body = page.words.filter((word) => word.yMin > TOP_MARGIN);
      expect(Math.min(...body.map((word) => word.xMin))).toBeGreaterThanOrEqual(LEFT - 0.5);
      expect(Math.max(...body.map((word) => word.xMax))).toBeLessThanOrEqual(RIGHT_EDGE + 0.5);
    }
    expect(phrase(pages[0], "Căn cứ Luật Thi").xMin).toBeCloseTo(LEFT + 12.7 * MM, 0);
  });

  it("signs KT. CHỦ TỊCH / PHÓ CHỦ TỊCH in the right half, with Nơi nhận in the left half at the same height", () => {
    const page = pages[0];
    const authority = phrase(page, "KT. CHỦ TỊCH");
    const title = phrase(page, "PHÓ CHỦ TỊCH");
    const name = phrase(page, "Nguyễn Văn Phó");
    const noiNhan = phrase(page, "Nơi nhận:");
    expect(authority.xMin).toBeGreaterThan(TEXT_CENTRE);
    expect(title.yMin).toBeGreaterThan(authority.yMax - 1);
    expect(Math.abs(centre(name) - centre(title))).toBeLessThan(1);
    expect(name.yMin - title.yMax).toBeGreaterThan(28 * MM);
    expect(noiNhan.xMax).toBeLessThan(TEXT_CENTRE);
    expect(Math.abs(noiNhan.yMin - authority.yMin)).toBeLessThan(3);
    expect(text).toContain("- Như Điều 3;");
    expect(text).toContain("- Lưu: VT, VP.");
    expect(styledLines(path).find((line) => line.text === "Nơi nhận:")).toMatchObject({ bold: true, italic: true });
  });

  it("has no page number on page 1, nor on the annex's first page (its pages are numbered on their own)", () => {
    expect(pages[0]?.words.filter((word) => word.yMax < TOP_MARGIN)).toEqual([]);
    expect(pages[1]?.words.filter((word) => word.yMax < TOP_MARGIN)).toEqual([]);
  });

  it("puts the annex on page 2: DANH SÁCH, the italic (Kèm theo …) line, the table and its total equal to the lines' sum", () => {
    const annex = flat(pdfPages(path)[1] ?? "");
    expect(annex).toContain("DANH SÁCH");
    expect(annex).toContain("Tập thể, cá nhân và hộ gia đình được tặng");
    const attached = styledLines(path).filter((line) => line.page === 2 && line.text.startsWith("(Kèm theo"));
    expect(attached[0]?.text).toContain("(Kèm theo Quyết định số 05/QĐ-UBND ngày 10 tháng 12 năm 2026 của Chủ tịch");
    expect(attached.every((line) => line.italic)).toBe(true);
    for (const header of ["STT", "Thành tích"]) expect(annex).toContain(header);
    const page = pages[1]!;
    // Collectives first, then persons, then the household: rows 1–6, as the totals count them.
    expect(phrase(page, "Chi hội Phụ nữ").yMin).toBeLessThan(phrase(page, "Nguyễn Văn An").yMin);
    expect(phrase(page, "Nguyễn Văn An").yMin).toBeLessThan(phrase(page, "Hộ ông Phạm Văn").yMin);
    const amounts = page.words.filter((word) => /^\d{1,3}(\.\d{3})+$/.test(word.text) && word.xMin > TEXT_CENTRE);
    const total = amounts.at(-1)!;
    expect(total.text).toBe("6.460.000");
    const sum = amounts.slice(0, -1).reduce((acc, word) => acc + Number(word.text.replace(/\./g, "")), 0);
    expect(sum).toBe(6_460_000);
    expect(annex).toContain("Tổng cộng: 6");
  });
});

describe("the page numbers of a decision of two pages with an annex of several", () => {
  it("numbers the decision's page 2 '2'; the annex restarts: none on its first page, then 2, 3 …", async () => {
    const path = tempFile("long-decision.pdf", await renderDecisionPdf(decisionModel(withLinesInAnnexOrder(longDecision()), NOW)));
    const pages = expectDecisionAndAnnexNumbering(path);
    for (const [index, page] of pages.entries()) {
      const number = page.words.find((word) => word.yMax < TOP_MARGIN);
      if (number) expect(Math.abs(centre(number) - TEXT_CENTRE), `page ${index + 1}`).toBeLessThan(1);
    }
  });
});

describe("the files of a decision", () => {
  it("a chairman signs CHỦ TỊCH with no KT. line; a draft has no number yet", async () => {
    const data = sampleDecision();
    data.decision.number = null;
    data.decision.status = "draft";
    const files = await renderDecisionFiles(data, NOW);
    expect(files.map((file) => file.fileName)).toEqual(["du-thao-quyet-dinh-1-2026.pdf", "du-thao-quyet-dinh-1-2026.docx", "du-thao-giay-khen-1-2026.pdf"]);
    const path = tempFile("draft.pdf", Buffer.from(files[0]!.bytes));
    const text = flat(pdfPages(path).join(" "));
    expect(text).toContain("Số: /QĐ-UBND");
    expect(text).not.toContain("KT. CHỦ TỊCH");
    expect(text).toContain("Trần Đình Thìn");
  });

  it("a correction says which decision it replaces", async () => {
    const data = sampleDecision();
    data.decision.corrects = { number: 3, symbol: "QĐ-UBND", decisionDate: "2026-08-01" };
    const files = await renderDecisionFiles(data, NOW);
    const text = flat(pdfPages(tempFile("correction.pdf", Buffer.from(files[0]!.bytes))).join(" "));
    expect(text).toContain("Quyết định này thay thế Quyết định số 03/QĐ-UBND ngày 01 tháng 8 năm 2026 của Chủ tịch Ủy ban nhân dân phường Phan Đình Phùng.");
  });

  it("prints one landscape certificate per line, with the name and the achievement text", async () => {
    const files = await renderDecisionFiles(sampleDecision(), NOW);
    const certificates = files.find((file) => file.kind === "certificates-pdf")!;
    expect(certificates.fileName).toBe("giay-khen-05-2026.pdf");
    const path = tempFile("certificates.pdf", Buffer.from(certificates.bytes));
    expect(pdfInfo(path)["Page size"]).toBe("841.89 x 595.28 pts (A4)");
    const texts = pdfPages(path).map(flat);
    expect(texts.length).toBe(6);
    expect(texts[0]).toContain("GIẤY KHEN");
    expect(texts[0]).toContain("Chi hội Phụ nữ tổ dân phố 5");
    expect(texts[3]).toContain("Trần Thị Bích Ngọc");
    expect(texts.every((page) => page.includes("Đã có thành tích xuất sắc trong phong trào"))).toBe(true);
    expect(texts.every((page) => page.includes("Quyết định số 05/QĐ-UBND ngày 10 tháng 12 năm 2026"))).toBe(true);
  });

  it("numbers the certificates as the annex does: the k-th certificate names the annex's STT k with Số vào sổ k", async () => {
    // Stored mixed: a collective, two persons, a collective, a person, a household.
    const data = sampleDecision();
    expect(data.lines.map((line) => line.recipientKind)).toEqual(["tap_the", "ca_nhan", "ca_nhan", "tap_the", "ca_nhan", "ho_gia_dinh"]);
    const files = await renderDecisionFiles(data, NOW);
    const decision = tempFile("numbered-decision.pdf", Buffer.from(files[0]!.bytes));
    const annex = pdfWords(decision)[1]!;
    const certificates = pdfPages(tempFile("numbered-certificates.pdf", Buffer.from(files.find((file) => file.kind === "certificates-pdf")!.bytes))).map(flat);
    const names = ["Chi hội Phụ nữ tổ dân phố 5", "Ban Công tác Mặt trận tổ dân phố 8", "Nguyễn Văn An", "Trần Thị Bích Ngọc", "Lê Văn Cường", "Phạm Văn Dũng"];
    expect(certificates.length).toBe(names.length);
    for (const [index, name] of names.entries()) {
      const k = index + 1;
      // The annex's row k: its STT cell (the narrow first column) on the line of the name's first word.
      const first = phrase(annex, name.split(" ").slice(0, 3).join(" "));
      const stt = annex.words.find((word) => word.xMax < LEFT + 34 && Math.abs(word.yMin - first.yMin) < 2);
      expect(stt?.text, name).toBe(String(k));
      expect(certificates[index], `certificate ${k}`).toContain(name);
      expect(certificates[index], `certificate ${k}`).toContain(`Số vào sổ: ${String(k).padStart(2, "0")}/2026`);
    }
  });

  it("a household's certificate: 'Hộ gia đình: <name>', but a name already saying 'Hộ …' printed as it is", async () => {
    const lines = [
      { stt: 1, recipientKind: "ho_gia_dinh" as const, name: "Hộ ông Phạm Văn Dũng", address: "Tổ dân phố 7", position: "", achievement: "", amount: 0 },
      { stt: 2, recipientKind: "ho_gia_dinh" as const, name: "Nguyễn Thị Hoa", address: "Tổ dân phố 7", position: "", achievement: "", amount: 0 },
      { stt: 3, recipientKind: "ho_gia_dinh" as const, name: "Gia đình bà Lê Thị Mai", address: "Tổ dân phố 7", position: "", achievement: "", amount: 0 },
    ];
    const data = sampleDecision({ lines, form: { code: "gdvh", kind: "danh_hieu", certificateTitle: "GIẤY CHỨNG NHẬN", titleName: "Gia đình văn hóa", name: "Danh hiệu “Gia đình văn hóa”" }, subject: "công nhận danh hiệu “Gia đình văn hóa” năm 2026" });
    const files = await renderDecisionFiles(data, NOW);
    const pages = pdfPages(tempFile("households.pdf", Buffer.from(files.find((file) => file.kind === "certificates-pdf")!.bytes))).map(flat);
    expect(pages[0]).toContain("Hộ ông Phạm Văn Dũng");
    expect(pages[1]).toContain("Hộ gia đình: Nguyễn Thị Hoa");
    expect(pages[2]).toContain("Gia đình bà Lê Thị Mai");
    expect(pages.join(" ")).not.toMatch(/Hộ gia đình: (Hộ|Gia đình)/u);
  });

  it("Điều 3 names only the kinds the annex has; a typed executors text is printed as typed", async () => {
    const gdvh = { code: "gdvh", kind: "danh_hieu" as const, certificateTitle: "GIẤY CHỨNG NHẬN", titleName: "Gia đình văn hóa", name: "Danh hiệu “Gia đình văn hóa”" };
    const households = sampleLines().filter((line) => line.recipientKind === "ho_gia_dinh").map((line) => ({ ...line, amount: 0 }));
    const article3 = async (data: ReturnType<typeof sampleDecision>) => {
      const text = flat(pdfPages(tempFile("article3.pdf", Buffer.from((await renderDecisionFiles(data, NOW))[0]!.bytes))).join(" "));
      return text.slice(text.indexOf("Điều 2."), text.indexOf("./.") + 3);
    };
    const onlyHouseholds = await article3(sampleDecision({ lines: households, form: gdvh, subject: "công nhận danh hiệu “Gia đình văn hóa” năm 2026" }));
    expect(onlyHouseholds).toContain("Trưởng các tổ dân phố và các hộ gia đình có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.");
    expect(onlyHouseholds).not.toMatch(/tập thể|cá nhân/u);
    // A decision stored with the former fixed text (every kind) reads the same.
    const stored = sampleDecision({ lines: households, form: gdvh, subject: "công nhận danh hiệu “Gia đình văn hóa” năm 2026" });
    stored.decision.executors = LEGACY_DEFAULT_EXECUTORS;
    expect(await article3(stored)).toBe(onlyHouseholds);
    const collectivesAndPeople = sampleDecision({ lines: sampleLines().filter((line) => line.recipientKind !== "ho_gia_dinh") });
    expect(await article3(collectivesAndPeople)).toContain("Trưởng các tổ dân phố và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm");
    expect(await article3(sampleDecision())).toContain("Trưởng các tổ dân phố và các tập thể, cá nhân, hộ gia đình có tên tại Điều 1 chịu trách nhiệm");
    const typed = sampleDecision();
    typed.decision.executors = "Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường và các cá nhân có tên tại Điều 1";
    expect(await article3(typed)).toContain("Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường và các cá nhân có tên tại Điều 1 chịu trách nhiệm");
  });

  it("a Gia đình văn hóa decision: Công nhận … đạt danh hiệu, no money article, GIẤY CHỨNG NHẬN certificates", async () => {
    const lines = [1, 2, 3].map((stt) => ({ stt, recipientKind: "ho_gia_dinh" as const, name: `Chủ hộ số ${stt}`, address: "Tổ dân phố 7", position: "", achievement: "", amount: 0 }));
    const data = sampleDecision({ lines, form: { code: "gdvh", kind: "danh_hieu", certificateTitle: "GIẤY CHỨNG NHẬN", titleName: "Gia đình văn hóa", name: "Danh hiệu “Gia đình văn hóa”" }, subject: "công nhận danh hiệu “Gia đình văn hóa” năm 2026" });
    const files = await renderDecisionFiles(data, NOW);
    const text = flat(pdfPages(tempFile("gdvh.pdf", Buffer.from(files[0]!.bytes))).join(" "));
    expect(text).toContain("Điều 1. Công nhận 3 hộ gia đình đạt danh hiệu “Gia đình văn hóa” năm 2026 (có danh sách kèm theo).");
    expect(text).toContain("Điều 2. Quyết định này có hiệu lực kể từ ngày ký.");
    expect(text).not.toContain("được thưởng");
    expect(text).toContain("Họ và tên chủ hộ");
    const certificates = flat(pdfPages(tempFile("gdvh-cert.pdf", Buffer.from(files[2]!.bytes))).join(" "));
    expect(certificates).toContain("GIẤY CHỨNG NHẬN");
    expect(certificates).toContain("Hộ gia đình: Chủ hộ số 2");
    expect(certificates).toContain("Đạt danh hiệu “Gia đình văn hóa” năm 2026");
  });
});

describe("the decision through the render worker", () => {
  it("renderOffThread makes the same three files off the bot's thread", async () => {
    const { renderOffThread } = await import("../../../src/reports/render-off-thread.js");
    const files = await renderOffThread({ kind: "decision", data: sampleDecision(), now: NOW });
    expect(files.map((file) => [file.kind, file.fileName])).toEqual([
      ["decision-pdf", "quyet-dinh-05-2026.pdf"],
      ["decision-docx", "quyet-dinh-05-2026.docx"],
      ["certificates-pdf", "giay-khen-05-2026.pdf"],
    ]);
    expect(flat(pdfPages(tempFile("worker.pdf", Buffer.from(files[0]!.bytes))).join(" "))).toContain("Điều 3.");
  }, 120_000);
});
