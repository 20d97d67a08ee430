// A second data set, generated at random: a ward of 1–60 groups with random answers, report
// states, pledges and ward figures goes through makeReportFiles, and every figure the four
// files state is compared with a computation written here from the generated data alone
// (plain loops and an own formatter, none of the project's aggregation or formatting code).
import { execFileSync } from "node:child_process";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.js";
import { makeReportFiles, type ReportFile, type ReportFileKind } from "../../src/reports/make-report-files.js";
import { XLSX_HEADER_ROW } from "../../src/reports/xlsx/render-report-xlsx.js";
import { createTestDatabase } from "../support/databases.js";
import { paragraphs, readDocx } from "./support/docx-reader.js";
import { tempFile } from "./support/poppler.js";
import {
  answerList,
  insertRandomWard,
  PERIOD_YEAR,
  PLACE_NAME,
  type RandomGroup,
  type RandomWard,
  randomWardArb,
  REPORT_DATE,
} from "./support/random-ward.js";

/** RANDOM_WARD_RUNS=100 for a longer search. */
const NUM_RUNS = Number(process.env.RANDOM_WARD_RUNS ?? 12);
const MISSING = "…";

// ---- an own formatter: "." groups thousands, percentages rounded half up from exact integers

const dots = (n: number): string => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".");
const money = (n: number): string => `${dots(n)} đồng`;
const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** numerator/denominator in percent, half up at `decimals` places, "," decimals without trailing zeros; "-" for x/0. */
function percent(numerator: number, denominator: number, decimals: number): string {
  if (denominator === 0) return "-";
  const unit = 10n ** BigInt(decimals);
  const scaled = BigInt(numerator) * 100n * unit;
  const den = BigInt(denominator);
  const rounded = (2n * scaled + den) / (2n * den);
  const whole = dots(Number(rounded / unit));
  const fraction = decimals === 0 ? "" : (rounded % unit).toString().padStart(decimals, "0").replace(/0+$/, "");
  return `${whole}${fraction ? `,${fraction}` : ""}%`;
}

// ---- the independent computation

const isCounted = (group: RandomGroup) => group.status === "submitted" || group.status === "approved";
const signedThisYear = (group: RandomGroup) => group.pledge !== null && group.pledge.signed;

/** The numeric columns of the summary table, in the period's order, as each group answers them. */
const COLUMNS: Array<{ code: string; of: (group: RandomGroup) => number | boolean }> = [
  { code: "households_total", of: (g) => g.answers.householdsTotal },
  { code: "households_registered", of: (g) => g.answers.householdsRegistered },
  { code: "households_cultural", of: (g) => g.answers.householdsCultural },
  { code: "cultural_group", of: (g) => g.answers.culturalGroup },
  { code: "learning_families", of: (g) => g.answers.learningFamilies },
  { code: "poverty_gift_money", of: (g) => g.answers.giftMoney },
  { code: "poverty_gift_count", of: (g) => g.answers.giftCount },
  { code: "pccc_model", of: (g) => g.answers.pcccModel },
];

interface Expected {
  groups: number;
  counted: number;
  culturalYes: number;
  householdsCultural: number;
  householdsRegistered: number;
  giftMoney: number;
  pcccPledged: number;
  pcccYesAmongPledged: number;
  signed: number;
  /** Per column of COLUMNS: the sum of the counted groups (yes answers for yes/no). */
  sums: number[];
}

