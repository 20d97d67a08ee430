import type { AwardFormDef, AwardSettingsDef, BaseSalaryDef } from "../awards/types.js";
import type { IndicatorDef, MovementDef, PledgeItemDef } from "../types.js";

/** The award part of the workbook: the ward's forms with their dated rates, the base salaries, the settings. */
export interface AwardBook {
  forms: AwardFormDef[];
  baseSalaries: BaseSalaryDef[];
  settings: AwardSettingsDef;
  /**
   * Where each row was read (spreadsheet row numbers), so a refusal found against the stored
   * decisions can name it: rates by `rateKey`, base salaries by their start day. Absent when
   * the book did not come from a file.
   */
  rows?: { rates: Record<string, number>; baseSalaries: Record<string, number> };
}

/** A ward's whole catalogue: movements, indicators and yearly pledge items, and its award forms. */
export interface CatalogueDefs {
  movements: MovementDef[];
  indicators: IndicatorDef[];
  pledgeItems: PledgeItemDef[];
  /** Absent: a workbook without the award sheets (exported before they existed); awards stay as stored. */
  awards?: AwardBook;
}

/** "giay_khen|ca_nhan|2026-07-01": a rate's identity within a ward. */
export function rateKey(formCode: string, recipientKind: string, validFrom: string): string {
  return `${formCode}|${recipientKind}|${validFrom}`;
}
