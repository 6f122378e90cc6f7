/**
 * Seeded percentile-bootstrap intervals. VICS resamples coded utterances (as leadeR does); LTA
 * resamples its units (responses in per-response mode, sentences in whole-text mode).
 */
import { createRng } from "../core/rng.ts";
import { type LtaUnits, scoreUnits } from "./lta/score.ts";
import { computeIndices, type IndexOptions } from "./vics/indices.ts";
import {
  type Interval,
  LTA_TRAITS,
  type LtaMode,
  type Trait,
  VICS_INDICES,
  type VicsIndexName,
} from "./types.ts";

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
  const rng = createRng(opts.seed ?? 1);
  const reps = new Map<VicsIndexName, number[]>(VICS_INDICES.map((k) => [k, []]));
  const n = codes.length;
  if (n > 0) {
    for (let r = 0; r < b; r++) {
      const self = [0, 0, 0, 0, 0, 0];
      const other = [0, 0, 0, 0, 0, 0];
      for (let j = 0; j < n; j++) {
        const c = codes[rng.int(n)]!;
        if (c < 6) self[c]!++;
        else other[c - 6]!++;
      }
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
  const rng = createRng((opts.seed ?? 1) + 7919);
  const reps = new Map<Trait, number[]>(LTA_TRAITS.map((t) => [t, []]));
  if (units.n > 0) {
    const pick = new Int32Array(units.n);
    for (let r = 0; r < b; r++) {
      for (let j = 0; j < units.n; j++) pick[j] = rng.int(units.n);
      const s = scoreUnits(units, mode, pick);
      for (const t of LTA_TRAITS) {
        const x = s[t];
        if (x !== null) reps.get(t)!.push(x);
      }
    }
  }
  const out = {} as Record<Trait, Interval>;
  for (const t of LTA_TRAITS) out[t] = percentileInterval(reps.get(t)!, conf);
  return out;
}
