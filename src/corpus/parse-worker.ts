/** Worker thread: parses and segments files for the ingest pool (see parse-pool.ts). */
import { parentPort } from "node:worker_threads";
import { asStatecraftError } from "../core/errors.ts";
import { parseFile } from "./parse-file.ts";
import { segment } from "./split-sentences.ts";

parentPort!.on("message", async (job: { id: number; path: string; maxBytes?: number }) => {
  try {
    const parsed = await parseFile(job.path, { maxBytes: job.maxBytes });
    const documents = parsed.documents.map((d) => ({ ...d, segmentation: segment(d.text) }));
    parentPort!.postMessage({
      id: job.id,
      parsed: { ...parsed, documents, errors: parsed.errors.map((e) => e.toJSON()) },
    });
  } catch (e) {
    parentPort!.postMessage({
      id: job.id,
      error: asStatecraftError(e, "SC_INGEST_FAILED").toJSON(),
    });
  }
});
