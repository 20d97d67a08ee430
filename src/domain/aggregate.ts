// Aggregation of a period from plain data: one ward or a whole city, from SQL or from rows.

export {
  COUNTED_STATUSES,
  commitsTo,
  summarizeRows,
  type GroupId,
  type PeriodRows,
} from "./aggregate/summarize-rows.js";
export {
  indicatorSummary,
  ratioOf,
  summarizePeriod,
  type GroupProgress,
  type IndicatorSummary,
  type PeriodSummary,
  type RatioFigure,
} from "./aggregate/summarize-period.js";
