// A new indicator row without a "Thứ tự" goes right after the last indicator of its own
// movement, so it is asked with its movement and the movement stays one block in the summary.
// The orders the workbook already has are kept when there is room between them; only when two
// neighbours leave no room is the whole list numbered again by tens.
import type { IndicatorDef, MovementDef } from "../types.js";

const STEP = 10;

/** Orders for `indicators` where `unordered` (indices) had no "Thứ tự"; the others keep theirs when possible. */
export function placeUnordered(indicators: readonly IndicatorDef[], unordered: ReadonlySet<number>, movements: readonly MovementDef[]): number[] {
  const orders = indicators.map((d) => d.order);
  if (unordered.size === 0) return orders;
  const movementOrder = new Map(movements.map((m) => [m.code, m.order]));
  // Indicators outside any movement ("Nội dung khác") come after every movement.
  const rank = (d: IndicatorDef) => (d.movementCode === null ? Number.POSITIVE_INFINITY : (movementOrder.get(d.movementCode) ?? Number.POSITIVE_INFINITY));
  const sequence = indicators.map((_, index) => index).filter((index) => !unordered.has(index));
  sequence.sort((a, b) => orders[a]! - orders[b]! || a - b);

  for (const index of [...unordered].sort((a, b) => a - b)) {
    const own = indicators[index]!;
    // After the last of its movement; a movement with none yet goes after the movements before it.
    let at = -1;
    sequence.forEach((other, position) => {
      const d = indicators[other]!;
      if (d.movementCode === own.movementCode || rank(d) < rank(own)) at = position;
    });
    sequence.splice(at + 1, 0, index);
    const before = at >= 0 ? orders[sequence[at]!]! : 0;
    const after = sequence[at + 2] === undefined ? Number.POSITIVE_INFINITY : orders[sequence[at + 2]!]!;
    orders[index] = before + 1 < after ? (after === Number.POSITIVE_INFINITY ? before + STEP : before + 1) : Number.NaN;
  }
  if (orders.every((order) => Number.isFinite(order))) {
    // Still strictly increasing along the sequence (an explicit order may repeat: leave those).
    const increasing = sequence.every((index, position) => position === 0 || orders[sequence[position - 1]!]! <= orders[index]!);
    if (increasing) return orders;
  }
  sequence.forEach((index, position) => {
    orders[index] = (position + 1) * STEP;
  });
  return orders;
}
