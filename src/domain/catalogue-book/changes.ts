// What importing a catalogue would change, judged against what is stored: rewording applies at
// once; a change of meaning (type, unit, rules, ratio, optional, previous value) of an indicator
// already answered applies from the next period (the answered periods keep the old meaning);
// an indicator with answers cannot be removed. Nothing stored is lost or reinterpreted.
import type { IndicatorDef, MovementDef, PledgeItemDef } from "../types.js";
import type { CatalogueDefs } from "./catalogue-defs.js";
import { INDICATOR_PLACEHOLDER_PREFIX, SHEETS } from "./layout.js";
import { isEmptyAwardsPlan, type AwardsPlan } from "./awards-plan.js";
import { bookMessage, type BookProblem } from "./problems.js";

/** The part of an indicator that decides how its answers are read and checked. */
export interface IndicatorMeaning {
  type: IndicatorDef["type"];
  unit: IndicatorDef["unit"];
  rules: IndicatorDef["rules"];
  ratioBase: IndicatorDef["ratioBase"];
  optional: boolean;
  offerPrevious: boolean;
}

export function meaningOf(def: IndicatorDef): IndicatorMeaning {
  return { type: def.type, unit: def.unit, rules: def.rules, ratioBase: def.ratioBase, optional: def.optional, offerPrevious: def.offerPrevious };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function sameMeaning(a: IndicatorDef, b: IndicatorDef): boolean {
  return same(meaningOf(a), meaningOf(b));
}

function sameWording(a: IndicatorDef, b: IndicatorDef): boolean {
  return a.label === b.label && a.question === b.question && a.shortLabel === b.shortLabel && a.example === b.example;
}

function samePlace(a: IndicatorDef, b: IndicatorDef): boolean {
  return a.movementCode === b.movementCode && a.order === b.order && same([...a.periodKinds].sort(), [...b.periodKinds].sort());
}

export interface StoredIndicator extends IndicatorDef {
  /** How many answers are stored for it, in any period. */
  answers: number;
}

export interface StoredCatalogue {
  movements: MovementDef[];
  indicators: StoredIndicator[];
  pledgeItems: PledgeItemDef[];
}

export interface CataloguePlan {
  addedIndicators: string[];
  rewordedIndicators: string[];
  /** Meaning changed: the periods already answered keep the old one. */
  meaningChangedIndicators: string[];
  /** Moved, reordered or asked in other period kinds. */
  movedIndicators: string[];
  retiredIndicators: string[];
  movements: { added: string[]; changed: string[]; retired: string[] };
  pledgeItems: { added: string[]; changed: string[]; retired: string[] };
  /** The award sheets' changes; absent when the workbook had no award sheets. */
  awards?: AwardsPlan;
}

export type PlanResult = { ok: true; plan: CataloguePlan } | { ok: false; problems: BookProblem[] };

export function isEmptyPlan(plan: CataloguePlan): boolean {
  return (
    plan.addedIndicators.length + plan.rewordedIndicators.length + plan.meaningChangedIndicators.length + plan.movedIndicators.length + plan.retiredIndicators.length === 0 &&
    Object.values(plan.movements).every((l) => l.length === 0) &&
    Object.values(plan.pledgeItems).every((l) => l.length === 0) &&
    (plan.awards === undefined || isEmptyAwardsPlan(plan.awards))
  );
}

function diffSimple<T extends { code: string }>(stored: readonly T[], next: readonly T[]) {
  const before = new Map(stored.map((x) => [x.code, x]));
  const after = new Set(next.map((x) => x.code));
  return {
    added: next.filter((x) => !before.has(x.code)).map((x) => x.code),
    changed: next.filter((x) => before.has(x.code) && !same(before.get(x.code), x)).map((x) => x.code),
    retired: stored.filter((x) => !after.has(x.code)).map((x) => x.code),
  };
}

/** The indicator placeholders a template uses, `{chi_tieu_<code>}` → code, with their lines. */
export interface TemplateUse {
  code: string;
  line: number;
}

export function planCatalogue(stored: StoredCatalogue, next: CatalogueDefs, templateUses: readonly TemplateUse[] = []): PlanResult {
  const problems: BookProblem[] = [];
  const before = new Map(stored.indicators.map((d) => [d.code, d]));
  const nextCodes = new Set(next.indicators.map((d) => d.code));
  const plan: CataloguePlan = {
    addedIndicators: [],
    rewordedIndicators: [],
    meaningChangedIndicators: [],
    movedIndicators: [],
    retiredIndicators: [],
    movements: diffSimple(stored.movements, next.movements),
    pledgeItems: diffSimple(stored.pledgeItems, next.pledgeItems),
  };
  for (const def of next.indicators) {
    const old = before.get(def.code);
    if (!old) {
      plan.addedIndicators.push(def.code);
      continue;
    }
    if (!sameWording(old, def)) plan.rewordedIndicators.push(def.code);
    if (!sameMeaning(old, def)) plan.meaningChangedIndicators.push(def.code);
    if (!samePlace(old, def)) plan.movedIndicators.push(def.code);
  }
  for (const old of stored.indicators) {
    if (nextCodes.has(old.code)) continue;
    if (old.answers > 0) {
      problems.push({
        sheet: SHEETS.indicators.name,
        row: null,
        column: null,
        ...bookMessage("book-indicator-answered", { label: old.shortLabel, code: old.code, answers: old.answers }),
      });
    } else {
      plan.retiredIndicators.push(old.code);
    }
  }
  for (const use of templateUses) {
    if (!nextCodes.has(use.code)) {
      problems.push({
        sheet: null,
        row: null,
        column: null,
        ...bookMessage("book-template-uses-indicator", { line: String(use.line), placeholder: `{${INDICATOR_PLACEHOLDER_PREFIX}${use.code}}`, code: use.code }),
      });
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, plan };
}
