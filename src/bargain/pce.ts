/**
 * Probabilistic Condorcet Election (PCE): the voting core shared by the Spatial Model of Politics
 * (`smp.ts`) and the governmental-politics model in `src/decide`.
 *
 * STABLE API (other modules import it from `src/bargain/index.ts`):
 *
 *   pce(utilities, weights, options?) -> PceResult
 *     utilities: number[][]   utilities[voter][option], any real scale (KTAB uses [0,1])
 *     weights:   number[]     one weight (capability, or capability × salience) per voter, > 0
 *     options:   { votingRule?: "Prop", victoryModel?: "Linear", pceModel?: "Conditional" }
 *     result:    { probabilities: number[] (one per option, sums to 1), coalitions, pairwise,
 *                  iterations, explanation }
 *
 *   vote(rule, weight, uA, uB)            one voter's signed support for A over B
 *   victoryProbability(model, sA, sB)    P[A beats B] from coalition strengths
 *   pceFlat(...)                          the same computation on flat typed arrays (hot loops)
 *
 * The method follows KTAB's `Model::scalarPCE` as restated in shared/research/bargaining.md,
 * sections 1.4-1.6: coalitions from a lower-triangle scan of option pairs (which matters only
 * for the asymmetric `ASymProsp` rule), a 1e-8 floor on every coalition, pairwise victory
 * probabilities, then one of three ways to turn the pairwise matrix into option probabilities.
 */
import { StatecraftError } from "../core/errors.ts";

/** How a voter's utility difference between two options becomes a vote (KTAB `VotingRule`). */
export type VotingRule = "Binary" | "PropBin" | "Prop" | "PropCbc" | "Cubic" | "ASymProsp";
/** How coalition strengths become a pairwise victory probability (KTAB `VictoryProbModel`). */
export type VictoryModel = "Linear" | "Square" | "Quartic" | "Octic" | "Binary";
/** How pairwise victory probabilities become option probabilities (KTAB `PCEModel`). */
export type PceModel = "Conditional" | "MarkovUniform" | "MarkovIncentive";

export const VOTING_RULES: readonly VotingRule[] = [
  "Binary",
  "PropBin",
  "Prop",
  "PropCbc",
  "Cubic",
  "ASymProsp",
];
export const VICTORY_MODELS: readonly VictoryModel[] = [
  "Linear",
  "Square",
  "Quartic",
  "Octic",
  "Binary",
];
export const PCE_MODELS: readonly PceModel[] = ["Conditional", "MarkovUniform", "MarkovIncentive"];

export interface PceOptions {
  /** Voting rule. Default `"Prop"` (vote proportional to the utility difference). */
  votingRule?: VotingRule;
  /** Victory-probability model. Default `"Linear"` (P = sA / (sA + sB)). */
  victoryModel?: VictoryModel;
  /** PCE model. Default `"Conditional"` (P_i ∝ Π_j P[i beats j]). */
  pceModel?: PceModel;
  /**
   * Safety cap on Markov iterations (count). KTAB only complains after converging; here a run
   * that has not converged after this many iterations raises SC_BARGAIN_PCE_NOT_CONVERGED.
   * Default 100000.
   */
  maxIterations?: number;
}

export interface PceResult {
  /** Probability that each option wins, in option order; sums to 1. */
  probabilities: number[];
  /** coalitions[i][j]: strength of the coalition preferring option i over j (1e-8 floor). */
  coalitions: number[][];
  /** pairwise[i][j]: probability that option i beats j (0.5 on the diagonal). */
  pairwise: number[][];
  /** Markov iterations used (0 for Conditional). */
  iterations: number;
  /** Plain-words account of the computation, for reports. */
  explanation: string;
}

/** Coalition floor added to every coalition strength (KTAB constant). */
export const COALITION_FLOOR = 1e-8;
/** Saturation scale of the binary vote: |Δ| >= this gives a full vote. */
export const BINARY_VOTE_TOLERANCE = 1e-8;

function clipUnit(x: number): number {
  return Math.min(1, Math.max(-1, x));
}

/** Shape of the vote as a function of the utility difference `d = uA − uB`, before weighting. */
export function voteShape(rule: VotingRule, d: number): number {
  switch (rule) {
    case "Prop":
      return d;
    case "Binary":
      return clipUnit(d / BINARY_VOTE_TOLERANCE);
    case "PropBin":
      return 0.8 * d + 0.2 * clipUnit(d / BINARY_VOTE_TOLERANCE);
    case "PropCbc":
      return 0.5 * d + 0.5 * d * d * d;
    case "Cubic":
      return d * d * d;
    case "ASymProsp":
      // Losses weigh more than gains (prospect-theory flavour); zero stays zero.
      return d < 0 ? d : d > 0 ? (2 / 3) * d : 0;
  }
}

