/**
 * Profiling straight from the corpus: selects documents by speaker, country and dates, passes the
 * stored sentence spans to the text layer (so offsets agree with the store), codes them on worker
 * threads and groups the codings into profiles.
 */

import { StatecraftError } from "../core/errors.ts";
import type { Corpus, DocumentFilter } from "../corpus/index.ts";
import { type AggregateOptions, checkAggregateOptions } from "./aggregate.ts";
import type { CodingOptions } from "./code-document.ts";
import { type GroupBy, profileGroups } from "./groups.ts";
import type { ProfileInput } from "./input.ts";
import { codeInParallel } from "./pool.ts";
import { LeaderProfiler } from "./profiler.ts";
import type { DocumentCoding, LeaderProfile } from "./types.ts";

export interface CorpusProfileOptions extends CodingOptions, AggregateOptions {
  /** Group the profile: one profile for all texts (default), or per year, speaker, country, document. */
  by?: GroupBy;
  /** Label of the single profile when `by` is "all". */
  label?: string;
  /** Worker threads (default: cores; 0 = code on this thread). */
  workers?: number;
  onProgress?: (done: number, total: number) => void;
}

/** The profile input for one stored document. */
export function corpusInput(corpus: Corpus, id: string): ProfileInput {
  const doc = corpus.document(id);
  if (!doc) {
    throw new StatecraftError("SC_PROFILE_NO_TEXTS", `document ${id} not found`, {
      hint: "list documents with `statecraft corpus list`",
    });
  }
  const sentences = corpus.passages(id, "sentence").map((p) => ({ start: p.start, end: p.end }));
  return {
    id,
    text: doc.text,
    sentences,
    speaker: { name: doc.speaker ?? undefined, country: doc.country ?? undefined },
    meta: { speaker: doc.speaker, country: doc.country, date: doc.date, title: doc.title },
  };
}

/** Codes every document that matches the filter (on workers when there are several). */
export async function codeCorpus(
  corpus: Corpus,
  filter: DocumentFilter,
  opts: CorpusProfileOptions = {},
): Promise<DocumentCoding[]> {
  const docs = corpus.documents(filter);
  if (docs.length === 0) {
    throw new StatecraftError("SC_PROFILE_NO_TEXTS", "no documents match the selection", {
      field: Object.keys(filter).join(", "),
      hint: "check the speaker name or ISO3 code and the dates; ingest texts with `statecraft ingest`",
    });
  }
  const workers = opts.workers ?? undefined;
  if (workers === 0 || docs.length < 4) {
    const p = new LeaderProfiler(opts);
    return docs.map((d) => p.code(corpusInput(corpus, d.id)));
  }
  return codeInParallel(
    { length: docs.length, get: (i) => corpusInput(corpus, docs[i]!.id) },
    { ...opts, workers, onProgress: opts.onProgress },
  );
}

export async function profileCorpus(
  corpus: Corpus,
  filter: DocumentFilter,
  opts: CorpusProfileOptions = {},
): Promise<LeaderProfile[]> {
  checkAggregateOptions(opts);
  const codings = await codeCorpus(corpus, filter, opts);
  const by = opts.by ?? "all";
  const profiles = profileGroups(codings, by, opts);
  if (by === "all" && profiles[0]) profiles[0].label = opts.label ?? profiles[0].label;
  return profiles;
}
