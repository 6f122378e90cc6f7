/**
 * Scores of probabilistic predictions against known outcomes. Top-1 accuracy gives fractional
 * credit on ties (1/k when the chosen option is one of k equally top options). Brier is the
 * multi-class score Σ_k (p_k − y_k)² per case. Log loss clips the chosen option's probability
 * at LOG_LOSS_FLOOR so that a hard baseline's miss costs a finite −log(1e-4) ≈ 9.21.
 */

export const LOG_LOSS_FLOOR = 1e-4;

export interface CaseScore {
  case: string;
  chosen: string;
  /** Option(s) with the highest probability (ties listed in option order). */
  top: string[];
  correct: number;
  pChosen: number;
  brier: number;
  logLoss: number;
  probabilities: Record<string, number>;
}

export interface CalibrationBin {
  /** Lower and upper bound of the predicted probability bin. */
  from: number;
  to: number;
  count: number;
  meanPredicted: number;
  observed: number;
}

export interface Scores {
  cases: number;
  accuracy: number;
  brier: number;
  logLoss: number;
  calibration: CalibrationBin[];
}

export function scoreCase(id: string, chosen: string, p: Record<string, number>): CaseScore {
  const entries = Object.entries(p);
  const best = Math.max(...entries.map(([, v]) => v));
  const top = entries.filter(([, v]) => v >= best - 1e-12).map(([k]) => k);
  let brier = 0;
  for (const [k, v] of entries) brier += (v - (k === chosen ? 1 : 0)) ** 2;
  const pc = p[chosen] ?? 0;
  return {
    case: id,
    chosen,
    top,
    correct: top.includes(chosen) ? 1 / top.length : 0,
    pChosen: pc,
    brier,
    logLoss: -Math.log(Math.max(pc, LOG_LOSS_FLOOR)),
    probabilities: p,
  };
}

/** Aggregates case scores; calibration over every (case, option) probability in `bins` bins. */
export function aggregate(scores: readonly CaseScore[], bins = 5): Scores {
  const n = scores.length || 1;
  const cal: CalibrationBin[] = Array.from({ length: bins }, (_, i) => ({
    from: i / bins,
    to: (i + 1) / bins,
    count: 0,
    meanPredicted: 0,
    observed: 0,
  }));
  for (const s of scores) {
    for (const [k, v] of Object.entries(s.probabilities)) {
      const b = cal[Math.min(bins - 1, Math.floor(v * bins))]!;
      b.count++;
      b.meanPredicted += v;
      b.observed += k === s.chosen ? 1 : 0;
    }
  }
  for (const b of cal) {
    if (b.count > 0) {
      b.meanPredicted /= b.count;
      b.observed /= b.count;
    }
  }
  return {
    cases: scores.length,
    accuracy: scores.reduce((a, s) => a + s.correct, 0) / n,
    brier: scores.reduce((a, s) => a + s.brier, 0) / n,
    logLoss: scores.reduce((a, s) => a + s.logLoss, 0) / n,
    calibration: cal,
  };
}
