/**
 * Finds corpus passages that support or contradict each principle, pillar and stance of a
 * doctrine, so an analyst can extend it from new documents. Candidates come from the corpus
 * search (one query per term); each candidate sentence is then read with the cue list (matched
 * terms, negation, rejection or endorsement, hostile or cooperative cues) and ranked. Every hit
 * carries a ready-to-paste evidence entry {doc, start, end, quote} and the reason it was kept.
 */
import { isStatecraftError } from "../core/errors.ts";
import type { DocumentFilter, SearchHit } from "../corpus/types.ts";
import type { DoctrineCorpus } from "./corpus-port.ts";
import { type Cues, findTermExcluding, loadCues, readCues, readTerms, tokenize } from "./cues.ts";
import { defaultTargetRegistry, type TargetRegistry } from "./registry.ts";
import type { Doctrine, Evidence } from "./schema.ts";

export interface FindEvidenceOptions
  extends Pick<DocumentFilter, "speaker" | "country" | "from" | "to" | "collection"> {
  /** Hits kept per item and relation (default 5). */
  limit?: number;
  /** Candidate sentences fetched per search term (default 100). */
  perTerm?: number;
  registry?: TargetRegistry;
  cues?: Cues;
}

export type ItemKind = "principle" | "pillar" | "stance";
export type Relation = "supports" | "contradicts";

export interface EvidenceReason {
  /** Item terms found in the sentence. */
  matched: string[];
  /** Terms found after a negator, as "not → term". */
  negated: string[];
  /** Rejected terms with the cue that rejects or endorses them ("oppose → hegemony"). */
  rejected: string[];
  endorsed: string[];
  /** Stance cues: hostile and cooperative words (a negated cue counts for the other side). */
  hostile: string[];
  cooperative: string[];
}

export interface EvidenceHit {
  relation: Relation;
  /** Higher is stronger: cue strength + distinct terms + a share of the search relevance. */
  score: number;
  evidence: Required<Evidence>;
  date: string | null;
  speaker: string | null;
  country: string | null;
  reason: EvidenceReason;
}

export interface ItemEvidence {
  kind: ItemKind;
  id: string;
  label: string;
  /** Terms searched for. */
  terms: string[];
  /** Candidate sentences read (after de-duplication). */
  candidates: number;
  supporting: EvidenceHit[];
  contradicting: EvidenceHit[];
  /** Totals before the limit. */
  counts: { supporting: number; contradicting: number };
}

export interface EvidenceReport {
  doctrine: string;
  filter: Pick<DocumentFilter, "speaker" | "country" | "from" | "to" | "collection">;
  /** Documents in scope of the filter. */
  documents: number;
  items: ItemEvidence[];
}

interface Item {
  kind: ItemKind;
  id: string;
  label: string;
  keywords: string[];
  rejects: string[];
  aliases: string[];
  aliasExclusions: string[];
  alignment?: number;
}

/** Content words of a title, for items that list no keywords. */
function titleTerms(text: string): string[] {
  const stop = new Set([
    "the",
    "and",
    "of",
    "a",
    "an",
    "in",
    "with",
    "to",
    "for",
    "as",
    "its",
    "on",
    "by",
    "while",
    "building",
    "pursuing",
  ]);
  return [...new Set(tokenize(text).filter((w) => w.length > 3 && !stop.has(w)))];
}

function itemsOf(d: Doctrine, registry: TargetRegistry): Item[] {
  const items: Item[] = [];
  for (const p of d.principles) {
    const keywords = p.keywords.length ? p.keywords : titleTerms(p.name);
    items.push({
      kind: "principle",
      id: p.id,
      label: p.name,
      keywords,
      rejects: p.rejects,
      aliases: [],
      aliasExclusions: [],
    });
  }
  for (const p of d.pillars) {
    const keywords = p.keywords.length ? p.keywords : titleTerms(p.title);
    items.push({
      kind: "pillar",
      id: p.id,
      label: p.title,
      keywords,
      rejects: p.rejects,
      aliases: [],
      aliasExclusions: [],
    });
  }
  for (const s of d.stances) {
    const e = registry.get(s.target);
    items.push({
      kind: "stance",
      id: s.target,
      label: e?.name ?? s.target,
      keywords: [],
      rejects: [],
      aliases: e?.aliases ?? [s.target],
      aliasExclusions: e?.aliasExclusions ?? [],
      alignment: s.alignment,
    });
  }
  return items;
}

