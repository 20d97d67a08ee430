import type { IndicatorDef, MovementDef, PledgeItemDef } from "../types.js";

/** A ward's whole catalogue: movements, indicators and yearly pledge items. */
export interface CatalogueDefs {
  movements: MovementDef[];
  indicators: IndicatorDef[];
  pledgeItems: PledgeItemDef[];
}
