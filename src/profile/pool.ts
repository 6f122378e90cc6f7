/**
 * Corpus-scale coding on worker threads. Texts are sent in batches to a fixed set of workers
 * (default: one per core); codings come back in input order. Aggregation stays on the caller's
 * thread, so grouping and bootstrap are independent of the number of workers.
 */
import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import { StatecraftError } from "../core/errors.ts";
import { spawnWorker } from "../core/spawn-worker.ts";
import type { CodingOptions } from "./code-document.ts";
import type { ProfileInput } from "./input.ts";
import type { DocumentCoding } from "./types.ts";

export interface PoolOptions extends CodingOptions {
  /** Worker threads (default: available cores). */
  workers?: number;
  /** Texts per message (default 4). */
  batch?: number;
  /** Called after each batch with the number of texts done. */
  onProgress?: (done: number, total: number) => void;
}

/** Inputs may be given lazily (e.g. read from the corpus as workers become free). */
export async function codeInParallel(
  inputs: ProfileInput[] | { length: number; get(i: number): ProfileInput },
  opts: PoolOptions = {},
): Promise<DocumentCoding[]> {
  const total = inputs.length;
  const get = Array.isArray(inputs) ? (i: number) => inputs[i]! : inputs.get.bind(inputs);
  const nWorkers = Math.max(1, Math.min(opts.workers ?? availableParallelism(), total || 1));
  const batch = Math.max(1, opts.batch ?? 4);
  const { onProgress } = opts;
  // Only plain coding options cross to the workers (callers may pass functions in opts).
  const coding: CodingOptions = {
    recodeFutureDeeds: opts.recodeFutureDeeds,
    recodeModalDeeds: opts.recodeModalDeeds,
    recodeIntendedDeeds: opts.recodeIntendedDeeds,
    codePassiveAgents: opts.codePassiveAgents,
    explain: opts.explain,
    vicsDictionary: opts.vicsDictionary,
    ltaLexicon: opts.ltaLexicon,
  };
  const out = new Array<DocumentCoding>(total);
  if (total === 0) return out;
  const entry = new URL("./worker.ts", import.meta.url);
  const pool = Array.from({ length: nWorkers }, () => spawnWorker(entry, { options: coding }));
  let next = 0;
  let done = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const send = (w: Worker): boolean => {
        if (next >= total) return false;
        const start = next;
        const end = Math.min(total, start + batch);
        next = end;
        const slice: ProfileInput[] = [];
        for (let i = start; i < end; i++) slice.push(get(i));
        w.postMessage({ job: start, inputs: slice });
        return true;
      };
      let active = 0;
      for (const w of pool) {
        w.on(
          "message",
          (m: {
            job: number;
            codings?: DocumentCoding[];
            error?: { code: string; message: string };
          }) => {
            if (m.error) {
              reject(new StatecraftError(m.error.code, m.error.message));
              return;
            }
            m.codings!.forEach((c, k) => {
              out[m.job + k] = c;
            });
            done += m.codings!.length;
            onProgress?.(done, total);
            if (!send(w)) {
              active--;
              if (active === 0) resolve();
            }
          },
        );
        w.on("error", (e) =>
          reject(
            new StatecraftError("SC_PROFILE_WORKER", `worker failed: ${e.message}`, { cause: e }),
          ),
        );
        if (send(w)) active++;
      }
      if (active === 0) resolve();
    });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return out;
}
