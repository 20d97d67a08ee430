// The columns of the city roll-up, shared by the PDF and the XLSX: the groups, then each
// movement's indicators (a ratio column after an indicator that has one), then the pledges.
import type { CityRollup } from "../../domain/city-rollup.js";
import type { IndicatorDef } from "../../domain/types.js";
import { words } from "../../i18n/words.js";

export type CityColumn =
  | { kind: "groups" }
  | { kind: "reported" }
  | { kind: "indicator"; def: IndicatorDef }
  | { kind: "ratio"; def: IndicatorDef }
  | { kind: "pledges" };

export interface CityColumnGroup {
  name: string;
  columns: CityColumn[];
}

/** The column groups of a roll-up, in order. Text indicators have no column. */
export function cityColumnGroups(rollup: Pick<CityRollup, "indicators" | "movements">): CityColumnGroup[] {
  const groups: CityColumnGroup[] = [{ name: words("doc-col-group"), columns: [{ kind: "groups" }, { kind: "reported" }] }];
  for (const def of rollup.indicators) {
    if (def.type === "text") continue;
    const name = rollup.movements.find((movement) => movement.code === def.movementCode)?.name ?? words("doc-other-movement");
    let group = groups.at(-1)!;
    if (groups.length === 1 || group.name !== name) {
      group = { name, columns: [] };
      groups.push(group);
    }
    group.columns.push({ kind: "indicator", def });
    if (def.ratioBase) group.columns.push({ kind: "ratio", def });
  }
  groups.push({ name: words("doc-pledges"), columns: [{ kind: "pledges" }] });
  return groups;
}

/** The unit a column's figures are in (ratios have none). */
export function columnUnit(column: CityColumn): string | undefined {
  switch (column.kind) {
    case "groups":
    case "reported":
    case "pledges":
      return words("doc-unit-groups");
    case "ratio":
      return undefined;
    case "indicator":
      if (column.def.type === "money") return words("doc-unit-money");
      if (column.def.type === "yes_no") return words("doc-unit-groups");
      return column.def.unit ?? undefined;
  }
}

export function columnHeader(column: CityColumn): string {
  switch (column.kind) {
    case "groups":
      return words("city-file-col-groups");
    case "reported":
      return words("city-file-col-reported");
    case "pledges":
      return words("doc-pledges-column");
    case "indicator":
      return column.def.shortLabel;
    case "ratio":
      return words(column.def.ratioBase?.kind === "pledged" ? "city-file-col-ratio-pledged" : "doc-ratio");
  }
}

/** The period's suffix in file names: "nam-2024" (tổng kết), "so-ket-nam-2025", "ky-khac-nam-2025". */
export function periodFileSlug(kind: CityRollup["kind"], year: number): string {
  switch (kind) {
    case "tong_ket":
      return `nam-${year}`;
    case "so_ket":
      return `so-ket-nam-${year}`;
    case "other":
      return `ky-khac-nam-${year}`;
  }
}
