/**
 * Sentence selection: BM25 relevance from the corpus index (one search per term, scores summed,
 * so no term is required), a small bonus for sentences that state a position and a penalty for
 * ones that lean on earlier context, then maximal marginal relevance to keep picks distinct.
 */
import type { Corpus, DocumentFilter, DocumentSummary, Passage } from "../corpus/index.ts";
import { type Cleaned, cleanPassage, isAnaphoric } from "./clean.ts";
import { contentStems, findCues, loadStyle } from "./style.ts";

export interface Candidate {
  passage: Passage;
  doc: DocumentSummary;
  cleaned: Cleaned;
  /** Combined relevance, 0..1 after normalisation over the pool. */
  relevance: number;
  /** The same before normalisation (summed BM25 with bonus and penalty), comparable across pools. */
  raw: number;
  /** How many distinct search terms the sentence matched. */
  matched: number;
  stems: Set<string>;
}

export interface GatherOptions {
  /** Hits per term searched (default 200). */
  perTerm?: number;
  /** Bonus, as a share of the best score, for a sentence with a position cue (default 0.15). */
  positionBonus?: number;
  /** Penalty share for a sentence opening with a back-reference (default 0.25). */
  anaphoraPenalty?: number;
}

/** A term as an FTS query: phrases are quoted so their words stay together. */
function termQuery(term: string): string {
  return /\s/.test(term.trim()) ? `"${term.trim()}"` : term.trim();
}

/**
 * Candidate sentences scored against the terms, from the given documents (or, with `docs`
 * undefined, from every document the filter admits).
 */
export function gatherCandidates(
  corpus: Corpus,
  docs: DocumentSummary[] | undefined,
  terms: string[],
  opts: GatherOptions & { filter?: DocumentFilter } = {},
): Candidate[] {
  if ((docs && docs.length === 0) || terms.length === 0) return [];
  const style = loadStyle();
  const filter: DocumentFilter = docs ? { ids: docs.map((d) => d.id) } : (opts.filter ?? {});
  const byDoc = new Map((docs ?? []).map((d) => [d.id, d]));
  const scores = new Map<string, { passage: Passage; score: number; terms: number }>();
  for (const term of terms) {
    if (!/[\p{L}\p{N}]/u.test(term)) continue;
    const hits = corpus.search(termQuery(term), { ...filter, limit: opts.perTerm ?? 200 });
    for (const h of hits) {
      if (!byDoc.has(h.doc.id)) byDoc.set(h.doc.id, h.doc);
      const prev = scores.get(h.passage.id);
      if (prev) {
        prev.score += h.score;
        prev.terms++;
      } else scores.set(h.passage.id, { passage: h.passage, score: h.score, terms: 1 });
    }
  }
  const out: Candidate[] = [];
  let max = 0;
  for (const { passage, score, terms: matched } of scores.values()) {
    const cleaned = cleanPassage(passage, style);
    const doc = byDoc.get(passage.docId);
    if (!cleaned || !doc) continue;
    let s = score;
    if (findCues(cleaned.text, style.positionCues).length) s *= 1 + (opts.positionBonus ?? 0.15);
    if (isAnaphoric(cleaned.text, style)) s *= 1 - (opts.anaphoraPenalty ?? 0.25);
    max = Math.max(max, s);
    out.push({
      passage,
      doc,
      cleaned,
      relevance: s,
      raw: s,
      matched,
      stems: new Set(contentStems(cleaned.text)),
    });
  }
  for (const c of out) c.relevance = max > 0 ? c.relevance / max : 0;
  // Stable order: best first, then document order.
  return out.sort(
    (a, b) =>
      b.relevance - a.relevance ||
      a.passage.docId.localeCompare(b.passage.docId) ||
      a.passage.start - b.passage.start,
  );
}

/** Cosine similarity of two sets of stems. */
export function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / Math.sqrt(a.size * b.size);
}

export interface MmrOptions {
  /** Trade-off between relevance and novelty (default 0.7: mostly relevance). */
  lambda?: number;
  /** Sentences already chosen elsewhere in the page, which new picks must differ from. */
  chosen?: Array<Set<string>>;
  /** Candidates more similar than this to a chosen sentence are never picked (default 0.6). */
  maxSimilarity?: number;
  /** Candidates below this relevance are not picked (default 0.05). */
  minRelevance?: number;
}

/** Maximal marginal relevance: picks up to k candidates, each relevant and unlike those before it. */
export function mmr(cands: Candidate[], k: number, opts: MmrOptions = {}): Candidate[] {
  const lambda = opts.lambda ?? 0.7;
  const maxSim = opts.maxSimilarity ?? 0.6;
  const minRel = opts.minRelevance ?? 0.05;
  const chosen = [...(opts.chosen ?? [])];
  const picked: Candidate[] = [];
  const pool = cands.filter((c) => c.relevance >= minRel);
  while (picked.length < k) {
    let best: Candidate | undefined;
    let bestScore = -Infinity;
    for (const c of pool) {
      if (picked.includes(c)) continue;
      const sim = Math.max(0, ...chosen.map((s) => similarity(c.stems, s)));
      if (sim > maxSim) continue;
      const score = lambda * c.relevance - (1 - lambda) * sim;
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    if (!best) break;
    picked.push(best);
    chosen.push(best.stems);
  }
  return picked;
}
