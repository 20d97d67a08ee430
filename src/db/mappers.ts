// Between stored rows and the domain's plain values.
import type { IndicatorMeaning } from "../domain/catalogue-book/changes.js";
import type { AnswerValue, IndicatorDef, IndicatorRule, IndicatorType, PeriodKind, RatioBase } from "../domain/types.js";

export interface ValueColumns {
  numberValue: bigint | null;
  boolValue: boolean | null;
  textValue: string | null;
}

export function toColumns(answer: AnswerValue): ValueColumns {
  switch (answer.type) {
    case "count":
    case "money":
      return { numberValue: BigInt(answer.value), boolValue: null, textValue: null };
    case "yes_no":
      return { numberValue: null, boolValue: answer.value, textValue: null };
    case "text":
      return { numberValue: null, boolValue: null, textValue: answer.value };
  }
}

export function fromColumns(type: IndicatorType, row: ValueColumns): AnswerValue | null {
  switch (type) {
    case "count":
    case "money":
      return row.numberValue === null ? null : { type, value: Number(row.numberValue) };
    case "yes_no":
      return row.boolValue === null ? null : { type, value: row.boolValue };
    case "text":
      return row.textValue === null ? null : { type, value: row.textValue };
  }
}

export interface IndicatorRow {
  code: string;
  label: string;
  question: string;
  shortLabel: string;
  type: IndicatorType;
  unit: string | null;
  example: string | null;
  rules: string;
  ratioBase: string | null;
  periodKinds: string;
  sortOrder: number;
  optional: boolean;
  offerPrevious: boolean;
  movement: { code: string } | null;
}

export function toIndicatorDef(row: IndicatorRow, order = row.sortOrder): IndicatorDef {
  return {
    code: row.code,
    movementCode: row.movement?.code ?? null,
    label: row.label,
    question: row.question,
    shortLabel: row.shortLabel,
    type: row.type,
    unit: row.unit,
    example: row.example,
    rules: JSON.parse(row.rules) as IndicatorRule[],
    ratioBase: row.ratioBase === null ? null : (JSON.parse(row.ratioBase) as RatioBase),
    periodKinds: row.periodKinds.split(",").filter(Boolean) as PeriodKind[],
    order,
    optional: row.optional,
    offerPrevious: row.offerPrevious,
  };
}

export function indicatorColumns(def: IndicatorDef) {
  return {
    label: def.label,
    question: def.question,
    shortLabel: def.shortLabel,
    type: def.type,
    unit: def.unit,
    example: def.example,
    rules: JSON.stringify(def.rules),
    ratioBase: def.ratioBase === null ? null : JSON.stringify(def.ratioBase),
    periodKinds: def.periodKinds.join(","),
    sortOrder: def.order,
    optional: def.optional,
    offerPrevious: def.offerPrevious,
  };
}

/** A period's own view of an indicator: its frozen meaning (if any) over the current wording. */
export function withFrozen(def: IndicatorDef, frozen: string | null): IndicatorDef {
  if (frozen === null) return def;
  const meaning = JSON.parse(frozen) as IndicatorMeaning;
  return { ...def, ...meaning };
}
