import type { Store } from "../store/index.ts";
import { normalizeSpeaker, passageId, sha256 } from "./ids.ts";
import { segment } from "./split-sentences.ts";
import type { DocumentFormat, DocumentMeta } from "./types.ts";

export interface DocumentInput {
  id: string;
  format: DocumentFormat;
  collection: string | null;
  path: string | null;
  fileHash: string;
  text: string;
  meta: DocumentMeta;
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

/**
 * Writes one document and its passages in a single transaction: either all of it is stored or
 * none. Unchanged text is a no-op (idempotent re-runs); changed text becomes a new version and the
 * old one stays for citations that point to it.
 */
export function writeDocument(db: Store, doc: DocumentInput, now = new Date()): WriteResult {
  const textHash = sha256(doc.text);
  const metaJson = JSON.stringify(doc.meta);
  const run = db.transaction((): WriteResult => {
    const latest = db
      .prepare(
        "SELECT rowid, version, text_hash, meta, words FROM documents WHERE id = ? AND is_latest = 1",
      )
      .get(doc.id) as
      | { rowid: number; version: number; text_hash: string; meta: string; words: number }
      | undefined;
    if (latest && latest.text_hash === textHash) {
      if (latest.meta === metaJson) {
        return {
          id: doc.id,
          status: "unchanged",
          version: latest.version,
          passages: 0,
          words: latest.words,
        };
      }
      db.prepare(
        `UPDATE documents SET meta = ?, ${COLUMNS.map((c) => `${c} = ?`).join(", ")}, speaker_norm = ? WHERE rowid = ?`,
      ).run(
        metaJson,
        ...COLUMNS.map((c) => columnValue(doc.meta, c)),
        doc.meta.speaker ? normalizeSpeaker(String(doc.meta.speaker)) : null,
        latest.rowid,
      );
      return {
        id: doc.id,
        status: "metadata-updated",
        version: latest.version,
        passages: 0,
        words: latest.words,
      };
    }
    const version = latest ? latest.version + 1 : 1;
    if (latest) db.prepare("UPDATE documents SET is_latest = 0 WHERE rowid = ?").run(latest.rowid);
    const seg = segment(doc.text);
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO documents (id, version, is_latest, file_hash, text_hash, ${COLUMNS.join(", ")},
          speaker_norm, format, collection, path, meta, text, chars, words, ingested_at)
         VALUES (?, ?, 1, ?, ?, ${COLUMNS.map(() => "?").join(", ")}, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        doc.id,
        version,
        doc.fileHash,
        textHash,
        ...COLUMNS.map((c) => columnValue(doc.meta, c)),
        doc.meta.speaker ? normalizeSpeaker(String(doc.meta.speaker)) : null,
        doc.format,
        doc.collection,
        doc.path,
        metaJson,
        doc.text,
        doc.text.length,
        seg.words,
        now.toISOString(),
      );
    const insertPassage = db.prepare(
      "INSERT INTO passages (id, doc_rowid, level, idx, start, end, paragraph, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    );
    const insertFts = db.prepare("INSERT INTO passages_fts (rowid, text) VALUES (?, ?)");
    let n = 0;
    const add = (
      level: "paragraph" | "sentence",
      idx: number,
      start: number,
      end: number,
      paragraph: number | null,
    ) => {
      const text = doc.text.slice(start, end);
      const r = insertPassage.run(
        passageId(doc.id, textHash, level, idx),
        lastInsertRowid,
        level,
        idx,
        start,
        end,
        paragraph,
        text,
      );
      if (level === "sentence") insertFts.run(r.lastInsertRowid, text);
      n++;
    };
    seg.paragraphs.forEach((p, i) => {
      add("paragraph", i, p.start, p.end, null);
    });
    seg.sentences.forEach((s, i) => {
      add("sentence", i, s.start, s.end, s.paragraph);
    });
    return {
      id: doc.id,
      status: latest ? "new-version" : "added",
      version,
      passages: n,
      words: seg.words,
    };
  });
  return run.immediate();
}
