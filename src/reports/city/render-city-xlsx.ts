// The city roll-up as XLSX (exceljs): one row per ward, numbers as numbers, the total row and
// every ratio as formulas (with the database's figures as their cached results, so a viewer
// that does not recalculate still shows them). A "yes among those who pledged" ratio gets its
// two figures as columns of their own, so its formula has something to divide.
import ExcelJS from "exceljs";
import type { PeriodSummary } from "../../domain/aggregate.js";
import type { CityRollup } from "../../domain/city-rollup.js";
import { cityPeriodLabel } from "./period-label.js";
import { DEFAULT_WARD_FIGURES } from "../../domain/catalogue.js";
import { formatDateTime } from "../../domain/format.js";
import type { IndicatorDef } from "../../domain/types.js";
import { words } from "../../i18n/words.js";
import { writeXlsx, xlsxFont } from "../xlsx-font.js";
import { cityColumnGroups, columnHeader, columnUnit, type CityColumn } from "./city-columns.js";

const nfc = (text: string) => text.normalize("NFC");
const COUNT_FORMAT = "#,##0";
const MONEY_FORMAT = `#,##0" ${words("doc-unit-money")}"`;
const PERCENT_FORMAT = "0.0%";
const FIXED = 3; // STT, ward, period
export const CITY_SHEET = words("city-xlsx-sheet-wards");
export const FIGURES_SHEET = words("city-xlsx-sheet-figures");

type Figure = (summary: PeriodSummary, asks: (code: string) => boolean) => number | null;

interface SheetColumn {
  key: string;
  header: string;
  width: number;
  numFmt: string;
  /** A figure of a ward's or the city's summary; null: no figure. */
  figure?: Figure;
  /** A ratio: the keys of its numerator and denominator columns. */
  ratio?: { code: string; numerator: string; denominator: string; value: Figure };
}

