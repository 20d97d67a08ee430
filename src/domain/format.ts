// Output in the Vietnamese forms: 5.829 — 261.700.000 đồng — 99% — ngày 27 tháng 5 năm 2025.

export {
  NOT_APPLICABLE,
  formatCount,
  formatFraction,
  formatMoney,
  formatMoneyShort,
  formatNumber,
  formatPercent,
  formatPercentOf,
  formatTwoDigits,
} from "./format/numbers.js";
export {
  VIETNAM_TIME_ZONE,
  formatDateLong,
  formatDateShort,
  formatDateTime,
  formatNd30Date,
  formatNd30DateLine,
  toCalendarDate,
  type DateInput,
} from "./format/dates.js";
export { DOCUMENT_NUMBER_BLANK, documentNumberAndSymbol, documentNumberText, formatDocumentNumber, normalizeDocumentSymbol } from "./format/document.js";
