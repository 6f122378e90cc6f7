/**
 * Summary: two or three paragraphs. With a doctrine, the first opens with its weightiest
 * principles (templated, citing their evidence). Paragraphs quote, in document order, the
 * sentences most relevant to the topic that the page has not used yet: reporting on the leader in
 * one paragraph, the leader's own words in another (split by period when there is no reporting).
 */
import type { DocumentSummary } from "../corpus/index.ts";
import type { Doctrine } from "../doctrine/index.ts";
import type { PageBuilder } from "./builder.ts";
import type { LeaderDocuments } from "./leader.ts";
import { type Candidate, gatherCandidates, mmr } from "./select.ts";
import type { Block, Sentence } from "./types.ts";

const PER_PARAGRAPH = 3;

function byDocumentOrder(a: Candidate, b: Candidate): number {
  return (
    (a.doc.date ?? "").localeCompare(b.doc.date ?? "") ||
    a.passage.docId.localeCompare(b.passage.docId) ||
    a.passage.start - b.passage.start
  );
}

function paragraph(
  page: PageBuilder,
  docs: DocumentSummary[],
  terms: string[],
  k: number,
): Sentence[] {
  const cands = gatherCandidates(page.corpus, docs, terms).filter(
    (c) => !page.used.has(c.passage.id),
  );
  const picks = mmr(cands, k, { chosen: page.chosen, maxSimilarity: 0.5 }).sort(byDocumentOrder);
  return picks.flatMap((c) => page.extracted("summary", c) ?? []);
}

/** Splits documents into an earlier and a later half by date. */
function halves(docs: DocumentSummary[]): DocumentSummary[][] {
  const sorted = [...docs].sort((a, b) => (a.date ?? "").localeCompare(b.date ?? ""));
  const mid = Math.ceil(sorted.length / 2);
  return [sorted.slice(0, mid), sorted.slice(mid)];
}

export function summaryBlocks(
  page: PageBuilder,
  docs: LeaderDocuments,
  terms: string[],
  doctrine?: Doctrine,
): Block[] {
  const groups: DocumentSummary[][] = [];
  if (docs.reported.length) groups.push(docs.reported);
  if (docs.own.length) {
    if (!docs.reported.length && docs.own.length > 1) groups.push(...halves(docs.own));
    else groups.push(docs.own);
  }
  const paragraphs: Sentence[][] = [];
  if (groups.length === 1) {
    // One group: two paragraphs from it.
    paragraphs.push(
      paragraph(page, groups[0]!, terms, PER_PARAGRAPH),
      paragraph(page, groups[0]!, terms, PER_PARAGRAPH),
    );
  } else
    for (const g of groups.slice(0, 3)) paragraphs.push(paragraph(page, g, terms, PER_PARAGRAPH));
  if (doctrine) {
    const top = [...doctrine.principles]
      .map((p, i) => ({ p, i }))
      .sort((a, b) => b.p.weight - a.p.weight || a.i - b.i)
      .slice(0, 3)
      .map(({ p }) => p);
    const s = page.templated(
      "summary",
      "principles",
      {
        doctrine: doctrine.id,
        count: doctrine.principles.length,
        top: top.map((p) => ({ id: p.id, name: p.name, weight: p.weight })),
      },
      top.flatMap((p) => p.evidence.slice(0, 1)),
    );
    if (s) {
      if (!paragraphs[0]) paragraphs[0] = [];
      paragraphs[0].unshift(s);
    }
  }
  return paragraphs
    .filter((p) => p.length > 0)
    .map((sentences) => ({ kind: "paragraph", sentences }));
}
