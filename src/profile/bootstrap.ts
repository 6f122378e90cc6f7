/**
 * Seeded percentile-bootstrap intervals. VICS resamples coded utterances (as leadeR does); LTA
 * resamples its units (responses in per-response mode, sentences in whole-text mode).
 */
import { createRng } from "../core/rng.ts";
import { type LtaUnits, NT } from "./lta/score.ts";
import {
  type Interval,
  LTA_TRAITS,
  type LtaMode,
  type Trait,
  VICS_INDICES,
  type VicsIndexName,
} from "./types.ts";
import { computeIndices, type IndexOptions } from "./vics/indices.ts";

/**
 * The resampling stream: mulberry32 seeded from the core RNG. Inlined because the bootstrap
 * draws tens of millions of indices at corpus scale and closure calls dominate otherwise.
 */
function indexStream(seed: number): (n: number) => number {
  let a = createRng(seed).int(4294967296) >>> 0;
  return (n: number) => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n) | 0;
  };
}

export interface BootstrapOptions {
  /** Replicates (default 1000; 0 disables intervals). */
  replicates?: number;
  /** Two-sided coverage (default 0.95). */
  confidence?: number;
  /** Seed of the resampling stream (default 1). */
  seed?: number;
}

/** Percentile interval of the defined (non-null) replicate values; null when none are defined. */
export function percentileInterval(values: number[], confidence: number): Interval {
  if (values.length === 0) return { lo: null, hi: null };
  const v = Float64Array.from(values).sort();
  const q = (p: number): number => {
    const pos = p * (v.length - 1);
    const i = Math.floor(pos);
    const f = pos - i;
    return i + 1 < v.length ? v[i]! * (1 - f) + v[i + 1]! * f : v[i]!;
  };
  const a = (1 - confidence) / 2;
  return { lo: q(a), hi: q(1 - a) };
}

/**
 * `codes[i]` is 0..5 for a Self utterance in VICS_CATEGORIES order and 6..11 for Other.
 */
export function bootstrapVics(
  codes: Uint8Array,
  opts: BootstrapOptions = {},
  indexOpts: IndexOptions = {},
): Record<VicsIndexName, Interval> {
  const b = opts.replicates ?? 1000;
  const conf = opts.confidence ?? 0.95;
  const draw = indexStream(opts.seed ?? 1);
  const reps = new Map<VicsIndexName, number[]>(VICS_INDICES.map((k) => [k, []]));
  const n = codes.length;
  if (n > 0) {
    const tally = new Int32Array(12);
    for (let r = 0; r < b; r++) {
      tally.fill(0);
      for (let j = 0; j < n; j++) tally[codes[draw(n)]!]!++;
      const self = Array.from(tally.subarray(0, 6));
      const other = Array.from(tally.subarray(6, 12));
      const idx = computeIndices({ self, other }, indexOpts);
      for (const k of VICS_INDICES) {
        const x = idx[k];
        if (x !== null) reps.get(k)!.push(x);
      }
    }
  }
  const out = {} as Record<VicsIndexName, Interval>;
  for (const k of VICS_INDICES) out[k] = percentileInterval(reps.get(k)!, conf);
  return out;
}

export function bootstrapLta(
  units: LtaUnits,
  mode: LtaMode,
  opts: BootstrapOptions = {},
): Record<Trait, Interval> {
  const b = opts.replicates ?? 1000;
  const conf = opts.confidence ?? 0.95;
  const draw = indexStream((opts.seed ?? 1) + 7919);
  const reps = new Map<Trait, number[]>(LTA_TRAITS.map((t) => [t, []]));
  const n = units.n;
  if (n > 0) {
    // Per unit and trait: numerator and denominator of the statistic (ratio or counts).
    const num = new Float64Array(n * NT);
    const den = new Float64Array(n * NT);
    for (let u = 0; u < n; u++) {
      for (let t = 0; t < NT; t++) {
        const p = units.counts[u * 2 * NT + 2 * t]!;
        const total = p + units.counts[u * 2 * NT + 2 * t + 1]!;
        if (total === 0) continue;
        num[u * NT + t] = mode === "whole-text" ? p : p / total;
        den[u * NT + t] = mode === "whole-text" ? total : 1;
      }
    }
    const sn = new Float64Array(NT);
    const sd = new Float64Array(NT);
    for (let r = 0; r < b; r++) {
      sn.fill(0);
      sd.fill(0);
      for (let j = 0; j < n; j++) {
        const base = draw(n) * NT;
        for (let t = 0; t < NT; t++) {
          sn[t] = sn[t]! + num[base + t]!;
          sd[t] = sd[t]! + den[base + t]!;
        }
      }
      for (let t = 0; t < NT; t++) if (sd[t]! > 0) reps.get(LTA_TRAITS[t]!)!.push(sn[t]! / sd[t]!);
    }
  }
  const out = {} as Record<Trait, Interval>;
  for (const t of LTA_TRAITS) out[t] = percentileInterval(reps.get(t)!, conf);
  return out;
}
