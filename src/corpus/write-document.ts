import type { Store } from "../store/index.ts";
import { normalizeSpeaker, sha256 } from "./ids.ts";
import { type Segmentation, segment } from "./split-sentences.ts";
import type { DocumentFormat, DocumentMeta } from "./types.ts";

export interface DocumentInput {
  id: string;
  format: DocumentFormat;
  collection: string | null;
  path: string | null;
  fileHash: string;
  text: string;
  meta: DocumentMeta;
  /** Paragraph and sentence spans, when already computed (e.g. on a parse worker). */
  segmentation?: Segmentation;
}

export type WriteStatus = "added" | "new-version" | "unchanged" | "metadata-updated";

export interface WriteResult {
  id: string;
  status: WriteStatus;
  version: number;
  passages: number;
  words: number;
}

const COLUMNS = [
  "title",
  "speaker",
  "post",
  "country",
  "date",
  "source",
  "url",
  "license",
] as const;

function columnValue(meta: DocumentMeta, key: (typeof COLUMNS)[number]): string | null {
  const v = meta[key];
  return v === undefined || v === null ? null : String(v);
}

const COLUMN_LIST = COLUMNS.join(", ");

/** Statements prepared once per store: preparing them per document costs more than the inserts. */
const cache = new WeakMap<Store, ReturnType<typeof prepare>>();

function prepare(db: Store) {
  return {
    latest: db.prepare(
      "SELECT rowid, version, text_hash, meta, words FROM documents WHERE id = ? AND is_latest = 1",
    ),
    updateMeta: db.prepare(
      `UPDATE documents SET meta = ?, ${COLUMNS.map((c) => `${c} = ?`).join(", ")}, speaker_norm = ? WHERE rowid = ?`,
    ),
    retire: db.prepare("UPDATE documents SET is_latest = 0 WHERE rowid = ?"),
    insertDoc: db.prepare(
      `INSERT INTO documents (id, version, is_latest, file_hash, text_hash, ${COLUMN_LIST},
        speaker_norm, format, collection, path, meta, text, chars, words, ingested_at)
       VALUES (?, ?, 1, ?, ?, ${COLUMNS.map(() => "?").join(", ")}, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertPassage: db.prepare(
      "INSERT INTO passages (doc_rowid, level, idx, start, end, paragraph, text) VALUES (?, ?, ?, ?, ?, ?, ?)",
    ),
    insertFts: db.prepare("INSERT INTO passages_fts (rowid, text) VALUES (?, ?)"),
  };
}

function statements(db: Store) {
  let st = cache.get(db);
  if (!st) {
    st = prepare(db);
    cache.set(db, st);
  }
  return st;
}

/**
 * Writes one document and its passages in a single transaction: either all of it is stored or
 * none. Unchanged text is a no-op (idempotent re-runs); changed text becomes a new version and the
 * old one stays for citations that point to it.
 */
export function writeDocument(db: Store, doc: DocumentInput, now = new Date()): WriteResult {
  const st = statements(db);
  const textHash = sha256(doc.text);
  const metaJson = JSON.stringify(doc.meta);
  const speakerNorm = doc.meta.speaker ? normalizeSpeaker(String(doc.meta.speaker)) : null;
  const columns = COLUMNS.map((c) => columnValue(doc.meta, c));
  const run = db.transaction((): WriteResult => {
    const latest = st.latest.get(doc.id) as
      | { rowid: number; version: number; text_hash: string; meta: string; words: number }
      | undefined;
    if (latest && latest.text_hash === textHash) {
      const same = latest.meta === metaJson;
      if (!same) st.updateMeta.run(metaJson, ...columns, speakerNorm, latest.rowid);
      return {
        id: doc.id,
        status: same ? "unchanged" : "metadata-updated",
        version: latest.version,
        passages: 0,
        words: latest.words,
      };
    }
    const version = latest ? latest.version + 1 : 1;
    if (latest) st.retire.run(latest.rowid);
    const seg = doc.segmentation ?? segment(doc.text);
    const docRow = st.insertDoc.run(
      doc.id,
      version,
      doc.fileHash,
      textHash,
      ...columns,
      speakerNorm,
      doc.format,
      doc.collection,
      doc.path,
      metaJson,
      doc.text,
      doc.text.length,
      seg.words,
      now.toISOString(),
    ).lastInsertRowid;
    seg.paragraphs.forEach((p, i) => {
      st.insertPassage.run(docRow, "paragraph", i, p.start, p.end, null, null);
    });
    // Only sentences are indexed and stored as text; paragraphs are sliced from the document.
    seg.sentences.forEach((x, i) => {
      const text = doc.text.slice(x.start, x.end);
      const r = st.insertPassage.run(docRow, "sentence", i, x.start, x.end, x.paragraph, text);
      st.insertFts.run(r.lastInsertRowid, text);
    });
    return {
      id: doc.id,
      status: latest ? "new-version" : "added",
      version,
      passages: seg.paragraphs.length + seg.sentences.length,
      words: seg.words,
    };
  });
  return run.immediate();
}
