/**
 * Key points: three to six bullets, each a distinct stated position. With a doctrine, each bullet
 * is a pillar (see themes.ts) and quotes the sentence, among those holding the pillar's cited
 * evidence, closest to what the pillar is about. Without a doctrine, each bullet is a facet of
 * data/brief/facets.yaml whose best sentence in the leader's documents is relevant and unlike the
 * bullets before it.
 */
import type { DocumentSummary, Passage } from "../corpus/index.ts";
import type { Doctrine } from "../doctrine/index.ts";
import type { PageBuilder } from "./builder.ts";
import { type Cleaned, cleanPassage, isAnaphoric } from "./clean.ts";
import { gatherCandidates, mmr, similarity } from "./select.ts";
import { contentStems, quoteLoaded } from "./style.ts";
import { type Facet, type PillarTheme, pillarThemes, planBullets } from "./themes.ts";
import type { Block } from "./types.ts";

export interface KeyPointsResult {
  blocks: Block[];
  /** Theme labels, in bullet order (for the TL;DR). */
  labels: string[];
  notes: string[];
}

const MAX_BULLETS = 6;
const MIN_BULLETS = 3;

/** The best not-yet-used sentence holding one of the theme's evidence spans. */
function pillarSentence(page: PageBuilder, theme: PillarTheme, allowed: Set<string>) {
  const seen = new Set<string>();
  const options: Array<{ c: { passage: Passage; cleaned: Cleaned }; score: number }> = [];
  for (const e of theme.evidence) {
    if (e.start === undefined || e.end === undefined || !allowed.has(e.doc)) continue;
    for (const p of page.book.passagesOf(e.doc)) {
      if (p.end <= e.start || p.start >= e.end || seen.has(p.id) || page.used.has(p.id)) continue;
      seen.add(p.id);
      const cleaned = cleanPassage(p);
      if (!cleaned) continue;
      const stems = new Set(contentStems(cleaned.text));
      const redundancy = Math.max(0, ...page.chosen.map((s) => similarity(stems, s)));
      if (redundancy > 0.6) continue;
      // Closeness to the pillar, less redundancy; a sentence that leans on an earlier one reads
      // badly out of context, and the first claim is the pillar's headline.
      const score =
        similarity(stems, theme.stems) -
        0.3 * redundancy -
        (isAnaphoric(cleaned.text) ? 0.1 : 0) +
        (theme.evidence[0] === e ? 0.05 : 0);
      options.push({ c: { passage: p, cleaned }, score });
    }
  }
  return options.sort((a, b) => b.score - a.score)[0]?.c;
}

export function doctrineKeyPoints(
  page: PageBuilder,
  doctrine: Doctrine,
  docs: DocumentSummary[],
): KeyPointsResult {
  const allowed = new Set(docs.map((d) => d.id));
  const sectionOf = (doc: string, offset: number): string | undefined => {
    const sections = page.book.document(doc)?.meta.sections;
    if (!Array.isArray(sections)) return undefined;
    const i = sections.findIndex(
      (x: { start?: number; contentEnd?: number }) =>
        typeof x.start === "number" &&
        typeof x.contentEnd === "number" &&
        x.start <= offset &&
        offset < x.contentEnd,
    );
    return i < 0 ? undefined : `${doc}#${i}`;
  };
  const plan = planBullets(pillarThemes(doctrine, sectionOf), MAX_BULLETS);
  const blocks: Block[] = [];
  const labels: string[] = [];
  for (const bullet of plan.bullets) {
    const sentences = [];
    for (const theme of bullet) {
      const c = pillarSentence(page, theme, allowed);
      const s = c && page.extracted("key_points", c);
      if (s) sentences.push(s);
    }
    if (!sentences.length) continue;
    const label = bullet.map((t) => quoteLoaded(t.label)).join("; ");
    blocks.push({ kind: "bullet", heading: label, sentences });
    labels.push(quoteLoaded(bullet[0]!.label));
  }
  const notes = plan.left.length
    ? [
        `Pillars of doctrine ${doctrine.id} not used as key points (they express no weighted principle, or did not fit in ${MAX_BULLETS} bullets): ${plan.left.map((t) => t.id).join(", ")}; the questions below take up several of them.`,
      ]
    : [];
  return { blocks, labels, notes };
}

export function facetKeyPoints(
  page: PageBuilder,
  facets: Facet[],
  docs: DocumentSummary[],
  topicTerms: string[],
): KeyPointsResult {
  const ranked = facets
    .map((f) => {
      const cands = gatherCandidates(page.corpus, docs, f.terms);
      return { f, cands, best: cands[0]?.raw ?? 0 };
    })
    .filter((x) => x.best > 0)
    .sort((a, b) => b.best - a.best);
  const top = ranked[0]?.best ?? 0;
  const blocks: Block[] = [];
  const labels: string[] = [];
  for (const { f, cands, best } of ranked) {
    if (blocks.length >= MAX_BULLETS) break;
    if (best < 0.25 * top && blocks.length >= MIN_BULLETS) break;
    const pick = mmr(
      cands.filter((c) => !page.used.has(c.passage.id)),
      1,
      { chosen: page.chosen, maxSimilarity: 0.5 },
    )[0];
    const s = pick && page.extracted("key_points", pick);
    if (!s) continue;
    blocks.push({ kind: "bullet", heading: quoteLoaded(f.label), sentences: [s] });
    labels.push(quoteLoaded(f.label));
  }
  const notes: string[] = [];
  if (blocks.length < MIN_BULLETS) {
    // Too few facets matched: fill with the sentences most relevant to the topic itself.
    const extra = mmr(
      gatherCandidates(page.corpus, docs, topicTerms),
      MIN_BULLETS - blocks.length,
      { chosen: page.chosen },
    );
    for (const c of extra) {
      const s = page.extracted("key_points", c);
      if (s) blocks.push({ kind: "bullet", sentences: [s] });
    }
    notes.push(
      "Few of the standard themes occur in these documents; remaining key points are the sentences most relevant to the topic.",
    );
  }
  return { blocks, labels, notes };
}
