/**
 * The verifiable structure of a briefing (and of an `ask` answer): sections of blocks of sentences,
 * each sentence carrying citation numbers that resolve to spans of corpus documents (or, for
 * figures, to a data file). This is what `--format json` writes and `brief verify` reads.
 */

export const BRIEFING_FORMAT = "statecraft-briefing";
export const BRIEFING_VERSION = "1.0.0";

/** A span of a corpus document, and the stored passages (sentences) that hold it. */
export interface PassageCitation {
  n: number;
  kind: "passage";
  doc: string;
  /** Document version the offsets refer to. */
  docVersion: number;
  start: number;
  end: number;
  /** Ids of the sentence passages overlapping [start, end), in order. */
  passages: string[];
  /** `text.slice(start, end)` of the document, kept so a reader sees what is cited. */
  quote: string;
}

/** A figure's source outside the corpus: a data file of the repository and the field used. */
export interface DataCitation {
  n: number;
  kind: "data";
  /** Repository-relative path. */
  file: string;
  /** SHA-256 of the file's bytes when the briefing was written. */
  sha256: string;
  /** Dotted path of the fields used. */
  field: string;
}

export type Citation = PassageCitation | DataCitation;

/** Who speaks in an extracted sentence: the leader, or a source reporting on the leader. */
export interface Attribution {
  type: "own" | "reported" | "document";
  /** The tool's label, computed from the document's metadata ("Own words, UN General Debate, 2013"). */
  label: string;
}

/** An exact span of a document, and what cleaning did to it. */
export interface SourceSpan {
  doc: string;
  docVersion: number;
  start: number;
  end: number;
  /** Applied in order to `text.slice(start, end)`: "collapse-space" always, "capitalize" when the span starts mid-sentence. */
  transforms: Array<"collapse-space" | "capitalize">;
}

interface SentenceBase {
  text: string;
  /** Citation numbers; at least one. */
  cites: number[];
}

/** Words of a source, marked as a quotation. */
export interface ExtractedSentence extends SentenceBase {
  kind: "extracted";
  source: SourceSpan;
  attribution: Attribution;
}

/** The tool's own sentence, rendered by a named template from data that cites its evidence. */
export interface TemplatedSentence extends SentenceBase {
  kind: "templated";
  template: string;
  data: Record<string, unknown>;
}

/** An extracted sentence rephrased by a language model; it passed the verifier's support check. */
export interface RephrasedSentence extends SentenceBase {
  kind: "rephrased";
  source: SourceSpan;
  attribution: Attribution;
  /** The extractive text it replaces. */
  extractive: string;
  model: string;
}

export type Sentence = ExtractedSentence | TemplatedSentence | RephrasedSentence;

export interface Block {
  kind: "bullet" | "paragraph" | "qa" | "note";
  /** Bullet label (a theme name) or the question of a Q&A block: the tool's own words. */
  heading?: string;
  sentences: Sentence[];
}

export type SectionId = "tldr" | "key_points" | "summary" | "faq" | "record" | "answer";

export interface Section {
  id: SectionId;
  title: string;
  blocks: Block[];
  /** Why a section is thin or missing parts (e.g. "profile module not available"). */
  notes?: string[];
}

export interface SourceEntry {
  doc: string;
  docVersion: number;
  title: string;
  date: string | null;
  speaker: string | null;
  url: string | null;
  /** Where it came from (publication, dataset). */
  source: string | null;
  attribution: Attribution["type"];
}

export interface Briefing {
  format: typeof BRIEFING_FORMAT;
  version: string;
  kind: "briefing" | "answer";
  title: string;
  leader?: string;
  topic?: string;
  question?: string;
  filters: Record<string, string>;
  /** Doctrine used, if any: its id, version and the SHA-256 of the file. */
  doctrine?: { id: string; version: string; file: string; sha256: string };
  sections: Section[];
  sources: SourceEntry[];
  sourcesNote: string;
  citations: Citation[];
  /** Sentences the generator refused (failed verification), with the reason: kept for the audit. */
  refused: Array<{ section: string; text: string; reason: string }>;
}
