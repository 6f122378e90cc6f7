/**
 * A scenario compiled for fast repeated evaluation: the rational actor's term values per option,
 * with the two pressure-dependent terms kept as bases (wisdom scales with 0.5 + military_threat,
 * expediency with the flexibility rule's activation), so Monte Carlo draws of pressures and term
 * scales need only a few multiplications per option.
 */
import { type DoctrineView, flexibilityActivation, TERMS, type Term } from "./doctrine-view.ts";
import type { TargetBook } from "./targets.ts";
import { type OptionTerms, scenarioTerms } from "./terms.ts";
import type { Pressures, Scenario } from "./types.ts";

export const K_TERMS = TERMS.length;
const WISDOM = TERMS.indexOf("wisdom");
const EXPEDIENCY = TERMS.indexOf("expediency");

export interface CompiledScenario {
  scenario: Scenario;
  optionIds: string[];
  terms: OptionTerms[];
  /** values[m*K + k]: term k of option m under the scenario's own pressures (unweighted). */
  values: Float64Array;
  /** Wisdom and expediency of option m without their pressure factors. */
  wisdomBase: Float64Array;
  expediencyBase: Float64Array;
  threat: number;
  activation: number;
}

export function compileScenario(
  scenario: Scenario,
  doctrine: DoctrineView,
  book: TargetBook,
): CompiledScenario {
  const terms = scenarioTerms(scenario, doctrine, book);
  const M = terms.length;
  const values = new Float64Array(M * K_TERMS);
  const wisdomBase = new Float64Array(M);
  const expediencyBase = new Float64Array(M);
  const threat = 0.5 + scenario.pressures.military_threat;
  const activation = flexibilityActivation(doctrine, scenario.pressures);
  terms.forEach((t, m) => {
    TERMS.forEach((name, k) => {
      values[m * K_TERMS + k] = t.values[name];
    });
    wisdomBase[m] = t.bases.wisdom;
    expediencyBase[m] = t.bases.expediency;
  });
  return { scenario, optionIds: terms.map((t) => t.option), terms, values, wisdomBase, expediencyBase, threat, activation };
}

/** Term weights of a doctrine as a vector in TERMS order. */
export function weightVector(doctrine: DoctrineView): number[] {
  return TERMS.map((t: Term) => doctrine.weights[t]);
}

/**
 * Writes option utilities Σ_k θ_k·w_k·x_k into `out` under the given pressures (default: the
 * scenario's) and per-term multipliers `scale` (default 1).
 */
export function utilities(
  c: CompiledScenario,
  coef: ArrayLike<number>,
  out: Float64Array,
  doctrine?: DoctrineView,
  pressures?: Pressures,
  scale?: ArrayLike<number>,
): Float64Array {
  const M = c.optionIds.length;
  const threat = pressures ? 0.5 + pressures.military_threat : c.threat;
  const act = pressures && doctrine ? flexibilityActivation(doctrine, pressures) : c.activation;
  for (let m = 0; m < M; m++) {
    let u = 0;
    for (let k = 0; k < K_TERMS; k++) {
      let x = c.values[m * K_TERMS + k]!;
      if (k === WISDOM) x = c.wisdomBase[m]! * threat;
      else if (k === EXPEDIENCY) x = c.expediencyBase[m]! * act;
      u += coef[k]! * (scale ? scale[k]! : 1) * x;
    }
    out[m] = u;
  }
  return out;
}
