/**
 * Bargaining bench: the SMP on KTAB's random scenarios (10-100 actors × 1, 3, 5 dimensions) and
 * shipped examples, side by side with KTAB `smpc` wall times recorded on the same machine type
 * (ktab_timings.csv, -O2 build, minimum of repeats where there were repeats); then a sweep of
 * 1,000 perturbed runs of SOE-Policy.csv on 2 worker threads. Peak memory is added by `report`.
 *
 * "cold" is the first run in this process (includes JIT warm-up, excludes Node start-up);
 * "warm" is the median of repeated runs. KTAB's wall time includes its process start-up, its
 * SQLite writes and its logging, which is the point: they are what this implementation avoids.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readKtabCsv } from "../src/bargain/ktab-csv.ts";
import { runSmp } from "../src/bargain/smp.ts";
import { runSweepParallel } from "../src/bargain/sweep-parallel.ts";
import { dataPath, peakRssMb, report, round } from "./harness.ts";

interface KtabTiming {
  turns: number;
  wall: number;
}

function ktabTimings(): Map<string, KtabTiming> {
  const file = dataPath("bargaining/ktab_timings.csv", "data/bargaining/ktab_timings.csv");
  const [head, ...rows] = readFileSync(file, "utf8").trim().split(/\r?\n/);
  const cols = head!.split(",");
  const at = (name: string) => cols.findIndex((c) => c.startsWith(name));
  const out = new Map<string, KtabTiming>();
  for (const line of rows) {
    const f = line.split(",");
    if (!f[at("build")]!.startsWith("opt")) continue;
    const min = Number(f[at("wall_s_min_repeats")]);
    const first = Number(f[at("wall_s_first_run")]);
    out.set(f[0]!, {
      turns: Number(f[at("turns")]),
      wall: f[at("wall_s_min_repeats")] && Number.isFinite(min) && min > 0 ? min : first,
    });
  }
  return out;
}

function timeRuns(
  run: () => number,
  budgetMs: number,
): { cold: number; warm: number; turns: number } {
  let t0 = performance.now();
  const turns = run();
  const cold = performance.now() - t0;
  const times: number[] = [];
  const start = performance.now();
  while (times.length < 3 || (performance.now() - start < budgetMs && times.length < 25)) {
    t0 = performance.now();
    run();
    times.push(performance.now() - t0);
    if (cold > budgetMs && times.length >= 1) break;
  }
  times.sort((a, b) => a - b);
  return { cold, warm: times[Math.floor(times.length / 2)]!, turns };
}

const ktab = ktabTimings();
const table: string[] = [
  "| scenario | N×D | turns (ours/KTAB) | ours cold ms | ours warm ms | KTAB wall s | speedup warm | speedup cold |",
  "|---|---|---|---|---|---|---|---|",
];
let minSpeedup = Number.POSITIVE_INFINITY;
let below = 0;

function benchFile(file: string, name: string): void {
  const s = readKtabCsv(readFileSync(file, "utf8"), file);
  const k = ktab.get(name);
  const t = timeRuns(() => runSmp(s).turns, 1500);
  const figures: Record<string, number | string> = {
    actors: s.actors.length,
    dims: s.dimensions.length,
    turns: t.turns,
    ours_cold_ms: round(t.cold, 1),
    ours_warm_ms: round(t.warm, 2),
  };
  let speedWarm = Number.NaN;
  let speedCold = Number.NaN;
  if (k) {
    speedWarm = (k.wall * 1000) / t.warm;
    speedCold = (k.wall * 1000) / t.cold;
    Object.assign(figures, {
      ktab_turns: k.turns,
      ktab_wall_s: k.wall,
      speedup_warm_x: round(speedWarm, 1),
      speedup_cold_x: round(speedCold, 1),
    });
    minSpeedup = Math.min(minSpeedup, speedWarm);
    if (speedWarm < 20) below++;
  }
  report({ name: `smp ${name}`, figures, target: k ? ">= 20x KTAB wall" : undefined });
  table.push(
    `| ${name} | ${s.actors.length}×${s.dimensions.length} | ${t.turns}/${k?.turns ?? "–"} | ${t.cold.toFixed(1)} | ${t.warm.toFixed(2)} | ${k?.wall ?? "–"} | ${Number.isNaN(speedWarm) ? "–" : `${speedWarm.toFixed(0)}×`} | ${Number.isNaN(speedCold) ? "–" : `${speedCold.toFixed(0)}×`} |`,
  );
}

const randomDir = dataPath("bargaining/random-inputs", "data/bargaining/random-inputs");
const randomFiles = readdirSync(randomDir)
  .filter((f) => f.endsWith(".csv"))
  .sort();
for (const f of randomFiles) benchFile(join(randomDir, f), f.replace(/\.csv$/, ""));
const shippedDir = dataPath("bargaining/ktab-inputs", "data/bargaining/ktab-inputs");
for (const f of [
  "dummyData_3Dim",
  "SOE-Pol-Comp",
  "SOE-Policy",
  "dummyData_6Dim",
  "SOE-Competitive",
  "dummyData-a040",
  "dummyData-a080",
  "dummyData-a160",
]) {
  benchFile(join(shippedDir, `${f}.csv`), f);
}
report({
  name: "smp vs KTAB (random + shipped)",
  figures: { min_speedup_warm_x: round(minSpeedup, 1), scenarios_below_20x: below },
  target: ">= 20x on every scenario",
});

const a100d5 = join(randomDir, "rand-a100-d5-s2005.csv");
{
  const s = readKtabCsv(readFileSync(a100d5, "utf8"), a100d5);
  const t0 = performance.now();
  const r = runSmp(s);
  const ms = performance.now() - t0;
  report({
    name: "smp 100 actors x 5 dims (single run)",
    figures: {
      seconds: round(ms / 1000, 2),
      turns: r.turns,
      ktab_wall_s: ktab.get("rand-a100-d5-s2005")?.wall ?? "",
    },
    target: "< 5 s",
  });
}

const soe = join(shippedDir, "SOE-Policy.csv");
{
  const s = readKtabCsv(readFileSync(soe, "utf8"), soe);
  const t0 = performance.now();
  const sum = await runSweepParallel(s, { runs: 1000, seed: 1, salienceNoise: 5 }, { threads: 2 });
  const seconds = (performance.now() - t0) / 1000;
  const f = sum.forecast[s.dimensions[0]!]!;
  report({
    name: "sweep 1000 x SOE-Policy (2 worker threads)",
    figures: {
      seconds: round(seconds, 1),
      runs: sum.runs,
      forecast_median: round(f.median, 2),
      forecast_p05: round(f.p05, 2),
      forecast_p95: round(f.p95, 2),
      peak_rss_mb: peakRssMb(),
    },
    target: "< 60 s on 2 cores",
  });
}

process.stderr.write(`${table.join("\n")}\n`);
