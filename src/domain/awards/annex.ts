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
