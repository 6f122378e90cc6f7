/**
 * The corpus's public data shapes. A document's `text` is its normalised text (NFC, LF line endings,
 * safe OCR de-hyphenation); every passage and every citation is a [start, end) range into it, so
 * `doc.text.slice(start, end) === passage.text` always holds.
 */

export type DocumentFormat = "txt" | "md" | "html" | "pdf" | "jsonl";

export interface DocumentMeta {
  title?: string;
  /** Speaker or author as the source gives it ("Mr. Rouhani", "Edris Khosravi"). */
  speaker?: string;
  /** Post or role ("President", "Political affairs expert"). */
  post?: string;
  /** ISO3 code of the speaker's state. */
  country?: string;
  /** ISO date, possibly partial: "2013", "2013-09", "2013-09-24". */
  date?: string;
  /** Where it came from, in words (publication, dataset). */
  source?: string;
  url?: string;
  license?: string;
  /** Other fields: section label, truncated flag, parsed sections, references, page items ... */
  [key: string]: unknown;
}

export interface DocumentSummary {
  /** Stable document key: the file stem, with `:N` for the N-th item of a multi-item page. */
  id: string;
  /** 1 for the first ingest; a changed file becomes version 2, 3, ... */
  version: number;
  title: string | null;
  speaker: string | null;
  post: string | null;
  country: string | null;
  date: string | null;
  source: string | null;
  url: string | null;
  license: string | null;
  format: DocumentFormat;
  /** Collection name (the folder it was ingested from, e.g. "ungd"). */
  collection: string | null;
  /** SHA-256 of the original file bytes. */
  fileHash: string;
  /** SHA-256 of the normalised text. */
  textHash: string;
  chars: number;
  words: number;
  ingestedAt: string;
}

export interface DocumentRecord extends DocumentSummary {
  text: string;
  meta: DocumentMeta;
}

export type PassageLevel = "paragraph" | "sentence";

export interface Passage {
  /** Stable id: derived from the document text's hash and the range, so re-ingests keep it. */
  id: string;
  docId: string;
  docVersion: number;
  level: PassageLevel;
  /** Position among the document's passages of the same level, from 0. */
  index: number;
  start: number;
  end: number;
  text: string;
  /** For sentences: index of the paragraph that holds it. */
  paragraph: number | null;
}

export interface DocumentFilter {
  /** Case-insensitive match on the speaker's name, honorifics ignored ("Rouhani" matches "Mr. Hassan Rouhani"). */
  speaker?: string;
  /** Case-insensitive match on the metadata `subject`: who a document is about ("Ali Khamenei"). */
  subject?: string;
  /** ISO3 code. */
  country?: string;
  /** Inclusive lower bound on the date (ISO, partial allowed). */
  from?: string;
  /** Inclusive upper bound on the date (ISO, partial allowed: "2013" includes all of 2013). */
  to?: string;
  collection?: string;
  ids?: string[];
}

export interface SearchOptions extends DocumentFilter {
  /** Maximum hits (default 10). */
  limit?: number;
  /** Passage level to search (default "sentence"). */
  level?: PassageLevel;
}

export interface SearchHit {
  passage: Passage;
  doc: DocumentSummary;
  /** BM25 score (lower is better in SQLite; reported here as a positive relevance, higher is better). */
  score: number;
  /** Passage text with matches wrapped in `[` and `]`. */
  snippet: string;
}
