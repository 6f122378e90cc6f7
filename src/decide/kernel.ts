/**
 * A scenario compiled for fast repeated evaluation: the rational actor's term values per option,
 * with the two pressure-dependent terms kept as bases (wisdom scales with 0.5 + military_threat,
 * expediency with the activation of the flexibility rule that values each concession), so Monte
 * Carlo draws of pressures and term
 * scales need only a few multiplications per option.
 */

import type { Rng } from "../core/rng.ts";
import { type DoctrineView, ruleActivation, TERMS, type Term } from "./doctrine-view.ts";
import type { TargetBook } from "./targets.ts";
import { type OptionTerms, scenarioTerms } from "./terms.ts";
import { PRESSURE_NAMES, type Pressures, type Scenario } from "./types.ts";

export const K_TERMS = TERMS.length;
const WISDOM = TERMS.indexOf("wisdom");
const EXPEDIENCY = TERMS.indexOf("expediency");
const MILITARY = PRESSURE_NAMES.indexOf("military_threat");

export interface CompiledScenario {
  scenario: Scenario;
  optionIds: string[];
  terms: OptionTerms[];
  /** values[m*K + k]: term k of option m under the scenario's own pressures (unweighted). */
  values: Float64Array;
  /** Wisdom and expediency of option m without their pressure factors. */
  wisdomBase: Float64Array;
  /** De-escalation benefit of option m without its military-threat factor. */
  deescalationBase: Float64Array;
  /** expediencyBase[m*R + r]: concessions of option m valued by flexibility rule r (R rules). */
  expediencyBase: Float64Array;
  /** Number of flexibility rules R. */
  rules: number;
  threat: number;
  /** Per rule, its activation under the scenario's own pressures. */
  activations: Float64Array;
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
  const deescalationBase = new Float64Array(M);
  const R = doctrine.flexibility.length;
  const expediencyBase = new Float64Array(M * R);
  const threat = 0.5 + scenario.pressures.military_threat;
  const activations = Float64Array.from(
    doctrine.flexibility.map((r) => ruleActivation(r, scenario.pressures)),
  );
  terms.forEach((t, m) => {
    TERMS.forEach((name, k) => {
      values[m * K_TERMS + k] = t.values[name];
    });
    wisdomBase[m] = t.bases.wisdom;
    deescalationBase[m] = t.bases.deescalation;
    for (let r = 0; r < R; r++) expediencyBase[m * R + r] = t.bases.expediencyByRule[r]!;
  });
  return {
    scenario,
    optionIds: terms.map((t) => t.option),
    terms,
    values,
    wisdomBase,
    deescalationBase,
    expediencyBase,
    rules: R,
    threat,
    activations,
  };
}

/** Term weights of a doctrine as a vector in TERMS order. */
export function weightVector(doctrine: DoctrineView): number[] {
  return TERMS.map((t: Term) => doctrine.weights[t]);
}

/** A doctrine's flexibility rules as flat arrays, for activation under drawn pressures. */
export interface FlexKernel {
  /** Per rule: 1 for "all", 0 for "any". */
  all: Uint8Array;
  /** Per rule: start offset of its conditions in `pressure`/`threshold`; length rules + 1. */
  start: Uint32Array;
  pressure: Uint8Array;
  threshold: Float64Array;
}

export function flexKernel(doctrine: DoctrineView): FlexKernel {
  const rules = doctrine.flexibility;
  const start = new Uint32Array(rules.length + 1);
  const pressure: number[] = [];
  const threshold: number[] = [];
  rules.forEach((r, i) => {
    start[i] = pressure.length;
    for (const c of r.conditions) {
      pressure.push(PRESSURE_NAMES.indexOf(c.pressure));
      threshold.push(c.at_least);
    }
  });
  start[rules.length] = pressure.length;
  return {
    all: Uint8Array.from(rules.map((r) => (r.combine === "all" ? 1 : 0))),
    start,
    pressure: Uint8Array.from(pressure),
    threshold: Float64Array.from(threshold),
  };
}

