import type { Store } from "../store/index.ts";
import { normalizeSpeaker, parsePassageId, passageId } from "./ids.ts";
import type {
  DocumentFilter,
  DocumentRecord,
  DocumentSummary,
  Passage,
  PassageLevel,
} from "./types.ts";

export const SUMMARY_COLUMNS =
  "d.id, d.version, d.title, d.speaker, d.post, d.country, d.date, d.source, d.url, d.license, d.format, d.collection, d.file_hash, d.text_hash, d.chars, d.words, d.ingested_at";

export interface DocRow {
  id: string;
  version: number;
  title: string | null;
  speaker: string | null;
  post: string | null;
  country: string | null;
  date: string | null;
  source: string | null;
  url: string | null;
  license: string | null;
  format: DocumentSummary["format"];
  collection: string | null;
  file_hash: string;
  text_hash: string;
  chars: number;
  words: number;
  ingested_at: string;
}

export function toSummary(r: DocRow): DocumentSummary {
  return {
    id: r.id,
    version: r.version,
    title: r.title,
    speaker: r.speaker,
    post: r.post,
    country: r.country,
    date: r.date,
    source: r.source,
    url: r.url,
    license: r.license,
    format: r.format,
    collection: r.collection,
    fileHash: r.file_hash,
    textHash: r.text_hash,
    chars: r.chars,
    words: r.words,
    ingestedAt: r.ingested_at,
  };
}

/**
 * SQL conditions for a document filter, on latest versions only. Partial dates compare as
 * prefixes: `to: "2013"` includes "2013-12-31", `from: "2013-06"` includes "2013-06-01".
 */
export function filterSql(f: DocumentFilter): { where: string; params: unknown[] } {
  const conds = ["d.is_latest = 1"];
  const params: unknown[] = [];
  if (f.speaker) {
    conds.push("d.speaker_norm LIKE ?");
    params.push(`%${normalizeSpeaker(f.speaker)}%`);
  }
  if (f.subject) {
    conds.push("lower(json_extract(d.meta, '$.subject')) LIKE ?");
    params.push(`%${normalizeSpeaker(f.subject)}%`);
  }
  if (f.country) {
    conds.push("d.country = ?");
    params.push(f.country.toUpperCase());
  }
  if (f.from) {
    conds.push("d.date >= ?");
    params.push(f.from);
  }
  if (f.to) {
    conds.push("d.date <= ?");
    params.push(`${f.to}\uffff`);
  }
  if (f.collection) {
    conds.push("d.collection = ?");
    params.push(f.collection);
  }
  if (f.ids?.length) {
    conds.push(`d.id IN (${f.ids.map(() => "?").join(", ")})`);
    params.push(...f.ids);
  }
  return { where: conds.join(" AND "), params };
}

export function listDocuments(db: Store, f: DocumentFilter = {}): DocumentSummary[] {
  const { where, params } = filterSql(f);
  const rows = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM documents d WHERE ${where} ORDER BY d.date IS NULL, d.date, d.id`,
    )
    .all(...params) as DocRow[];
  return rows.map(toSummary);
}

export function getDocument(db: Store, id: string, version?: number): DocumentRecord | undefined {
  const row = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS}, d.text, d.meta FROM documents d WHERE d.id = ? AND ${
        version === undefined ? "d.is_latest = 1" : "d.version = ?"
      }`,
    )
    .get(...(version === undefined ? [id] : [id, version])) as
    | (DocRow & { text: string; meta: string })
    | undefined;
  if (!row) return undefined;
  return { ...toSummary(row), text: row.text, meta: JSON.parse(row.meta) };
}

export interface PassageRow {
  doc_id: string;
  doc_version: number;
  doc_text_hash: string;
  level: PassageLevel;
  idx: number;
  start: number;
  end: number;
  paragraph: number | null;
  /** Stored for sentences (the FTS content); null for paragraphs. */
  text: string | null;
}

export const PASSAGE_COLUMNS =
  "d.id AS doc_id, d.version AS doc_version, d.text_hash AS doc_text_hash, p.level, p.idx, p.start, p.end, p.paragraph, p.text";

/** A passage from its row; paragraphs take their text from the document's text. */
export function toPassage(r: PassageRow, docText?: string): Passage {
  const text = r.text ?? docText?.slice(r.start, r.end);
  if (text === undefined) throw new Error(`passage text of ${r.doc_id} needs the document text`);
  return {
    id: passageId(r.doc_id, r.doc_text_hash, r.level, r.idx),
    docId: r.doc_id,
    docVersion: r.doc_version,
    level: r.level,
    index: r.idx,
    start: r.start,
    end: r.end,
    text,
    paragraph: r.paragraph,
  };
}

function docText(db: Store, docId: string, version: number): string {
  return (
    db.prepare("SELECT text FROM documents WHERE id = ? AND version = ?").get(docId, version) as {
      text: string;
    }
  ).text;
}

export function getPassages(
  db: Store,
  docId: string,
  level: PassageLevel,
  version?: number,
): Passage[] {
  const rows = db
    .prepare(
      `SELECT ${PASSAGE_COLUMNS} FROM passages p JOIN documents d ON d.rowid = p.doc_rowid
       WHERE d.id = ? AND ${version === undefined ? "d.is_latest = 1" : "d.version = ?"} AND p.level = ?
       ORDER BY p.idx`,
    )
    .all(...(version === undefined ? [docId, level] : [docId, version, level])) as PassageRow[];
  if (rows.length === 0) return [];
  const text = level === "paragraph" ? docText(db, docId, rows[0]!.doc_version) : undefined;
  return rows.map((r) => toPassage(r, text));
}

export function getPassage(db: Store, id: string): Passage | undefined {
  const parts = parsePassageId(id);
  if (!parts) return undefined;
  const row = db
    .prepare(
      `SELECT ${PASSAGE_COLUMNS} FROM documents d JOIN passages p ON p.doc_rowid = d.rowid
       WHERE d.id = ? AND substr(d.text_hash, 1, 6) = ? AND p.level = ? AND p.idx = ?`,
    )
    .get(parts.docId, parts.hash, parts.level, parts.index) as PassageRow | undefined;
  if (!row) return undefined;
  return toPassage(row, row.text === null ? docText(db, row.doc_id, row.doc_version) : undefined);
}