/** A term as a search query: several words are one phrase. */
function toQuery(term: string): string {
  const words = term.trim().split(/\s+/);
  return words.length > 1 ? `"${term.replace(/"/g, "")}"` : term.replace(/"/g, "");
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** Reads one candidate sentence against an item; undefined when it neither supports nor contradicts. */
function judge(item: Item, hit: SearchHit, cues: Cues): EvidenceHit | undefined {
  const tokens = tokenize(hit.passage.text);
  const reason: EvidenceReason = {
    matched: [],
    negated: [],
    rejected: [],
    endorsed: [],
    hostile: [],
    cooperative: [],
  };
  let support = 0;
  let contradict = 0;
  if (item.kind === "stance") {
    const names = readTerms(tokens, item.aliases, cues, item.aliasExclusions);
    if (names.length === 0) return undefined;
    reason.matched = names.map((n) => n.term);
    // Cues count only near a mention of the target: a sentence often names several states.
    const mentions = item.aliases.flatMap((a) =>
      findTermExcluding(tokens, a, item.aliasExclusions),
    );
    const near = (i: number) => mentions.some((m) => Math.abs(i - m) <= cues.stance_window);
    for (const c of readCues(tokens, cues.hostile_cues, cues, near)) {
      if (c.negatedBy) reason.cooperative.push(`${c.negatedBy} → ${c.cue}`);
      else reason.hostile.push(c.cue);
    }
    for (const c of readCues(tokens, cues.cooperative_cues, cues, near)) {
      if (c.negatedBy) reason.hostile.push(`${c.negatedBy} → ${c.cue}`);
      else reason.cooperative.push(c.cue);
    }
    const net = reason.cooperative.length - reason.hostile.length;
    if (net === 0) return undefined;
    const expected = (item.alignment ?? 0) >= 0 ? 1 : -1;
    if (Math.sign(net) === expected) support = Math.abs(net);
    else contradict = Math.abs(net);
    reason.negated = [...reason.hostile, ...reason.cooperative].filter((c) => c.includes("→"));
  } else {
    for (const t of readTerms(tokens, item.keywords, cues)) {
      reason.matched.push(t.term);
      if (t.negatedBy) {
        reason.negated.push(`${t.negatedBy} → ${t.term}`);
        contradict += 1;
      } else support += 1;
    }
    for (const t of readTerms(tokens, item.rejects, cues)) {
      reason.matched.push(t.term);
      if (t.negatedBy) {
        reason.negated.push(`${t.negatedBy} → ${t.term}`);
        support += 1;
      } else if (t.rejectedBy) {
        reason.rejected.push(`${t.rejectedBy} → ${t.term}`);
        support += 1;
      } else if (t.endorsedBy) {
        reason.endorsed.push(`${t.endorsedBy} → ${t.term}`);
        contradict += 1;
      } else support += 0.5; // a rejected term named without a cue: weak, usually critical mention
    }
    if (support === 0 && contradict === 0) return undefined;
  }
  const relation: Relation = support >= contradict ? "supports" : "contradicts";
  const strength = relation === "supports" ? support - contradict : contradict - support;
  if (strength === 0) return undefined;
  const relevance = hit.score > 0 ? hit.score / (hit.score + 5) : 0;
  return {
    relation,
    score: round3(strength + 0.5 * new Set(reason.matched).size + relevance),
    evidence: {
      doc: hit.doc.id,
      start: hit.passage.start,
      end: hit.passage.end,
      quote: hit.passage.text,
    },
    date: hit.doc.date,
    speaker: hit.doc.speaker,
    country: hit.doc.country,
    reason,
  };
}

const byScore = (a: EvidenceHit, b: EvidenceHit) =>
  b.score - a.score ||
  a.evidence.doc.localeCompare(b.evidence.doc) ||
  a.evidence.start - b.evidence.start;

/** For each principle, pillar and stance: ranked supporting and contradicting corpus sentences. */
export async function findEvidence(
  doctrine: Doctrine,
  corpus: Pick<DoctrineCorpus, "search" | "documents">,
  opts: FindEvidenceOptions = {},
): Promise<EvidenceReport> {
  const registry = opts.registry ?? defaultTargetRegistry();
  const cues = opts.cues ?? loadCues();
  const limit = opts.limit ?? 5;
  const perTerm = opts.perTerm ?? 100;
  const filter = {
    speaker: opts.speaker,
    country: opts.country,
    from: opts.from,
    to: opts.to,
    collection: opts.collection,
  };
  const clean = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined));
  const documents = (await corpus.documents(clean)).length;
  const items: ItemEvidence[] = [];
  for (const item of itemsOf(doctrine, registry)) {
    const terms = [...new Set([...item.keywords, ...item.rejects, ...item.aliases])];
    const candidates = new Map<string, SearchHit>();
    for (const term of terms) {
      let hits: SearchHit[] = [];
      try {
        hits = await corpus.search(toQuery(term), { ...clean, level: "sentence", limit: perTerm });
      } catch (e) {
        if (!isStatecraftError(e)) throw e; // a term with no searchable words is skipped
      }
      for (const h of hits) {
        const prev = candidates.get(h.passage.id);
        if (!prev || h.score > prev.score) candidates.set(h.passage.id, h);
      }
    }
    const judged = [...candidates.values()]
      .map((h) => judge(item, h, cues))
      .filter((h): h is EvidenceHit => !!h);
    const supporting = judged.filter((h) => h.relation === "supports").sort(byScore);
    const contradicting = judged.filter((h) => h.relation === "contradicts").sort(byScore);
    items.push({
      kind: item.kind,
      id: item.id,
      label: item.label,
      terms,
      candidates: candidates.size,
      supporting: supporting.slice(0, limit),
      contradicting: contradicting.slice(0, limit),
      counts: { supporting: supporting.length, contradicting: contradicting.length },
    });
  }
  return { doctrine: doctrine.id, filter: clean, documents, items };
}

