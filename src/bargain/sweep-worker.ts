/** Worker-thread side of `runSweepParallel`: runs the replicates it is handed, posts results. */
import { parentPort, workerData } from "node:worker_threads";
import { asStatecraftError } from "../core/errors.ts";
import type { BargainScenario } from "./scenario.ts";
import { type SweepOptions, type SweepRun, sweepRun } from "./sweep.ts";

const { scenario, options } = workerData as { scenario: BargainScenario; options: SweepOptions };
const port = parentPort!;
port.on("message", (m: { type: string; from?: number; to?: number }) => {
  if (m.type === "done") {
    port.close();
    return;
  }
  try {
    const runs: SweepRun[] = [];
    for (let i = m.from!; i < m.to!; i++) runs.push(sweepRun(scenario, options, i));
    port.postMessage({ type: "result", runs });
  } catch (e) {
    const err = asStatecraftError(e);
    port.postMessage({ type: "error", error: err.toJSON() });
  }
});
port.postMessage({ type: "ready" });
