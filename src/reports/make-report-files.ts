// The four files of /baocao and `npm run cli -- report`: the summary table (PDF), the
// compiled báo cáo sơ kết (PDF and DOCX) and the raw data (XLSX), named in ASCII.
import type { Db } from "../db/client.js";
import { loadPeriodReportData, type PeriodReportData } from "../db/repos/report-data.js";
import { summarizePeriod, type PeriodSummary } from "../domain/aggregate.js";
import { CULTURAL_HOUSEHOLD_FORM } from "../domain/awards/report-figures.js";
import { foldDiacritics } from "../domain/text.js";
import { adminDocumentModel } from "./compile/admin-document-model.js";
import { reportFigures } from "./compile/report-figures.js";
import { summaryTableModel } from "./compile/summary-table-model.js";
import { renderAdminDocumentDocx } from "./docx/render-admin-document.js";
import { renderAdminDocumentPdf } from "./pdf/render-admin-document.js";
import { renderSummaryTablePdf } from "./pdf/render-summary-table.js";
import { renderReportXlsx } from "./xlsx/render-report-xlsx.js";

export type ReportFileKind = "summary" | "report-pdf" | "report-docx" | "data-xlsx";

export interface ReportFile {
  kind: ReportFileKind;
  fileName: string;
  mimeType: string;
  bytes: Buffer;
}

export interface ReportFiles {
  data: PeriodReportData;
  summary: PeriodSummary;
  files: ReportFile[];
}

/** "6 tháng đầu năm 2025" → "6-thang-dau-nam-2025". */
export function asciiSlug(text: string): string {
  return foldDiacritics(text.normalize("NFC"))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export function reportFileNames(data: PeriodReportData) {
  const ward = asciiSlug(data.ward.slug);
  const period = asciiSlug(data.period.name);
  // A whole-year period is a tổng kết, a half-year one a sơ kết; the name carries the figures' year.
  const kind = data.period.kind === "so_ket" ? "so-ket" : data.period.kind === "tong_ket" ? "tong-ket" : "ky-khac";
  const year = data.period.year;
  return {
    summary: `tong-hop-ket-qua-${period}-${ward}.pdf`,
    reportPdf: `bao-cao-${kind}-${year}-${ward}.pdf`,
    reportDocx: `bao-cao-${kind}-${year}-${ward}.docx`,
    dataXlsx: `so-lieu-${period}-${ward}.xlsx`,
  };
}

/** The four files from the period's data: pure rendering, no database (runs in the render worker). */
export async function renderReportFiles(data: PeriodReportData, now: Date): Promise<{ summary: PeriodSummary; files: ReportFile[] }> {
  const summary = summarizePeriod(data.indicators, data.facts);
  const figures = reportFigures(summary, {
    wardPlaceName: data.ward.placeName,
    periodYear: data.period.year,
    reportDate: now,
    timeZone: data.ward.timeZone,
    decidedCulturalHouseholds: data.commendations?.fromDecisions.titles[CULTURAL_HOUSEHOLD_FORM] ?? null,
  });
  const document = adminDocumentModel(data, figures, now, summary);
  const names = reportFileNames(data);
  const [summaryPdf, reportPdf, reportDocx, dataXlsx] = await Promise.all([
    renderSummaryTablePdf(summaryTableModel(data, summary, now)),
    renderAdminDocumentPdf(document),
    renderAdminDocumentDocx(document),
    renderReportXlsx(data, now),
  ]);
  return {
    summary,
    files: [
      { kind: "summary", fileName: names.summary, mimeType: "application/pdf", bytes: summaryPdf },
      { kind: "report-pdf", fileName: names.reportPdf, mimeType: "application/pdf", bytes: reportPdf },
      {
        kind: "report-docx",
        fileName: names.reportDocx,
        mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        bytes: reportDocx,
      },
      {
        kind: "data-xlsx",
        fileName: names.dataXlsx,
        mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        bytes: dataXlsx,
      },
    ],
  };
}

export async function makeReportFiles(db: Db, periodId: number, now: Date): Promise<ReportFiles> {
  const data = await loadPeriodReportData(db, periodId);
  return { data, ...(await renderReportFiles(data, now)) };
}
