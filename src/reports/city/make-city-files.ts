// The city roll-up's two files (for the city official's /baocao and `npm run cli -- city report`):
// the table by ward as PDF and the figures as XLSX, named in ASCII.
import type { Db } from "../../db/client.js";
import { cityRollupFacts } from "../../db/repos/city-rollup.js";
import { type CityRollup, summarizeCity } from "../../domain/city-rollup.js";
import type { PeriodKind } from "../../domain/types.js";
import { asciiSlug } from "../make-report-files.js";
import { renderSummaryTablePdf } from "../pdf/render-summary-table.js";
import { periodFileSlug } from "./city-columns.js";
import { cityTableModel } from "./city-table-model.js";
import { renderCityXlsx } from "./render-city-xlsx.js";

export type CityReportFileKind = "city-pdf" | "city-xlsx";

export interface CityReportFile {
  kind: CityReportFileKind;
  fileName: string;
  mimeType: string;
  bytes: Buffer;
}

/** "tong-hop-thanh-pho-thai-nguyen-nam-2024.pdf", "so-lieu-thanh-pho-thai-nguyen-nam-2024.xlsx". */
export function cityReportFileNames(city: { name: string }, kind: PeriodKind, year: number) {
  const stem = `${asciiSlug(city.name)}-${periodFileSlug(kind, year)}`;
  return { pdf: `tong-hop-${stem}.pdf`, xlsx: `so-lieu-${stem}.xlsx` };
}

/** The roll-up computed in the database and summarised (no files). */
export async function cityRollup(db: Db, cityId: number, year: number, kind: PeriodKind): Promise<CityRollup> {
  return summarizeCity(await cityRollupFacts(db, cityId, year, kind));
}

export async function renderCityFiles(rollup: CityRollup, now: Date): Promise<CityReportFile[]> {
  const names = cityReportFileNames(rollup.city, rollup.kind, rollup.year);
  const [pdf, xlsx] = await Promise.all([renderSummaryTablePdf(cityTableModel(rollup, now)), renderCityXlsx(rollup, now)]);
  return [
    { kind: "city-pdf", fileName: names.pdf, mimeType: "application/pdf", bytes: pdf },
    { kind: "city-xlsx", fileName: names.xlsx, mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes: xlsx },
  ];
}

export async function makeCityReportFiles(db: Db, cityId: number, year: number, kind: PeriodKind, now: Date) {
  const rollup = await cityRollup(db, cityId, year, kind);
  return { rollup, files: await renderCityFiles(rollup, now) };
}
