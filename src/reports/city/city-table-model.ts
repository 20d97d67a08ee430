// The city's "Tổng hợp kết quả" sheet: one row per ward, the city's total row (the database's
// city figures), ratios as percentages. A ward without the period is listed, greyed, with no
// figures, and counts in no total.
import type { PeriodSummary } from "../../domain/aggregate.js";
import type { CityRollup, WardRollup } from "../../domain/city-rollup.js";
import { cityPeriodLabel } from "./period-label.js";
import { formatCount, formatDateTime, formatNumber, formatPercentOf } from "../../domain/format.js";
import { words } from "../../i18n/words.js";
import type { SummaryColumnGroup, SummaryTable } from "../summary-table.js";
import { type CityColumn, cityColumnGroups, columnHeader, columnUnit } from "./city-columns.js";

const NO_FIGURE = "—";

/** One cell of a ward's (or the city's) row; "" when the ward's period does not ask the indicator. */
export function cityCell(column: CityColumn, summary: PeriodSummary, asks: (code: string) => boolean): string {
  switch (column.kind) {
    case "groups":
      return formatCount(summary.groups.total);
    case "reported":
      return formatCount(summary.groups.reported);
    case "pledges":
      return formatCount(summary.pledges.signed);
    case "indicator": {
      if (!asks(column.def.code)) return "";
      const figure = summary.indicators.find((indicator) => indicator.code === column.def.code);
      if (!figure) return "";
      // Money without "đồng": the column header carries the unit.
      return column.def.type === "money" ? formatNumber(figure.total) : formatCount(figure.total);
    }
    case "ratio": {
      if (!asks(column.def.code)) return "";
      const ratio = summary.indicators.find((indicator) => indicator.code === column.def.code)?.ratio;
      return ratio ? formatPercentOf(ratio.numerator, ratio.denominator, 1) : "";
    }
  }
}

function wardRow(ward: WardRollup, index: number, columns: CityColumn[]) {
  const base = { stt: String(index + 1), name: ward.ward.name };
  if (!ward.summary || !ward.period) {
    return { ...base, status: words("city-file-no-period"), cells: columns.map(() => NO_FIGURE), incomplete: true };
  }
  const summary = ward.summary;
  return {
    ...base,
    status: ward.period.name,
    cells: columns.map((column) => cityCell(column, summary, (code) => ward.indicatorCodes.has(code))),
  };
}

export function cityTableModel(rollup: CityRollup, generatedAt: Date): SummaryTable {
  const plan = cityColumnGroups(rollup);
  const columns = plan.flatMap((group) => group.columns);
  const groups: SummaryColumnGroup[] = plan.map((group) => ({
    name: group.name,
    columns: group.columns.map((column) => ({
      header: columnHeader(column),
      unit: columnUnit(column),
      align: "right" as const,
    })),
  }));
  const label = cityPeriodLabel(rollup.kind, rollup.year);
  const total = rollup.total;
  return {
    titleLines: [words("city-file-title-1"), words("city-file-title-2")],
    subtitle: { ward: rollup.city.name, period: words("city-file-period", { period: label }) },
    generatedAtText: words("city-file-made", {
      time: formatDateTime(generatedAt),
      withPeriod: String(rollup.wardsWithPeriod),
      wards: String(rollup.wards.length),
      reported: String(total.groups.reported),
      groups: String(total.groups.total),
    }),
    nameHeader: words("city-file-col-ward"),
    statusHeader: words("city-file-col-period"),
    groups,
    rows: rollup.wards.map((ward, index) => wardRow(ward, index, columns)),
    total: { label: words("doc-total"), cells: columns.map((column) => cityCell(column, total, () => true)) },
    metadata: { title: words("city-file-metadata-title", { city: rollup.city.name, period: label }), author: rollup.city.name, creationDate: generatedAt },
  };
}
