import { createRequire } from "node:module";
import { StatecraftError } from "../core/errors.ts";
import type { Store } from "../store/index.ts";
import {
  type DocRow,
  filterSql,
  PASSAGE_COLUMNS,
  SUMMARY_COLUMNS,
  toPassage,
  toSummary,
} from "./queries.ts";
import type { SearchHit, SearchOptions } from "./types.ts";

const require = createRequire(import.meta.url);
const STOPWORDS = new Set(
  (require("../../data/corpus/stopwords.json") as { words: string[] }).words,
);

/**
 * Turns what a user types into an FTS5 query: "quoted phrases" stay phrases, other words become
 * quoted terms (so punctuation such as "U.S." or a stray colon is never FTS syntax), all required.
 * Unquoted function words are dropped unless nothing else is left.
 * A trailing `*` keeps prefix search ("negotiat*").
 */
export function toFtsQuery(input: string): string {
  const parts: string[] = [];
  const re = /"([^"]+)"|(\S+)/g;
  for (let m = re.exec(input); m !== null; m = re.exec(input)) {
    if (m[1]) {
      const words = m[1].match(/[\p{L}\p{N}]+/gu);
      if (words) parts.push(`"${words.join(" ")}"`);
    } else {
      const prefix = m[2]!.endsWith("*");
      // One typed word is one term, even when the tokenizer splits it ("U.S." is the phrase "u s").
      const words = m[2]!.match(/[\p{L}\p{N}]+/gu);
      if (words) parts.push(`"${words.join(" ")}"${prefix ? "*" : ""}`);
    }
  }
  const content = parts.filter((p) => !STOPWORDS.has(p.replace(/["*]/g, "")));
  return (content.length ? content : parts).join(" ");
}

type HitRow = DocRow & Parameters<typeof toPassage>[0] & { score: number; snippet: string };

/**
 * Ranked passages (BM25) matching all query terms, latest document versions only. FTS5 ranks and
 * cuts to the best `k` sentences before any join (its fast path); when filters then leave fewer
 * than `limit` hits, `k` grows until the index is exhausted.
 */
export function search(db: Store, query: string, options: SearchOptions = {}): SearchHit[] {
  const fts = toFtsQuery(query);
  if (!fts) {
    throw new StatecraftError("SC_SEARCH_EMPTY", "the query has no words to search for", {
      field: "query",
      hint: 'give one or more words, or a "quoted phrase"',
    });
  }
  const { where, params } = filterSql(options);
  const limit = Math.max(1, Math.min(options.limit ?? 10, 1000));
  const wanted = options.level === "paragraph" ? limit * 4 : limit;
  const filtered = params.length > 0;
  const rows =
    filtered && selective(db, where, params)
      ? searchWithinDocuments(db, fts, where, params, wanted)
      : searchThenFilter(db, fts, where, params, wanted, filtered);
  const hits = rows.map((r) => ({
    passage: toPassage(r),
    doc: toSummary(r),
    score: -r.score,
    snippet: r.snippet,
  }));
  return options.level === "paragraph" ? toParagraphHits(db, hits, limit) : hits;
}

function getDocumentText(db: Store, id: string, version: number): string {
  return (
    db.prepare("SELECT text FROM documents WHERE id = ? AND version = ?").get(id, version) as {
      text: string;
    }
  ).text;
}

const HIT_COLUMNS = `${PASSAGE_COLUMNS}, ${SUMMARY_COLUMNS.replace(/d\.id,/, "d.id AS id,")}`;

/** A filter is selective when it keeps under a third of the documents. */
function selective(db: Store, where: string, params: unknown[]): boolean {
  const total = (
    db.prepare("SELECT count(*) AS n FROM documents d WHERE d.is_latest = 1").get() as { n: number }
  ).n;
  const kept = (
    db.prepare(`SELECT count(*) AS n FROM documents d WHERE ${where}`).get(...params) as {
      n: number;
    }
  ).n;
  return kept < total / 3;
}

/**
 * Broad or no filters: FTS5 ranks and cuts to the best k sentences before the join (its fast
 * path); when filters leave fewer than wanted, k grows until the index is exhausted.
 */
function searchThenFilter(
  db: Store,
  fts: string,
  where: string,
  params: unknown[],
  wanted: number,
  filtered: boolean,
): HitRow[] {
  const stmt = db.prepare(
    `WITH hits AS (
       SELECT rowid, rank, highlight(passages_fts, 0, '[', ']') AS snippet
       FROM passages_fts WHERE passages_fts MATCH ? ORDER BY rank LIMIT ?)
     SELECT ${HIT_COLUMNS}, hits.rank AS score, hits.snippet AS snippet
     FROM hits JOIN passages p ON p.rowid = hits.rowid JOIN documents d ON d.rowid = p.doc_rowid
     WHERE ${where} ORDER BY hits.rank LIMIT ?`,
  );
  let k = filtered ? wanted * 8 : wanted * 2;
  for (;;) {
    const rows = stmt.all(fts, k, ...params, wanted) as HitRow[];
    if (rows.length >= wanted) return rows;
    const total = (
      db.prepare("SELECT count(*) AS n FROM passages_fts WHERE passages_fts MATCH ?").get(fts) as {
        n: number;
      }
    ).n;
    if (total <= k) return rows;
    k *= 8;
  }
}

/**
 * Selective filters: find the documents first, then ask FTS5 for the best sentences inside each
 * run of their passage rowids (documents stored next to each other form one run). FTS5 seeks rowid
 * ranges in its doclists, so a common word inside a few documents costs little.
 */
function searchWithinDocuments(
  db: Store,
  fts: string,
  where: string,
  params: unknown[],
  wanted: number,
): HitRow[] {
  // CROSS JOIN keeps the documents as the outer loop; otherwise SQLite scans every passage.
  const ranges = db
    .prepare(
      `SELECT p.doc_rowid AS doc, min(p.rowid) AS lo, max(p.rowid) AS hi
       FROM documents d CROSS JOIN passages p ON p.doc_rowid = d.rowid
       WHERE ${where} AND p.level = 'sentence' GROUP BY p.doc_rowid ORDER BY p.doc_rowid`,
    )
    .all(...params) as Array<{ doc: number; lo: number; hi: number }>;
  const runs: Array<{ lo: number; hi: number }> = [];
  let prevDoc = Number.NaN;
  for (const r of ranges) {
    const last = runs[runs.length - 1];
    if (last && r.doc === prevDoc + 1) last.hi = r.hi;
    else runs.push({ lo: r.lo, hi: r.hi });
    prevDoc = r.doc;
  }
  // No ORDER BY rank here: with it FTS5 scores every match before applying the rowid range.
  const inRange = db.prepare(
    `SELECT rowid, bm25(passages_fts) AS rank FROM passages_fts
     WHERE passages_fts MATCH ? AND rowid BETWEEN ? AND ?`,
  );
  const best = runs
    .flatMap((r) => inRange.all(fts, r.lo, r.hi) as Array<{ rowid: number; rank: number }>)
    .sort((a, b) => a.rank - b.rank)
    .slice(0, wanted);
  const highlight = db.prepare(
    "SELECT highlight(passages_fts, 0, '[', ']') AS snippet FROM passages_fts WHERE passages_fts MATCH ? AND rowid = ?",
  );
  const detail = db.prepare(
    `SELECT ${HIT_COLUMNS} FROM passages p JOIN documents d ON d.rowid = p.doc_rowid WHERE p.rowid = ?`,
  );
  return best.map((b) => ({
    ...(detail.get(b.rowid) as HitRow),
    score: b.rank,
    snippet: (highlight.get(fts, b.rowid) as { snippet: string }).snippet,
  }));
}

/** Paragraph-level results: the paragraphs holding the best sentences, each once, best first. */
function toParagraphHits(db: Store, hits: SearchHit[], limit: number): SearchHit[] {
  const stmt = db.prepare(
    `SELECT ${PASSAGE_COLUMNS} FROM passages p JOIN documents d ON d.rowid = p.doc_rowid
     WHERE d.id = ? AND d.version = ? AND p.level = 'paragraph' AND p.idx = ?`,
  );
  const seen = new Set<string>();
  const out: SearchHit[] = [];
  for (const h of hits) {
    if (h.passage.paragraph === null) continue;
    const row = stmt.get(h.passage.docId, h.passage.docVersion, h.passage.paragraph) as
      | Parameters<typeof toPassage>[0]
      | undefined;
    if (!row) continue;
    const p = toPassage(row, getDocumentText(db, h.passage.docId, h.passage.docVersion));
    if (seen.has(p.id)) continue;
    seen.add(p.id);
    const offset = h.passage.start - p.start;
    const snippet =
      p.text.slice(0, offset) + h.snippet + p.text.slice(offset + h.passage.text.length);
    out.push({ ...h, passage: p, snippet });
    if (out.length >= limit) break;
  }
  return out;
}
