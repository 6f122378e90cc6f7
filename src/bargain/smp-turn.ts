/**
 * The arithmetic of one SMP state and one bargaining turn, on flat typed arrays and the [0,1]
 * scale (research note, sections 1.2-1.10). `smp.ts` drives it turn by turn.
 *
 * Only what the dynamics use is computed: N² challenge evaluations of O(N) each from the
 * challenger's own perspective, plus the small queue PCEs; O(N³) per turn. KTAB also
 * evaluates every challenge from every perspective (O(N⁴)) for its SQL log, which is skipped.
 * Floating-point operations follow KTAB's order where it could change a rounded bargain.
 */
import { StatecraftError } from "../core/errors.ts";
import type { Rng } from "../core/rng.ts";
import type { SmpParameters } from "./params.ts";
import { type PceFlatOut, type PceSettings, pceFlat, voteShape } from "./pce.ts";

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

/**
 * h's perspective on the status quo: `colI[n] = u_h(n, i)` for the challenger i and
 * `diag[n] = u_h(n, n)`, where u_h(a,b) = u(V(a,b), rEst(h,a)). Shared by every target j.
 */
export function perspectiveColumns(
  act: SmpActors,
  st: StateAssessment,
  h: number,
  i: number,
  colI: Float64Array,
  diag: Float64Array,
): void {
  const { N } = act;
  const { V, VT, rEst } = st;
  const rh = h * N;
  const ci = i * N;
  for (let n = 0; n < N; n++) {
    const r = rEst[rh + n]!;
    colI[n] = bsUtil(VT[ci + n]!, r);
    diag[n] = bsUtil(V[n * N + n]!, r);
  }
}

/**
 * h's estimate of the probability that i beats j, and of the expected change in utility to k
 * if i challenges j (KTAB `probEduChlg`). `colI` and `diag` come from `perspectiveColumns`
 * for (h, i). Writes [phij, edu] into `out`.
 */
export function probEduChallenge(
  act: SmpActors,
  st: StateAssessment,
  p: SmpParameters,
  h: number,
  k: number,
  i: number,
  j: number,
  colI: Float64Array,
  diag: Float64Array,
  out: Float64Array,
): void {
  const { N } = act;
  const { V, VT, rEst } = st;
  const vr = p.votingRule;
  const prop = vr === "Prop";
  const cj0 = j * N;
  const rh = h * N;
  const uii = diag[i]!;
  const uij = bsUtil(V[i * N + j]!, rEst[rh + i]!);
  const uji = colI[j]!;
  const ujj = diag[j]!;
  const uki = colI[k]!;
  const ukj = bsUtil(V[k * N + j]!, rEst[rh + k]!);
  const euSQ = uki + ukj;
  const uhkij = uki + uki;
  const uhkji = ukj + ukj;
  const sj = act.salSum[j]!;
  const wI = act.salSum[i]! * act.cap[i]!;
  const wJ = sj * act.cap[j]!;
  const ci = prop ? wI * (uii - uij) : wI * voteShape(vr, uii - uij);
  const cj = prop ? wJ * (uji - ujj) : wJ * voteShape(vr, uji - ujj);
  let chij = 1e-10;
  let chji = 1e-10;
  if (ci > 0) chij += ci;
  if (ci < 0) chji -= ci;
  if (cj > 0) chij += cj;
  if (cj < 0) chji -= cj;
  const a0 = chij;
  const b0 = chji;
  const tpc = p.thirdPartyCommit;
  const semi = tpc === "SemiCommit";
  const full = tpc === "FullCommit";
  const w = act.weight;
  for (let n = 0; n < N; n++) {
    if (n === i || n === j) continue;
    const wn = w[n]!;
    const uni = colI[n]!;
    const unj = bsUtil(VT[cj0 + n]!, rEst[rh + n]!);
    const unn = diag[n]!;
    const v0 = prop ? wn * (uni - unj) : wn * voteShape(vr, uni - unj);
    const cni = v0 > 0 ? a0 + v0 : a0;
    const cnj = v0 < 0 ? b0 - v0 : b0;
    const pin = cni / (cni + cnj);
    const pjn = 1 - pin;
    let x: number;
    let y: number;
    if (semi) {
      x = pin * (uni + uni + unn) + pjn * (unj + unj + unj);
      y = pin * (uni + uni + uni) + pjn * (unj + unj + unn);
    } else if (full) {
      x = pin * (uni + uni + uni) + pjn * (unj + unj + unj);
      y = x;
    } else {
      x = pin * (uni + uni + unn) + pjn * (unj + unj + unn);
      y = x;
    }
    const vn = prop ? wn * (x - y) : wn * voteShape(vr, x - y);
    if (vn > 0) chij += vn;
    if (vn < 0) chji -= vn;
  }
  const phij = chij / (chij + chji);
  const phji = chji / (chij + chji);
  const euCntst = phij * uhkij + phji * uhkji;
  const euChlg = (1 - sj) * uhkij + sj * euCntst;
  out[0] = phij;
  out[1] = euChlg - euSQ;
}