/** Each rule's activation (as `ruleActivation`) on a pressure vector in PRESSURE_NAMES order. */
export function fastActivations(
  f: FlexKernel,
  p: ArrayLike<number>,
  out: Float64Array = new Float64Array(f.start.length - 1),
): Float64Array {
  for (let r = 0; r + 1 < f.start.length; r++) {
    const s = f.start[r]!;
    const e = f.start[r + 1]!;
    if (e === s) {
      out[r] = 0;
      continue;
    }
    let m = f.all[r] ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    for (let i = s; i < e; i++) {
      const d = p[f.pressure[i]!]! - f.threshold[i]!;
      m = f.all[r] ? Math.min(m, d) : Math.max(m, d);
    }
    out[r] = m;
  }
  return out;
}

/** Σ_r base[o + r]·act[r]: the expediency of one option under per-rule activations. */
function expediencyOf(base: Float64Array, o: number, act: ArrayLike<number>, R: number): number {
  let x = 0;
  for (let r = 0; r < R; r++) x += base[o + r]! * act[r]!;
  return x;
}

export function pressureVector(p: Pressures): Float64Array {
  return Float64Array.from(PRESSURE_NAMES.map((k) => p[k]));
}

/** √3: a uniform on [-√3·sd, √3·sd] has standard deviation sd. */
const SQRT3 = Math.sqrt(3);

/**
 * Zero-mean noise with standard deviation `sd`, uniform rather than normal: bounded, and several
 * times cheaper to draw than Box-Muller, which matters at 10⁶ draws per second.
 */
export function noise(rng: Rng, sd: number): number {
  return (2 * rng.next() - 1) * SQRT3 * sd;
}

/** Draws pressures into `out`: each moves by uniform noise of standard deviation sd, clipped to [0, 1]. */
export function drawPressureVector(
  base: Float64Array,
  rng: Rng,
  sd: number,
  out: Float64Array,
): Float64Array {
  for (let i = 0; i < base.length; i++)
    out[i] = Math.min(1, Math.max(0, base[i]! + noise(rng, sd)));
  return out;
}

/**
 * Option utilities under drawn pressures (vector `pv`, PRESSURE_NAMES order) and per-term
 * multipliers `scale`, written into `out`. The hot loop of the Monte Carlo intervals.
 */
export function drawnUtilities(
  c: CompiledScenario,
  coef: ArrayLike<number>,
  out: Float64Array,
  flex: FlexKernel,
  pv: ArrayLike<number>,
  scale: ArrayLike<number>,
): Float64Array {
  const M = c.optionIds.length;
  const threat = 0.5 + pv[MILITARY]!;
  const act = fastActivations(flex, pv);
  const R = c.rules;
  for (let m = 0; m < M; m++) {
    let u = 0;
    const base = m * K_TERMS;
    for (let k = 0; k < K_TERMS; k++) {
      const x =
        k === WISDOM
          ? c.wisdomBase[m]! * threat + c.deescalationBase[m]! * pv[MILITARY]!
          : k === EXPEDIENCY
            ? expediencyOf(c.expediencyBase, m * R, act, R)
            : c.values[base + k]!;
      u += coef[k]! * scale[k]! * x;
    }
    out[m] = u;
  }
  return out;
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
  const act =
    pressures && doctrine
      ? doctrine.flexibility.map((r) => ruleActivation(r, pressures))
      : c.activations;
  const R = c.rules;
  for (let m = 0; m < M; m++) {
    let u = 0;
    for (let k = 0; k < K_TERMS; k++) {
      let x = c.values[m * K_TERMS + k]!;
      if (k === WISDOM) x = c.wisdomBase[m]! * threat + c.deescalationBase[m]! * (threat - 0.5);
      else if (k === EXPEDIENCY) x = expediencyOf(c.expediencyBase, m * R, act, R);
      u += coef[k]! * (scale ? scale[k]! : 1) * x;
    }
    out[m] = u;
  }
  return out;
}