export function columnLetter(index: number): string {
  let letters = "";
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

const indicatorTotal = (code: string): Figure => (summary, asks) =>
  asks(code) ? (summary.indicators.find((indicator) => indicator.code === code)?.total ?? 0) : null;

const ratioOf = (code: string, part: "numerator" | "denominator" | "percent"): Figure => (summary, asks) => {
  if (!asks(code)) return null;
  const ratio = summary.indicators.find((indicator) => indicator.code === code)?.ratio;
  if (!ratio) return null;
  if (part !== "percent") return ratio[part];
  return ratio.percent === null ? null : ratio.percent / 100;
};

function withUnit(column: CityColumn, header: string): string {
  const unit = columnUnit(column);
  return nfc(unit ? `${header} (${unit})` : header);
}

function sheetColumns(rollup: CityRollup): SheetColumn[] {
  const defined = new Set(rollup.indicators.filter((def) => def.type !== "text").map((def) => def.code));
  const ratioColumns = (def: IndicatorDef): SheetColumn[] => {
    const base = def.ratioBase!;
    const value = ratioOf(def.code, "percent");
    const header = words("city-file-col-ratio-of", { label: def.shortLabel });
    switch (base.kind) {
      case "groups":
        return [{ key: `ratio:${def.code}`, header, width: 14, numFmt: PERCENT_FORMAT, ratio: { code: def.code, numerator: def.code, denominator: "groups", value } }];
      case "indicator":
        if (defined.has(base.indicator)) {
          return [{ key: `ratio:${def.code}`, header, width: 14, numFmt: PERCENT_FORMAT, ratio: { code: def.code, numerator: def.code, denominator: base.indicator, value } }];
        }
        break;
      case "pledged":
        break;
    }
    // The ratio's own numerator and denominator as columns.
    return [
      { key: `num:${def.code}`, header: words("city-file-col-ratio-numerator", { label: def.shortLabel }), width: 16, numFmt: COUNT_FORMAT, figure: ratioOf(def.code, "numerator") },
      {
        key: `den:${def.code}`,
        header: words(base.kind === "pledged" ? "city-file-col-ratio-pledged-base" : "city-file-col-ratio-base", { label: def.shortLabel }),
        width: 16,
        numFmt: COUNT_FORMAT,
        figure: ratioOf(def.code, "denominator"),
      },
      { key: `ratio:${def.code}`, header, width: 14, numFmt: PERCENT_FORMAT, ratio: { code: def.code, numerator: `num:${def.code}`, denominator: `den:${def.code}`, value } },
    ];
  };

  return cityColumnGroups(rollup).flatMap((group) =>
    group.columns.flatMap((column): SheetColumn[] => {
      switch (column.kind) {
        case "groups":
          return [{ key: "groups", header: withUnit(column, columnHeader(column)), width: 14, numFmt: COUNT_FORMAT, figure: (s) => s.groups.total }];
        case "reported":
          return [{ key: "reported", header: withUnit(column, columnHeader(column)), width: 14, numFmt: COUNT_FORMAT, figure: (s) => s.groups.reported }];
        case "pledges":
          return [{ key: "pledges", header: withUnit(column, words("city-file-col-pledges-long")), width: 16, numFmt: COUNT_FORMAT, figure: (s) => s.pledges.signed }];
        case "indicator":
          return [
            {
              key: column.def.code,
              header: withUnit(column, column.def.label),
              width: 18,
              numFmt: column.def.type === "money" ? MONEY_FORMAT : COUNT_FORMAT,
              figure: indicatorTotal(column.def.code),
            },
          ];
        case "ratio":
          return ratioColumns(column.def);
      }
    }),
  );
}

export async function renderCityXlsx(rollup: CityRollup, generatedAt: Date): Promise<Buffer> {
  const label = cityPeriodLabel(rollup.kind, rollup.year);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "thidua-bot";
  workbook.created = generatedAt;
  workbook.title = nfc(`${rollup.city.name} - ${label}`);

  const columns = sheetColumns(rollup);
  const letter = new Map(columns.map((column, index) => [column.key, columnLetter(index + FIXED + 1)]));
  const sheet = workbook.addWorksheet(CITY_SHEET, { views: [{ state: "frozen", xSplit: FIXED, ySplit: 1 }] });
  sheet.columns = [
    { header: words("doc-col-number"), key: "stt", width: 6 },
    { header: words("city-file-col-ward"), key: "name", width: 24 },
    { header: words("city-file-col-period"), key: "period", width: 22 },
    ...columns.map((column) => ({ header: column.header, key: column.key, width: column.width })),
  ];
  sheet.getRow(1).font = xlsxFont({ bold: true });
  sheet.getRow(1).alignment = { wrapText: true, vertical: "middle" };
  columns.forEach((column, index) => (sheet.getColumn(index + FIXED + 1).numFmt = column.numFmt));

  const ratioFormula = (column: SheetColumn, row: number) => {
    const numerator = `${letter.get(column.ratio!.numerator)}${row}`;
    const denominator = `${letter.get(column.ratio!.denominator)}${row}`;
    return `IF(N(${denominator})=0,"",${numerator}/${denominator})`;
  };

  rollup.wards.forEach((ward, index) => {
    const rowNumber = index + 2;
    const values: Record<string, unknown> = { stt: index + 1, name: nfc(ward.ward.name), period: ward.period ? nfc(ward.period.name) : words("city-file-no-period") };
    const summary = ward.summary;
    if (summary) {
      const asks = (code: string) => ward.indicatorCodes.has(code);
      for (const column of columns) {
        if (column.figure) values[column.key] = column.figure(summary, asks);
        else if (column.ratio && asks(column.ratio.code)) {
          values[column.key] = { formula: ratioFormula(column, rowNumber), result: column.ratio.value(summary, asks) ?? "" };
        }
      }
    }
    sheet.addRow(values);
  });

  const first = 2;
  const last = rollup.wards.length + 1;
  const totalNumber = last + 1;
  const totals: Record<string, unknown> = { name: words("doc-total") };
  for (const column of columns) {
    if (column.figure) {
      const range = `${letter.get(column.key)}${first}:${letter.get(column.key)}${last}`;
      totals[column.key] = { formula: `SUM(${range})`, result: column.figure(rollup.total, () => true) ?? 0 };
    } else if (column.ratio) {
      const result = column.ratio.value(rollup.total, () => true);
      totals[column.key] = { formula: ratioFormula(column, totalNumber), result: result ?? "" };
    }
  }
  const total = sheet.addRow(totals);
  total.font = xlsxFont({ bold: true });

  // The ward-level figures the officers entered (khen thưởng, tiền thưởng, giải): the numeric ones.
  const figureDefs = DEFAULT_WARD_FIGURES.filter((def) => def.type !== "text");
  const figures = workbook.addWorksheet(FIGURES_SHEET, { views: [{ state: "frozen", xSplit: 2, ySplit: 1 }] });
  figures.columns = [
    { header: words("doc-col-number"), key: "stt", width: 6 },
    { header: words("city-file-col-ward"), key: "name", width: 24 },
    ...figureDefs.map((def) => ({ header: nfc(def.unit ? `${def.label} (${def.unit})` : def.label), key: def.code, width: 20 })),
  ];
  figures.getRow(1).font = xlsxFont({ bold: true });
  figures.getRow(1).alignment = { wrapText: true, vertical: "middle" };
  figureDefs.forEach((def, index) => (figures.getColumn(index + 3).numFmt = def.type === "money" ? MONEY_FORMAT : COUNT_FORMAT));
  rollup.wards.forEach((ward, index) => {
    const values: Record<string, unknown> = { stt: index + 1, name: nfc(ward.ward.name) };
    for (const def of figureDefs) {
      const value = ward.summary?.wardFigures[def.code];
      values[def.code] = typeof value === "number" ? value : null;
    }
    figures.addRow(values);
  });
  const figureTotals: Record<string, unknown> = { name: words("doc-total") };
  figureDefs.forEach((def, index) => {
    const column = columnLetter(index + 3);
    const value = rollup.total.wardFigures[def.code];
    figureTotals[def.code] = { formula: `SUM(${column}${first}:${column}${last})`, result: typeof value === "number" ? value : 0 };
  });
  figures.addRow(figureTotals).font = xlsxFont({ bold: true });

  const notes = workbook.addWorksheet(words("city-xlsx-sheet-notes"));
  notes.columns = [
    { header: words("city-xlsx-notes-item"), key: "label", width: 28 },
    { header: words("city-xlsx-notes-value"), key: "value", width: 70 },
  ];
  notes.getRow(1).font = xlsxFont({ bold: true });
  for (const [itemLabel, value] of [
    [words("city-xlsx-notes-unit"), rollup.city.name],
    [words("city-xlsx-notes-period"), label],
    [words("city-xlsx-notes-made"), formatDateTime(generatedAt)],
    [words("city-xlsx-notes-wards"), `${rollup.wardsWithPeriod}/${rollup.wards.length}`],
    [words("city-xlsx-notes-method"), words("city-xlsx-notes-method-text")],
  ] as const) {
    notes.addRow({ label: itemLabel, value: nfc(value) });
  }
  return writeXlsx(workbook);
}
