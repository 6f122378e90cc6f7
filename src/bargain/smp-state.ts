/**
 * One SMP state's assessment (research note 1.2-1.3, 1.10): distances, risk attitudes from a
 * PCE over all positions, each actor's estimates of the others' risk attitudes, and the
 * probabilities KTAB reports per state. Flat typed arrays on the [0,1] scale.
 */
import { StatecraftError } from "../core/errors.ts";
import type { SmpParameters } from "./params.ts";
import { type PceFlatOut, type PceSettings, pceFlat } from "./pce.ts";

/** Actors' fixed attributes, [0,1] scale. */
export interface SmpActors {
  N: number;
  D: number;
  /** Capability per actor. */
  cap: Float64Array;
  /** Salience, N×D row-major, each in [0,1]. */
  sal: Float64Array;
  /** Total salience per actor. */
  salSum: Float64Array;
  /** Sum of squared saliences per actor (the distance normaliser). */
  salSq: Float64Array;
  /** Challenge-vote weight per actor: total salience × capability. */
  weight: Float64Array;
  /** Ideal-accommodation matrix N×N, or null for the identity. */
  accommodate: Float64Array | null;
}

/** What is computed at the start of each state (KTAB `setAllAUtil`). */
export interface StateAssessment {
  /** V[i*N+j]: salience-weighted distance from i's ideal to j's position. */
  V: Float64Array;
  /** VT[j*N+i] = V[i*N+j], for contiguous scans over i with j fixed. */
  VT: Float64Array;
  /** Probability of each actor's position in the risk-attitude PCE (all N positions). */
  pRisk: Float64Array;
  /** Risk attitude R_i. */
  R: Float64Array;
  /** rEst[h*N+i]: h's estimate of i's risk attitude. */
  rEst: Float64Array;
  /** Utrue[i*N+j] = u(V(i,j), R_i). */
  Utrue: Float64Array;
}

/** Utility of a normalised distance for risk attitude R (KTAB `bsUtil`). */
export function bsUtil(d: number, R: number): number {
  return d <= 1 ? (1 - d) * (1 + d * R) : (1 - d) * (1 + R);
}

/** Salience-weighted normalised distance from point y (actor a's saliences) to point x. */
export function weightedDistance(
  act: SmpActors,
  a: number,
  y: Float64Array,
  yOff: number,
  x: Float64Array,
  xOff: number,
): number {
  const D = act.D;
  let num = 0;
  for (let k = 0; k < D; k++) {
    const t = act.sal[a * D + k]! * (y[yOff + k]! - x[xOff + k]!);
    num += t * t;
  }
  return Math.sqrt(num / act.salSq[a]!);
}

export function assessState(
  act: SmpActors,
  pos: Float64Array,
  ideal: Float64Array,
  p: SmpParameters,
  pce: PceSettings,
  scratch: PceFlatOut,
): StateAssessment {
  const { N, D } = act;
  const V = new Float64Array(N * N);
  const VT = new Float64Array(N * N);
  const U0 = new Float64Array(N * N);
  for (let i = 0; i < N; i++) {
    for (let j = 0; j < N; j++) {
      const d = weightedDistance(act, i, ideal, i * D, pos, j * D);
      V[i * N + j] = d;
      VT[j * N + i] = d;
      U0[i * N + j] = bsUtil(d, 0);
    }
  }
  // Risk attitudes from a PCE over all N positions (duplicates included), capability weights.
  const pRisk = pceFlat(U0, N, N, act.cap, pce, scratch);
  let pmin = Number.POSITIVE_INFINITY;
  let pmax = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < N; i++) {
    if (pRisk[i]! < pmin) pmin = pRisk[i]!;
    if (pRisk[i]! > pmax) pmax = pRisk[i]!;
  }
  const R = new Float64Array(N);
  const spread = pmax - pmin;
  // If every position is equally likely (all identical mid-run) KTAB divides by zero; here
  // everyone is risk-neutral instead.
  if (spread > 0) {
    for (let i = 0; i < N; i++) {
      const pi = pRisk[i]!;
      R[i] =
        p.bigRRange === "Min"
          ? (pi - pmin) / spread
          : p.bigRRange === "Mid"
            ? (3 * pi - (pmax + 2 * pmin)) / (2 * spread)
            : (2 * pi - (pmax + pmin)) / spread;
    }
  }
  const rEst = new Float64Array(N * N);
  for (let h = 0; h < N; h++) {
    const rh = R[h]!;
    for (let i = 0; i < N; i++) {
      const ri = R[i]!;
      let r: number;
      switch (p.bigRAdjust) {
        case "None":
          r = rh;
          break;
        case "OneThird":
          r = (2 * rh + ri) / 3;
          break;
        case "Half":
          r = (rh + ri) / 2;
          break;
        case "TwoThirds":
          r = (rh + 2 * ri) / 3;
          break;
        case "Full":
          r = ri;
          break;
      }
      rEst[h * N + i] = r;
    }
  }
  const Utrue = new Float64Array(N * N);
  for (let i = 0; i < N; i++) {
    for (let j = 0; j < N; j++) Utrue[i * N + j] = bsUtil(V[i * N + j]!, R[i]!);
  }
  if (spread > 0) checkPerspectives(V, R, rEst, N);
  return { V, VT, pRisk, R, rEst, Utrue };
}

