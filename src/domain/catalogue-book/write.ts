// A catalogue into the workbook's rows (header, help line, data), cell by cell. What
// `readCatalogueBook` reads back unchanged: export → import is no change.
import type { IndicatorDef, IndicatorRule, RatioBase } from "../types.js";
import type { CatalogueDefs } from "./catalogue-defs.js";
import { awardSheets } from "./awards-write.js";
import { NO, PLEDGE_TYPE_WORDS, RATIO_GROUPS_WORD, RATIO_PLEDGED_PREFIX, SHEETS, TYPE_WORDS, YES, type SheetKey } from "./layout.js";

export type OutCell = string | number;

export interface SheetRows {
  key: SheetKey;
  name: string;
  header: string[];
  help: string[];
  data: OutCell[][];
  /** A drop-down list and a number format for one data row's cells (the settings sheet). */
  rowCells?: Record<number, { column: number; choices?: readonly string[]; numFmt?: string }>;
}

const yesNo = (value: boolean) => (value ? YES : NO);

export function rulesText(rules: readonly IndicatorRule[]): string {
  return rules
    .map((rule) => (rule.kind === "min" ? `≥ ${rule.value}` : rule.kind === "max" ? `≤ ${rule.value}` : `≤ ${rule.indicator}`))
    .join("; ");
}

export function ratioText(ratio: RatioBase | null): string {
  if (ratio === null) return "";
  if (ratio.kind === "groups") return RATIO_GROUPS_WORD;
  if (ratio.kind === "pledged") return `${RATIO_PLEDGED_PREFIX} ${ratio.pledgeItem}`;
  return ratio.indicator;
}

function indicatorRow(def: IndicatorDef): Record<string, OutCell> {
  return {
    code: def.code,
    movement: def.movementCode ?? "",
    label: def.label,
    shortLabel: def.shortLabel,
    question: def.question,
    type: TYPE_WORDS[def.type],
    unit: def.unit ?? "",
    example: def.example ?? "",
    rules: rulesText(def.rules),
    ratio: ratioText(def.ratioBase),
    optional: yesNo(def.optional),
    offerPrevious: yesNo(def.offerPrevious),
    soKet: yesNo(def.periodKinds.includes("so_ket")),
    tongKet: yesNo(def.periodKinds.includes("tong_ket")),
    other: yesNo(def.periodKinds.includes("other")),
    order: def.order,
  };
}

export function sheet(key: SheetKey, records: Array<Record<string, OutCell>>): SheetRows {
  const { name, columns } = SHEETS[key];
  return {
    key,
    name,
    header: columns.map((c) => c.header),
    help: columns.map((c) => c.help),
    data: records.map((record) => columns.map((c) => record[c.key] ?? "")),
  };
}

export function catalogueSheets(catalogue: CatalogueDefs): SheetRows[] {
  const byOrder = <T extends { order: number }>(list: readonly T[]) => [...list].sort((a, b) => a.order - b.order);
  return [
    sheet("movements", byOrder(catalogue.movements).map((m) => ({ code: m.code, name: m.name, order: m.order }))),
    sheet("indicators", byOrder(catalogue.indicators).map(indicatorRow)),
    sheet(
      "pledgeItems",
      byOrder(catalogue.pledgeItems).map((p) => ({ code: p.code, title: p.title, type: PLEDGE_TYPE_WORDS[p.type], unit: p.unit ?? "", order: p.order })),
    ),
    ...(catalogue.awards ? awardSheets(catalogue.awards) : []),
  ];
}
