// The raw data as XLSX (exceljs): one row per group with numbers as numbers, Vietnamese
// number formats, totals as formulas; a sheet for pledges and one for ward-level figures.
import ExcelJS from "exceljs";
import type { PeriodReportData } from "../../db/repos/report-data.js";
import { COUNTED_STATUSES } from "../../domain/aggregate.js";
import { DEFAULT_WARD_FIGURES } from "../../domain/catalogue.js";
const nfc = (text: string) => text.normalize("NFC");

const STATUS = { approved: "Đã duyệt", submitted: "Chờ duyệt", returned: "Trả lại bổ sung", draft: "Đang làm dở" } as const;
const COUNT_FORMAT = "#,##0";
const MONEY_FORMAT = '#,##0" đồng"';

function columnLetter(index: number): string {
  let letters = "";
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export async function renderReportXlsx(data: PeriodReportData, generatedAt: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "thidua-bot";
  workbook.created = generatedAt;
  workbook.title = nfc(`${data.ward.name} - ${data.period.name}`);

  const sheet = workbook.addWorksheet("Tổng hợp", { views: [{ state: "frozen", xSplit: 3, ySplit: 1 }] });
  const indicators = data.indicators;
  sheet.columns = [
    { header: "STT", key: "stt", width: 6 },
    { header: "Tổ dân phố", key: "name", width: 18 },
    { header: "Trạng thái", key: "status", width: 16 },
    ...indicators.map((indicator) => ({
      header: nfc(indicator.unit && indicator.type === "count" ? `${indicator.label} (${indicator.unit})` : indicator.label),
      key: indicator.code,
      width: indicator.type === "text" ? 40 : 18,
    })),
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { wrapText: true, vertical: "middle" };
  data.groups.forEach((group, index) => {
    const counted = group.status !== null && COUNTED_STATUSES.includes(group.status);
    const row: Record<string, string | number | null> = {
      stt: index + 1,
      name: nfc(group.name),
      status: group.status ? STATUS[group.status] : "Chưa gửi",
    };
    for (const indicator of indicators) {
      const value = counted ? group.values[indicator.code] : undefined;
      row[indicator.code] = value === undefined ? null : value.type === "yes_no" ? (value.value ? 1 : 0) : value.type === "text" ? nfc(value.value) : value.value;
    }
    sheet.addRow(row);
  });
  const first = 2;
  const last = data.groups.length + 1;
  const total = sheet.addRow({ name: "Tổng cộng" });
  total.font = { bold: true };
  indicators.forEach((indicator, index) => {
    const column = columnLetter(index + 4);
    const format = indicator.type === "money" ? MONEY_FORMAT : COUNT_FORMAT;
    if (indicator.type !== "text") {
      total.getCell(index + 4).value = { formula: `SUM(${column}${first}:${column}${last})` };
      sheet.getColumn(index + 4).numFmt = format;
    }
  });

  const pledges = workbook.addWorksheet("Cam kết thi đua");
  pledges.columns = [
    { header: "STT", key: "stt", width: 6 },
    { header: "Tổ dân phố", key: "name", width: 18 },
    { header: `Ký cam kết năm ${data.period.year}`, key: "signed", width: 22 },
  ];
  pledges.getRow(1).font = { bold: true };
  data.groups.forEach((group, index) => pledges.addRow({ stt: index + 1, name: nfc(group.name), signed: group.pledgeSigned ? "Đã ký" : "Chưa ký" }));
  const signedRow = pledges.addRow({ name: "Số tổ đã ký", signed: { formula: `COUNTIF(C2:C${data.groups.length + 1},"Đã ký")` } });
  signedRow.font = { bold: true };

  const figures = workbook.addWorksheet("Số liệu phường");
  figures.columns = [
    { header: "Nội dung", key: "label", width: 40 },
    { header: "Số liệu", key: "value", width: 22 },
  ];
  figures.getRow(1).font = { bold: true };
  for (const def of DEFAULT_WARD_FIGURES) {
    const value = data.facts.wardFigures[def.code];
    const row = figures.addRow({ label: nfc(def.label), value: value === undefined ? null : typeof value === "string" ? nfc(value) : value });
    if (typeof value === "number") row.getCell(2).numFmt = def.type === "money" ? MONEY_FORMAT : COUNT_FORMAT;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
