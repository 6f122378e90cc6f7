/**
 * `buildBriefing`: the page for a leader and topic, in the seed briefing's layout. Every sentence
 * is either a quotation of a cited span (extracted) or rendered by a template from cited data,
 * and passes the verifier before it is placed; failing sentences are refused and listed.
 */
import { StatecraftError } from "../core/errors.ts";
import type { Corpus } from "../corpus/index.ts";
import { type Doctrine, loadDoctrine } from "../doctrine/index.ts";
import { findAdversary } from "./adversary.ts";
import { PageBuilder } from "./builder.ts";
import { sha256File } from "./citations.ts";
import { faqBlocks } from "./faq.ts";
import { finalize } from "./finalize.ts";
import { doctrineKeyPoints, facetKeyPoints } from "./key-points.ts";
import { leaderDocuments } from "./leader.ts";
import { type RecordOptions, recordBlocks } from "./record.ts";
import { type Rephraser, rephraseBriefing } from "./rephrase.ts";
import { displayName, isStopword, words } from "./style.ts";
import { summaryBlocks } from "./summary.ts";
import { loadFacets } from "./themes.ts";
import type { Briefing, Section } from "./types.ts";

export interface BriefOptions {
  /** The leader's name as the corpus gives it; honorifics are ignored ("Mr. Hassan Rouhani" = "Hassan Rouhani"). */
  leader: string;
  /** Topic (default "foreign policy"): the title, and the words sentences are ranked by. */
  topic?: string;
  /** ISO3 code: only the leader's own documents of this state. */
  country?: string;
  /** Inclusive date bounds (ISO, partial allowed) on the documents. */
  from?: string;
  to?: string;
  /** Doctrine file (YAML/JSON) for the leader: key points from its pillars, templated figures. */
  doctrineFile?: string;
  /** Include "Profile and record" (default true). */
  record?: boolean;
  recordOptions?: RecordOptions;
  /** Optional language-model rephrasing; every rephrasing is verified, else the quotation stays. */
  rephraser?: Rephraser;
}

export const DEFAULT_TOPIC = "foreign policy";

function titleCase(s: string): string {
  return s.replace(/(^|\s)(\p{Ll})/gu, (m, a, b, off) =>
    off > 0 && isStopword(m.trim()) ? m : a + b.toUpperCase(),
  );
}

export async function buildBriefing(corpus: Corpus, opts: BriefOptions): Promise<Briefing> {
  const leaderName = displayName(opts.leader);
  const topic = (opts.topic ?? DEFAULT_TOPIC).trim();
  if (!leaderName || !topic) {
    throw new StatecraftError("SC_BRIEF_BAD_OPTION", "the leader and the topic must not be empty", {
      field: leaderName ? "topic" : "leader",
    });
  }
  const docs = leaderDocuments(corpus, opts.leader, {
    country: opts.country,
    from: opts.from,
    to: opts.to,
  });
  if (!docs.own.length && !docs.reported.length) {
    throw new StatecraftError(
      "SC_BRIEF_NO_DOCUMENTS",
      `no documents by or about "${opts.leader}"`,
      {
        field: "leader",
        hint: "check the name against `statecraft corpus list`; documents about a leader need `subject` in their metadata",
      },
    );
  }
  let doctrine: Doctrine | undefined;
  if (opts.doctrineFile) doctrine = loadDoctrine(opts.doctrineFile).doctrine;
  const page = new PageBuilder(corpus, opts.leader, doctrine);
  const facets = loadFacets();
  const all = [...docs.own, ...docs.reported];
  const topicTerms = words(topic).filter((w) => !isStopword(w));
  const broadTerms = [
    ...new Set([
      ...topicTerms,
      ...facets.themes.flatMap((f) => f.terms),
      ...(doctrine?.principles.flatMap((p) => p.keywords) ?? []),
    ]),
  ];

  // A narrower topic than the default steers key points and summary toward its own words.
  const narrow = topic.toLowerCase() !== DEFAULT_TOPIC && topicTerms.length > 0;
  const kp = doctrine
    ? doctrineKeyPoints(page, doctrine, all, narrow ? topicTerms : [])
    : facetKeyPoints(
        page,
        facets.themes,
        docs.own.length ? docs.own : docs.reported,
        topicTerms.length ? topicTerms : broadTerms,
        narrow,
      );
  const summary = summaryBlocks(page, docs, narrow ? topicTerms : broadTerms, doctrine);
  const self = doctrine?.state ?? docs.own.find((d) => d.country)?.country ?? null;
  const adversary = findAdversary(corpus, all, doctrine, self);
  const faq = faqBlocks(page, facets.questions, leaderName, docs, adversary, doctrine);
  const record =
    opts.record === false
      ? undefined
      : await recordBlocks(
          page,
          leaderName,
          docs,
          doctrine,
          opts.doctrineFile,
          opts.recordOptions ?? {},
        );

  const sections: Section[] = [
    { id: "tldr", title: "TL;DR", blocks: [] },
    {
      id: "key_points",
      title: "Key points",
      blocks: kp.blocks,
      ...(kp.notes.length && { notes: kp.notes }),
    },
    { id: "summary", title: "Summary", blocks: summary },
    {
      id: "faq",
      title: "Frequently asked questions",
      blocks: faq.blocks,
      ...(faq.notes.length && { notes: faq.notes }),
    },
  ];
  if (record) {
    sections.push({
      id: "record",
      title: "Profile and record",
      blocks: record.blocks,
      ...(record.notes.length && { notes: record.notes }),
    });
  }
  // The TL;DR names the first key-point themes; it is written last, when the sources are known.
  const sourceDocs = new Set(page.book.list.flatMap((c) => (c.kind === "passage" ? [c.doc] : [])));
  const labels = kp.labels.slice(0, 3);
  if (labels.length) {
    const s = page.templated(
      "tldr",
      "tldr",
      { leader: leaderName, topic, sources: sourceDocs.size, themes: labels },
      [],
      kp.leadCites.slice(0, 3),
    );
    if (s) sections[0]!.blocks.push({ kind: "paragraph", sentences: [s] });
  }
  if (!sections[0]!.blocks.length) {
    // No themes: the TL;DR is the first key point's quotation.
    const first = kp.blocks[0]?.sentences[0];
    if (first) sections[0]!.blocks.push({ kind: "paragraph", sentences: [first] });
  }

  const briefing = finalize(page, {
    kind: "briefing",
    title: `${leaderName} on ${titleCase(topic)}`,
    leader: opts.leader,
    topic,
    filters: Object.fromEntries(
      Object.entries({ country: opts.country, from: opts.from, to: opts.to }).filter(
        ([, v]) => v !== undefined,
      ),
    ) as Record<string, string>,
    ...(doctrine &&
      opts.doctrineFile && {
        doctrine: {
          id: doctrine.id,
          version: doctrine.version,
          file: opts.doctrineFile,
          sha256: sha256File(opts.doctrineFile),
        },
      }),
    sections,
  });
  return opts.rephraser ? rephraseBriefing(briefing, corpus, opts.rephraser, doctrine) : briefing;
}
