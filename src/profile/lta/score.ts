/**
 * LTA aggregation: trait scores from coded hits, in Hermann's per-response mode (the mean of the
 * per-response percentages) or leadeR's whole-text mode (pooled X / (X + OX)). Both work on
 * "units" (count vectors per response or per sentence) so the bootstrap can resample them.
 */
import { type DocumentCoding, LTA_TRAITS, type LtaMode, type Trait } from "../types.ts";

export const NT = LTA_TRAITS.length;
const TRAIT_INDEX = new Map<Trait, number>(LTA_TRAITS.map((t, i) => [t, i]));

/** Count vectors, 2 slots per trait (positive, negative), one row per unit. */
export interface LtaUnits {
  n: number;
  counts: Int32Array;
}

/**
 * Groups a document's sentences into responses of at least `wordsPerResponse` words (Hermann's
 * 100-word responses). A short tail joins the previous response unless it has half the minimum.
 * Returns the index of the first sentence of each response.
 */
export function chunkResponses(sentenceWords: number[], wordsPerResponse = 100): number[] {
  const starts: number[] = [];
  let acc = 0;
  let open = -1;
  for (let s = 0; s < sentenceWords.length; s++) {
    if (open < 0) {
      open = s;
      acc = 0;
    }
    acc += sentenceWords[s]!;
    if (acc >= wordsPerResponse) {
      starts.push(open);
      open = -1;
    }
  }
  if (open >= 0 && (starts.length === 0 || acc >= wordsPerResponse / 2)) starts.push(open);
  return starts;
}

/**
 * Builds units: one count vector per response in both modes. Whole-text scores pool the counts
 * (so the grouping does not change them); the bootstrap resamples responses, which keeps
 * neighbouring sentences together and is 5-10 times cheaper than resampling sentences.
 */
export function buildUnits(docs: DocumentCoding[], wordsPerResponse = 100): LtaUnits {
  const rows: Int32Array[] = [];
  for (const d of docs) {
    const starts = chunkResponses(d.sentenceWords, wordsPerResponse);
    const unitOf = new Int32Array(d.sentenceWords.length);
    let u = 0;
    for (let s = 0; s < d.sentenceWords.length; s++) {
      while (u + 1 < starts.length && starts[u + 1]! <= s) u++;
      unitOf[s] = u;
    }
    const nUnits = starts.length;
    const block = new Int32Array(nUnits * 2 * NT);
    for (const h of d.hits) {
      const u = unitOf[h.sentence] ?? nUnits - 1;
      if (u < 0) continue;
      block[u * 2 * NT + 2 * TRAIT_INDEX.get(h.trait)! + (h.positive ? 0 : 1)]!++;
    }
    for (let u = 0; u < nUnits; u++) rows.push(block.subarray(u * 2 * NT, (u + 1) * 2 * NT));
  }
  const counts = new Int32Array(rows.length * 2 * NT);
  rows.forEach((r, i) => {
    counts.set(r, i * 2 * NT);
  });
  return { n: rows.length, counts };
}

/**
 * Trait scores from units, optionally through a resample (`pick[i]` = unit index). Whole-text:
 * pooled ratio. Per-response: mean of the unit ratios over units with at least one coded item.
 */
export function scoreUnits(
  units: LtaUnits,
  mode: LtaMode,
  pick?: Int32Array,
): Record<Trait, number | null> {
  const m = pick ? pick.length : units.n;
  const pos = new Float64Array(NT);
  const den = new Float64Array(NT);
  const c = units.counts;
  for (let j = 0; j < m; j++) {
    const base = (pick ? pick[j]! : j) * 2 * NT;
    for (let t = 0; t < NT; t++) {
      const p = c[base + 2 * t]!;
      const total = p + c[base + 2 * t + 1]!;
      if (total === 0) continue;
      if (mode === "whole-text") {
        pos[t] = pos[t]! + p;
        den[t] = den[t]! + total;
      } else {
        pos[t] = pos[t]! + p / total;
        den[t] = den[t]! + 1;
      }
    }
  }
  const out = {} as Record<Trait, number | null>;
  LTA_TRAITS.forEach((t, i) => {
    out[t] = den[i]! > 0 ? pos[i]! / den[i]! : null;
  });
  return out;
}

/** Pooled positive/negative counts per trait. */
export function totalCounts(
  units: LtaUnits,
): Record<Trait, { positive: number; negative: number }> {
  const out = {} as Record<Trait, { positive: number; negative: number }>;
  LTA_TRAITS.forEach((t, i) => {
    let p = 0;
    let n = 0;
    for (let u = 0; u < units.n; u++) {
      p += units.counts[u * 2 * NT + 2 * i]!;
      n += units.counts[u * 2 * NT + 2 * i + 1]!;
    }
    out[t] = { positive: p, negative: n };
  });
  return out;
}
