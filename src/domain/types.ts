// Shared vocabulary of the domain core. Plain data only: no I/O, no grammY, no Prisma.

export type Role = "leader" | "officer" | "chair" | "council" | "admin" | "city";

/** How the assistant addresses a person: "ông" or "bà"; null while unknown ("ông/bà"). */
export type Salutation = "ong" | "ba";
export type IndicatorType = "count" | "money" | "yes_no" | "text";
export type PeriodKind = "so_ket" | "tong_ket" | "other";
export type ReportStatus = "draft" | "submitted" | "returned" | "approved";

/** A rule an answer must keep. `lte`: value ≤ the value of another indicator of the same report. */
export type IndicatorRule =
  | { kind: "min"; value: number }
  | { kind: "max"; value: number }
  | { kind: "lte"; indicator: string };

/** How a report figure turns an indicator into "x/y = z%". */
export type RatioBase =
  | { kind: "groups" } // yes-count / number of groups in the period
  | { kind: "indicator"; indicator: string } // sum / sum of another indicator
  | { kind: "pledged"; pledgeItem: string }; // yes among groups that pledged the item / those groups

export interface MovementDef {
  code: string;
  name: string;
  order: number;
}

export interface IndicatorDef {
  code: string;
  movementCode: string | null; // null: asked every period, outside any movement
  label: string; // column / summary label, e.g. "Số hộ đạt gia đình văn hóa"
  question: string; // what the leader is asked
  shortLabel: string; // short column header for tables
  type: IndicatorType;
  unit: string | null; // "hộ", "suất", "đồng"
  example: string | null; // "5.829" or "1,5 triệu"
  rules: IndicatorRule[];
  order: number;
  periodKinds: PeriodKind[]; // the period kinds it applies to
  optional: boolean;
  offerPrevious: boolean; // offer last period's value as a one-tap answer
  ratioBase: RatioBase | null;
}

export type PledgeItemType = "count" | "yes_no";
export interface PledgeItemDef {
  code: string;
  title: string; // "Đăng ký danh hiệu Tổ dân phố văn hóa"
  type: PledgeItemType;
  unit: string | null;
  order: number;
}

/** Ward-level figures an officer enters (not reported by groups). */
export interface WardFigureDef {
  code: string;
  label: string;
  type: "count" | "money" | "text";
  unit: string | null;
  order: number;
  example?: string | null; // what the officer is shown, e.g. "01 giải khuyến khích"
}

/** One stored answer. Counts and money are integers (money in đồng). */
export type AnswerValue =
  | { type: "count"; value: number }
  | { type: "money"; value: number }
  | { type: "yes_no"; value: boolean }
  | { type: "text"; value: string };

/** A calendar day with no time zone (month 1–12). */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** How many of a period's groups are in each report state (no report yet: notStarted). */
export interface StatusCounts {
  notStarted: number;
  draft: number;
  submitted: number;
  returned: number;
  approved: number;
}

/**
 * What the counted reports (by default submitted and approved) of a period say about one
 * indicator. An indicator without a row, or an item without a key, counts as 0.
 */
export interface IndicatorFacts {
  code: string;
  sum: number; // sum of count and money answers
  yes: number; // yes_no answers that are "yes"
  answered: number; // groups that answered
  /** Only for an indicator whose ratioBase is "pledged": groups that pledged the item and answered "yes". */
  yesAmongPledged?: number;
}

/**
 * Plain figures of one period, computed by the database (SQL) or by `summarizeRows` (in memory);
 * the same shape serves one ward or a whole city.
 */
export interface PeriodFacts {
  groupsTotal: number;
  statusCounts: StatusCounts;
  indicators: IndicatorFacts[];
  pledges: {
    signed: number; // groups whose pledge for the period's year is signed
    total: number; // groups expected to pledge (the period's groups)
    byItem: Record<string, number>; // item code → signed pledges that commit to it (yes, or a target > 0)
  };
  wardFigures: Record<string, number | string>;
}
