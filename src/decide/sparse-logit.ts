/**
 * Conditional logit over binary, sparse features (an option's row is the list of its active
 * feature indices): P(option m) ∝ exp(Σ_{k ∈ row_m} w_k), fitted by penalised maximum likelihood
 *   minimise  -Σ_i log P_i(chosen_i) + (λ/2)·|w|².
 * The dense solver in `logit.ts` builds a K×K Hessian; a word lexicon has hundreds of features
 * and each label only a handful, so this solver takes Newton steps whose linear systems are solved
 * by conjugate gradients with Hessian-vector products that cost one pass over the active entries.
 * The problem is strictly convex, the start is w = 0 and every step is deterministic.
 */

/** One fitting case: the active feature indices of each option, and the chosen option. */
export interface SparseCase {
  rows: readonly (readonly number[])[];
  y: number;
}

export interface SparseFitOptions {
  /** Ridge strength λ (> 0). */
  lambda: number;
  /** Newton iterations at most. Default 50. */
  maxIter?: number;
  /** Conjugate-gradient iterations per Newton step at most. Default 200. */
  maxCg?: number;
}

function rowSum(row: readonly number[], v: Float64Array): number {
  let s = 0;
  for (const k of row) s += v[k]!;
  return s;
}

/** Option probabilities of one case under w, written into p. */
function probs(c: SparseCase, w: Float64Array, p: Float64Array): void {
  let max = -Infinity;
  for (let m = 0; m < c.rows.length; m++) {
    p[m] = rowSum(c.rows[m]!, w);
    if (p[m]! > max) max = p[m]!;
  }
  let s = 0;
  for (let m = 0; m < c.rows.length; m++) {
    p[m] = Math.exp(p[m]! - max);
    s += p[m]!;
  }
  for (let m = 0; m < c.rows.length; m++) p[m]! /= s;
}

function objective(cases: readonly SparseCase[], w: Float64Array, lambda: number, p: Float64Array) {
  let f = 0;
  for (const c of cases) {
    probs(c, w, p);
    f -= Math.log(Math.max(p[c.y]!, 1e-300));
  }
  let pen = 0;
  for (let k = 0; k < w.length; k++) pen += w[k]! * w[k]!;
  return f + (lambda / 2) * pen;
}

/** Fits the K weights; returns them as a Float64Array (0 for features no case uses). */
export function fitSparseLogit(
  cases: readonly SparseCase[],
  K: number,
  opts: SparseFitOptions,
): Float64Array {
  const { lambda } = opts;
  const maxIter = opts.maxIter ?? 50;
  const maxCg = opts.maxCg ?? 200;
  const M = Math.max(1, ...cases.map((c) => c.rows.length));
  const w = new Float64Array(K);
  const p = new Float64Array(M);
  // Per case, its probabilities at the current w (row-major, M per case) for Hessian products.
  const P = new Float64Array(cases.length * M);
  const g = new Float64Array(K);
  let cur = objective(cases, w, lambda, p);
  for (let it = 0; it < maxIter; it++) {
    for (let k = 0; k < K; k++) g[k] = lambda * w[k]!;
    cases.forEach((c, i) => {
      probs(c, w, p);
      for (let m = 0; m < c.rows.length; m++) {
        P[i * M + m] = p[m]!;
        const coef = p[m]! - (m === c.y ? 1 : 0);
        for (const k of c.rows[m]!) g[k]! += coef;
      }
    });
    // H v = λ v + Σ_i Σ_m p_m (x_m·v − x̄·v) x_m, with x̄ = Σ_m p_m x_m.
    const hv = (v: Float64Array, out: Float64Array) => {
      for (let k = 0; k < K; k++) out[k] = lambda * v[k]!;
      cases.forEach((c, i) => {
        let mean = 0;
        for (let m = 0; m < c.rows.length; m++) mean += P[i * M + m]! * rowSum(c.rows[m]!, v);
        for (let m = 0; m < c.rows.length; m++) {
          const coef = P[i * M + m]! * (rowSum(c.rows[m]!, v) - mean);
          for (const k of c.rows[m]!) out[k]! += coef;
        }
      });
    };
    const step = conjugateGradient(hv, g, K, maxCg);
    let t = 1;
    const next = new Float64Array(K);
    let nextObj = cur;
    for (let ls = 0; ls < 30; ls++) {
      for (let k = 0; k < K; k++) next[k] = w[k]! - t * step[k]!;
      nextObj = objective(cases, next, lambda, p);
      if (nextObj <= cur + 1e-12) break;
      t /= 2;
    }
    let moved = 0;
    for (let k = 0; k < K; k++) moved = Math.max(moved, Math.abs(t * step[k]!));
    w.set(next);
    cur = nextObj;
    if (moved < 1e-9) break;
  }
  return w;
}

/** Solves H x = b for a symmetric positive definite H given as a product. */
function conjugateGradient(
  hv: (v: Float64Array, out: Float64Array) => void,
  b: Float64Array,
  K: number,
  maxIter: number,
): Float64Array {
  const x = new Float64Array(K);
  const r = Float64Array.from(b);
  const d = Float64Array.from(b);
  const hd = new Float64Array(K);
  let rr = 0;
  for (let k = 0; k < K; k++) rr += r[k]! * r[k]!;
  const tol = 1e-20 * Math.max(1, rr);
  for (let it = 0; it < maxIter && rr > tol; it++) {
    hv(d, hd);
    let dhd = 0;
    for (let k = 0; k < K; k++) dhd += d[k]! * hd[k]!;
    const a = rr / dhd;
    let rr2 = 0;
    for (let k = 0; k < K; k++) {
      x[k]! += a * d[k]!;
      r[k]! -= a * hd[k]!;
      rr2 += r[k]! * r[k]!;
    }
    const beta = rr2 / rr;
    for (let k = 0; k < K; k++) d[k] = r[k]! + beta * d[k]!;
    rr = rr2;
  }
  return x;
}
