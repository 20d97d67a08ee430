// The "Tổng hợp kết quả" table from a period's data: one row per group, the period's
// indicators as columns grouped by movement, a total row (the counted groups), ratios,
// the pledge column. Groups not reported or in draft are marked and print no figures, so
// the total is exactly the sum of the printed rows.
import type { GroupReportRow, PeriodReportData } from "../../db/repos/report-data.js";
import type { PeriodSummary } from "../../domain/aggregate.js";
import { COUNTED_STATUSES } from "../../domain/aggregate.js";
import { formatCount, formatDateTime, formatNumber, formatPercentOf } from "../../domain/format.js";
import type { AnswerValue, IndicatorDef } from "../../domain/types.js";
import { labelInSentence } from "../../domain/validate.js";
import type { SummaryColumnGroup, SummaryTable } from "../summary-table.js";
import { words } from "../../i18n/words.js";

const NO_FIGURE = "—";

/**
 * The numeric indicators, each movement's together (in the order its first one is asked): an
 * indicator asked out of its movement's run still prints under its movement, never as a
 * second column group of the same name.
 */
function tableIndicators(data: PeriodReportData): Array<IndicatorDef & { id: number }> {
  const numeric = data.indicators.filter((indicator) => indicator.type !== "text");
  const movements = [...new Set(numeric.map((indicator) => indicator.movementCode))];
  return movements.flatMap((movement) => numeric.filter((indicator) => indicator.movementCode === movement));
}

function cell(indicator: IndicatorDef, value: AnswerValue | undefined): string {
  if (!value) return "";
  switch (value.type) {
    case "count":
      return formatCount(value.value);
    case "money":
      return formatNumber(value.value); // the column header carries "đồng"
    case "yes_no":
      return words(value.value ? "doc-yes" : "doc-no");
    case "text":
      return indicator.type === "text" ? value.value : "";
  }
}

function counted(row: GroupReportRow): boolean {
  return row.status !== null && COUNTED_STATUSES.includes(row.status);
}

export function summaryTableModel(data: PeriodReportData, summary: PeriodSummary, generatedAt: Date): SummaryTable {
  const indicators = tableIndicators(data);
  const groups: SummaryColumnGroup[] = [];
  for (const indicator of indicators) {
    const name = data.movements.find((movement) => movement.code === indicator.movementCode)?.name ?? words("doc-other-movement");
    let group = groups.at(-1);
    if (!group || group.name !== name) {
      group = { name, columns: [] };
      groups.push(group);
    }
    (group.columns as SummaryColumnGroup["columns"][number][]).push({
      header: indicator.shortLabel,
      unit: indicator.type === "money" ? words("doc-unit-money") : indicator.type === "yes_no" ? undefined : (indicator.unit ?? undefined),
      align: indicator.type === "yes_no" ? "center" : "right",
    });
  }
  groups.push({ name: words("doc-pledges"), columns: [{ header: words("doc-pledges-column"), align: "center" }] });

  const rows = data.groups.map((row, index) => {
    const complete = counted(row);
    return {
      stt: String(index + 1),
      name: row.name,
      status: words(`doc-status-${row.status ?? "none"}`),
      cells: [
        ...indicators.map((indicator) => (complete ? cell(indicator, row.values[indicator.code]) : NO_FIGURE)),
        words(row.pledgeSigned ? "doc-pledge-signed" : "doc-pledge-unsigned"),
      ],
      incomplete: !complete,
    };
  });

  const byCode = new Map(summary.indicators.map((figure) => [figure.code, figure]));
  const totalCells = indicators.map((indicator) => {
    const figure = byCode.get(indicator.code);
    if (!figure) return "";
    if (indicator.type === "money") return formatNumber(figure.total);
    return formatCount(figure.total);
  });
  // Each percentage says what it is of: the PCCC column's 100% is 18 of the 18 groups that pledged.
  const labelOf = new Map(data.indicators.map((indicator) => [indicator.code, indicator.shortLabel]));
  const ratioCells = indicators.map((indicator) => {
    const ratio = byCode.get(indicator.code)?.ratio;
    if (!ratio) return "";
    const fraction = `${formatCount(ratio.numerator)}/${formatCount(ratio.denominator)}`;
    const base = indicator.ratioBase;
    const of =
      base?.kind === "pledged"
        ? words("summary-ratio-pledged", { fraction })
        : base?.kind === "indicator"
          ? `${fraction} ${labelInSentence(labelOf.get(base.indicator) ?? base.indicator)}`
          : words("summary-ratio-groups", { fraction });
    return `${formatPercentOf(ratio.numerator, ratio.denominator, 1)}\n(${of})`;
  });
  const pledges = summary.pledges;
  return {
    titleLines: [words("summary-title-1"), words("summary-title-2")],
    subtitle: { ward: data.ward.name, period: words("summary-period", { period: data.period.name }) },
    generatedAtText: words("summary-made", {
      time: formatDateTime(generatedAt, data.ward.timeZone),
      reported: String(summary.groups.reported),
      total: String(summary.groups.total),
    }),
    groups,
    rows,
    total: { label: words("summary-total", { reported: String(summary.groups.reported) }), cells: [...totalCells, `${pledges.signed}/${pledges.total}`] },
    ratio: ratioCells.some(Boolean)
      ? {
          label: words("doc-ratio"),
          cells: [...ratioCells, `${formatPercentOf(pledges.signed, pledges.total, 1)}\n(${words("summary-ratio-groups", { fraction: `${pledges.signed}/${pledges.total}` })})`],
        }
      : undefined,
    metadata: { title: words("summary-metadata-title", { period: data.period.name }), author: data.ward.name, creationDate: generatedAt },
  };
}
