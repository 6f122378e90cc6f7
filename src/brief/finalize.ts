/**
 * Finishing a page: citations are renumbered in reading order (unused ones, left by refused
 * sentences, are dropped) and the sources list is built from the cited documents.
 */
import { isAbsolute, relative } from "node:path";
import type { PageBuilder } from "./builder.ts";
import { REPO_ROOT } from "./citations.ts";
import { attributionOf, documentTitle } from "./leader.ts";
import {
  BRIEFING_FORMAT,
  BRIEFING_VERSION,
  type Briefing,
  type Citation,
  type Section,
  type SourceEntry,
} from "./types.ts";

export const SOURCES_NOTE = "This is not an exhaustive list of sources.";

type Head = Pick<Briefing, "kind" | "title" | "filters"> &
  Partial<Pick<Briefing, "leader" | "topic" | "question" | "doctrine">> & { sections: Section[] };

/** A path inside the repository is stored relative to it, so outputs do not depend on the checkout. */
export function portablePath(path: string): string {
  if (!isAbsolute(path)) return path.split("\\").join("/");
  const rel = relative(REPO_ROOT, path);
  return rel.startsWith("..") ? path : rel.split("\\").join("/");
}

export function finalize(page: PageBuilder, head: Head): Briefing {
  const renumber = new Map<number, number>();
  for (const sec of head.sections)
    for (const b of sec.blocks)
      for (const s of b.sentences)
        for (const n of s.cites) if (!renumber.has(n)) renumber.set(n, renumber.size + 1);
  const citations: Citation[] = [];
  for (const c of page.book.list) {
    const m = renumber.get(c.n);
    if (m !== undefined) citations.push({ ...c, n: m });
  }
  citations.sort((a, b) => a.n - b.n);
  const sections = head.sections.map((sec) => ({
    ...sec,
    blocks: sec.blocks.map((b) => ({
      ...b,
      sentences: b.sentences.map((s) => ({ ...s, cites: s.cites.map((n) => renumber.get(n)!) })),
    })),
  }));
  const sources: SourceEntry[] = [];
  const seen = new Set<string>();
  for (const c of citations) {
    if (c.kind !== "passage" || seen.has(c.doc)) continue;
    seen.add(c.doc);
    const d = page.book.document(c.doc)!;
    const att = attributionOf(d, page.leader);
    sources.push({
      doc: d.id,
      docVersion: d.version,
      title: documentTitle(d),
      date: d.date,
      speaker: d.speaker,
      url: d.url,
      source: d.source,
      attribution: att.type,
    });
  }
  return {
    format: BRIEFING_FORMAT,
    version: BRIEFING_VERSION,
    kind: head.kind,
    title: head.title,
    ...(head.leader !== undefined && { leader: head.leader }),
    ...(head.topic !== undefined && { topic: head.topic }),
    ...(head.question !== undefined && { question: head.question }),
    filters: head.filters,
    ...(head.doctrine && {
      doctrine: { ...head.doctrine, file: portablePath(head.doctrine.file) },
    }),
    sections,
    sources,
    sourcesNote: SOURCES_NOTE,
    citations,
    refused: page.refused,
  };
}
