// What the render worker is asked to make: the four files of a ward's period, or the two of a
// city roll-up, from data already loaded (the worker never opens the database).
import type { PeriodReportData } from "../db/repos/report-data.js";
import type { DecisionDocumentData } from "../domain/awards/decision-document.js";
import type { CityRollup } from "../domain/city-rollup.js";
import { renderCityFiles } from "./city/make-city-files.js";
import { renderDecisionFiles } from "./decision/make-decision-files.js";
import { renderReportFiles } from "./make-report-files.js";

export type RenderJob =
  | { kind: "ward"; data: PeriodReportData; now: Date }
  | { kind: "city"; rollup: CityRollup; now: Date }
  /** A Quyết định khen thưởng: the decision (PDF, DOCX) and its certificates. */
  | { kind: "decision"; data: DecisionDocumentData; now: Date };

export interface RenderedFile {
  kind: string;
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

export async function renderJob(job: RenderJob): Promise<RenderedFile[]> {
  if (job.kind === "ward") return (await renderReportFiles(job.data, job.now)).files;
  if (job.kind === "decision") return renderDecisionFiles(job.data, job.now);
  return renderCityFiles(job.rollup, job.now);
}
