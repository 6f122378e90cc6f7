/** Shared pieces of model output: normalisation, ranking, Monte Carlo intervals. */
import type { Rng } from "../core/rng.ts";
import type { Explanation, OptionExplanation, Prediction } from "./types.ts";

/** Rounds probabilities for output without breaking their sum (largest remainder on 1e-6). */
export function probabilityMap(
  ids: readonly string[],
  p: ArrayLike<number>,
): Record<string, number> {
  const out: Record<string, number> = {};
  ids.forEach((id, i) => {
    out[id] = p[i]!;
  });
  return out;
}

export function rank(options: OptionExplanation[]): OptionExplanation[] {
  return [...options].sort(
    (a, b) => b.probability - a.probability || a.option.localeCompare(b.option),
  );
}

export function prediction(
  ids: readonly string[],
  p: ArrayLike<number>,
  explanation: Omit<Explanation, "ranked">,
  perOption: (i: number) => Partial<OptionExplanation> = () => ({}),
): Prediction {
  const ranked = rank(ids.map((id, i) => ({ option: id, probability: p[i]!, ...perOption(i) })));
  return { probabilities: probabilityMap(ids, p), explanation: { ...explanation, ranked } };
}

/**
 * Monte Carlo intervals: `draw(rng, out)` writes one draw of option probabilities into `out`;
 * returns the 5th and 95th percentiles per option.
 */
export function mcIntervals(
  ids: readonly string[],
  draws: number,
  rng: Rng,
  draw: (rng: Rng, out: Float64Array) => void,
): Record<string, [number, number]> {
  const M = ids.length;
  const samples = new Float64Array(M * draws);
  const buf = new Float64Array(M);
  for (let d = 0; d < draws; d++) {
    draw(rng, buf);
    for (let m = 0; m < M; m++) samples[m * draws + d] = buf[m]!;
  }
  const out: Record<string, [number, number]> = {};
  ids.forEach((id, m) => {
    const s = samples.subarray(m * draws, (m + 1) * draws).sort();
    const q = (f: number) => s[Math.min(draws - 1, Math.max(0, Math.round(f * (draws - 1))))]!;
    out[id] = [q(0.05), q(0.95)];
  });
  return out;
}

/** In-place softmax over a typed array. */
export function softmaxInPlace(u: Float64Array, n = u.length): Float64Array {
  let m = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) if (u[i]! > m) m = u[i]!;
  let s = 0;
  for (let i = 0; i < n; i++) {
    u[i] = Math.exp(u[i]! - m);
    s += u[i]!;
  }
  for (let i = 0; i < n; i++) u[i]! /= s;
  return u;
}
