/**
 * Forecasts of a one-dimensional bargaining state used by the BDM model: the capability ×
 * salience weighted mean, and the position that wins the pairwise votes (median voter).
 */

/** Capability × salience weighted mean position: the model's forecast each round. */
export function weightedMean(
  x: ArrayLike<number>,
  c: ArrayLike<number>,
  s: ArrayLike<number>,
): number {
  let num = 0;
  let den = 0;
  for (let i = 0; i < x.length; i++) {
    num += c[i]! * s[i]! * x[i]!;
    den += c[i]! * s[i]!;
  }
  return num / den;
}

/** The position that beats every other in pairwise votes Σ c·s·(|x_k − b| − |x_k − a|). */
export function medianVoterPosition(
  x: ArrayLike<number>,
  c: ArrayLike<number>,
  s: ArrayLike<number>,
): number {
  const n = x.length;
  let best = x[0]!;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let a = 0; a < n; a++) {
    // Sum of the pairwise vote margins; the Condorcet winner has the largest.
    let score = 0;
    for (let b = 0; b < n; b++) {
      let v = 0;
      for (let k = 0; k < n; k++) {
        v += c[k]! * s[k]! * (Math.abs(x[k]! - x[b]!) - Math.abs(x[k]! - x[a]!));
      }
      score += Math.sign(v);
    }
    if (score > bestScore) {
      bestScore = score;
      best = x[a]!;
    }
  }
  return best;
}
