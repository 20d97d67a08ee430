// The "Tổng hợp kết quả" table from a period's data: one row per group, the period's
// indicators as columns grouped by movement, a total row (the counted groups), ratios,
// the pledge column. Groups not reported or in draft are marked and print no figures, so
// the total is exactly the sum of the printed rows.
import type { GroupReportRow, PeriodReportData } from "../../db/repos/report-data.js";
import type { PeriodSummary } from "../../domain/aggregate.js";
import { COUNTED_STATUSES } from "../../domain/aggregate.js";
import { formatCount, formatDateTime, formatMoney, formatPercentOf } from "../../domain/format.js";
import type { AnswerValue, IndicatorDef } from "../../domain/types.js";
import { labelInSentence } from "../../domain/validate.js";
import type { SummaryColumnGroup, SummaryTable } from "../summary-table.js";

const STATUS_TEXT = {
  approved: "Đã duyệt",
  submitted: "Chờ duyệt",
  returned: "Trả lại bổ sung",
  draft: "Đang làm dở",
  none: "Chưa gửi",
} as const;
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
      return formatMoney(value.value).replace(/ đồng$/u, "");
    case "yes_no":
      return value.value ? "Có" : "Không";
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
    const name = data.movements.find((movement) => movement.code === indicator.movementCode)?.name ?? "Nội dung khác";
    let group = groups.at(-1);
    if (!group || group.name !== name) {
      group = { name, columns: [] };
      groups.push(group);
    }
    (group.columns as SummaryColumnGroup["columns"][number][]).push({
      header: indicator.shortLabel,
      unit: indicator.type === "money" ? "đồng" : indicator.type === "yes_no" ? undefined : (indicator.unit ?? undefined),
      align: indicator.type === "yes_no" ? "center" : "right",
    });
  }
  groups.push({ name: "Đăng ký thi đua", columns: [{ header: "Ký cam kết", align: "center" }] });

  const rows = data.groups.map((row, index) => {
    const complete = counted(row);
    return {
      stt: String(index + 1),
      name: row.name,
      status: STATUS_TEXT[row.status ?? "none"],
      cells: [
        ...indicators.map((indicator) => (complete ? cell(indicator, row.values[indicator.code]) : NO_FIGURE)),
        row.pledgeSigned ? "Đã ký" : "Chưa ký",
      ],
      incomplete: !complete,
    };
  });

  const byCode = new Map(summary.indicators.map((figure) => [figure.code, figure]));
  const totalCells = indicators.map((indicator) => {
    const figure = byCode.get(indicator.code);
    if (!figure) return "";
    if (indicator.type === "money") return formatMoney(figure.total).replace(/ đồng$/u, "");
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
        ? `${fraction} tổ đăng ký`
        : base?.kind === "indicator"
          ? `${fraction} ${labelInSentence(labelOf.get(base.indicator) ?? base.indicator)}`
          : `${fraction} tổ`;
    return `${formatPercentOf(ratio.numerator, ratio.denominator, 1)}\n(${of})`;
  });
  const pledges = summary.pledges;
  return {
    titleLines: ["TỔNG HỢP KẾT QUẢ", "PHONG TRÀO THI ĐUA CỦA CÁC TỔ DÂN PHỐ"],
    subtitle: { ward: data.ward.name, period: `Kỳ báo cáo: ${data.period.name}` },
    generatedAtText: `Lập lúc ${formatDateTime(generatedAt, data.ward.timeZone)}. Đã nộp ${summary.groups.reported}/${summary.groups.total} tổ; tổng cộng chỉ tính các tổ đã nộp.`,
    groups,
    rows,
    total: { label: `Tổng cộng (${summary.groups.reported} tổ đã nộp)`, cells: [...totalCells, `${pledges.signed}/${pledges.total}`] },
    ratio: ratioCells.some(Boolean)
      ? {
          label: "Tỷ lệ",
          cells: [...ratioCells, `${formatPercentOf(pledges.signed, pledges.total, 1)}\n(${pledges.signed}/${pledges.total} tổ)`],
        }
      : undefined,
    metadata: { title: `Tổng hợp kết quả thi đua - ${data.period.name}`, author: data.ward.name, creationDate: generatedAt },
  };
}
