/**
 * Frequently asked questions (data/brief/facets.yaml): the main adversary, room for flexibility,
 * alignments, neighbours, and what could change the policy. Each answer opens with what the
 * doctrine records (templated, cited to its evidence) when a doctrine is given, then quotes up to
 * two relevant sentences not yet on the page, the leader's own words first.
 */
import type { DocumentSummary } from "../corpus/index.ts";
import { type Doctrine, defaultTargetRegistry, type Flexibility } from "../doctrine/index.ts";
import type { Adversary } from "./adversary.ts";
import type { PageBuilder } from "./builder.ts";
import type { LeaderDocuments } from "./leader.ts";
import { gatherCandidates, mmr } from "./select.ts";
import type { Question } from "./themes.ts";
import type { Block, Sentence } from "./types.ts";

const QUOTES_PER_ANSWER = 2;

/** "United States" -> "the United States", "European Union" -> "the European Union"; plain names stay. */
export function withArticle(name: string): string {
  if (name.includes(",") || /^the\s/i.test(name)) return name;
  return /^United\s|^(Russian Federation|Holy See|Netherlands|Philippines)$|\b(Republic|Kingdom|Emirates|Federation|Union|Organi[sz]ation|Council|Agency|Movement)\b/.test(
    name,
  )
    ? `the ${name}`
    : name;
}

function targetName(code: string): string {
  return withArticle(defaultTargetRegistry().get(code)?.name ?? code);
}

/**
 * Up to k quotations relevant to the terms. With `minTerms`, a sentence must match that many
 * distinct terms (one shared word such as "partners" is too weak a link to a question).
 */
function quotes(
  page: PageBuilder,
  docs: LeaderDocuments,
  terms: string[],
  k: number,
  minTerms = 1,
): Sentence[] {
  const out: Sentence[] = [];
  // Own words first, then reporting, each by relevance with redundancy control.
  for (const group of [docs.own, docs.reported] as DocumentSummary[][]) {
    if (out.length >= k || !group.length) continue;
    const cands = gatherCandidates(page.corpus, group, terms).filter(
      (c) => !page.used.has(c.passage.id) && c.matched >= minTerms,
    );
    for (const c of mmr(cands, k - out.length, {
      chosen: page.chosen,
      maxSimilarity: 0.5,
      minRelevance: 0.2,
    })) {
      const s = page.extracted("faq", c);
      if (s) out.push(s);
    }
  }
  return out;
}

function flexibilitySentence(
  page: PageBuilder,
  rule: Flexibility,
  doctrineId: string,
): Sentence | undefined {
  return page.templated(
    "faq",
    "flexibility",
    {
      doctrine: doctrineId,
      id: rule.id,
      targets: rule.permits.targets.map(targetName),
      conditions: rule.when.conditions,
      combine: rule.when.combine,
    },
    rule.evidence.slice(0, 2),
  );
}

export function faqBlocks(
  page: PageBuilder,
  questions: Question[],
  leaderName: string,
  docs: LeaderDocuments,
  adversary: Adversary | undefined,
  doctrine?: Doctrine,
): { blocks: Block[]; notes: string[] } {
  const blocks: Block[] = [];
  const notes: string[] = [];
  const usedRules = new Set<string>();
  for (const q of questions) {
    const sentences: Sentence[] = [];
    let terms = q.terms;
    if (q.id === "adversary") {
      if (!adversary) {
        notes.push(
          "No main adversary could be identified (no hostile doctrine stance, and no state named repeatedly with hostile words).",
        );
        continue;
      }
      terms = adversary.aliases;
      const st = doctrine?.stances.find((s) => s.target === adversary.code);
      if (doctrine && st) {
        const s = page.templated(
          "faq",
          "stance",
          {
            doctrine: doctrine.id,
            target: st.target,
            name: withArticle(adversary.name),
            alignment: st.alignment,
            trust: st.trust,
          },
          st.evidence.slice(0, 2),
        );
        if (s) sentences.push(s);
      }
    }
    if (doctrine && (q.id === "flexibility" || q.id === "change")) {
      // The flexibility question takes the rule that covers the adversary; "change" the next one.
      const rules = doctrine.flexibility.filter((r) => !usedRules.has(r.id));
      const rule =
        q.id === "flexibility"
          ? (rules.find((r) => adversary && r.permits.targets.includes(adversary.code)) ?? rules[0])
          : rules[0];
      if (rule) {
        usedRules.add(rule.id);
        const s = flexibilitySentence(page, rule, doctrine.id);
        if (s) sentences.push(s);
      }
    }
    if (doctrine && q.id === "alignments") {
      const close = doctrine.stances
        .map((s, i) => ({ s, i }))
        .filter(({ s }) => s.alignment >= 0.5 && s.provenance !== "analyst")
        .sort((a, b) => b.s.alignment - a.s.alignment || a.i - b.i)
        .slice(0, 4)
        .map(({ s }) => s);
      if (close.length) {
        const s = page.templated(
          "faq",
          "alignments",
          {
            doctrine: doctrine.id,
            targets: close.map((s) => ({
              code: s.target,
              name: targetName(s.target),
              alignment: s.alignment,
            })),
          },
          close.map((s) => s.evidence[0]!).filter(Boolean),
        );
        if (s) sentences.push(s);
      }
      terms = [
        ...terms,
        ...close.flatMap((s) => defaultTargetRegistry().get(s.target)?.aliases ?? []),
      ];
    }
    sentences.push(...quotes(page, docs, terms, QUOTES_PER_ANSWER, q.id === "adversary" ? 1 : 2));
    const question = q.question
      .replaceAll("{leader}", leaderName)
      .replaceAll("{adversary}", adversary ? withArticle(adversary.name) : "");
    if (sentences.length) blocks.push({ kind: "qa", heading: question, sentences });
    else notes.push(`No sentence in the selected documents answers “${question}”`);
  }
  return { blocks, notes };
}