/** Rounds to 1e-4 on the [0,1] scale, as KTAB's bargain interpolation does. */
export function round4(z: number): number {
  return Math.floor(0.5 + 10000 * z) / 10000;
}

/** A proposed bargain: i offers that i moves to posInit and j to posRcvr. SQ: init === rcvr. */
export interface Bargain {
  init: number;
  rcvr: number;
  posInit: Float64Array;
  posRcvr: Float64Array;
}

/** Compromise positions for i and j given the victory estimates pI and pJ (KTAB `interpolateBrgn`). */
export function interpolateBargain(
  act: SmpActors,
  pos: Float64Array,
  i: number,
  j: number,
  pI: number,
  pJ: number,
  mode: SmpParameters["interVecBrgn"],
): Bargain {
  const D = act.D;
  const bi = new Float64Array(D);
  const bj = new Float64Array(D);
  for (let k = 0; k < D; k++) {
    const ti = pos[i * D + k]!;
    const tj = pos[j * D + k]!;
    const si = act.sal[i * D + k]!;
    const sj = act.sal[j * D + k]!;
    if (mode === "S2PMax") {
      const di = Math.max(0, pJ - pI);
      const dj = Math.max(0, pI - pJ);
      const dik = (di * sj * sj) / (di * sj * sj + 1e-6 + (1 - di) * si * si);
      const djk = (dj * si * si) / (dj * si * si + 1e-6 + (1 - dj) * sj * sj);
      bi[k] = ti + dik * (tj - ti);
      bj[k] = tj + djk * (ti - tj);
    } else {
      let wi: number;
      let wj: number;
      if (mode === "S2P2") {
        wi = si * si * pI * pI;
        wj = sj * sj * pJ * pJ;
      } else {
        wi = si * pI;
        wj = sj * pJ;
      }
      const den = wi + 1e-6 + wj;
      bi[k] = round4(((wi + 1e-6) * ti + wj * tj) / den);
      bj[k] = round4((wi * ti + (1e-6 + wj) * tj) / den);
    }
  }
  return { init: i, rcvr: j, posInit: bi, posRcvr: bj };
}

/** Result of one turn. */
export interface TurnResult {
  /** New positions, N×D. */
  pos: Float64Array;
  /** Target chosen by each actor (-1: none). */
  targets: Int32Array;
  /** Index of the chosen entry in each actor's queue (0-based) and the queue length. */
  chosen: Int32Array;
  queueLength: Int32Array;
  /**
   * Near-exact ties (relative 1e-12) broken by input order this turn: between targets of equal
   * expected gain, or between bargains of equal probability in a queue.
   */
  ties: number;
}