/**
 * The Monte Carlo hot loop for one scenario and a set of coefficient vectors (one per player; one
 * for a single actor): precomputes each player's per-option, per-term products once, then each
 * draw perturbs the pressures and the term scales and writes the utilities (players × options).
 */
export class DrawKernel {
  readonly players: number;
  readonly options: number;
  private readonly fixed: Float64Array;
  private readonly wis: Float64Array;
  private readonly dee: Float64Array;
  private readonly exp: Float64Array;
  private readonly rules: number;
  /** Per-rule activations of the current draw. */
  private readonly act: Float64Array;
  private readonly base: Float64Array;
  private readonly pv: Float64Array;
  private readonly sc = new Float64Array(K_TERMS);
  private readonly scaleAmp: number;
  private readonly pressureAmp: number;

  constructor(
    c: CompiledScenario,
    coefs: readonly (readonly number[])[],
    private readonly flex: FlexKernel,
    pressures: Pressures,
    pressureSd: number,
    scaleSd: number,
  ) {
    const P = coefs.length;
    const M = c.optionIds.length;
    this.players = P;
    this.options = M;
    this.fixed = new Float64Array(P * M * K_TERMS);
    this.wis = new Float64Array(P * M);
    this.dee = new Float64Array(P * M);
    this.rules = c.rules;
    this.act = new Float64Array(c.rules);
    this.exp = new Float64Array(P * M * c.rules);
    for (let p = 0; p < P; p++) {
      const coef = coefs[p]!;
      for (let m = 0; m < M; m++) {
        for (let k = 0; k < K_TERMS; k++) {
          if (k === WISDOM || k === EXPEDIENCY) continue;
          this.fixed[(p * M + m) * K_TERMS + k] = coef[k]! * c.values[m * K_TERMS + k]!;
        }
        this.wis[p * M + m] = coef[WISDOM]! * c.wisdomBase[m]!;
        this.dee[p * M + m] = coef[WISDOM]! * c.deescalationBase[m]!;
        for (let r = 0; r < c.rules; r++)
          this.exp[(p * M + m) * c.rules + r] =
            coef[EXPEDIENCY]! * c.expediencyBase[m * c.rules + r]!;
      }
    }
    this.base = pressureVector(pressures);
    this.pv = new Float64Array(this.base.length);
    this.scaleAmp = SQRT3 * scaleSd;
    this.pressureAmp = SQRT3 * pressureSd;
  }

  /** One draw: utilities of every player for every option into `util` (row-major). */
  draw(rng: Rng, util: Float64Array): void {
    const sc = this.sc;
    const pv = this.pv;
    const base = this.base;
    // Term scales 1 + ε, ε uniform with sd scaleSd (cheaper than a log-normal, same role).
    for (let k = 0; k < K_TERMS; k++) sc[k] = 1 + (2 * rng.next() - 1) * this.scaleAmp;
    for (let i = 0; i < base.length; i++) {
      const x = base[i]! + (2 * rng.next() - 1) * this.pressureAmp;
      pv[i] = x < 0 ? 0 : Math.min(x, 1);
    }
    const mil = pv[MILITARY]!;
    const threat = 0.5 + mil;
    const act = fastActivations(this.flex, pv, this.act);
    const R = this.rules;
    const sw = sc[WISDOM]!;
    const se = sc[EXPEDIENCY]!;
    const n = this.players * this.options;
    const fixed = this.fixed;
    for (let j = 0; j < n; j++) {
      let u =
        this.wis[j]! * sw * threat +
        this.dee[j]! * sw * mil +
        expediencyOf(this.exp, j * R, act, R) * se;
      const o = j * K_TERMS;
      for (let k = 0; k < K_TERMS; k++) u += fixed[o + k]! * sc[k]!;
      util[j] = u;
    }
  }
}
