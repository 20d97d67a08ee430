// The totals of a decision's annex: counts by recipient kind and the sum of the amounts.
import { RECIPIENT_KINDS, type RecipientKind } from "./types.js";

export interface AnnexLine {
  recipientKind: RecipientKind;
  amount: number;
}

export interface AnnexTotals {
  count: number;
  byKind: Record<RecipientKind, number>;
  amountByKind: Record<RecipientKind, number>;
  amount: number;
}

export function annexTotals(lines: readonly AnnexLine[]): AnnexTotals {
  const byKind = Object.fromEntries(RECIPIENT_KINDS.map((kind) => [kind, 0])) as Record<RecipientKind, number>;
  const amountByKind = { ...byKind };
  let amount = 0;
  for (const line of lines) {
    byKind[line.recipientKind] += 1;
    amountByKind[line.recipientKind] += line.amount;
    amount += line.amount;
  }
  return { count: lines.length, byKind, amountByKind, amount };
}

/** The annex's order of kinds: collectives, then individuals, then households. */
export const ANNEX_KIND_ORDER: readonly RecipientKind[] = ["tap_the", "ca_nhan", "ho_gia_dinh"];

/**
 * The lines in the annex's order (by kind, then as they were numbered), numbered 1, 2, 3 … in
 * that order. The one place the order is decided: the annex's STT, the certificates' order and
 * their "Số vào sổ" all follow it.
 */
export function inAnnexOrder<T extends { recipientKind: RecipientKind; stt: number }>(lines: readonly T[]): T[] {
  return lines
    .map((line, index) => ({ line, index }))
    .sort((a, b) => ANNEX_KIND_ORDER.indexOf(a.line.recipientKind) - ANNEX_KIND_ORDER.indexOf(b.line.recipientKind) || a.line.stt - b.line.stt || a.index - b.index)
    .map(({ line }, index) => ({ ...line, stt: index + 1 }));
}