function expectedFigures(ward: RandomWard): Expected {
  const e: Expected = {
    groups: ward.groups.length,
    counted: 0,
    culturalYes: 0,
    householdsCultural: 0,
    householdsRegistered: 0,
    giftMoney: 0,
    pcccPledged: 0,
    pcccYesAmongPledged: 0,
    signed: 0,
    sums: COLUMNS.map(() => 0),
  };
  for (const group of ward.groups) {
    const counted = isCounted(group);
    if (signedThisYear(group)) e.signed++;
    const pledgedPccc = signedThisYear(group) && group.pledge?.pcccModel === true;
    if (pledgedPccc) e.pcccPledged++;
    if (!counted) continue;
    e.counted++;
    if (group.answers.culturalGroup) e.culturalYes++;
    e.householdsCultural += group.answers.householdsCultural;
    e.householdsRegistered += group.answers.householdsRegistered;
    e.giftMoney += group.answers.giftMoney;
    if (pledgedPccc && group.answers.pcccModel) e.pcccYesAmongPledged++;
    COLUMNS.forEach((column, i) => {
      const value = column.of(group);
      e.sums[i]! += typeof value === "boolean" ? (value ? 1 : 0) : value;
    });
  }
  return e;
}

/** The sentences of the báo cáo sơ kết that carry figures, as they must read. */
function expectedSentences(ward: RandomWard, e: Expected): string[] {
  const f = ward.figures;
  const prize =
    f.cchcPrizes === undefined ? MISSING : `${pad2(f.cchcPrizes)} giải${f.cchcResult ? ` ${f.cchcResult.replace(/^giải\s+/i, "")}` : ""}`;
  const count = (n: number | undefined) => (n === undefined ? MISSING : dots(n));
  return [
    `Năm ${PERIOD_YEAR} có ${dots(e.culturalYes)}/${dots(e.groups)} tổ dân phố đạt tổ dân phố văn hóa; ` +
      `${dots(e.householdsCultural)}/${dots(e.householdsRegistered)} hộ đạt gia đình văn hóa bằng ` +
      `${percent(e.householdsCultural, e.householdsRegistered, 0)} tổng số hộ đăng ký đạt gia đình văn hóa.`,
    `tặng quà: Tổng số tiền: ${money(e.giftMoney)}.`,
    `Tổ chức kiểm tra an toàn phòng cháy chữa cháy tại khu dân cư, hộ gia đình, nhà sản xuất, kinh doanh. ` +
      `${dots(e.pcccYesAmongPledged)}/${dots(e.pcccPledged)} tổ dân phố xây dựng mô hình`,
    `kết quả tập thể cán bộ và Nhân dân phường ${PLACE_NAME.replace(/^Phường /, "")} đạt ${prize}.`,
    `Năm ${PERIOD_YEAR} đã khen thưởng cho: ${count(f.commendedCollectives)} tập thể và ${count(f.commendedIndividuals)} cá nhân ` +
      `có thành tích trong các phong trào thi đua. Tổng số tiền đã thưởng: ${f.rewardMoney === undefined ? MISSING : money(f.rewardMoney)}.`,
  ];
}

// ---- reading the files back

const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

function file(files: ReportFile[], kind: ReportFileKind): Buffer {
  const found = files.find((f) => f.kind === kind);
  if (!found) throw new Error(`no ${kind} file`);
  return found.bytes;
}

/** The report's running text: pdftotext per page, the page number at the top of pages 2… removed. */
function reportText(bytes: Buffer): string {
  const path = tempFile(`random-report-${process.pid}-${Date.now()}.pdf`, bytes);
  const pages = execFileSync("pdftotext", [path, "-"], { encoding: "utf8" }).split("\f");
  return collapse(pages.map((page, i) => (i === 0 ? page : page.replace(new RegExp(`^\\s*${i + 1}\\s*\\n`), ""))).join("\n"));
}

function summaryLines(bytes: Buffer): string[] {
  const path = tempFile(`random-summary-${process.pid}-${Date.now()}.pdf`, bytes);
  return execFileSync("pdftotext", ["-layout", path, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }).split("\n");
}

const tokens = (line: string) => line.trim().split(/\s+/);

