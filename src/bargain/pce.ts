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
 * (`vote` and `victoryProbability` live in vote.ts and are re-exported here; the three PCE
 * models in pce-models.ts.)
 *
 * The method follows KTAB's `Model::scalarPCE` as restated in shared/research/bargaining.md,
 * sections 1.4-1.6: coalitions from a lower-triangle scan of option pairs (which matters only
 * for the asymmetric `ASymProsp` rule), a 1e-8 floor on every coalition, pairwise victory
 * probabilities, then one of three ways to turn the pairwise matrix into option probabilities.
 */
import { StatecraftError } from "../core/errors.ts";
import { conditionalPce, markovIncentivePce, markovUniformPce } from "./pce-models.ts";
import {
  COALITION_FLOOR,
  type PceModel,
  type VictoryModel,
  type VotingRule,
  victoryProbability,
  voteShape,
} from "./vote.ts";

export * from "./vote.ts";

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
      return conditionalPce(pv, M);
    case "MarkovUniform":
      return markovUniformPce(pv, M, settings.maxIterations, out);
    case "MarkovIncentive":
      return markovIncentivePce(pv, C, M, settings.maxIterations, out);
  }
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
