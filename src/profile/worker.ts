/**
 * Worker thread: analyses and codes the texts it is sent, returning codings. Started by pool.ts
 * through a small bootstrap that registers tsx in the thread.
 */
import { parentPort, workerData } from "node:worker_threads";
import { analyze } from "../text/index.ts";
import { type CodingOptions, codeDocument } from "./code-document.ts";
import type { ProfileInput } from "./input.ts";

const options = ((workerData as { options?: CodingOptions } | null)?.options ??
  {}) as CodingOptions;

parentPort?.on("message", (msg: { job: number; inputs: ProfileInput[] }) => {
  try {
    const codings = msg.inputs.map((x) =>
      codeDocument(
        x.id,
        analyze(x.text, { sentences: x.sentences, speaker: x.speaker }),
        options,
        x.meta,
      ),
    );
    parentPort!.postMessage({ job: msg.job, codings });
  } catch (e) {
    const err = e as { code?: string; message?: string };
    parentPort!.postMessage({
      job: msg.job,
      error: { code: err.code ?? "SC_PROFILE_WORKER", message: String(err.message ?? e) },
    });
  }
});