/**
 * Signed vote of one voter with weight `w` between options A and B: positive supports A.
 * A weight of zero or less is an error (KTAB aborts): a voter without capability cannot vote.
 */
export function vote(rule: VotingRule, w: number, uA: number, uB: number): number {
  if (!(w > 0)) {
    throw new StatecraftError(
      "SC_BARGAIN_NONPOSITIVE_WEIGHT",
      `vote weight must be > 0, got ${w}`,
      {
        hint: "every actor needs a positive capability and a positive total salience",
      },
    );
  }
  return w * voteShape(rule, uA - uB);
}

/** Probability that the side with coalition strength `s1` beats the side with `s2`. */
export function victoryProbability(model: VictoryModel, s1: number, s2: number): number {
  let x1: number;
  let x2: number;
  switch (model) {
    case "Linear":
      x1 = s1;
      x2 = s2;
      break;
    case "Square":
      x1 = s1 * s1;
      x2 = s2 * s2;
      break;
    case "Quartic":
      x1 = s1 * s1 * s1 * s1;
      x2 = s2 * s2 * s2 * s2;
      break;
    case "Octic": {
      const a = s1 * s1 * s1 * s1;
      const b = s2 * s2 * s2 * s2;
      x1 = a * a;
      x2 = b * b;
      break;
    }
    case "Binary":
      // A 10% margin is decisive; in between, a linear ramp on the strength share.
      if (s1 >= 1.1 * s2) {
        x1 = 1;
        x2 = 1e-6;
      } else if (s2 >= 1.1 * s1) {
        x1 = 1e-6;
        x2 = 1;
      } else {
        const r = s1 / (s1 + s2);
        x1 = (2.1 * r - 1) / 0.1;
        x2 = 1 - x1;
      }
      break;
  }
  return x1 / (x1 + x2);
}

/** Resolved options with defaults, in the form the flat kernel takes. */
export interface PceSettings {
  votingRule: VotingRule;
  victoryModel: VictoryModel;
  pceModel: PceModel;
  maxIterations: number;
}

export function pceSettings(options: PceOptions = {}): PceSettings {
  return {
    votingRule: options.votingRule ?? "Prop",
    victoryModel: options.victoryModel ?? "Linear",
    pceModel: options.pceModel ?? "Conditional",
    maxIterations: options.maxIterations ?? 100000,
  };
}

/** Scratch buffers and extra outputs of `pceFlat`. */
export interface PceFlatOut {
  /** M×M coalition strengths, row-major, written by the call. */
  coalitions?: Float64Array;
  /** M×M pairwise victory probabilities, row-major, written by the call. */
  pairwise?: Float64Array;
  /** Iterations used by the Markov models, written by the call. */
  iterations?: number;
  /** Scratch for the option-major copy of the utilities. */
  transposed?: Float64Array;
}

/**
 * The PCE on flat arrays. `util[k*M + m]` is voter k's utility for option m; `weights[k]` > 0.
 * Returns a new Float64Array of M probabilities. Pass `out` to reuse M×M buffers in hot loops
 * and to read the coalitions and pairwise matrix back.
 */
