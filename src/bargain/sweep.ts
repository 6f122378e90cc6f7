/**
 * Monte Carlo over uncertain inputs: each run perturbs the scenario (salience, position and
 * capability noise, all seeded) and runs the model; the outcome of a run is its forecast per
 * dimension, the capability × salience weighted mean of the final positions. The summary gives
 * the distribution of that forecast per dimension, and each actor's final-position spread.
 *
 * Run i draws from its own generator seeded by (seed, i), so results do not depend on how runs
 * are split across worker threads (`sweep-parallel.ts`).
 */
import { createRng, type Rng } from "../core/rng.ts";
import { BdmModel, type BdmOptions } from "./bdm.ts";
import type { SmpParameters } from "./params.ts";
import type { BargainActor, BargainScenario } from "./scenario.ts";
import { type BargainResult, runSmp } from "./smp.ts";

export interface SweepOptions {
  /** Number of perturbed runs. Default 1000. */
  runs?: number;
  /** Base seed; run i uses a generator derived from (seed, i). Default 1. */
  seed?: number;
  /** Standard deviation of additive salience noise, in points on the 0-100 scale. Default 5. */
  salienceNoise?: number;
  /** Standard deviation of additive position noise, in points on the 0-100 scale. Default 0. */
  positionNoise?: number;
  /** Standard deviation of multiplicative capability noise (fraction, lognormal). Default 0. */
  capabilityNoise?: number;
  /** Model to run. Default "smp". */
  model?: "smp" | "bdm";
  /** SMP parameter overrides. */
  parameters?: Partial<SmpParameters>;
  /** BDM options. */
  bdm?: BdmOptions;
}

/** Outcome of one perturbed run. */
export interface SweepRun {
  run: number;
  turns: number;
  /** Weighted-mean final position per dimension (0-100). */
  forecast: number[];
  /** Final position per actor and dimension. */
  final: number[][];
}

/** Seed of run i: a splitmix-style mix so neighbouring runs get unrelated streams. */
export function runSeed(seed: number, run: number): number {
  let z = (seed ^ Math.imul(run + 1, 0x9e3779b9)) >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
  return (z ^ (z >>> 16)) >>> 0;
}

/**
 * A perturbed copy of the scenario. Positions are clamped to 0-100; saliences stay above
 * 0.01 (a zero total salience is invalid) and are scaled down if they sum over 100.
 */
export function perturbScenario(s: BargainScenario, rng: Rng, o: SweepOptions): BargainScenario {
  const sn = o.salienceNoise ?? 5;
  const pn = o.positionNoise ?? 0;
  const cn = o.capabilityNoise ?? 0;
  const actors: BargainActor[] = s.actors.map((a) => {
    const salience = a.salience.map((v) => Math.max(0.01, v + (sn > 0 ? sn * rng.normal() : 0)));
    const total = salience.reduce((x, y) => x + y, 0);
    const scaled = total > 100 ? salience.map((v) => (v * 100) / total) : salience;
    return {
      ...a,
      capability: cn > 0 ? a.capability * Math.exp(cn * rng.normal()) : a.capability,
      position: a.position.map((v) =>
        Math.min(100, Math.max(0, v + (pn > 0 ? pn * rng.normal() : 0))),
      ),
      salience: scaled,
    };
  });
  return { ...s, actors };
}

/** Weighted mean of final positions per dimension (weights: capability × salience there). */
export function forecastOf(s: BargainScenario, final: number[][]): number[] {
  return s.dimensions.map((_, k) => {
    let num = 0;
    let den = 0;
    s.actors.forEach((a, i) => {
      const w = a.capability * a.salience[k]!;
      num += w * final[i]![k]!;
      den += w;
    });
    return den > 0 ? num / den : Number.NaN;
  });
}

/** Runs one perturbed replicate. */
export function sweepRun(s: BargainScenario, o: SweepOptions, run: number): SweepRun {
  const rng = createRng(runSeed(o.seed ?? 1, run));
  const p = perturbScenario(s, rng, o);
  const r: BargainResult =
    o.model === "bdm"
      ? new BdmModel(o.bdm).fit(p).predict()
      : runSmp(p, { ...o.parameters, seed: runSeed((o.seed ?? 1) ^ 0x5bd1e995, run) });
  const final = r.positions[r.turns]!;
  return { run, turns: r.turns, forecast: forecastOf(p, final), final };
}

export interface Distribution {
  mean: number;
  sd: number;
  min: number;
  p05: number;
  p25: number;
  median: number;
  p75: number;
  p95: number;
  max: number;
}

export function distribution(values: number[]): Distribution {
  const v = [...values].sort((a, b) => a - b);
  const n = v.length;
  const q = (p: number) => {
    const idx = (n - 1) * p;
    const lo = Math.floor(idx);
    const hi = Math.ceil(idx);
    return v[lo]! + (v[hi]! - v[lo]!) * (idx - lo);
  };
  const mean = v.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(v.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, n - 1));
  return {
    mean,
    sd,
    min: v[0]!,
    p05: q(0.05),
    p25: q(0.25),
    median: q(0.5),
    p75: q(0.75),
    p95: q(0.95),
    max: v[n - 1]!,
  };
}

export interface SweepSummary {
  runs: number;
  seed: number;
  model: "smp" | "bdm";
  noise: { salience: number; position: number; capability: number };
  dimensions: string[];
  /** Distribution of the weighted-mean forecast per dimension. */
  forecast: Record<string, Distribution>;
  /** Distribution of each actor's final position per dimension. */
  actors: Record<string, Record<string, Distribution>>;
  turns: Distribution;
}

export function summarizeSweep(
  s: BargainScenario,
  o: SweepOptions,
  runs: SweepRun[],
): SweepSummary {
  const sorted = [...runs].sort((a, b) => a.run - b.run);
  const forecast: Record<string, Distribution> = {};
  s.dimensions.forEach((d, k) => {
    forecast[d] = distribution(sorted.map((r) => r.forecast[k]!));
  });
  const actors: Record<string, Record<string, Distribution>> = {};
  s.actors.forEach((a, i) => {
    actors[a.name] = Object.fromEntries(
      s.dimensions.map((d, k) => [d, distribution(sorted.map((r) => r.final[i]![k]!))]),
    );
  });
  return {
    runs: sorted.length,
    seed: o.seed ?? 1,
    model: o.model ?? "smp",
    noise: {
      salience: o.salienceNoise ?? 5,
      position: o.positionNoise ?? 0,
      capability: o.capabilityNoise ?? 0,
    },
    dimensions: [...s.dimensions],
    forecast,
    actors,
    turns: distribution(sorted.map((r) => r.turns)),
  };
}

/** The whole sweep in this thread (see `runSweepParallel` for worker threads). */
export function runSweep(s: BargainScenario, o: SweepOptions = {}): SweepSummary {
  const n = o.runs ?? 1000;
  const runs: SweepRun[] = [];
  for (let i = 0; i < n; i++) runs.push(sweepRun(s, o, i));
  return summarizeSweep(s, o, runs);
}
