/**
 * Challenge evaluation and bargain interpolation (research note 1.7 a-c): h's estimate of the
 * probability that i beats j and of the expected gain to k, with third parties joining the
 * "little conflicts"; and the compromise point two actors are offered.
 */
import type { SmpParameters } from "./params.ts";
import { voteShape } from "./pce.ts";
import { bsUtil, type SmpActors, type StateAssessment } from "./smp-state.ts";

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
  /** Average utility to each actor of the state this bargain produces (filled when resolved). */
  ubar: Float64Array | null;
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
  return { init: i, rcvr: j, posInit: bi, posRcvr: bj, ubar: null };
}