function checkSummary(lines: string[], ward: RandomWard, e: Expected): void {
  ward.groups.forEach((group, index) => {
    const stt = index + 1;
    const rowLines = lines.filter((line) => new RegExp(`^\\s*${stt}\\s+Tổ ${stt}(\\s|$)`).test(line));
    expect(rowLines, `row of ${group.name}`).toHaveLength(1);
    const cells = tokens(rowLines[0]!);
    const pledge = cells.slice(-2).join(" ");
    expect(pledge, `pledge of ${group.name}`).toBe(signedThisYear(group) ? "Đã ký" : "Chưa ký");
    const figures = cells.slice(-2 - COLUMNS.length, -2);
    const wanted = isCounted(group)
      ? COLUMNS.map((column) => {
          const value = column.of(group);
          return typeof value === "boolean" ? (value ? "Có" : "Không") : dots(value);
        })
      : COLUMNS.map(() => "—");
    expect(figures, `figures of ${group.name} (${group.status})`).toEqual(wanted);
  });

  const totalLines = lines.filter((line) => /^\s*Tổng cộng \(/.test(line));
  expect(totalLines).toHaveLength(1);
  expect(tokens(totalLines[0]!).slice(-COLUMNS.length - 1)).toEqual([...e.sums.map(dots), `${e.signed}/${e.groups}`]);

  const ratioLines = lines.filter((line) => /^\s*Tỷ lệ\s/.test(line));
  expect(ratioLines).toHaveLength(1);
  expect(tokens(ratioLines[0]!).slice(2)).toEqual([
    percent(e.householdsCultural, e.householdsRegistered, 1),
    percent(e.culturalYes, e.groups, 1),
    percent(e.pcccYesAmongPledged, e.pcccPledged, 1),
    percent(e.signed, e.groups, 1),
  ]);
  expect(collapse(lines.join("\n"))).toContain(`Đã nộp ${e.counted}/${e.groups} tổ`);
}

type CellValue = ExcelJS.CellValue;

async function checkXlsx(bytes: Buffer, ward: RandomWard, e: Expected): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet("Tổng hợp");
  if (!sheet) throw new Error("no sheet Tổng hợp");
  const headers = new Map<string, number>();
  sheet.getRow(XLSX_HEADER_ROW).eachCell((cell, column) => headers.set(String(cell.value), column));
  const column = (prefix: string) => {
    const found = [...headers].find(([header]) => header.startsWith(prefix));
    if (!found) throw new Error(`no column ${prefix}`);
    return found[1];
  };
  const columns: Record<string, number> = {
    households_total: column("Tổng số hộ"),
    households_registered: column("Số hộ đăng ký gia đình văn hóa"),
    households_cultural: column("Số hộ đạt gia đình văn hóa"),
    cultural_group: column("Tổ đạt danh hiệu"),
    learning_families: column("Số gia đình học tập"),
    poverty_gift_money: column("Số tiền thăm hỏi"),
    poverty_gift_count: column("Số suất quà"),
    pccc_model: column("Tổ có mô hình liên gia"),
    good_deeds: column("Điển hình tiên tiến"),
  };
  const n = ward.groups.length;
  ward.groups.forEach((group, index) => {
    const row = sheet.getRow(XLSX_HEADER_ROW + index + 1);
    expect(row.getCell(2).value).toBe(group.name);
    const stored = new Map(answerList(group.answers));
    for (const [code, col] of Object.entries(columns)) {
      const answer = stored.get(code);
      let wanted: CellValue = null;
      if (isCounted(group) && answer) wanted = answer.type === "yes_no" ? (answer.value ? "Có" : "Không") : answer.value;
      expect(row.getCell(col).value ?? null, `${group.name} ${code} (${group.status})`).toEqual(wanted);
    }
  });
  const total = sheet.getRow(XLSX_HEADER_ROW + n + 1);
  expect(total.getCell(2).value).toBe("Tổng cộng");
  for (const [code, col] of Object.entries(columns)) {
    if (code === "good_deeds") continue;
    const letter = sheet.getColumn(col).letter;
    const range = `${letter}${XLSX_HEADER_ROW + 1}:${letter}${XLSX_HEADER_ROW + n}`;
    const yesNo = code === "cultural_group" || code === "pccc_model";
    expect(total.getCell(col).formula, `total of ${code}`).toBe(yesNo ? `COUNTIF(${range},"Có")` : `SUM(${range})`);
  }
  // What the formulas will compute, from the cells read back.
  for (const [i, c] of COLUMNS.entries()) {
    let sum = 0;
    for (let r = XLSX_HEADER_ROW + 1; r <= XLSX_HEADER_ROW + n; r++) {
      const value = sheet.getRow(r).getCell(columns[c.code]!).value;
      sum += value === "Có" ? 1 : value === "Không" ? 0 : Number(value ?? 0);
    }
    expect(sum, `sum of ${c.code}`).toBe(e.sums[i]);
    // Saved with the formula, as the value a phone preview shows.
    // (exceljs writes no cached result for a total of 0; Excel and LibreOffice show 0 all the same.)
    const stored = (sheet.getRow(XLSX_HEADER_ROW + n + 1).getCell(columns[c.code]!).value as ExcelJS.CellFormulaValue).result;
    expect(e.sums[i] === 0 ? (stored ?? 0) : stored, `stored total of ${c.code}`).toBe(e.sums[i]);
  }

  const pledges = workbook.getWorksheet("Cam kết thi đua");
  if (!pledges) throw new Error("no sheet Cam kết thi đua");
  ward.groups.forEach((group, index) => expect(pledges.getRow(XLSX_HEADER_ROW + index + 1).getCell(3).value).toBe(signedThisYear(group) ? "Đã ký" : "Chưa ký"));
  expect(pledges.getRow(XLSX_HEADER_ROW + n + 1).getCell(3).formula).toBe(`COUNTIF(C${XLSX_HEADER_ROW + 1}:C${XLSX_HEADER_ROW + n},"Đã ký")`);

  const figures = workbook.getWorksheet("Số liệu phường");
  if (!figures) throw new Error("no sheet Số liệu phường");
  const byLabel = new Map<string, CellValue>();
  figures.eachRow((row, r) => {
    if (r > XLSX_HEADER_ROW) byLabel.set(String(row.getCell(1).value), row.getCell(2).value ?? null);
  });
  const f = ward.figures;
  expect(byLabel.get("Số tập thể được khen thưởng")).toEqual(f.commendedCollectives ?? null);
  expect(byLabel.get("Số cá nhân được khen thưởng")).toEqual(f.commendedIndividuals ?? null);
  expect(byLabel.get("Tổng số tiền thưởng")).toEqual(f.rewardMoney ?? null);
  expect(byLabel.get("Số giải đạt tại cuộc thi “Tìm hiểu Cải cách hành chính”")).toEqual(f.cchcPrizes ?? null);
  expect(byLabel.get("Loại giải đạt tại cuộc thi “Tìm hiểu Cải cách hành chính”")).toEqual(f.cchcResult ?? null);
}

describe("a random ward compiles to reports whose figures equal an independent computation", () => {
  it(
    `${NUM_RUNS} random wards of 1–60 groups`,
    async () => {
      await fc.assert(
        fc.asyncProperty(randomWardArb(60), async (ward) => {
          const test = await createTestDatabase("sqlite");
          const database = await openDatabase(test.url);
          try {
            const { periodId } = await insertRandomWard(database.db, ward);
            const { files } = await makeReportFiles(database.db, periodId, REPORT_DATE);
            const e = expectedFigures(ward);
            const sentences = expectedSentences(ward, e);

            const pdf = reportText(file(files, "report-pdf"));
            const docx = collapse(paragraphs((await readDocx(file(files, "report-docx"))).document).map((p) => p.text).join("\n"));
            for (const sentence of sentences) {
              expect(pdf, "báo cáo sơ kết (PDF)").toContain(sentence);
              expect(docx, "báo cáo sơ kết (DOCX)").toContain(sentence);
            }
            checkSummary(summaryLines(file(files, "summary")), ward, e);
            await checkXlsx(file(files, "data-xlsx"), ward, e);
          } finally {
            await database.close();
            await test.drop();
          }
        }),
        { numRuns: NUM_RUNS },
      );
    },
    240_000,
  );
});
