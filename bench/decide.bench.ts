/**
 * Decision-model bench: 1,000 scenarios perturbed from the development cases (pressures moved by
 * N(0, 0.1) and clipped, options shuffled, seeded) × every model, with 1,000 Monte Carlo draws of
 * the uncertain parameters (pressures, term scales) per scenario and Allison model for 90%
 * intervals. The scenarios are split over two worker threads (the machine's two cores); each
 * fits the models on the development set first (included in the time).
 */
import { loadavg } from "node:os";
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { createRng } from "../src/core/rng.ts";
import { spawnWorker } from "../src/core/spawn-worker.ts";
import { loadDoctrineView, REFERENCE_DOCTRINE } from "../src/decide/doctrine-file.ts";
import { DEV_SET_PATH } from "../src/decide/fit-run.ts";
import { createModel, MODEL_IDS } from "../src/decide/models/index.ts";
import { loadScenarios } from "../src/decide/scenario.ts";
import type { Scenario } from "../src/decide/types.ts";
import { report, round } from "./harness.ts";

const SCENARIOS = 1000;
const DRAWS = 1000;
const WORKERS = 2;

function scenarios(): Scenario[] {
  const cases = loadScenarios(DEV_SET_PATH);
  const rng = createRng(2026);
  return Array.from({ length: SCENARIOS }, (_, i) => {
    const s = cases[i % cases.length]!.scenario;
    const p = { ...s.pressures };
    for (const k of Object.keys(p) as (keyof typeof p)[]) {
      p[k] = Math.min(1, Math.max(0, p[k] + 0.1 * rng.normal()));
    }
    const options = [...s.options];
    for (let j = options.length - 1; j > 0; j--) {
      const r = rng.int(j + 1);
      [options[j], options[r]] = [options[r]!, options[j]!];
    }
    return { ...s, id: `${s.id}~${i}`, pressures: p, options };
  });
}

function work(from: number, to: number): { predictions: number; checksum: number } {
  const cases = loadScenarios(DEV_SET_PATH);
  const doctrine = loadDoctrineView(REFERENCE_DOCTRINE);
  const models = MODEL_IDS.map((id) => createModel(id, doctrine).fit(cases));
  const all = scenarios();
  let predictions = 0;
  let checksum = 0;
  for (let i = from; i < to; i++) {
    const s = all[i]!;
    for (const m of models) {
      const p = m.predict(s, m.baseline ? {} : { draws: DRAWS, seed: i + 1 });
      predictions++;
      checksum += p.probabilities[s.options[0]!.id]!;
    }
  }
  return { predictions, checksum };
}

if (!isMainThread) {
  const { from, to } = workerData as { from: number; to: number };
  parentPort!.postMessage(work(from, to));
} else {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const chunk = Math.ceil(SCENARIOS / WORKERS);
  const results = await Promise.all(
    Array.from(
      { length: WORKERS },
      (_, w) =>
        new Promise<{ predictions: number; checksum: number }>((resolve, reject) => {
          const worker = spawnWorker(new URL(import.meta.url), {
            from: w * chunk,
            to: Math.min(SCENARIOS, (w + 1) * chunk),
          });
          worker.once("message", resolve);
          worker.once("error", reject);
        }),
    ),
  );
  const ms = performance.now() - t0;
  // Process CPU time covers both worker threads; with a busy machine it shows the work itself.
  const cpu = process.cpuUsage(cpu0);
  report({
    name: "decide backtest 1000 scenarios x all models",
    figures: {
      scenarios: SCENARIOS,
      models: MODEL_IDS.length,
      mc_draws_per_scenario_model: DRAWS,
      workers: WORKERS,
      total_s: round(ms / 1000, 2),
      cpu_s: round((cpu.user + cpu.system) / 1e6, 2),
      load_avg_1min: round(loadavg()[0]!, 2),
      predictions: results.reduce((a, r) => a + r.predictions, 0),
      checksum: round(
        results.reduce((a, r) => a + r.checksum, 0),
        3,
      ),
    },
    target: "< 10 s on 2 cores",
  });
}
