/**
 * Conditional logit: P(option m) ∝ exp(θ·x_m). Fitting is penalised maximum likelihood,
 *   minimise  -Σ_i log P_i(chosen_i) + (λ/2)·Σ_k (θ_k − θ0_k)²,
 * a strictly convex problem solved by damped Newton steps from θ0. The solution is unique and
 * the procedure deterministic, so a fit needs no random restarts.
 */

export function softmax(u: readonly number[]): number[] {
  const m = Math.max(...u);
  const e = u.map((x) => Math.exp(x - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / s);
}

export function dot(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/** One fitting case: feature rows per option and the chosen row. */
export interface LogitCase {
  x: number[][];
  y: number;
}

export interface LogitFit {
  theta: number[];
  /** Penalised negative log-likelihood at the optimum. */
  objective: number;
  /** Unpenalised log-likelihood at the optimum. */
  logLik: number;
  iterations: number;
}

function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[piv]![c]!)) piv = r;
    [M[c], M[piv]] = [M[piv]!, M[c]!];
    const d = M[c]![c]!;
    if (Math.abs(d) < 1e-300) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = M[r]![c]! / d;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) M[r]![k]! -= f * M[c]![k]!;
    }
  }
  return M.map((row, i) => row[n]! / (row[i]! || 1));
}

/** λ per coordinate: one number for all, or one per coordinate. */
export type Ridge = number | readonly number[];

const lam = (lambda: Ridge, k: number): number =>
  typeof lambda === "number" ? lambda : lambda[k]!;

function objective(cases: readonly LogitCase[], theta: number[], lambda: Ridge, theta0: number[]) {
  let ll = 0;
  for (const c of cases) {
    const p = softmax(c.x.map((row) => dot(row, theta)));
    ll += Math.log(Math.max(p[c.y]!, 1e-300));
  }
  let pen = 0;
  for (let k = 0; k < theta.length; k++) pen += lam(lambda, k) * (theta[k]! - theta0[k]!) ** 2;
  return { obj: -ll + pen / 2, ll };
}

/** Fits θ by penalised maximum likelihood (ridge toward θ0 with strength λ > 0, per coordinate). */
export function fitLogit(
  cases: readonly LogitCase[],
  theta0: readonly number[],
  lambda: Ridge,
  maxIter = 100,
): LogitFit {
  const K = theta0.length;
  let theta = [...theta0];
  let cur = objective(cases, theta, lambda, [...theta0]);
  let it = 0;
  for (; it < maxIter; it++) {
    const grad = theta.map((t, k) => lam(lambda, k) * (t - theta0[k]!));
    const H = Array.from({ length: K }, (_, i) =>
      Array.from({ length: K }, (_, j) => (i === j ? lam(lambda, i) : 0)),
    );
    for (const c of cases) {
      const p = softmax(c.x.map((row) => dot(row, theta)));
      const mean = new Array<number>(K).fill(0);
      c.x.forEach((row, m) => {
        for (let k = 0; k < K; k++) mean[k]! += p[m]! * row[k]!;
      });
      const xy = c.x[c.y]!;
      for (let k = 0; k < K; k++) grad[k]! -= xy[k]! - mean[k]!;
      c.x.forEach((row, m) => {
        for (let i = 0; i < K; i++) {
          const di = row[i]! - mean[i]!;
          if (di === 0) continue;
          for (let j = 0; j < K; j++) H[i]![j]! += p[m]! * di * (row[j]! - mean[j]!);
        }
      });
    }
    const step = solve(H, grad);
    let t = 1;
    let next = theta;
    let nextObj = cur;
    for (let ls = 0; ls < 30; ls++) {
      next = theta.map((v, k) => v - t * step[k]!);
      nextObj = objective(cases, next, lambda, [...theta0]);
      if (nextObj.obj <= cur.obj + 1e-12) break;
      t /= 2;
    }
    const moved = Math.max(...step.map((s) => Math.abs(s * t)));
    theta = next;
    cur = nextObj;
    if (moved < 1e-9) break;
  }
  return { theta, objective: cur.obj, logLik: cur.ll, iterations: it + 1 };
}
