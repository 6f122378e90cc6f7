/**
 * One SMP bargaining turn (research note 1.7-1.9): challenges, bargains, queue resolution,
 * simultaneous update, ideals and the state distance of the stopping rule. Flat typed arrays on
 * the [0,1] scale; `smp.ts` drives it turn by turn, `smp-state.ts` assesses each state.
 *
 * Only what the dynamics use is computed: N² challenge evaluations of O(N) each from the
 * challenger's own perspective, plus the small queue PCEs; O(N³) per turn. KTAB also
 * evaluates every challenge from every perspective (O(N⁴)) for its SQL log, which is skipped.
 * Floating-point operations follow KTAB's order where it could change a rounded bargain.
 */
import type { Rng } from "../core/rng.ts";
import type { SmpParameters } from "./params.ts";
import { type PceFlatOut, type PceSettings, pceFlat } from "./pce.ts";
import {
  type Bargain,
  interpolateBargain,
  perspectiveColumns,
  probEduChallenge,
} from "./smp-challenge.ts";
import { bsUtil, type SmpActors, type StateAssessment, weightedDistance } from "./smp-state.ts";

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

const NONE = new Float64Array(0);

/** Equal up to a relative 1e-12: a tie that input order decides. */
function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
}

/**
 * Utility to each actor a of the state bargain b would produce, averaged over actors. It does
 * not depend on whose queue holds the bargain, so it is computed once and kept on the bargain;
 * the sums run in KTAB's order (the two new positions first, then the others by index).
 */
function bargainUtility(
  act: SmpActors,
  ideal: Float64Array,
  st: StateAssessment,
  sqSum: Float64Array,
  b: Bargain,
): Float64Array {
  if (b.ubar) return b.ubar;
  const { N, D } = act;
  const { Utrue, R } = st;
  const col = new Float64Array(N);
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
  b.ubar = col;
  return col;
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
  const queues: Bargain[][] = [];
  for (let k = 0; k < N; k++) queues.push([]);
  const targets = new Int32Array(N).fill(-1);
  const tmp = new Float64Array(2);
  const colI = new Float64Array(N);
  const diag = new Float64Array(N);
  const gains = new Float64Array(N);
  let ties = 0;
  for (let i = 0; i < N; i++) {
    // Status quo: positions unchanged, so none are stored.
    queues[i]!.push({ init: i, rcvr: i, posInit: NONE, posRcvr: NONE, ubar: null });
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
    for (let j = 0; j < N; j++)
      if (j !== i && j !== bestJ && nearlyEqual(gains[j]!, bestEU)) ties++;
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
    const b: Bargain = { init: i, rcvr: j, posInit: pi, posRcvr: pj, ubar: null };
    queues[i]!.push(b);
    queues[j]!.push(b);
  }

  const newPos = new Float64Array(N * D);
  const chosen = new Int32Array(N);
  const queueLength = new Int32Array(N);
  const { Utrue } = st;
  // Σ_n U(a,n) in index order: the status quo's utility sum, shared by every queue.
  const sqSum = new Float64Array(N);
  for (let a = 0; a < N; a++) {
    let s = 0;
    for (let n = 0; n < N; n++) s += Utrue[a * N + n]!;
    sqSum[a] = s;
  }
  for (let k = 0; k < N; k++) {
    const q = queues[k]!;
    const nb = q.length;
    queueLength[k] = nb;
    let mMax = 0;
    if (nb > 1) {
      const u = new Float64Array(N * nb);
      for (let m = 0; m < nb; m++) {
        const col = bargainUtility(act, ideal, st, sqSum, q[m]!);
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
        for (let m = 0; m < nb; m++) if (m !== mMax && nearlyEqual(prob[m]!, prob[mMax]!)) ties++;
      }
    }
    chosen[k] = mMax;
    const b = q[mMax]!;
    if (b.init === b.rcvr) {
      for (let d = 0; d < D; d++) newPos[k * D + d] = pos[k * D + d]!;
    } else newPos.set(b.init === k ? b.posInit : b.posRcvr, k * D);
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
