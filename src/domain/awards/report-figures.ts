// The báo cáo's commendation figures: from the signed decisions dated in the period, unless the
// officer typed the figure in /solieu (a ward also counts awards others made): the typed figure
// wins, and the report data says which one each figure came from.

/** The /solieu codes the decisions can fill (DEFAULT_WARD_FIGURES). */
export const COMMENDATION_FIGURE_CODES = ["commended_collectives", "commended_individuals", "reward_money"] as const;
export type CommendationFigureCode = (typeof COMMENDATION_FIGURE_CODES)[number];

/** "solieu": typed by the officer; "decisions": counted from the signed decisions; "none": neither. */
export type FigureSource = "solieu" | "decisions" | "none";

export interface DecidedCommendations {
  /** Signed decisions dated in the period. */
  decisions: number;
  collectives: number;
  individuals: number;
  households: number;
  /** Lines of each title form by code ("gdvh": households recognised "Gia đình văn hóa"). */
  titles: Record<string, number>;
  amount: number;
}

export interface CommendationFigures {
  fromDecisions: DecidedCommendations;
  sources: Record<CommendationFigureCode, FigureSource>;
}

function decidedValue(code: CommendationFigureCode, decided: DecidedCommendations): number {
  if (code === "commended_collectives") return decided.collectives;
  if (code === "commended_individuals") return decided.individuals;
  return decided.amount;
}

/** The ward figures with the decisions' counts where nothing was typed, and where each came from. */
export function mergeCommendations(
  typed: Readonly<Record<string, number | string>>,
  decided: DecidedCommendations,
): { figures: Record<string, number | string>; commendations: CommendationFigures } {
  const figures = { ...typed };
  const sources = {} as Record<CommendationFigureCode, FigureSource>;
  for (const code of COMMENDATION_FIGURE_CODES) {
    if (typeof typed[code] === "number") sources[code] = "solieu";
    else if (decided.decisions > 0) {
      figures[code] = decidedValue(code, decided);
      sources[code] = "decisions";
    } else sources[code] = "none";
  }
  return { figures, commendations: { fromDecisions: decided, sources } };
}
