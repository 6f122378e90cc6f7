/**
 * Links citations into the corpus: for a `{doc, start, end}` range, the sentence passage that holds
 * its start, so the web app can deep-link to `/documents/ID#passage-PID`.
 */
import type { Corpus, Passage } from "../corpus/index.ts";

export interface CitationLink {
  doc: string;
  start: number;
  end: number;
  /** Sentence passage holding `start`; null when the document or range is not in the corpus. */
  passage: string | null;
  title: string | null;
  speaker: string | null;
  date: string | null;
}

export class CitationLinker {
  private passages = new Map<string, Passage[] | null>();
  constructor(private corpus: Corpus) {}

  private sentences(doc: string): Passage[] | null {
    if (!this.passages.has(doc)) {
      const rec = this.corpus.document(doc);
      this.passages.set(doc, rec ? this.corpus.passages(doc, "sentence", rec.version) : null);
    }
    return this.passages.get(doc) ?? null;
  }

  link(doc: string, start?: number, end?: number): CitationLink {
    const rec = this.corpus.documents({ ids: [doc] })[0];
    const list = this.sentences(doc);
    let passage: string | null = null;
    if (list && start !== undefined) {
      // Passages are sorted by start: binary search for the last one starting at or before `start`.
      let lo = 0;
      let hi = list.length - 1;
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (list[mid]!.start <= start) lo = mid;
        else hi = mid - 1;
      }
      const p = list[lo];
      if (p && p.start <= start && start < p.end) passage = p.id;
    }
    return {
      doc,
      start: start ?? 0,
      end: end ?? 0,
      passage,
      title: rec?.title ?? null,
      speaker: rec?.speaker ?? null,
      date: rec?.date ?? null,
    };
  }
}
