// The report files of /baocao: the four files of the demo ward's "Năm 2024" end to end
// (makeReportFiles), and the summary PDF of a 1.000-group ward end to end, each beside the
// renderers alone (pdfmake, docx, exceljs) on the same finished models, so the ratio shows
// what data access, aggregation and compilation cost. SQLite, medians after a warm-up.
import { seedDemo } from "../../src/cli/demo/seed.js";
import { type Db, openDatabase } from "../../src/db/client.js";
import { loadPeriodReportData } from "../../src/db/repos/report-data.js";
import { summarizePeriod } from "../../src/domain/aggregate.js";
import { adminDocumentModel } from "../../src/reports/compile/admin-document-model.js";
import { reportFigures } from "../../src/reports/compile/report-figures.js";
import { summaryTableModel } from "../../src/reports/compile/summary-table-model.js";
import { renderAdminDocumentDocx } from "../../src/reports/docx/render-admin-document.js";
import { makeReportFiles } from "../../src/reports/make-report-files.js";
import { renderAdminDocumentPdf } from "../../src/reports/pdf/render-admin-document.js";
import { renderSummaryTablePdf } from "../../src/reports/pdf/render-summary-table.js";
import { renderReportXlsx } from "../../src/reports/xlsx/render-report-xlsx.js";
import { createTestDatabase } from "../../test/support/databases.js";
import { createLargeWard } from "../fixtures/large-ward.js";
import { type Result, timeMedian } from "../harness.js";

const NOW = new Date("2025-05-27T01:15:00Z");
const DEMO_RUNS = Number(process.env.BENCH_REPORT_RUNS ?? 11);
const WARM_UP = 3;
const LARGE_GROUPS = Number(process.env.BENCH_REPORT_GROUPS ?? 1_000);
const LARGE_RUNS = Number(process.env.BENCH_REPORT_LARGE_RUNS ?? 9);

const pageCount = (pdf: Buffer) => pdf.toString("latin1").match(/\/Type\s*\/Page\b/g)?.length ?? 0;
const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString("vi-VN")} KB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;

/**
 * Medians of `runs` samples of `a` and of `b`, taking turns (a b a b …): measured
 * one block after the other, whichever block runs first came out 10–20 % slower (heap growth,
 * JIT), which is as large as the difference being measured.
 */
async function interleavedMedians(runs: number, a: () => Promise<unknown>, b: () => Promise<unknown>): Promise<[number, number]> {
  const samplesA: number[] = [];
  const samplesB: number[] = [];
  for (let run = 0; run < runs; run++) {
    samplesA.push(await timeMedian(1, a));
    samplesB.push(await timeMedian(1, b));
  }
  const median = (list: number[]) => list.sort((x, y) => x - y)[Math.floor(list.length / 2)]!;
  return [median(samplesA), median(samplesB)];
}

/** Everything the renderers need, computed once, as makeReportFiles computes it. */
async function finishedModels(db: Db, periodId: number) {
  const data = await loadPeriodReportData(db, periodId);
  const summary = summarizePeriod(data.indicators, data.facts);
  const figures = reportFigures(summary, {
    wardPlaceName: data.ward.placeName,
    periodYear: data.period.year,
    reportDate: NOW,
    timeZone: data.ward.timeZone,
  });
  return { data, document: adminDocumentModel(data, figures, NOW, summary), table: summaryTableModel(data, summary, NOW) };
}

async function demoWard(db: Db): Promise<Result[]> {
  const { periodId } = await seedDemo(db, NOW);
  const models = await finishedModels(db, periodId);
  const renderAll = () =>
    Promise.all([
      renderSummaryTablePdf(models.table),
      renderAdminDocumentPdf(models.document),
      renderAdminDocumentDocx(models.document),
      renderReportXlsx(models.data, NOW),
    ]);
  const { files } = await makeReportFiles(db, periodId, NOW);
  for (let i = 0; i < WARM_UP; i++) {
    // fonts, modules and the JIT: one round is not enough for steady medians
    await makeReportFiles(db, periodId, NOW);
    await renderAll();
  }

  const [endToEnd, renderers] = await interleavedMedians(DEMO_RUNS, () => makeReportFiles(db, periodId, NOW), renderAll);
  const dataOnly = await timeMedian(DEMO_RUNS, () => finishedModels(db, periodId));
  const each = {
    summaryPdf: await timeMedian(DEMO_RUNS, () => renderSummaryTablePdf(models.table)),
    reportPdf: await timeMedian(DEMO_RUNS, () => renderAdminDocumentPdf(models.document)),
    reportDocx: await timeMedian(DEMO_RUNS, () => renderAdminDocumentDocx(models.document)),
    dataXlsx: await timeMedian(DEMO_RUNS, () => renderReportXlsx(models.data, NOW)),
  };
  const sizes = files.map((file) => kb(file.bytes.length)).join(" + ");
  return [
    {
      suite: "reports",
      name: "four files, demo ward (26 groups), makeReportFiles",
      value: endToEnd,
      unit: "ms",
      baseline: { name: "4 renderers alone", value: renderers },
      note:
        `data+aggregation+compile alone ${ms(dataOnly)}; one by one: pdfmake summary ${ms(each.summaryPdf)}, ` +
        `pdfmake báo cáo ${ms(each.reportPdf)}, docx ${ms(each.reportDocx)}, exceljs ${ms(each.dataXlsx)}; ${sizes}`,
    },
  ];
}

async function largeWard(db: Db): Promise<Result[]> {
  const { periodId } = await createLargeWard(db, LARGE_GROUPS, `bench-report-${LARGE_GROUPS}`);
  const model = async () => {
    const data = await loadPeriodReportData(db, periodId);
    return summaryTableModel(data, summarizePeriod(data.indicators, data.facts), NOW);
  };
  const endToEnd = async () => renderSummaryTablePdf(await model());
  const { table } = await finishedModels(db, periodId);
  const pdf = await endToEnd();
  for (let i = 0; i < WARM_UP - 1; i++) {
    await endToEnd();
    await renderSummaryTablePdf(table);
  }

  const [total, rendererOnly] = await interleavedMedians(LARGE_RUNS, endToEnd, () => renderSummaryTablePdf(table));
  const dataOnly = await timeMedian(LARGE_RUNS, model);
  return [
    {
      suite: "reports",
      name: `summary PDF, ${LARGE_GROUPS.toLocaleString("vi-VN")} groups, end to end`,
      value: total,
      unit: "ms",
      baseline: { name: "renderSummaryTablePdf alone", value: rendererOnly },
      note: `data+aggregation+table model alone ${ms(dataOnly)}; ${pageCount(pdf)} pages, ${kb(pdf.length)}`,
    },
  ];
}

export async function reportsSuite(): Promise<Result[]> {
  const test = await createTestDatabase("sqlite");
  const database = await openDatabase(test.url);
  try {
    return [...(await demoWard(database.db)), ...(await largeWard(database.db))];
  } finally {
    await database.close();
    await test.drop();
  }
}