export function pceFlat(
  util: ArrayLike<number>,
  nVoters: number,
  nOptions: number,
  weights: ArrayLike<number>,
  settings: PceSettings,
  out: PceFlatOut = {},
): Float64Array {
  const M = nOptions;
  const MM = M * M;
  const C = out.coalitions && out.coalitions.length >= MM ? out.coalitions : new Float64Array(MM);
  const pv = out.pairwise && out.pairwise.length >= MM ? out.pairwise : new Float64Array(MM);
  out.coalitions = C;
  out.pairwise = pv;
  out.iterations = 0;
  if (M === 0) return new Float64Array(0);
  for (let k = 0; k < nVoters; k++) {
    const w = weights[k]!;
    if (!(w > 0)) {
      throw new StatecraftError(
        "SC_BARGAIN_NONPOSITIVE_WEIGHT",
        `voter ${k} has weight ${w}; PCE weights must be > 0`,
        { hint: "every actor needs a positive capability (and positive salience)" },
      );
    }
  }
  const rule = settings.votingRule;
  // Option-major copy, so the scan over voters for a pair of options reads memory in order.
  const size = nVoters * M;
  const T =
    out.transposed && out.transposed.length >= size ? out.transposed : new Float64Array(size);
  out.transposed = T;
  for (let k = 0; k < nVoters; k++) {
    for (let m = 0; m < M; m++) T[m * nVoters + k] = util[k * M + m]!;
  }
  // Lower-triangle scan (i > j), as KTAB does: with ASymProsp the direction changes the result.
  for (let i = 0; i < M; i++) {
    C[i * M + i] = COALITION_FLOOR;
    const ri = i * nVoters;
    for (let j = 0; j < i; j++) {
      const rj = j * nVoters;
      let cij = 0;
      let cji = 0;
      if (rule === "Prop") {
        for (let k = 0; k < nVoters; k++) {
          const v = weights[k]! * (T[ri + k]! - T[rj + k]!);
          if (v > 0) cij += v;
          else cji -= v;
        }
      } else {
        for (let k = 0; k < nVoters; k++) {
          const v = weights[k]! * voteShape(rule, T[ri + k]! - T[rj + k]!);
          if (v > 0) cij += v;
          else cji -= v;
        }
      }
      C[i * M + j] = COALITION_FLOOR + cij;
      C[j * M + i] = COALITION_FLOOR + cji;
    }
  }
  const vm = settings.victoryModel;
  for (let i = 0; i < M; i++) {
    for (let j = 0; j < M; j++) {
      pv[i * M + j] = i === j ? 0.5 : victoryProbability(vm, C[i * M + j]!, C[j * M + i]!);
    }
  }
  switch (settings.pceModel) {
    case "Conditional":
      return conditional(pv, M);
    case "MarkovUniform":
      return markovUniform(pv, M, settings.maxIterations, out);
    case "MarkovIncentive":
      return markovIncentive(pv, C, M, settings.maxIterations, out);
  }
}

function conditional(pv: Float64Array, M: number): Float64Array {
  const p = new Float64Array(M);
  let sum = 0;
  for (let i = 0; i < M; i++) {
    let prod = 1;
    for (let j = 0; j < M; j++) prod *= pv[i * M + j]!;
    p[i] = prod;
    sum += prod;
  }
  if (sum > 0 && Number.isFinite(sum)) {
    for (let i = 0; i < M; i++) p[i] = p[i]! / sum;
    return p;
  }
  // Every product underflowed (many options, steep victory model): same ratios in log space.
  let maxLog = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < M; i++) {
    let s = 0;
    for (let j = 0; j < M; j++) s += Math.log(pv[i * M + j]!);
    p[i] = s;
    if (s > maxLog) maxLog = s;
  }
  sum = 0;
  for (let i = 0; i < M; i++) {
    p[i] = Math.exp(p[i]! - maxLog);
    sum += p[i]!;
  }
  for (let i = 0; i < M; i++) p[i] = p[i]! / sum;
  return p;
}

function notConverged(iterations: number): StatecraftError {
  return new StatecraftError(
    "SC_BARGAIN_PCE_NOT_CONVERGED",
    `Markov PCE did not converge in ${iterations} iterations`,
    { hint: "use pceModel Conditional, or raise maxIterations" },
  );
}

function markovUniform(
  pv: Float64Array,
  M: number,
  maxIterations: number,
  out: PceFlatOut,
): Float64Array {
  let p = new Float64Array(M).fill(1 / M);
  let q = new Float64Array(M);
  let iter = 0;
  for (;;) {
    let change = 0;
    for (let i = 0; i < M; i++) {
      let s = 0;
      for (let j = 0; j < M; j++) s += pv[i * M + j]! * (p[i]! + p[j]!);
      const qi = s / M;
      q[i] = qi;
      const d = Math.abs(qi - p[i]!);
      if (d > change) change = d;
    }
    for (let i = 0; i < M; i++) q[i] = (p[i]! + q[i]!) / 2;
    [p, q] = [q, p];
    iter++;
    if (change <= 1e-6) break;
    if (iter >= maxIterations) throw notConverged(iter);
  }
  out.iterations = iter;
  return p;
}