/**
 * KTAB aborts when a perspective matrix U^h (or the risk-neutral one) equals the true utilities
 * (Frobenius distance <= 1e-6): the estimates would carry no information. With BigRAdjust=Full
 * that is always so. The norms are computed in closed form: u(d,r) - u(d,R) = (1-d)·d·(r-R).
 */
function checkPerspectives(V: Float64Array, R: Float64Array, rEst: Float64Array, N: number): void {
  const G = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    let g = 0;
    for (let j = 0; j < N; j++) {
      const d = V[i * N + j]!;
      const f = d <= 1 ? (1 - d) * d : 1 - d;
      g += f * f;
    }
    G[i] = g;
  }
  let n0 = 0;
  for (let i = 0; i < N; i++) n0 += R[i]! * R[i]! * G[i]!;
  const fail = (what: string) =>
    new StatecraftError(
      "SC_BARGAIN_RISK_ESTIMATE",
      `${what} equal the actors' true utilities; the model (as KTAB) cannot proceed`,
      { hint: "BigRAdjust=Full always does this; use OneThird (default), Half or TwoThirds" },
    );
  if (Math.sqrt(n0) <= 1e-6) throw fail("risk-neutral utilities");
  for (let h = 0; h < N; h++) {
    let s = 0;
    for (let i = 0; i < N; i++) {
      const dr = rEst[h * N + i]! - R[i]!;
      s += dr * dr * G[i]!;
    }
    if (Math.sqrt(s) <= 1e-6) throw fail(`actor ${h}'s estimated utilities`);
  }
}

/** Positions a and b are the same for reporting: Euclidean distance below KTAB's 1e-3. */
function equivalent(pos: Float64Array, D: number, a: number, b: number): boolean {
  let s = 0;
  for (let k = 0; k < D; k++) {
    const d = pos[a * D + k]! - pos[b * D + k]!;
    s += d * d;
  }
  return Math.sqrt(s) < 1e-3;
}

/**
 * Probabilities KTAB reports per state: a PCE over the unique positions (within 1e-3), each
 * actor shown the probability of the *last* unique position it is equivalent to. The
 * probabilities of the unique positions themselves (summing to 1) are appended to `unique`.
 */
export function reportedProbabilities(
  act: SmpActors,
  pos: Float64Array,
  st: StateAssessment,
  pce: PceSettings,
  scratch: PceFlatOut,
  unique?: number[][],
): Float64Array {
  const { N, D } = act;
  const reps: number[] = [];
  for (let i = 0; i < N; i++) {
    let seen = false;
    for (const r of reps) {
      if (equivalent(pos, D, i, r)) {
        seen = true;
        break;
      }
    }
    if (!seen) reps.push(i);
  }
  const M = reps.length;
  const u = new Float64Array(N * M);
  for (let a = 0; a < N; a++) {
    for (let m = 0; m < M; m++) u[a * M + m] = st.Utrue[a * N + reps[m]!]!;
  }
  const p = pceFlat(u, N, M, act.cap, pce, scratch);
  unique?.push(Array.from(p));
  const out = new Float64Array(N);
  for (let a = 0; a < N; a++) {
    let last = -1;
    for (let m = 0; m < M; m++) if (equivalent(pos, D, a, reps[m]!)) last = m;
    out[a] = p[last]!;
  }
  return out;
}
