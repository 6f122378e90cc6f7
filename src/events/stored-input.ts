import type { Corpus, DocumentRecord } from "../corpus/index.ts";
import type { DocumentInput } from "./coder.ts";

/**
 * The coder's input for a stored document: its text, date, the store's sentence spans (so event
 * sentence indices agree with the corpus) and its country as the speaker, which makes "we",
 * "my Government" and the state's own name Self.
 */
export function storedDocumentInput(
  corpus: Pick<Corpus, "passages">,
  rec: DocumentRecord,
): DocumentInput {
  const sentences = corpus
    .passages(rec.id, "sentence", rec.version)
    .map((p) => ({ start: p.start, end: p.end }));
  return {
    docId: rec.id,
    text: rec.text,
    date: rec.date,
    sentences,
    ...(rec.country && {
      speaker: { country: rec.country, ...(rec.speaker ? { name: rec.speaker } : {}) },
    }),
  };
}
