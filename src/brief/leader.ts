/**
 * Whose words a document holds. A leader's own documents are those whose speaker is the leader
 * (UN statements, addresses); reported documents are about the leader (metadata `subject`) but
 * spoken or written by someone else (a briefing, an essay). Every extracted sentence carries the
 * label computed here, so the reader always sees which of the two it is.
 */
import type { Corpus, DocumentFilter, DocumentRecord, DocumentSummary } from "../corpus/index.ts";
import { normalizeSpeaker } from "../corpus/index.ts";
import { displayName } from "./style.ts";
import type { Attribution } from "./types.ts";

export interface LeaderDocuments {
  own: DocumentSummary[];
  reported: DocumentSummary[];
}

/** True when a stored name refers to the leader: one normalised name contains the other. */
export function sameLeader(name: string | null | undefined, leader: string): boolean {
  if (!name) return false;
  const a = normalizeSpeaker(name);
  const b = normalizeSpeaker(leader);
  return a.length > 0 && b.length > 0 && (a.includes(b) || b.includes(a));
}

/** Ids of latest documents whose metadata `subject` names the leader. */
function subjectDocIds(corpus: Corpus, leader: string): string[] {
  return corpus.documents({ subject: leader }).map((d) => d.id);
}

/** The leader's own and reported documents within the filter (country and dates apply to own documents). */
export function leaderDocuments(
  corpus: Corpus,
  leader: string,
  filter: Omit<DocumentFilter, "speaker" | "ids"> = {},
): LeaderDocuments {
  const own = corpus.documents({ ...filter, speaker: leader });
  const ownIds = new Set(own.map((d) => d.id));
  const ids = subjectDocIds(corpus, leader).filter((id) => !ownIds.has(id));
  const reported = ids.length
    ? corpus
        .documents({
          ids,
          ...(filter.from && { from: filter.from }),
          ...(filter.to && { to: filter.to }),
        })
        .filter((d) => !sameLeader(d.speaker, leader))
    : [];
  // Undated reporting is kept even with date bounds: its period is the whole tenure.
  if (ids.length && (filter.from || filter.to)) {
    const undated = corpus
      .documents({ ids })
      .filter((d) => d.date === null && !sameLeader(d.speaker, leader));
    for (const d of undated) if (!reported.some((r) => r.id === d.id)) reported.push(d);
  }
  return { own, reported };
}

/** Short name of a source: "UN General Debate Corpus (UNGDC) v13, Jankin ..." -> "UN General Debate Corpus". */
function shortSource(source: string | null): string | null {
  if (!source) return null;
  const cut = source.split(/[,(;]/)[0]!.trim();
  return cut.length > 0 && cut.length <= 60 ? cut : null;
}

/** What kind of publication a reported document is, from its metadata. */
function kindOf(doc: DocumentRecord): string | null {
  const kind = typeof doc.meta.kind === "string" ? doc.meta.kind : null;
  if (kind === "e-paper page") return doc.speaker ? "article" : null;
  return kind;
}

/**
 * The attribution label of a document relative to a leader (or, without a leader, of the
 * document alone). Deterministic in the document's metadata, so the verifier recomputes it.
 */
export function attributionOf(doc: DocumentRecord, leader?: string): Attribution {
  const date = doc.date ? `, ${doc.date}` : "";
  if (leader && sameLeader(doc.speaker, leader)) {
    const where = doc.title ? `“${doc.title}”` : (shortSource(doc.source) ?? "statement");
    return { type: "own", label: `${displayName(doc.speaker!)}'s own words (${where}${date})` };
  }
  const who = doc.speaker ? `${displayName(doc.speaker)}` : null;
  const title = doc.title ? `“${doc.title}”` : (shortSource(doc.source) ?? doc.id);
  const kind = kindOf(doc);
  const by = [kind, who ? `by ${who}` : null].filter(Boolean).join(" ");
  if (leader)
    return {
      type: "reported",
      label: `Reported in ${title}${by ? ` (${by}${date})` : date ? ` (${doc.date})` : ""}`,
    };
  const speaker = who ? `${who}${doc.post ? `, ${doc.post}` : ""}` : title;
  return {
    type: "document",
    label: `${speaker}${who ? ` (${title}${date})` : date ? ` (${doc.date})` : ""}`,
  };
}

/** A document's title for the sources list: its own, else "Statement by <speaker>, <post> (<source>)". */
export function documentTitle(doc: DocumentRecord): string {
  if (doc.title) return doc.title;
  const src = shortSource(doc.source);
  if (doc.speaker)
    return `Statement by ${displayName(doc.speaker)}${doc.post ? `, ${doc.post}` : ""}${src ? ` (${src})` : ""}`;
  return src ?? doc.id;
}
