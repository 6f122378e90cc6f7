/**
 * The ten operational-code indices (P-1..P-5, I-1..I-5 with I-4a/I-4b and the six I-5
 * proportions) from Self/Other category counts, following Walker, Schafer & Young (2003) with the
 * missing-data conventions of the research notes (profiling.md 1.2 and 10.1).
 */
import {
  VICS_CATEGORIES,
  type VicsCategory,
  type VicsCounts,
  type VicsIndices,
  type VicsUtterance,
} from "../types.ts";

/** Weights in VICS_CATEGORIES order: punish .. reward. */
export const WEIGHTS = [-3, -2, -1, 1, 2, 3] as const;
/** Categories counted as deeds for I-4b (punish, reward); the rest are words. */
const DEED = [true, false, false, false, false, true] as const;

export interface IndexOptions {
  /**
   * What a zero denominator gives. "na" (default, leadeR convention): P-1..P-3 are NA without
   * Other verbs and every I index is NA without Self verbs. "zero" (PsyCL convention): 0.
   */
  missing?: "na" | "zero";
  /** Number of categories in the IQV. Default 6; do not use 2 (not VICS). */
  iqvK?: number;
}

export function emptyCounts(): VicsCounts {
  return { self: [0, 0, 0, 0, 0, 0], other: [0, 0, 0, 0, 0, 0] };
}

const CAT_INDEX = new Map<VicsCategory, number>(VICS_CATEGORIES.map((c, i) => [c, i]));
export function categoryIndex(c: VicsCategory): number {
  return CAT_INDEX.get(c)!;
}

export function countUtterances(utterances: VicsUtterance[]): VicsCounts {
  const counts = emptyCounts();
  for (const u of utterances) {
    const row = u.referent === "self" ? counts.self : counts.other;
    row[categoryIndex(u.category)]!++;
  }
  return counts;
}

/**
 * Index of qualitative variation over K categories: (K/(K-1)) * (1 - sum p^2); 0 with fewer than
 * two observations or a single category present.
 */
export function iqv(f: readonly number[], k = 6): number {
  let n = 0;
  let present = 0;
  for (const x of f) {
    n += x;
    if (x > 0) present++;
  }
  if (n < 2 || present < 2) return 0;
  let s = 0;
  for (const x of f) s += (x / n) ** 2;
  return (k / (k - 1)) * (1 - s);
}

function sum(f: readonly number[]): number {
  let s = 0;
  for (const x of f) s += x;
  return s;
}

/** Balance (share cooperative minus share conflictual) and weighted mean / 3 for one actor. */
function balance(f: readonly number[], n: number): { bal: number; intensity: number } {
  let coop = 0;
  let confl = 0;
  let w = 0;
  for (let i = 0; i < 6; i++) {
    const x = f[i]!;
    if (i < 3) confl += x;
    else coop += x;
    w += WEIGHTS[i]! * x;
  }
  return { bal: (coop - confl) / n, intensity: w / (3 * n) };
}

export function computeIndices(counts: VicsCounts, opts: IndexOptions = {}): VicsIndices {
  const missing = opts.missing ?? "na";
  const k = opts.iqvK ?? 6;
  const nS = sum(counts.self);
  const nO = sum(counts.other);
  const na = missing === "na" ? null : 0;
  const out = {} as VicsIndices;

  if (nO > 0) {
    const b = balance(counts.other, nO);
    out.P1 = b.bal;
    out.P2 = b.intensity;
    out.P3 = 1 - iqv(counts.other, k);
  } else {
    out.P1 = na;
    out.P2 = na;
    out.P3 = na;
  }
  const total = nS + nO;
  out.P4a = total > 0 ? nS / total : na;
  out.P4b = total > 0 ? nO / total : na;
  out.P5 = out.P3 === null || out.P4a === null ? null : 1 - out.P3 * out.P4a;

  if (nS > 0) {
    const b = balance(counts.self, nS);
    out.I1 = b.bal;
    out.I2 = b.intensity;
    out.I3 = 1 - iqv(counts.self, k);
    out.I4a = 1 - Math.abs(b.bal);
    let words = 0;
    let deeds = 0;
    for (let i = 0; i < 6; i++) {
      if (DEED[i]) deeds += counts.self[i]!;
      else words += counts.self[i]!;
    }
    out.I4b = 1 - Math.abs((words - deeds) / nS);
    for (let i = 0; i < 6; i++) {
      out[`I5${VICS_CATEGORIES[i]!}` as keyof VicsIndices] = counts.self[i]! / nS;
    }
  } else {
    out.I1 = na;
    out.I2 = na;
    out.I3 = na;
    out.I4a = na;
    out.I4b = na;
    for (const c of VICS_CATEGORIES) out[`I5${c}` as keyof VicsIndices] = na;
  }
  return out;
}
