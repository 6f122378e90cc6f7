/**
 * Extraction for one text: VICS utterances and LTA hits from a text-layer analysis. This is the
 * per-document work a worker thread does; aggregation happens afterwards on the codings.
 */
import type { TextAnalysis } from "../text/types.ts";
import { loadLtaLexicon, loadVicsDictionary } from "./data.ts";
import { extractLta, sentenceWordCounts } from "./lta/extract.ts";
import type { DocumentCoding } from "./types.ts";
import { codeVics } from "./vics/code.ts";

export interface CodingOptions {
  /** Recode future/conditional deeds as promises and threats (default true). */
  recodeFutureDeeds?: boolean;
  /** Infinitive deeds controlled by an intent verb or a future clause are intent (default true). */
  recodeIntendedDeeds?: boolean;
  /** Code passive verbs for their resolved agent (default true). */
  codePassiveAgents?: boolean;
  /** Treat modal deeds (can/must/should) as intent too (default false). */
  recodeModalDeeds?: boolean;
  /** Keep the clauses that were not coded, with reasons (default false). */
  explain?: boolean;
  /** VICS dictionary file (default data/profile/vics-verbs.json). */
  vicsDictionary?: string;
  /** LTA lexicon file (default data/profile/lta-lexicon.json). */
  ltaLexicon?: string;
}

export function codeDocument(
  id: string,
  analysis: TextAnalysis,
  opts: CodingOptions = {},
  meta?: DocumentCoding["meta"],
): DocumentCoding {
  const dict = loadVicsDictionary(opts.vicsDictionary);
  const lex = loadLtaLexicon(opts.ltaLexicon);
  const vics = codeVics(analysis, dict, {
    doc: id,
    explain: opts.explain,
    recodeFutureDeeds: opts.recodeFutureDeeds,
    recodeModalDeeds: opts.recodeModalDeeds,
    recodeIntendedDeeds: opts.recodeIntendedDeeds,
    codePassiveAgents: opts.codePassiveAgents,
  });
  const sentenceWords = sentenceWordCounts(analysis);
  const coding: DocumentCoding = {
    id,
    words: sentenceWords.reduce((a, b) => a + b, 0),
    sentenceWords,
    utterances: vics.utterances,
    hits: extractLta(analysis, lex, { doc: id }),
  };
  if (opts.explain) coding.skipped = vics.skipped;
  if (meta) coding.meta = meta;
  return coding;
}
