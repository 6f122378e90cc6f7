/**
 * The sweep on worker threads. Runs are handed out in small chunks as workers free up, and
 * each run's randomness depends only on (seed, run index), so the summary is identical for any
 * number of threads. Workers load the TypeScript sources through tsx, like the CLI.
 */
import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import { StatecraftError } from "../core/errors.ts";
import { spawnWorker } from "../core/spawn-worker.ts";
import type { BargainScenario } from "./scenario.ts";
import {
  type SweepOptions,
  type SweepRun,
  type SweepSummary,
  summarizeSweep,
  sweepRun,
} from "./sweep.ts";

export interface ParallelOptions {
  /** Worker threads. Default: available cores (at least 1). 0 runs in this thread. */
  threads?: number;
  /** Runs per message to a worker. Default 8. */
  chunk?: number;
  /** Called after each finished run with (done, total). */
  onProgress?: (done: number, total: number) => void;
}

export async function runSweepParallel(
  s: BargainScenario,
  o: SweepOptions = {},
  p: ParallelOptions = {},
): Promise<SweepSummary> {
  const total = o.runs ?? 1000;
  const threads = Math.min(p.threads ?? Math.max(1, availableParallelism()), total);
  const results: SweepRun[] = [];
  if (threads <= 0) {
    for (let i = 0; i < total; i++) {
      results.push(sweepRun(s, o, i));
      p.onProgress?.(i + 1, total);
    }
    return summarizeSweep(s, o, results);
  }
  const chunk = Math.max(1, p.chunk ?? 8);
  let next = 0;
  const entry = new URL("./sweep-worker.ts", import.meta.url);
  await new Promise<void>((resolve, reject) => {
    let live = threads;
    let failed = false;
    const workers: Worker[] = [];
    const stopAll = (e: unknown) => {
      if (failed) return;
      failed = true;
      for (const w of workers) void w.terminate();
      reject(
        e instanceof StatecraftError
          ? e
          : new StatecraftError("SC_BARGAIN_SWEEP_WORKER", `sweep worker failed: ${String(e)}`, {
              cause: e,
            }),
      );
    };
    const feed = (w: Worker) => {
      if (next >= total) {
        w.postMessage({ type: "done" });
        return;
      }
      const from = next;
      next = Math.min(total, next + chunk);
      w.postMessage({ type: "runs", from, to: next });
    };
    for (let t = 0; t < threads; t++) {
      const w = spawnWorker(entry, { scenario: s, options: o });
      workers.push(w);
      w.on(
        "message",
        (m: { type: string; runs?: SweepRun[]; error?: { code: string; message: string } }) => {
          if (m.type === "ready") feed(w);
          else if (m.type === "result") {
            for (const r of m.runs!) {
              results.push(r);
              p.onProgress?.(results.length, total);
            }
            feed(w);
          } else if (m.type === "error") {
            const { code, message, ...details } = m.error!;
            stopAll(new StatecraftError(String(code), String(message), details));
          }
        },
      );
      w.on("error", stopAll);
      w.on("exit", () => {
        live--;
        if (live === 0 && !failed) resolve();
      });
    }
  });
  return summarizeSweep(s, o, results);
}