function markovIncentive(
  pv: Float64Array,
  C: Float64Array,
  M: number,
  maxIterations: number,
  out: PceFlatOut,
): Float64Array {
  // ch[i*M+j]: probability that option i is the one that challenges j, in proportion to the
  // incentive C(i,j)·P[i beats j].
  const ch = new Float64Array(M * M);
  for (let i = 0; i < M; i++) {
    for (let j = 0; j < M; j++) {
      ch[i * M + j] = C[i * M + j]! * pv[i * M + j]! + (i === j ? 1e-10 : 0);
    }
  }
  for (let j = 0; j < M; j++) {
    let s = 0;
    for (let k = 0; k < M; k++) s += ch[k * M + j]!;
    for (let i = 0; i < M; i++) ch[i * M + j] = ch[i * M + j]! / s;
  }
  let p = new Float64Array(M).fill(1 / M);
  let q = new Float64Array(M);
  let iter = 0;
  for (;;) {
    let change = 0;
    for (let i = 0; i < M; i++) {
      let s = 0;
      for (let j = 0; j < M; j++) {
        // ct(i,j) = p_i·ch(j,i); ct(j,i) = p_j·ch(i,j)
        s += pv[i * M + j]! * (p[i]! * ch[j * M + i]! + p[j]! * ch[i * M + j]!);
      }
      q[i] = s;
      const d = Math.abs(s - p[i]!);
      if (d > change) change = d;
    }
    for (let i = 0; i < M; i++) q[i] = (p[i]! + q[i]!) / 2;
    [p, q] = [q, p];
    iter++;
    if (change <= 1e-8) break;
    if (iter >= maxIterations) throw notConverged(iter);
  }
  out.iterations = iter;
  return p;
}

function toRows(a: Float64Array, M: number): number[][] {
  const rows: number[][] = [];
  for (let i = 0; i < M; i++) rows.push(Array.from(a.subarray(i * M, i * M + M)));
  return rows;
}

/**
 * Probabilistic Condorcet Election over the options that index the columns of `utilities`.
 *
 * @param utilities utilities[voter][option]; every row must have the same length (options).
 * @param weights   one positive weight per voter (capability, or capability × salience).
 * @param options   voting rule, victory model and PCE model (KTAB defaults: Prop, Linear,
 *                  Conditional).
 * @returns the probability of each option winning (sums to 1), with the coalitions and the
 *          pairwise victory matrix behind it.
 */
export function pce(
  utilities: readonly (readonly number[])[],
  weights: readonly number[],
  options: PceOptions = {},
): PceResult {
  const settings = pceSettings(options);
  const nVoters = utilities.length;
  if (weights.length !== nVoters) {
    throw new StatecraftError(
      "SC_BARGAIN_PCE_SHAPE",
      `got ${nVoters} utility rows but ${weights.length} weights`,
      { field: "weights", hint: "give one weight per voter (row of utilities)" },
    );
  }
  const M = nVoters > 0 ? utilities[0]!.length : 0;
  if (M === 0) {
    throw new StatecraftError("SC_BARGAIN_PCE_SHAPE", "a PCE needs at least one option", {
      field: "utilities",
    });
  }
  const flat = new Float64Array(nVoters * M);
  utilities.forEach((row, k) => {
    if (row.length !== M) {
      throw new StatecraftError(
        "SC_BARGAIN_PCE_SHAPE",
        `utility row ${k} has ${row.length} options, expected ${M}`,
        { field: `utilities[${k}]` },
      );
    }
    for (let m = 0; m < M; m++) {
      const u = row[m]!;
      if (!Number.isFinite(u)) {
        throw new StatecraftError("SC_BARGAIN_PCE_VALUE", `utility [${k}][${m}] is ${u}`, {
          field: `utilities[${k}][${m}]`,
        });
      }
      flat[k * M + m] = u;
    }
  });
  const out: PceFlatOut = {};
  const p = pceFlat(flat, nVoters, M, weights, settings, out);
  const probabilities = Array.from(p);
  let best = 0;
  for (let m = 1; m < M; m++) if (probabilities[m]! > probabilities[best]!) best = m;
  const explanation =
    `${nVoters} voters, ${M} options; ${settings.votingRule} votes, ${settings.victoryModel} ` +
    `victory model, ${settings.pceModel} PCE` +
    (out.iterations ? ` (${out.iterations} iterations)` : "") +
    `; option ${best} most likely (p = ${probabilities[best]!.toFixed(4)}).`;
  return {
    probabilities,
    coalitions: toRows(out.coalitions!, M),
    pairwise: toRows(out.pairwise!, M),
    iterations: out.iterations ?? 0,
    explanation,
  };
}
