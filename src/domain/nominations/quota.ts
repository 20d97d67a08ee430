// Households proposed for "Gia đình văn hóa" against what the group reported: never more than
// the households the group's report says achieved the title. Pure.

export type QuotaCheck =
  | { ok: true; remaining: number }
  /** The group has not reported how many households achieved the title this period. */
  | { ok: false; reason: "no_figure" }
  /** More than reported: `achieved` reported, `already` proposed before, `proposed` now. */
  | { ok: false; reason: "over"; achieved: number; already: number; proposed: number; remaining: number };

export function checkHouseholdQuota(input: { achieved: number | null; already: number; proposed: number }): QuotaCheck {
  const { achieved, already, proposed } = input;
  if (achieved === null) return { ok: false, reason: "no_figure" };
  const remaining = Math.max(0, achieved - already);
  if (proposed > remaining) return { ok: false, reason: "over", achieved, already, proposed, remaining };
  return { ok: true, remaining: remaining - proposed };
}
