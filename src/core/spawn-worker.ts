import { Worker } from "node:worker_threads";

/**
 * Worker bootstrap: registers tsx inside the thread, then loads the TypeScript entry. Works whether
 * the parent runs under `node --import tsx` or the CLI's in-process tsx registration (whose loader
 * hooks a new thread does not inherit).
 */
const BOOT = `
const { workerData } = require("node:worker_threads");
import(workerData.tsxApi).then((m) => { m.register(); return import(workerData.entry); });
`;

/**
 * Starts a worker thread running the TypeScript module at `entry`. The fields of `data` are the
 * worker's `workerData` (beside `tsxApi` and `entry`, which the bootstrap uses).
 */
export function spawnWorker(entry: URL, data: Record<string, unknown> = {}): Worker {
  return new Worker(BOOT, {
    eval: true,
    workerData: { ...data, tsxApi: import.meta.resolve("tsx/esm/api"), entry: entry.href },
  });
}
