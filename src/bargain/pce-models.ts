/**
 * The three ways KTAB turns a matrix of pairwise victory probabilities into option
 * probabilities (research note 1.6, step 3): Conditional, MarkovUniform, MarkovIncentive.
 */
import { StatecraftError } from "../core/errors.ts";

/** Iterations used by the last Markov computation, for callers that report it. */
export interface IterationSink {
  iterations?: number;
}

export function conditionalPce(pv: Float64Array, M: number): Float64Array {
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

/**
 * The damped fixed point both Markov models share: from the uniform distribution, each sweep
 * computes every option's next value from the current distribution, stops when no option moved
 * more than `tolerance`, and otherwise moves halfway (KTAB's damping).
 */
function dampedFixedPoint(
  M: number,
  next: (p: Float64Array, i: number) => number,
  tolerance: number,
  maxIterations: number,
  out: IterationSink,
): Float64Array {
  let p = new Float64Array(M).fill(1 / M);
  let q = new Float64Array(M);
  let iter = 0;
  for (;;) {
    let change = 0;
    for (let i = 0; i < M; i++) {
      const qi = next(p, i);
      q[i] = qi;
      const d = Math.abs(qi - p[i]!);
      if (d > change) change = d;
    }
    for (let i = 0; i < M; i++) q[i] = (p[i]! + q[i]!) / 2;
    [p, q] = [q, p];
    iter++;
    if (change <= tolerance) break;
    if (iter >= maxIterations) throw notConverged(iter);
  }
  out.iterations = iter;
  return p;
}

export function markovUniformPce(
  pv: Float64Array,
  M: number,
  maxIterations: number,
  out: IterationSink,
): Float64Array {
  return dampedFixedPoint(
    M,
    (p, i) => {
      let s = 0;
      for (let j = 0; j < M; j++) s += pv[i * M + j]! * (p[i]! + p[j]!);
      return s / M;
    },
    1e-6,
    maxIterations,
    out,
  );
}

export function markovIncentivePce(
  pv: Float64Array,
  C: Float64Array,
  M: number,
  maxIterations: number,
  out: IterationSink,
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
  return dampedFixedPoint(
    M,
    (p, i) => {
      let s = 0;
      for (let j = 0; j < M; j++) {
        // ct(i,j) = p_i·ch(j,i); ct(j,i) = p_j·ch(i,j)
        s += pv[i * M + j]! * (p[i]! * ch[j * M + i]! + p[j]! * ch[i * M + j]!);
      }
      return s;
    },
    1e-8,
    maxIterations,
    out,
  );
}