/** One bargaining turn (KTAB `doBCN`): challenges, bargains, queues, simultaneous update. */
export function bargainTurn(
  act: SmpActors,
  pos: Float64Array,
  ideal: Float64Array,
  st: StateAssessment,
  p: SmpParameters,
  pce: PceSettings,
  rng: Rng | undefined,
  scratch: PceFlatOut,
): TurnResult {
  const { N, D } = act;
  const queues: Bargain[][] = Array.from({ length: N }, () => []);
  const targets = new Int32Array(N).fill(-1);
  const tmp = new Float64Array(2);
  const colI = new Float64Array(N);
  const diag = new Float64Array(N);
  const gains = new Float64Array(N);
  let ties = 0;
  const same = (a: number, b: number) =>
    Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
  for (let i = 0; i < N; i++) {
    const sq: Bargain = {
      init: i,
      rcvr: i,
      posInit: pos.subarray(i * D, i * D + D),
      posRcvr: pos.subarray(i * D, i * D + D),
    };
    queues[i]!.push(sq);
    let bestJ = -1;
    let bestEU = -1;
    let pIJ = 0;
    perspectiveColumns(act, st, i, i, colI, diag);
    for (let j = 0; j < N; j++) {
      if (j === i) continue;
      probEduChallenge(act, st, p, i, i, i, j, colI, diag, tmp);
      const edu = tmp[1]!;
      gains[j] = edu;
      if (edu > 1e-5 && edu > bestEU) {
        bestJ = j;
        bestEU = edu;
        pIJ = tmp[0]!;
      }
    }
    if (bestJ < 0) continue;
    for (let j = 0; j < N; j++) if (j !== i && j !== bestJ && same(gains[j]!, bestEU)) ties++;
    const j = bestJ;
    targets[i] = j;
    const bIIJ = interpolateBargain(act, pos, i, j, pIJ, 1 - pIJ, p.interVecBrgn);
    if (p.bargnModel === "InitOnlyInterp") {
      queues[i]!.push(bIIJ);
      queues[j]!.push(bIIJ);
      continue;
    }
    // KTAB feeds j's estimate of i's expected *gain* here where a probability is meant; kept.
    perspectiveColumns(act, st, j, i, colI, diag);
    probEduChallenge(act, st, p, j, i, i, j, colI, diag, tmp);
    const q = tmp[1]!;
    const bJIJ = interpolateBargain(act, pos, i, j, q, 1 - q, p.interVecBrgn);
    if (p.bargnModel === "InitRcvrInterp") {
      queues[i]!.push(bIIJ, bJIJ);
      queues[j]!.push(bIIJ, bJIJ);
      continue;
    }
    // PWCompInterp: KTAB weighs the receiver's side with the initiator's capability; kept.
    const wi = act.cap[i]! * act.salSum[i]!;
    const wj = act.cap[i]! * act.salSum[j]!;
    const pi = new Float64Array(D);
    const pj = new Float64Array(D);
    for (let k = 0; k < D; k++) {
      pi[k] = (wi * bIIJ.posInit[k]! + wj * bJIJ.posInit[k]!) / (wi + wj);
      pj[k] = (wi * bIIJ.posRcvr[k]! + wj * bJIJ.posRcvr[k]!) / (wi + wj);
    }
    const b: Bargain = { init: i, rcvr: j, posInit: pi, posRcvr: pj };
    queues[i]!.push(b);
    queues[j]!.push(b);
  }

  const newPos = new Float64Array(N * D);
  const chosen = new Int32Array(N);
  const queueLength = new Int32Array(N);
  const { Utrue, R } = st;
  // Utility to each actor a of the state a bargain would produce, averaged over actors. It does
  // not depend on whose queue holds the bargain, so it is computed once per bargain; the sums
  // run in KTAB's order (the two new positions first, then the others by index).
  const sqSum = new Float64Array(N);
  for (let a = 0; a < N; a++) {
    let s = 0;
    for (let n = 0; n < N; n++) s += Utrue[a * N + n]!;
    sqSum[a] = s;
  }
  const ubarCache = new Map<Bargain, Float64Array>();
  const ubarOf = (b: Bargain): Float64Array => {
    let col = ubarCache.get(b);
    if (col) return col;
    col = new Float64Array(N);
    if (b.init === b.rcvr) {
      for (let a = 0; a < N; a++) col[a] = sqSum[a]! / N;
    } else {
      for (let a = 0; a < N; a++) {
        const row = a * N;
        let s = 0;
        s += bsUtil(weightedDistance(act, a, ideal, a * D, b.posInit, 0), R[a]!);
        s += bsUtil(weightedDistance(act, a, ideal, a * D, b.posRcvr, 0), R[a]!);
        for (let n = 0; n < N; n++) {
          if (n !== b.init && n !== b.rcvr) s += Utrue[row + n]!;
        }
        col[a] = s / N;
      }
    }
    ubarCache.set(b, col);
    return col;
  };
  for (let k = 0; k < N; k++) {
    const q = queues[k]!;
    const nb = q.length;
    queueLength[k] = nb;
    let mMax = 0;
    if (nb > 1) {
      const u = new Float64Array(N * nb);
      for (let m = 0; m < nb; m++) {
        const col = ubarOf(q[m]!);
        for (let a = 0; a < N; a++) u[a * nb + m] = col[a]!;
      }
      const prob = pceFlat(u, N, nb, act.cap, pce, scratch);
      if (p.stateTransitions === "Stochastic" && rng) {
        const r = rng.next();
        let acc = 0;
        mMax = nb - 1;
        for (let m = 0; m < nb; m++) {
          acc += prob[m]!;
          if (r < acc) {
            mMax = m;
            break;
          }
        }
      } else {
        for (let m = 1; m < nb; m++) if (prob[m]! > prob[mMax]!) mMax = m;
        for (let m = 0; m < nb; m++) if (m !== mMax && same(prob[m]!, prob[mMax]!)) ties++;
      }
    }
    chosen[k] = mMax;
    const b = q[mMax]!;
    const src =
      b.init === b.rcvr ? pos.subarray(k * D, k * D + D) : b.init === k ? b.posInit : b.posRcvr;
    newPos.set(src, k * D);
  }
  return { pos: newPos, targets, chosen, queueLength, ties };
}

