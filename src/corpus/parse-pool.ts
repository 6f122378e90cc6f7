import type { Worker } from "node:worker_threads";
import { StatecraftError } from "../core/errors.ts";
import { spawnWorker } from "../core/spawn-worker.ts";
import { type ParsedFile, parseFile } from "./parse-file.ts";
import { type Segmentation, segment } from "./split-sentences.ts";

export type ParsedWithSegments = Omit<ParsedFile, "documents"> & {
  documents: Array<ParsedFile["documents"][number] & { segmentation: Segmentation }>;
};

/** Parses files in order; `next()` yields each file's result (or its error) in input order. */
export interface ParseQueue {
  next(): Promise<ParsedWithSegments>;
  close(): Promise<void>;
}

function revive(e: Record<string, unknown>): StatecraftError {
  const { code, message, ...rest } = e as { code: string; message: string } & Record<
    string,
    unknown
  >;
  return new StatecraftError(code, message, rest);
}

/** Parsing on the calling thread: no start-up cost, for small ingests. */
export function inlineQueue(paths: string[], maxBytes?: number): ParseQueue {
  let i = 0;
  return {
    async next() {
      const parsed = await parseFile(paths[i++]!, { maxBytes });
      return {
        ...parsed,
        documents: parsed.documents.map((d) => ({ ...d, segmentation: segment(d.text) })),
      };
    },
    async close() {},
  };
}

/**
 * Parsing and segmentation on a worker thread, up to `window` files ahead, while the caller writes
 * to SQLite (which must stay on one thread). Results come back in input order, so documents are
 * committed in file order whatever the timing.
 */
export function workerQueue(paths: string[], maxBytes?: number, window = 16): ParseQueue {
  const worker: Worker = spawnWorker(new URL("./parse-worker.ts", import.meta.url));
  const pending = new Map<number, { resolve: (r: unknown) => void; promise: Promise<unknown> }>();
  let sent = 0;
  let taken = 0;
  let crashed: unknown;
  const send = () => {
    while (sent < paths.length && sent - taken < window) {
      const id = sent++;
      let resolve!: (r: unknown) => void;
      const promise = new Promise((r) => {
        resolve = r;
      });
      pending.set(id, { resolve, promise });
      worker.postMessage({ id, path: paths[id], maxBytes });
    }
  };
  worker.on("message", (m: { id: number }) => pending.get(m.id)?.resolve(m));
  worker.on("error", (e) => {
    crashed = e;
    for (const p of pending.values())
      p.resolve({ error: { code: "SC_INGEST_WORKER", message: String(e) } });
  });
  send();
  return {
    async next() {
      const id = taken++;
      send();
      const slot = pending.get(id);
      if (!slot)
        throw new StatecraftError("SC_INGEST_WORKER", `parse worker stopped: ${String(crashed)}`);
      const m = (await slot.promise) as {
        parsed?: ParsedWithSegments & { errors: Record<string, unknown>[] };
        error?: Record<string, unknown>;
      };
      pending.delete(id);
      if (m.error) throw revive(m.error);
      const parsed = m.parsed!;
      return { ...parsed, errors: parsed.errors.map(revive) };
    },
    async close() {
      await worker.terminate();
    },
  };
}
