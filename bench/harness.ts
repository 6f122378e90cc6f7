/**
 * Benchmarks: each `bench/*.bench.ts` file runs in its own process (so peak memory is its own)
 * and reports figures through `report`. `bench/run.ts` collects them into one table and
 * `bench/results/latest.json`.
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export interface BenchFigure {
  /** What was measured, e.g. "ingest ungd". */
  name: string;
  /** Figures with units in their keys, e.g. { mb_per_s: 12.3, p95_ms: 4.1 }. */
  figures: Record<string, number | string>;
  /** The target from the issue, in words, e.g. ">= 10 MB/s". */
  target?: string;
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Bench data: `../shared/...` when present (full sets), else the copy vendored in the repo. */
export function dataPath(sharedRel: string, vendoredRel?: string): string {
  const shared = resolve(repoRoot, "..", "shared", sharedRel);
  if (existsSync(shared)) return shared;
  if (vendoredRel) return join(repoRoot, vendoredRel);
  throw new Error(`bench data not found: ${sharedRel}`);
}

export function repoPath(rel: string): string {
  return join(repoRoot, rel);
}

/** Peak resident memory of this process so far, in MB. */
export function peakRssMb(): number {
  return Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10;
}

export function report(fig: BenchFigure): void {
  const figures = { ...fig.figures, peak_rss_mb: fig.figures.peak_rss_mb ?? peakRssMb() };
  process.stdout.write(`BENCH ${JSON.stringify({ ...fig, figures })}\n`);
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx]!;
}

export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