/** New ideals after a turn: y ← A·x(new) + (1 − rowsum A)·y(old); identity: y = x. */
export function updateIdeals(
  act: SmpActors,
  newPos: Float64Array,
  oldIdeal: Float64Array,
): Float64Array {
  const { N, D, accommodate: A } = act;
  if (!A) return newPos.slice();
  const y = new Float64Array(N * D);
  for (let i = 0; i < N; i++) {
    let rowSum = 0;
    for (let j = 0; j < N; j++) rowSum += A[i * N + j]!;
    for (let k = 0; k < D; k++) {
      let s = 0;
      for (let j = 0; j < N; j++) s += A[i * N + j]! * newPos[j * D + k]!;
      y[i * D + k] = s + (1 - rowSum) * oldIdeal[i * D + k]!;
    }
  }
  return y;
}

/** Σ_i ‖x_i − x'_i‖₂ on the [0,1] scale (KTAB's state distance for the stopping rule). */
export function stateDistance(a: Float64Array, b: Float64Array, N: number, D: number): number {
  let total = 0;
  for (let i = 0; i < N; i++) {
    let s = 0;
    for (let k = 0; k < D; k++) {
      const d = a[i * D + k]! - b[i * D + k]!;
      s += d * d;
    }
    total += Math.sqrt(s);
  }
  return total;
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
  const near = (a: number, b: number) => {
    let s = 0;
    for (let k = 0; k < D; k++) {
      const d = pos[a * D + k]! - pos[b * D + k]!;
      s += d * d;
    }
    return Math.sqrt(s) < 1e-3;
  };
  const reps: number[] = [];
  for (let i = 0; i < N; i++) if (!reps.some((r) => near(i, r))) reps.push(i);
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
    for (let m = 0; m < M; m++) if (near(a, reps[m]!)) last = m;
    out[a] = p[last]!;
  }
  return out;
}
