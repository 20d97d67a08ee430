// The vocabulary of khen thưởng: award forms as dated data, the base salary by date, the ward's
// rounding and vote rules. Plain data only. Days are "YYYY-MM-DD" strings (see days.ts).

export type RecipientKind = "ca_nhan" | "ho_gia_dinh" | "tap_the";
export const RECIPIENT_KINDS: readonly RecipientKind[] = ["ca_nhan", "ho_gia_dinh", "tap_the"];

export type AwardFormKind = "giay_khen" | "danh_hieu";
export type RoundingMode = "up" | "down" | "nearest" | "none";
export type VotePassRule = "of_cast" | "of_members" | "unanimous";

export interface Rounding {
  mode: RoundingMode;
  /** The step in đồng, e.g. 10.000. */
  step: number;
}

/** A form's amount for one recipient kind, in thousandths of the base salary, for the days it holds. */
export interface AwardRateDef {
  recipientKind: RecipientKind;
  coefficientMilli: number;
  /** "YYYY-MM-DD", inclusive. */
  validFrom: string;
  /** "YYYY-MM-DD", inclusive; null: open-ended. */
  validTo: string | null;
  legalBasis: string;
}

export interface AwardFormDef {
  code: string;
  name: string;
  kind: AwardFormKind;
  /** "GIẤY KHEN", "GIẤY CHỨNG NHẬN"; "" when the form has no certificate. */
  certificateTitle: string;
  /** The title a danh_hieu confers, e.g. "Gia đình văn hóa"; "" for a giấy khen. */
  titleName: string;
  /** "Căn cứ …" lines the form adds to a decision (without the final ";" or "."). */
  legalBasis: string[];
  order: number;
  rates: AwardRateDef[];
}

export interface BaseSalaryDef {
  /** "YYYY-MM-DD": the day it takes effect. */
  validFrom: string;
  /** Whole đồng per month. */
  amount: number;
  legalBasis: string;
}

export interface AwardSettingsDef {
  rounding: Rounding;
  votePassRule: VotePassRule;
  /** A line passes with more than this share agreeing. */
  votePassPercent: number;
  postingDays: number;
  /** Ward-wide "Căn cứ …" lines (without the final ";" or "."). */
  legalBasis: string[];
  decisionSymbol: string;
}
