// The báo cáo states every figure the groups reported: the indicators the template's text does
// not place (with {chi_tieu_<code>} or a fixed figure such as {tien_tham_hoi_tang_qua}) are
// listed under "Số liệu các chỉ tiêu khác", one line per movement. A new indicator added
// in the catalogue workbook thus reaches the report without anyone editing the template.
import type { IndicatorSummary, PeriodSummary } from "../../domain/aggregate.js";
import { indicatorPlaceholderName } from "../../domain/catalogue-book/template-uses.js";
import { formatCount, formatFraction, formatMoney, formatPercentOf } from "../../domain/format.js";
import type { MovementDef } from "../../domain/types.js";
import type { BodyBlock } from "../admin-document.js";
import { FIXED_FIGURE_INDICATORS } from "../template/placeholders.js";
import { words } from "../../i18n/words.js";

/** Codes of the indicators the template's placeholders state. */
export function placedIndicators(used: ReadonlySet<string>, indicatorCodes: readonly string[]): Set<string> {
  const placed = new Set<string>();
  for (const code of indicatorCodes) if (used.has(indicatorPlaceholderName(code))) placed.add(code);
  for (const [name, codes] of Object.entries(FIXED_FIGURE_INDICATORS)) {
    if (used.has(name)) for (const code of codes) placed.add(code);
  }
  return placed;
}

/** "5 hộ", "261.700.000 đồng", "18/26 tổ (69,2%)": the figure as the report writes it. */
export function indicatorFigureText(indicator: IndicatorSummary, groupsTotal: number): string {
  const unit = indicator.unit ? ` ${indicator.unit}` : "";
  switch (indicator.type) {
    case "count":
      return `${formatCount(indicator.total)}${unit}`;
    case "money":
      return formatMoney(indicator.total);
    case "yes_no":
      return groupsTotal > 0
        ? words("report-figure-yes-groups-percent", { fraction: formatFraction(indicator.total, groupsTotal), percent: formatPercentOf(indicator.total, groupsTotal, 1) })
        : words("report-figure-yes-groups", { fraction: formatFraction(indicator.total, groupsTotal) });
    case "text":
      return formatCount(indicator.answered);
  }
}

/**
 * The lead-in and one line per movement, "- Phong trào “…”: Hộ thoát nghèo: 63 hộ; …" (no text
 * indicators: their answers are words, read in the XLSX); no block at all when the text places
 * every figure.
 */
export function otherIndicatorBlocks(summary: PeriodSummary, movements: readonly MovementDef[], placed: ReadonlySet<string>): BodyBlock[] {
  const listed = summary.indicators.filter((indicator) => indicator.type !== "text" && !placed.has(indicator.code));
  if (listed.length === 0) return [];
  const known = new Map(movements.map((movement) => [movement.code, movement]));
  const movementOf = (indicator: IndicatorSummary) => (indicator.movementCode === null ? undefined : known.get(indicator.movementCode));
  const rank = (indicator: IndicatorSummary) => movementOf(indicator)?.order ?? Number.POSITIVE_INFINITY;
  // Movements in the catalogue's order; within one, the questions' order (a stable sort).
  const ordered = [...listed].sort((a, b) => rank(a) - rank(b));
  const lines: Array<{ key: string; head: string; figures: string[] }> = [];
  for (const indicator of ordered) {
    const movement = movementOf(indicator);
    const key = movement?.code ?? "";
    if (lines.at(-1)?.key !== key) lines.push({ key, head: movement ? words("report-other-indicators-movement", { name: movement.name }) : words("doc-other-movement"), figures: [] });
    lines.at(-1)!.figures.push(`${indicator.shortLabel}: ${indicatorFigureText(indicator, summary.groups.total)}`);
  }
  const { reported, total } = summary.groups;
  return [
    { kind: "paragraph", text: words("report-other-indicators-lead", { reported: formatCount(reported), total: formatCount(total) }) },
    ...lines.map((line): BodyBlock => ({ kind: "bullet", marker: "-", text: `${line.head}: ${line.figures.join("; ")}.` })),
  ];
}

/**
 * `body` with `blocks` after the last block of part I (before the second part heading), or at
 * the end when the text has fewer than two parts.
 */
export function afterFirstPart(body: readonly BodyBlock[], blocks: readonly BodyBlock[]): BodyBlock[] {
  if (blocks.length === 0) return [...body];
  const parts = body.flatMap((block, index) => (block.kind === "part" ? [index] : []));
  const at = parts.length >= 2 ? parts[1]! : body.length;
  return [...body.slice(0, at), ...blocks, ...body.slice(at)];
}