function reasonText(r: EvidenceReason): string {
  const parts = [`matched: ${r.matched.join(", ")}`];
  if (r.negated.length) parts.push(`negation: ${r.negated.join(", ")}`);
  if (r.rejected.length) parts.push(`rejected: ${r.rejected.join(", ")}`);
  if (r.endorsed.length) parts.push(`endorsed: ${r.endorsed.join(", ")}`);
  if (r.hostile.length) parts.push(`hostile cues: ${r.hostile.join(", ")}`);
  if (r.cooperative.length) parts.push(`cooperative cues: ${r.cooperative.join(", ")}`);
  return parts.join("; ");
}

function clip(s: string, n = 300): string {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > n ? `${t.slice(0, n - 3)}...` : t;
}

export function renderEvidenceMarkdown(r: EvidenceReport): string {
  const out: string[] = [];
  const f =
    Object.entries(r.filter)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ") || "none";
  out.push(
    `# Corpus evidence for doctrine \`${r.doctrine}\``,
    "",
    `Filter: ${f}. Documents in scope: ${r.documents}.`,
    "",
  );
  out.push(
    "| Item | Kind | Candidates | Supporting | Contradicting |",
    "| --- | --- | ---: | ---: | ---: |",
  );
  for (const i of r.items)
    out.push(
      `| ${i.id} | ${i.kind} | ${i.candidates} | ${i.counts.supporting} | ${i.counts.contradicting} |`,
    );
  out.push("");
  for (const i of r.items) {
    out.push(`## ${i.kind}: ${i.label} (\`${i.id}\`)`, "", `Terms: ${i.terms.join(", ")}.`, "");
    for (const [title, list, total] of [
      ["Supporting", i.supporting, i.counts.supporting],
      ["Contradicting", i.contradicting, i.counts.contradicting],
    ] as const) {
      out.push(`${title} (${list.length} of ${total}):`, "");
      if (list.length === 0) out.push("- none found", "");
      list.forEach((h, n) => {
        const who = [h.country, h.date, h.speaker].filter(Boolean).join(", ");
        out.push(
          `${n + 1}. score ${h.score}, \`${h.evidence.doc}\` [${h.evidence.start}-${h.evidence.end}] (${who}): "${clip(h.evidence.quote)}"`,
        );
        out.push(`   - ${reasonText(h.reason)}`);
      });
      if (list.length) out.push("");
    }
  }
  return `${out.join("\n").trimEnd()}\n`;
}
