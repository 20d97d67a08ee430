// The roll-up's period as the city's documents name it: "Tổng kết năm 2024", "Sơ kết năm 2025".
import type { PeriodKind } from "../../domain/types.js";
import { words } from "../../i18n/words.js";

export function cityPeriodLabel(kind: PeriodKind, year: number): string {
  return words("city-period-label", { kind, year: String(year) });
}
