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
  /** Theme labels, most salient first (for the TL;DR), and the first citation of each. */
  labels: string[];
  leadCites: number[];
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

/**
 * With `topicTerms` (a topic narrower than foreign policy), a pillar's salience is scaled by how
 * much of the topic its title, summary, keywords and claims share; pillars sharing nothing are
 * dropped, except the most salient ones needed to reach three bullets.
 */
export function doctrineKeyPoints(
  page: PageBuilder,
  doctrine: Doctrine,
  docs: DocumentSummary[],
  topicTerms: string[] = [],
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
  let themes = pillarThemes(doctrine, sectionOf);
  if (topicTerms.length) {
    const topic = new Set(contentStems(topicTerms.join(" ")));
    const claimStems = new Map(
      doctrine.pillars.map((p) => [
        p.id,
        new Set(contentStems(p.claims.map((c) => c.text).join(" "))),
      ]),
    );
    const overlap = (t: PillarTheme) => {
      const all = new Set([...t.stems, ...(claimStems.get(t.id) ?? [])]);
      return [...topic].filter((x) => all.has(x)).length / topic.size;
    };
    const scored = themes.map((t) => ({ ...t, salience: t.salience * overlap(t) }));
    // Fewer than three pillars on the topic: the most salient others fill up to three, ranked after.
    const others = scored
      .map((t, i) => ({ t, base: themes[i]!.salience }))
      .filter(({ t, base }) => t.salience === 0 && base > 0)
      .sort((a, b) => b.base - a.base);
    for (const o of others.slice(0, Math.max(0, 3 - scored.filter((t) => t.salience > 0).length)))
      o.t.salience = o.base * 1e-3;
    themes = scored;
  }
  const plan = planBullets(themes, MAX_BULLETS);
  const blocks: Block[] = [];
  const lead: Array<{ label: string; cite: number; salience: number }> = [];
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
    lead.push({
      label: quoteLoaded(bullet[0]!.label),
      cite: sentences[0]!.cites[0]!,
      salience: bullet[0]!.salience,
    });
  }
  const notes = plan.left.length
    ? [
        `Pillars of doctrine ${doctrine.id} not used as key points (they express no weighted principle${topicTerms.length ? ", are off the topic" : ""}, or did not fit in ${MAX_BULLETS} bullets): ${plan.left.map((t) => t.id).join(", ")}; the questions below take up several of them.`,
      ]
    : [];
  // Bullets follow the doctrine's order; the TL;DR names the most salient first.
  lead.sort((a, b) => b.salience - a.salience);
  return { blocks, labels: lead.map((l) => l.label), leadCites: lead.map((l) => l.cite), notes };
}

/**
 * With `narrow`, each facet is searched together with the topic's words, and a sentence must use
 * words of both (so the bullet is on the topic and its label still fits).
 */
export function facetKeyPoints(
  page: PageBuilder,
  facets: Facet[],
  docs: DocumentSummary[],
  topicTerms: string[],
  narrow = false,
): KeyPointsResult {
  const topic = contentStems(topicTerms.join(" "));
  const ranked = facets
    .map((f) => {
      const own = contentStems(f.terms.join(" ")).filter((t) => !topic.includes(t));
      const cands = gatherCandidates(
        page.corpus,
        docs,
        narrow ? [...f.terms, ...topicTerms] : f.terms,
      ).filter(
        (c) => !narrow || (topic.some((t) => c.stems.has(t)) && own.some((t) => c.stems.has(t))),
      );
      return { f, cands, best: cands[0]?.raw ?? 0 };
    })
    .filter((x) => x.best > 0)
    .sort((a, b) => b.best - a.best);
  const top = ranked[0]?.best ?? 0;
  const blocks: Block[] = [];
  const labels: string[] = [];
  const leadCites: number[] = [];
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
    leadCites.push(s.cites[0]!);
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
  return { blocks, labels, leadCites, notes };
}
